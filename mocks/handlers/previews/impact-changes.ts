// One person's rows of an impact() preview, as the API sends them: each team and project, before →
// after, and the permissions lost there (with what they let you do). Shared by the org role / seat,
// team and project member previews, and the bulk review.
import {
  check,
  impact,
  PERMISSION_INFO,
  type Actor,
  type Decision,
  type ImpactEntry,
  type Operation,
  type Permission,
  type World,
} from '../../engine/index';
import {
  IMPACT_PLACES_NAMED,
  type ImpactChange,
  type MemberChangePreview,
} from '../../../src/api/member-preview';
import { heldRoleChanges, heldRolesNote } from './held-roles';
import { toApiDecision } from '../http/api-values';
import { ok, refuse } from '../http/respond';

export const lostPermissions = (lost: readonly Permission[]): ImpactChange['lost'] =>
  lost.map((permission) => {
    const { group, description } = PERMISSION_INFO[permission];
    return { permission, group, description };
  });

/**
 * The person's rows of an impact, grouped: places of one kind that change the same way are one entry
 * naming the first IMPACT_PLACES_NAMED of them and counting all (see impactChangeSchema).
 */
export function impactChanges(entries: readonly ImpactEntry[], principalId: string): ImpactChange[] {
  const groups = new Map<string, ImpactChange>();
  for (const e of entries) {
    if (e.principalId !== principalId) continue;
    const losesAccess =
      e.target.kind === 'project' && (e.lost.includes('project:read') || e.lost.includes('run:read'));
    const place = e.target.kind === 'team' ? `team ${e.target.label}` : e.target.label;
    // Joined with a control character no name holds: exact, and far cheaper than JSON on an admin's
    // demotion at 50,000 people, which groups 26,000 places.
    const key = [
      e.target.kind,
      e.roleBefore ?? '\u0002',
      e.roleAfter ?? '\u0002',
      losesAccess,
      ...e.lost,
    ].join('\u0001');
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      if (group.places.length < IMPACT_PLACES_NAMED) group.places.push(place);
      continue;
    }
    groups.set(key, {
      kind: e.target.kind,
      places: [place],
      count: 1,
      before: e.roleBefore,
      after: e.roleAfter,
      losesAccess,
      losesPermissions: e.lost.length > 0,
      lost: lostPermissions(e.lost),
    });
  }
  return [...groups.values()];
}

/**
 * Every member preview: the engine's check() of the change (refused: its decision, answered as the
 * change itself would be), else its impact() on that person. `extra` adds rows the impact does not
 * cover (the organization's own permissions, for org roles). Nothing changes.
 */
export function memberPreview(
  world: World,
  actor: Actor,
  op: Operation,
  principalId: string,
  extra: (before: World, after: World) => ImpactChange[] = () => [],
): { ok: true; preview: MemberChangePreview; after: World } | { ok: false; refused: Decision } {
  const decision = check(world, actor, op);
  if (!decision.allowed) return { ok: false, refused: decision };
  const result = impact(world, actor, op);
  const heldRoles = heldRoleChanges(world, result.after, principalId);
  const preview: MemberChangePreview = {
    allowed: toApiDecision(decision),
    summary: result.summary,
    changes: [...extra(world, result.after), ...impactChanges(result.entries, principalId)],
    heldRoles,
    heldRolesNote: heldRolesNote(op, heldRoles),
  };
  return { ok: true, preview, after: result.after };
}

/** The answer of the team and project member previews (memberPreview, as JSON or its refusal). */
export function previewResponse(
  world: World,
  actor: Actor,
  op: Operation,
  principalId: string,
  extra?: (before: World, after: World) => ImpactChange[],
): Response {
  const built = memberPreview(world, actor, op, principalId, extra);
  return built.ok ? ok(built.preview) : refuse(built.refused);
}
