// A team member (user or service account) as the team pages show them.
import type { Seat, World } from '../../engine/index';

export function memberIdentity(
  world: World,
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
  const account = world.serviceAccounts.get(id);
  return {
    id,
    kind: user ? 'user' : 'service',
    name: user?.name ?? account?.name ?? id,
    username: user?.username ?? null,
    modelsSeat: user?.modelsSeat ?? null,
    weaveAccess: user?.weaveAccess ?? null,
  };
}
