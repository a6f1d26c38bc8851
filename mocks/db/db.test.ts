// The round trip with the real engine: operations committed through createDb replay to the same
// world on reload, for the default scenario and for the large one (event sourcing keeps it small).
import { describe, expect, it } from 'vitest';
import { memberOf, type Actor } from '../engine/index';
import { createDb } from './db';
import { ACME_CAST as cast } from './scenarios/default-cast';
import { memoryStorage } from './storage';

import { findInvariantViolations } from './scenarios/invariants';

const BASE = '2026-11-01T12:00:00.000Z';
const NOW = '2026-11-02T09:30:00.000Z';
const admin: Actor = { kind: 'user', userId: cast.orgAdmin };

describe('createDb with the engine', () => {
  it('replays committed operations to the same world after a reload', () => {
    const storage = memoryStorage();
    const db = createDb({ storage, baseTime: BASE, now: () => NOW });
    db.commit(admin, { type: 'org.rename', orgId: cast.org.id, name: 'Acme AI' });
    db.commit(admin, { type: 'member.setOrgRole', orgId: 'org-acme-ml', userId: cast.member, role: 'admin' });
    db.commit(admin, {
      type: 'team.addMember',
      teamId: 'team-vision',
      principalId: cast.member,
      role: 'member',
      at: NOW,
    });
    db.commit(admin, {
      type: 'project.update',
      projectId: 'project-ml-research-llm-finetune',
      visibility: 'restricted',
      at: NOW,
    });
    expect(memberOf(db.world, cast.member, 'org-acme-ml')?.orgRole).toBe('admin');

    const reloaded = createDb({ storage, now: () => NOW });
    expect(reloaded.loadProblem).toBeNull();
    expect(reloaded.log).toHaveLength(4);
    expect(reloaded.world).toEqual(db.world);
  });

  it('re-checks a hand-edited log with the engine: a change it refuses is dropped, the rules hold', () => {
    const storage = memoryStorage();
    const db = createDb({ storage, baseTime: BASE, now: () => NOW });
    db.commit(admin, { type: 'org.rename', orgId: cast.org.id, name: 'Acme AI' });
    // Edited by hand: a Member demotes the only org admin (the engine refuses both parts of that).
    storage.putChange(2, {
      id: 'audit-x-2',
      seq: 2,
      at: NOW,
      actorId: cast.member,
      viewAs: false,
      op: { type: 'member.setOrgRole', orgId: 'org-acme-ml', userId: cast.orgAdmin, role: 'viewer' },
    });

    const reloaded = createDb({ storage, now: () => NOW });
    expect(reloaded.loadProblem?.kind).toBe('dropped');
    expect(reloaded.dropped).toHaveLength(1);
    expect(reloaded.dropped[0]?.reason).toMatch(/admin/i);
    expect(memberOf(reloaded.world, cast.orgAdmin, 'org-acme-ml')?.orgRole).toBe('admin');
    expect(reloaded.world.orgs.get(cast.org.id)?.name).toBe('Acme AI');
    expect(findInvariantViolations(reloaded.world)).toEqual([]);
  });

  it('keeps the large scenario small in storage', () => {
    const storage = memoryStorage();
    const db = createDb({ storage, scenario: 'large', baseTime: BASE, now: () => NOW });
    const actor: Actor = { kind: 'user', userId: db.defaultActorId };
    db.commit(actor, { type: 'org.rename', orgId: db.homeOrgId, name: 'Initech Global' });
    const records = storage.read();
    expect(JSON.stringify([records.meta, [...records.changes]]).length).toBeLessThan(2_000);
    expect(records.checkpoints.size).toBe(0);
    const reloaded = createDb({ storage, now: () => NOW });
    expect(reloaded.world.orgs.get(db.homeOrgId)?.name).toBe('Initech Global');
    expect(reloaded.world.users.keys()).toHaveLength(10_000);
  });
});
