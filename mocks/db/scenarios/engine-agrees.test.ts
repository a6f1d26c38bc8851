// The engine reads the default world the way the scenario means it: the cast can do what the
// demo script says they can, and no more.
import { describe, expect, it } from 'vitest';
import { check, decide, type Actor, type Permission, type Resource } from '../../engine/index';
import { ACME_CAST as cast } from './default-cast';
import { buildScenario } from './index';

const { world } = buildScenario('default', '2026-11-01T12:00:00.000Z');
const as = (userId: string): Actor => ({ kind: 'user', userId });
const project = (path: string): Resource => {
  const [team, name] = path.split('/');
  return { kind: 'project', projectId: `project-${team ?? ''}-${name ?? ''}` };
};
const allowed = (userId: string, permission: Permission, resource: Resource): boolean =>
  decide(world, as(userId), permission, resource).allowed;

describe('the engine agrees with the default scenario', () => {
  it('lets outsiders read Open and Public projects only', () => {
    for (const path of [...cast.projects.open, ...cast.projects.public]) {
      expect(allowed(cast.outsider, 'project:read', project(path))).toBe(true);
      expect(allowed(cast.unaffiliated, 'project:read', project(path))).toBe(true);
    }
    expect(allowed(cast.outsider, 'run:create', project(cast.projects.open[0]))).toBe(true);
    expect(allowed(cast.outsider, 'run:create', project(cast.projects.public[0]))).toBe(false);
    expect(allowed(cast.outsider, 'project:read', project('ml-research/llm-finetune'))).toBe(false);
  });

  it('keeps the org viewer read-only and Restricted projects to their members', () => {
    expect(allowed(cast.orgViewer, 'run:read', project('ml-research/llm-finetune'))).toBe(true);
    expect(allowed(cast.orgViewer, 'run:create', project('ml-research/llm-finetune'))).toBe(false);
    expect(allowed(cast.member, 'project:read', project('ml-research/rlhf-experiments'))).toBe(false);
    expect(allowed('user-grossi', 'run:read', project('ml-research/rlhf-experiments'))).toBe(true);
  });

  it('gives the Launch Manager the launch permissions in infra, but not run logging', () => {
    expect(allowed(cast.launchManager, 'launch:queue_create', project('infra/launch-queues'))).toBe(true);
    expect(allowed(cast.launchManager, 'run:create', project('infra/launch-queues'))).toBe(false);
  });

  it('accepts ordinary admin changes and refuses the lockout ones', () => {
    const admin = as(cast.orgAdmin);
    const customOnViewer = {
      teamId: 'team-vision',
      principalId: cast.orgViewer,
      role: `custom:${cast.customRoles.launchManager}`,
    } as const;
    expect(check(world, admin, { type: 'team.setRole', ...customOnViewer }).allowed).toBe(false);
    expect(
      check(world, admin, { type: 'member.setSeat', userId: cast.member, modelsSeat: 'viewer' }).allowed,
    ).toBe(true);
    expect(
      check(world, admin, { type: 'member.setOrgRole', userId: cast.secondOrgAdmin, role: 'member' }).allowed,
    ).toBe(true);
    const vision = cast.teamAdmins.vision;
    expect(
      check(world, as(vision), {
        type: 'team.setRole',
        teamId: 'team-vision',
        principalId: vision,
        role: 'member',
      }).allowed,
    ).toBe(false);
  });
});
