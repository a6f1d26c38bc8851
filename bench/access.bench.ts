// Access views on the large scenario (10,000 users, 5,000 projects), as the handlers compute them:
// one explanation (every permission with its chain), who has access, and one matrix page.
// Run: npm run bench
import { bench, describe } from 'vitest';
import { buildScenario } from '../mocks/db/scenarios/index';
import {
  effectiveAccess,
  impact,
  membershipOf,
  orgAccess,
  whoHasAccess,
  type Project,
} from '../mocks/engine/index';

const { world } = buildScenario('large', '2025-06-01T00:00:00.000Z');
const projects = world.projects.values();
const size = (p: Project) => world.teams.get(p.teamId)?.members.size ?? 0;
const biggest = projects.reduce((best, p) => (size(p) > size(best) ? p : best));
const someMember = world.teams.get(biggest.teamId)?.members.keys()[0] ?? '';
const target = { kind: 'project', projectId: biggest.id } as const;
const org = world.orgs.values().find((o) => o.id === world.teams.get(biggest.teamId)?.orgId);
const admin = world.users.values().find((u) => membershipOf(u, org?.id)?.orgRole === 'admin');
const members = world.users
  .values()
  .filter((u) => membershipOf(u, org?.id)?.orgRole === 'member')
  .slice(0, 25);
const asAdmin = { kind: 'user', userId: admin?.id ?? '' } as const;

describe('access views, large world', () => {
  bench('one explanation: every permission of one member on a project, with reasons', () => {
    effectiveAccess(world, someMember, target);
  });
  bench(`who has access to the biggest team's project (${size(biggest)} members)`, () => {
    whoHasAccess(world, biggest.id);
  });
  bench('one matrix page: who has access + 25 explanations', () => {
    for (const e of whoHasAccess(world, biggest.id).slice(0, 25))
      effectiveAccess(world, e.principalId, target);
  });
  bench('one organization explanation: every org permission of one member', () => {
    orgAccess(world, someMember, org?.id ?? '');
  });
  bench('the impact preview of demoting one member to Viewer', () => {
    const m = members[0];
    if (m)
      impact(world, asAdmin, {
        type: 'member.setOrgRole',
        orgId: org?.id ?? '',
        userId: m.id,
        role: 'viewer',
      });
  });
  bench('a bulk review of 25 demotions: the impact of each', () => {
    for (const m of members)
      impact(world, asAdmin, {
        type: 'member.setOrgRole',
        orgId: org?.id ?? '',
        userId: m.id,
        role: 'viewer',
      });
  });
});
