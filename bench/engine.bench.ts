// Engine throughput on the large scenario (10,000 users, 200 teams, 5,000 projects).
// Run: npx vitest bench --run
import { bench, describe } from 'vitest';
import { buildScenario } from '../mocks/db/scenarios/index';
import {
  apply,
  check,
  decide,
  impact,
  userAccess,
  whoHasAccess,
  type Actor,
  type Permission,
  type Project,
  type Resource,
  type World,
} from '../mocks/engine/index';

const { world, defaultActorId, homeOrgId } = buildScenario('large', '2025-06-01T00:00:00.000Z');
const users = world.users.values();
const projects = world.projects.values();
const biggest = (w: World): Project =>
  projects.reduce((best, p) =>
    (w.teams.get(p.teamId)?.members.size ?? 0) > (w.teams.get(best.teamId)?.members.size ?? 0) ? p : best,
  );
const bigProject = biggest(world);
const restricted = projects.find((p) => p.visibility === 'restricted') ?? bigProject;

// A fixed pseudo-random sample of (actor, permission, resource) questions.
const PERMS: Permission[] = [
  'project:read',
  'run:create',
  'run:delete',
  'project:manage_users',
  'artifact:download',
  'team:invite_user',
];
const questions: [Actor, Permission, Resource][] = Array.from({ length: 1000 }, (_, i) => {
  const user = users[(i * 7919) % users.length];
  const project = projects[(i * 104729) % projects.length];
  return [
    { kind: 'user', userId: user?.id ?? '' },
    PERMS[i % PERMS.length] ?? 'project:read',
    { kind: 'project', projectId: project?.id ?? '' },
  ];
});
const admin: Actor = { kind: 'user', userId: defaultActorId };

describe('large world', () => {
  bench('decide() × 1,000 mixed questions', () => {
    for (const [actor, permission, resource] of questions) decide(world, actor, permission, resource);
  });
  bench(
    `whoHasAccess on the biggest team's project (${world.teams.get(bigProject.teamId)?.members.size ?? 0} members)`,
    () => {
      whoHasAccess(world, bigProject.id);
    },
  );
  bench('whoHasAccess on a Restricted project', () => {
    whoHasAccess(world, restricted.id);
  });
  bench('userAccess of the default actor (org admin: every project)', () => {
    userAccess(world, defaultActorId, homeOrgId);
  });
  bench('check + apply: make a project Restricted', () => {
    const op = {
      type: 'project.update',
      projectId: bigProject.id,
      visibility: 'restricted',
      at: '2025-06-02T00:00:00.000Z',
    } as const;
    if (check(world, admin, op).allowed) apply(world, admin, op);
  });
  bench('impact: make a project Restricted', () => {
    impact(world, admin, {
      type: 'project.update',
      projectId: bigProject.id,
      visibility: 'restricted',
      at: '2025-06-02T00:00:00.000Z',
    });
  });
  // One row of a CSV invite import: finding the invitee must not scan 10,000 users each time.
  const org = homeOrgId;
  bench('check invite.create × 100 (an invite import of 100 rows)', () => {
    for (let i = 0; i < 100; i += 1) {
      check(world, admin, {
        type: 'invite.create',
        invite: {
          id: `bench-${i}`,
          orgId: org,
          email: `newcomer${i}@example.com`,
          orgRole: 'member',
          modelsSeat: 'none',
          weaveAccess: 'none',
          teams: [],
          invitedById: defaultActorId,
          sentAt: '2025-06-02T00:00:00.000Z',
          expiresAt: '2025-06-09T00:00:00.000Z',
          status: 'pending',
        },
      });
    }
  });
});
