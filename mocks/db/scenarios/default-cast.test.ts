import { describe, expect, it } from 'vitest';
import { ACME_CAST as cast } from './default-cast';
import { buildScenario } from './index';
import { memberOf } from '../../engine/index';

const { world } = buildScenario('default', '2026-11-01T12:00:00.000Z');
/** The person as Acme sees them (role and seats there). */
const user = (id: string) => memberOf(world, id, cast.org.id);
const orgsOf = (id: string) => world.users.get(id)?.orgs.map((m) => m.orgId);
const roleIn = (team: string, id: string) => world.teams.get(`team-${team}`)?.members.get(id)?.role;

describe('ACME_CAST matches the default world', () => {
  it('names the org roles', () => {
    expect(user(cast.orgAdmin)?.orgRole).toBe('admin');
    expect(user(cast.secondOrgAdmin)?.orgRole).toBe('admin');
    expect(user(cast.member)).toMatchObject({ orgRole: 'member', modelsSeat: 'full' });
    expect(user(cast.viewerSeatMember)).toMatchObject({ orgRole: 'member', modelsSeat: 'viewer' });
    expect(user(cast.orgViewer)?.orgRole).toBe('viewer');
    expect(world.orgs.get(cast.org.id)?.billingAdminId).toBe(cast.billingAdmin);
  });

  it('names the team admins and custom-role holders', () => {
    for (const [team, id] of Object.entries(cast.teamAdmins)) expect(roleIn(team, id)).toBe('admin');
    expect(roleIn('infra', cast.launchManager)).toBe(`custom:${cast.customRoles.launchManager}`);
    expect(roleIn('ml-research', cast.artifactCurator)).toBe(`custom:${cast.customRoles.artifactCurator}`);
    expect(roleIn('ml-research', cast.orgViewer)).toBe('viewer');
  });

  it('names the people outside Acme', () => {
    expect(orgsOf(cast.formerMember)).toEqual([]);
    expect(orgsOf(cast.outsider)).toEqual(['org-globex']);
    expect(orgsOf(cast.unaffiliated)).toEqual([]);
    expect(orgsOf(cast.multiOrg)).toEqual(['org-acme-ml', 'org-globex']);
  });

  it('lists every project of each named scope', () => {
    const byScope = (scope: string) =>
      world.projects
        .values()
        .filter((p) => p.visibility === scope && world.teams.get(p.teamId)?.orgId === cast.org.id)
        .map((p) => `${world.teams.get(p.teamId)?.name ?? ''}/${p.name}`)
        .sort();
    for (const scope of ['open', 'public', 'restricted'] as const)
      expect(byScope(scope)).toEqual([...cast.projects[scope]].sort());
  });
});
