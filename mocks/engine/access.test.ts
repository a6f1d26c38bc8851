// The access views agree with decide(), and impact() previews name who gains or loses what.
import { describe, expect, it } from 'vitest';
import { effectiveAccess, orgAccess, userAccess } from './access';
import { decide } from './decide';
import { impact } from './impact';
import { actorOf } from './lookup';
import { acmeWorld, as, withOverride } from './test-world';
import { whoHasAccess } from './who-has-access';
import { TARGET_PERMISSIONS } from './permissions';

const w = acmeWorld();

describe('whoHasAccess', () => {
  it('lists Restricted members, and admins who have not joined as manage-only', () => {
    const entries = whoHasAccess(w, 'secret-llm');
    const byId = Object.fromEntries(entries.map((e) => [e.principalId, e]));
    expect(Object.keys(byId).sort()).toEqual(['ann', 'cal', 'gus']);
    expect(byId['ann']).toMatchObject({ via: 'org-admin', canRead: false, canManage: true });
    expect(byId['gus']).toMatchObject({ via: 'restricted-member', canRead: true, canWrite: true });
  });
  it('marks project-role overrides and agrees with decide() for every entry', () => {
    const world = withOverride(acmeWorld(), 'vision', 'eve', 'admin');
    for (const e of whoHasAccess(world, 'vision')) {
      const d = decide(world, actorOf(world, e.principalId), 'run:read', {
        kind: 'project',
        projectId: 'vision',
      });
      expect(d.allowed).toBe(e.canRead);
    }
    expect(whoHasAccess(world, 'vision').find((e) => e.principalId === 'eve')).toMatchObject({
      via: 'project-role',
      overridden: true,
      roleLabel: 'Admin',
      canWrite: false,
    });
  });
});

describe('effectiveAccess and userAccess', () => {
  it('gives the role, its source and a decision per permission', () => {
    const access = effectiveAccess(w, 'bea', { kind: 'project', projectId: 'vision' });
    expect(access.roleLabel).toBe('View-Only');
    expect(access.roleSource.map((r) => r.text)).toContain('Bea is View-Only in team ml-research');
    expect(access.permissions.find((p) => p.permission === 'run:create')?.decision.allowed).toBe(false);
    // A project lists the engine's project list (team:* are asked of the team); a team lists all 39.
    expect(access.permissions.map((p) => p.permission)).toEqual(TARGET_PERMISSIONS.project);
    expect(access.permissions).toHaveLength(33);
    expect(effectiveAccess(w, 'bea', { kind: 'team', teamId: 'ml-research' }).permissions).toHaveLength(39);
    expect(access.counts.allowed + access.counts.denied).toBe(33);
  });
  it('lists every team and project a user can reach, with the source', () => {
    const access = userAccess(w, 'gus', 'acme');
    expect(access.teams.map((t) => t.teamName)).toEqual(['ml-research']);
    expect(access.projects.map((p) => p.projectId).sort()).toEqual([
      'open-demo',
      'pub',
      'secret-llm',
      'vision',
    ]);
    const hal = userAccess(w, 'hal', 'acme');
    expect(hal.projects.map((p) => [p.projectId, p.via])).toEqual([
      ['open-demo', 'anyone'],
      ['pub', 'anyone'],
    ]);
  });
});

describe('impact', () => {
  it('Team → Restricted: the team members who were not kept lose access', () => {
    const result = impact(w, as('cal'), {
      type: 'project.update',
      projectId: 'vision',
      visibility: 'restricted',
      at: '',
    });
    const losers = result.entries
      .filter((e) => e.lost.includes('run:read'))
      .map((e) => e.principalId)
      .sort();
    expect(losers).toEqual(['ann', 'bea', 'dee', 'eve']);
    expect(result.summary).toMatch(/^4 people lose access to ml-research\/vision/);
  });
  it('a team role change reports the role before and after', () => {
    const result = impact(w, as('cal'), {
      type: 'team.setRole',
      teamId: 'ml-research',
      principalId: 'gus',
      role: 'viewer',
    });
    const onTeam = result.entries.find((e) => e.target.kind === 'team');
    expect(onTeam).toMatchObject({ principalId: 'gus', roleBefore: 'Member', roleAfter: 'View-Only' });
    expect(onTeam?.lost).toContain('project:create');
  });
  it('nothing changes: says so', () => {
    expect(impact(w, as('ann'), { type: 'org.rename', orgId: 'acme', name: 'X' }).summary).toBe(
      "No one's access changes",
    );
  });
});

describe('orgAccess', () => {
  it('gives every org permission with decide()’s verdict and chain, the org role as the source', () => {
    for (const id of ['ann', 'cal', 'dee', 'olga']) {
      const access = orgAccess(w, id, 'acme');
      for (const { permission, decision } of access.permissions)
        expect(decision).toEqual(decide(w, as(id), permission, { kind: 'org', orgId: 'acme' }));
    }
    expect(orgAccess(w, 'ann', 'acme').roleLabel).toBe('Admin');
    const viewer = orgAccess(w, 'dee', 'acme');
    expect(viewer.roleSource.map((r) => r.step)).toEqual(['org-role']);
    expect(
      viewer.permissions.find((p) => p.permission === 'organization:update_settings')?.decision.allowed,
    ).toBe(false);
    const outsider = orgAccess(w, 'olga', 'acme');
    expect(outsider.roleLabel).toBe('Not in the organization');
    expect(outsider.permissions.every((p) => !p.decision.allowed)).toBe(true);
  });
});
