// The default scenario's history (issue 15): real operations, each allowed by the engine when it
// happened, that lead from the world months ago to today's; a Db seeded with it logs them with their
// dates, and a reload replays them to the same world.
import { describe, expect, it } from 'vitest';
import type { World } from '../../engine/index';
import { createDb } from '../db';
import { memoryStorage } from '../storage';
import { defaultHistory, replayHistory } from './default-history';
import { buildScenario, scenarioSeed } from './index';

const BASE = '2026-11-01T12:00:00.000Z';

const sorted = <T>(rows: readonly (readonly [string, T])[]) =>
  [...rows].sort(([a], [b]) => a.localeCompare(b));

/**
 * What the history changes: people (their orgs, roles, seats, when they joined and were last active),
 * invites, team settings and members (role and when they joined), project visibility and lists,
 * custom roles.
 */
function access(world: World) {
  return {
    users: sorted(world.users.entries()),
    invites: sorted(world.invites.entries()),
    teams: sorted(
      world.teams.entries().map(([id, t]) => [id, [t.settings, sorted(t.members.entries())]] as const),
    ),
    projects: world.projects
      .values()
      .map((p) => [p.id, p.visibility, p.restrictedMembers, Object.fromEntries(p.roleOverrides.entries())]),
    roles: world.customRoles.values(),
  };
}

describe('the default scenario’s history', () => {
  it('is months of real changes, each allowed when it happened, leading to today’s world', () => {
    const today = buildScenario('default', BASE).world;
    const { start, history } = defaultHistory(today, BASE);
    // What a real org's log holds: people invited and arriving, an invite revoked, org and team roles,
    // custom roles created and given, projects made Restricted, team settings and seats.
    const kinds = new Set(history.map((s) => s.op.type));
    for (const kind of [
      'invite.create',
      'invite.accept',
      'invite.revoke',
      'member.setOrgRole',
      'member.setSeat',
      'team.setRole',
      'team.addMember',
      'team.updateSettings',
      'role.create',
      'project.update',
      'project.setRole',
      'project.addMember',
    ] as const)
      expect(kinds).toContain(kind);
    expect(history.filter((s) => s.op.type === 'invite.accept')).toHaveLength(4);
    // More than a page of the Audit log (25), at different times of day.
    expect(history.length).toBeGreaterThan(25);
    expect(new Set(history.map((s) => s.at.slice(11, 16))).size).toBeGreaterThanOrEqual(10);
    expect(access(start)).not.toEqual(access(today));
    expect(access(replayHistory(start, history))).toEqual(access(today));
    const days = history.map((s) => (Date.parse(BASE) - Date.parse(s.at)) / 86_400_000);
    expect(Math.max(...days)).toBeGreaterThanOrEqual(180);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('is the first entries of a fresh demo’s log, dated, and a reload replays it to the same world', () => {
    const storage = memoryStorage();
    const db = createDb({ storage, baseTime: BASE, now: () => BASE, history: true });
    expect(db.seededWithHistory).toBe(true);
    expect(db.log.map((e) => e.at)).toEqual(scenarioSeed('default', BASE, true).history.map((s) => s.at));
    expect(db.log[0]?.actorId).toBe('user-achen');
    expect(access(db.world)).toEqual(access(buildScenario('default', BASE).world));
    const reloaded = createDb({ storage, now: () => BASE, history: true });
    expect(reloaded.loadProblem).toBeNull();
    expect(reloaded.log).toEqual(db.log);
    expect(reloaded.world).toEqual(db.world);
    // Without history (tests), today's world and an empty log.
    expect(createDb({ storage: memoryStorage(), baseTime: BASE }).log).toHaveLength(0);
  });
});
