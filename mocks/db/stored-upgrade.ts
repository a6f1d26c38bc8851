// Stored changes written before people could belong to several orgs (state version 2 and the whole-JSON
// version 1) name a member by user id alone: `member.setOrgRole {userId, role}`. Then a person had one
// org, so the org it meant is the one the person belonged to at that point of the log. Filled in as the
// log is replayed (the world at that step is the one that knew), so old saved demos load unchanged.
import type { Operation, World } from '../engine/index';

type MemberType = 'member.setOrgRole' | 'member.setSeat' | 'member.remove';
const MEMBER_TYPES: ReadonlySet<string> = new Set<MemberType>([
  'member.setOrgRole',
  'member.setSeat',
  'member.remove',
]);

/** The operation as this version reads it: a member change without its org gets the person's only org. */
export function upgradeStoredOp(world: World, op: Operation): Operation {
  if (!MEMBER_TYPES.has(op.type)) return op;
  const fields = op as Operation & { orgId?: unknown; userId: string };
  if (typeof fields.orgId === 'string') return op;
  // No org (a person outside every org): the engine refuses the change as it always did.
  const orgId = world.users.get(fields.userId)?.orgs[0]?.orgId ?? '';
  return { ...op, orgId } as Operation;
}
