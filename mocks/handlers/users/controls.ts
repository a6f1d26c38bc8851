// Per-row, per-option decisions for the Users page: check() of each change an admin could pick from a
// row's dropdowns and `…` menu. Computed only for the rows of the page being answered, so the
// 10,000-user scenario costs a page's worth of checks, not the org's. An allowed option is sent without
// its reasons (the page shows reasons only for what is refused; "Explain access" gives the whole
// answer): a row was ~2 KB of repeated "is an org Admin" lines, parsed and copied on every keystroke.
import {
  check,
  type Actor,
  type Decision,
  type OrgRole,
  type Seat,
  type OrgMember,
  type World,
} from '../../engine/index';
import type { MemberControls } from '../../../src/api/users';
import { toApiControl } from '../http/api-values';

const ROLES: readonly OrgRole[] = ['admin', 'member', 'viewer'];
const SEATS: readonly Seat[] = ['full', 'viewer', 'none'];

const ALLOWED: Decision = { allowed: true, reasons: [] };

function byOption<K extends string>(keys: readonly K[], current: K, decide: (key: K) => Decision) {
  const out = {} as Record<K, ReturnType<typeof toApiControl>>;
  for (const key of keys) out[key] = key === current ? toApiControl(ALLOWED) : toApiControl(decide(key));
  return out;
}

export function memberControls(world: World, actor: Actor, user: OrgMember): MemberControls {
  const { id: userId, orgId } = user;
  return {
    orgRole: byOption(ROLES, user.orgRole, (role) =>
      check(world, actor, { type: 'member.setOrgRole', orgId, userId, role }),
    ),
    modelsSeat: byOption(SEATS, user.modelsSeat, (modelsSeat) =>
      check(world, actor, { type: 'member.setSeat', orgId, userId, modelsSeat }),
    ),
    weaveAccess: byOption(SEATS, user.weaveAccess, (weaveAccess) =>
      check(world, actor, { type: 'member.setSeat', orgId, userId, weaveAccess }),
    ),
    remove: toApiControl(check(world, actor, { type: 'member.remove', orgId, userId })),
  };
}
