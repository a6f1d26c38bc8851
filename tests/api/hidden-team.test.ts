// ADR 0004: a hidden team hides the team, its page and its listings from non-members; its Open and
// Public projects stay reachable by their link by anyone who has it, org members outside the team
// included, and are never listed to them. Checked from each kind of actor, through the API.
import { describe, expect, it } from 'vitest';
import { projectOverviewSchema } from '../../src/api/projects';
import { startBackend } from './backend';

const TEAM = 'safety-evals';

function hiddenTeamWithOpenProject(visibility: 'open' | 'public') {
  const b = startBackend();
  b.actAs(b.person('admin'));
  return b.call('PATCH', `/projects/${TEAM}/bias-audit`, { visibility }).then((r) => {
    expect(r.status).toBe(200);
    return b;
  });
}

const allowedOf = (json: unknown, permission: string) =>
  projectOverviewSchema.parse(json).yourAccess.permissions.find((p) => p.permission === permission)?.allowed;

describe('a hidden team and its Open project', () => {
  it('every kind of outsider to the team reaches the Open project by link and may submit runs', async () => {
    const b = await hiddenTeamWithOpenProject('open');
    const team = b.db.world.teams.values().find((t) => t.name === TEAM);
    const orgMember = b.homeUsers().find((u) => u.orgRole === 'member' && !team?.members.has(u.id));
    const otherTeamsAccount = b.db.world.serviceAccounts.values().find((a) => a.teamId !== team?.id);
    const callers: [string, () => void][] = [
      ['an org member outside the team', () => b.actAs(orgMember ?? null)],
      ['someone from another org', () => b.actAs(b.outsider())],
      ['a signed-out visitor', () => b.actAs(null)],
      ["another team's service account", () => b.db.setActingUser(otherTeamsAccount?.id ?? null)],
    ];
    for (const [who, act] of callers) {
      act();
      const res = await b.call('GET', `/projects/${TEAM}/bias-audit`);
      expect(res.status, who).toBe(200);
      expect(allowedOf(res.json, 'run:read'), who).toBe(true);
      expect(allowedOf(res.json, 'run:create'), who).toBe(true);
      // The team itself stays hidden: its page answers 404, its Team-visibility projects too.
      // (A signed-out visitor is asked to sign in first: 401.)
      expect([401, 404], who).toContain((await b.call('GET', `/teams/${TEAM}`)).status);
      expect([401, 404], who).toContain(
        (await b.call('GET', `/projects/${TEAM}/toxicity-classifier`)).status,
      );
    }
  });

  it('is never listed to an org member outside the team, but is to its members and org admins', async () => {
    const b = await hiddenTeamWithOpenProject('public');
    const team = b.db.world.teams.values().find((t) => t.name === TEAM);
    const outside = b.homeUsers().find((u) => u.orgRole === 'member' && !team?.members.has(u.id));
    b.actAs(outside ?? null);
    const teams = await b.call('GET', `/orgs/${b.slug}/teams`);
    expect(JSON.stringify(teams.json)).not.toContain(TEAM);
    const access = await b.call('GET', `/orgs/${b.slug}/access/users/${outside?.id}`);
    expect(access.status).toBe(200);
    expect(JSON.stringify(access.json)).not.toContain(TEAM);
    // Public: read, no submitting.
    const res = await b.call('GET', `/projects/${TEAM}/bias-audit`);
    expect(allowedOf(res.json, 'run:read')).toBe(true);
    expect(allowedOf(res.json, 'run:create')).toBe(false);
    b.actAs(b.person('admin'));
    expect(JSON.stringify((await b.call('GET', `/orgs/${b.slug}/teams`)).json)).toContain(TEAM);
  });
});
