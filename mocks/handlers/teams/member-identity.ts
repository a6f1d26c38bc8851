// A team member (user or service account) as the team pages show them.
import { memberOf, type Seat, type World } from '../../engine/index';

export function memberIdentity(
  world: World,
  orgId: string,
  id: string,
): {
  id: string;
  kind: 'user' | 'service';
  name: string;
  username: string | null;
  modelsSeat: Seat | null;
  weaveAccess: Seat | null;
} {
  const user = world.users.get(id);
  // Seats are the team's org's: a person in several orgs holds seats in each.
  const member = memberOf(world, id, orgId);
  const account = world.serviceAccounts.get(id);
  return {
    id,
    kind: user ? 'user' : 'service',
    name: user?.name ?? account?.name ?? id,
    username: user?.username ?? null,
    modelsSeat: member?.modelsSeat ?? null,
    weaveAccess: member?.weaveAccess ?? null,
  };
}
