// One request's change to a member (org role and seats together) as the operations that make it.
import type { Decision } from '../../decision';
import type { OrgRole, Seat } from '../../model';
import { first, seatFitsRole, weaveFitsRole } from '../rules';
import type { MemberOperation } from './operations';

export interface MemberChange {
  orgRole?: OrgRole;
  modelsSeat?: Seat;
  weaveAccess?: Seat;
}

/**
 * The operations for a member change (role first: it sets the seat the role needs, then the seats
 * asked for). A seat left out follows the role; a seat the request names must fit the role it names,
 * or the change is refused (422) rather than silently corrected.
 */
export function memberChangeOps(
  orgId: string,
  userId: string,
  change: MemberChange,
): { ok: true; ops: MemberOperation[] } | { ok: false; refused: Decision } {
  if (change.orgRole !== undefined) {
    const role = change.orgRole;
    const contradiction = first(
      () => (change.modelsSeat !== undefined ? seatFitsRole(role, change.modelsSeat) : null),
      () => (change.weaveAccess !== undefined ? weaveFitsRole(role, change.weaveAccess) : null),
    );
    if (contradiction) return { ok: false, refused: contradiction };
  }
  const ops: MemberOperation[] = [];
  if (change.orgRole !== undefined)
    ops.push({ type: 'member.setOrgRole', orgId, userId, role: change.orgRole });
  if (change.modelsSeat !== undefined || change.weaveAccess !== undefined)
    ops.push({
      type: 'member.setSeat',
      orgId,
      userId,
      ...(change.modelsSeat !== undefined ? { modelsSeat: change.modelsSeat } : {}),
      ...(change.weaveAccess !== undefined ? { weaveAccess: change.weaveAccess } : {}),
    });
  return { ok: true, ops };
}
