// Team ids by org, carried through each change to teams (Table.derive): listing one org's teams never
// scans the teams of every org. A team never moves between orgs, so only a team made or deleted moves
// the index; a change inside a team (members, settings) leaves it as it is.
import type { Team, World } from './model';
import type { Derived } from './table';

const ORG_TEAMS: Derived<Team, ReadonlyMap<string, ReadonlySet<string>>> = {
  build(teams) {
    const byOrg = new Map<string, Set<string>>();
    for (const t of teams) {
      let set = byOrg.get(t.orgId);
      if (!set) byOrg.set(t.orgId, (set = new Set()));
      set.add(t.id);
    }
    return byOrg;
  },
  update(index, before, after) {
    if (before?.orgId === after?.orgId) return index;
    // Copies the map of a few orgs and the changed orgs' sets; the rest is shared.
    const next = new Map(index);
    if (before) {
      const set = new Set(next.get(before.orgId));
      set.delete(before.id);
      next.set(before.orgId, set);
    }
    if (after) next.set(after.orgId, new Set(next.get(after.orgId)).add(after.id));
    return next;
  },
};

/**
 * The org's teams, in the order they were made (a scan of the table gives the same teams; a team deleted
 * and made again under its id is last here, and there only once the table's overlay is folded).
 */
export function teamsOfOrg(world: World, orgId: string): Team[] {
  const out: Team[] = [];
  for (const id of world.teams.derive(ORG_TEAMS).get(orgId) ?? []) {
    const team = world.teams.get(id);
    if (team) out.push(team);
  }
  return out;
}
