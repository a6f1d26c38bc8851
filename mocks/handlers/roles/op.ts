// Turns a role form (create or edit) into the engine operation it asks for, and the engine's
// refusal into field errors the builder can place.
import {
  BUILTIN_GRANTS,
  refusalText,
  type CustomRole,
  type Decision,
  type Operation,
  type Permission,
} from '../../engine/index';
import type { RoleBody } from '../../../src/api/roles';

export interface RoleRequest {
  op: Operation;
  /** The added list that will be saved. */
  added: string[];
  /** Requested permissions the chosen base already grants. */
  becameInherited: string[];
  /** What the chosen base grants (shown as included and locked). */
  inherited: string[];
}

const inheritedBy = (base: RoleBody['base']): ReadonlySet<string> => new Set<string>(BUILTIN_GRANTS[base]);

/**
 * Create: the body as sent (the engine refuses inherited permissions). Edit: §7 Decision, a base change
 * keeps the added permissions except those the new base already has; a plain edit is sent as is.
 */
export function roleRequest(
  body: RoleBody,
  ctx: { orgId: string; at: string; newId: string; existing: CustomRole | null },
): RoleRequest {
  const inherited = inheritedBy(body.base);
  const becameInherited = body.added.filter((p) => inherited.has(p));
  const role = ctx.existing;
  if (!role) {
    const added = body.added as Permission[];
    return {
      op: {
        type: 'role.create',
        role: {
          id: ctx.newId,
          orgId: ctx.orgId,
          name: body.name.trim(),
          description: body.description.trim(),
          base: body.base,
          added,
          createdAt: ctx.at,
          updatedAt: ctx.at,
        },
      },
      added,
      becameInherited,
      inherited: [...inherited],
    };
  }
  const added = (
    body.base !== role.base ? body.added.filter((p) => !inherited.has(p)) : body.added
  ) as Permission[];
  return {
    op: {
      type: 'role.update',
      roleId: role.id,
      name: body.name,
      description: body.description.trim(),
      base: body.base,
      added,
      at: ctx.at,
    },
    added,
    becameInherited,
    inherited: [...inherited],
  };
}

/** Name conflicts carry no field in the engine; on the role form they are about the name. */
export function withRoleField(decision: Decision): Decision {
  return decision.refusal === 'conflict' && !decision.field ? { ...decision, field: 'name' } : decision;
}

export function fieldErrorsOf(decision: Decision): Record<string, string> {
  if (decision.allowed || !decision.field) return {};
  return { [decision.field]: refusalText(decision) };
}
