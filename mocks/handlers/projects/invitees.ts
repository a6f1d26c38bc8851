// The people a project can list as members: team members and the team's service accounts, people
// first, by name (the new-project form and a Restricted project's "Add" list).
import type { World } from '../../engine/index';

interface Invitee {
  id: string;
  name: string;
  kind: 'user' | 'service';
}

export function invitees(world: World, ids: readonly string[]): Invitee[] {
  return (
    ids
      .map((id) => {
        const user = world.users.get(id);
        return {
          id,
          name: user?.name ?? world.serviceAccounts.get(id)?.name ?? id,
          kind: user ? ('user' as const) : ('service' as const),
        };
      })
      // People first, then service accounts, each by name.
      .sort(
        (a, b) => Number(a.kind === 'service') - Number(b.kind === 'service') || a.name.localeCompare(b.name),
      )
  );
}
