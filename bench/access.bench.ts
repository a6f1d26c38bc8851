// Access views on the large scenario (10,000 users, 5,000 projects), as the handlers compute them:
// one explanation (every permission with its chain), who has access, and one matrix page.
// Run: npm run bench
import { bench, describe } from 'vitest';
import { buildScenario } from '../mocks/db/scenarios/index';
import { effectiveAccess, whoHasAccess, type Project } from '../mocks/engine/index';

const { world } = buildScenario('large', '2025-06-01T00:00:00.000Z');
const projects = Object.values(world.projects);
const size = (p: Project) => Object.keys(world.teams[p.teamId]?.members ?? {}).length;
const biggest = projects.reduce((best, p) => (size(p) > size(best) ? p : best));
const someMember = Object.keys(world.teams[biggest.teamId]?.members ?? {})[0] ?? '';
const target = { kind: 'project', projectId: biggest.id } as const;

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
});
