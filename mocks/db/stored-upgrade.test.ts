// A demo saved by the previous version (records of version 2: one org per person, member changes that
// name no org, checkpoints of the old row shape) still loads: its changes are replayed with their org
// filled in, nothing is dropped, and it is stored again as this version's records.
import { describe, expect, it } from 'vitest';
import { memberOf } from '../engine/index';
import { createDb } from './db';
import { memoryStorage } from './storage';
import { CARRIED_STATE_VERSION, STATE_VERSION } from './stored-state';

const BASE = '2026-11-01T12:00:00.000Z';
const AT = '2026-11-02T12:00:00.000Z';
const entry = (seq: number, op: object) => ({
  id: `e${seq}`,
  seq,
  at: AT,
  actorId: 'user-achen',
  viewAs: false,
  op,
});

/** What version 2 wrote: its meta, two member changes without an org, and a checkpoint of old rows. */
function version2Records() {
  return {
    meta: {
      version: CARRIED_STATE_VERSION,
      scenario: 'default',
      baseTime: BASE,
      session: { actingUserId: 'user-achen' },
      demo: { latencyMs: 0, failureRate: 0, failurePattern: [], failureScope: 'all' },
      home: { homeOrgId: 'org-acme-ml', defaultActorId: 'user-achen' },
    },
    changes: [
      [1, entry(1, { type: 'member.setOrgRole', userId: 'user-mgarcia', role: 'admin' })],
      [2, entry(2, { type: 'member.setSeat', userId: 'user-lfischer', modelsSeat: 'none' })],
    ] as const,
    // A checkpoint of version 2 (users with orgId and orgRole on the row): passed over, never read.
    checkpoints: [
      [
        2,
        {
          version: CARRIED_STATE_VERSION,
          index: 2,
          lastSeq: 2,
          tables: {
            users: [['user-mgarcia', { id: 'user-mgarcia', orgId: 'org-acme-ml', orgRole: 'admin' }]],
          },
        },
      ],
    ] as const,
  };
}

describe('a saved demo of state version 2', () => {
  it('loads with every change, each member change applied to the org the person was in', () => {
    const storage = memoryStorage(version2Records());
    const db = createDb({ storage, baseTime: BASE });
    expect(db.loadProblem).toBeNull();
    expect(db.log.map((e) => e.op)).toEqual([
      { type: 'member.setOrgRole', orgId: 'org-acme-ml', userId: 'user-mgarcia', role: 'admin' },
      { type: 'member.setSeat', orgId: 'org-acme-ml', userId: 'user-lfischer', modelsSeat: 'none' },
    ]);
    expect(memberOf(db.world, 'user-mgarcia', 'org-acme-ml')?.orgRole).toBe('admin');
    expect(memberOf(db.world, 'user-lfischer', 'org-acme-ml')?.modelsSeat).toBe('none');
  });

  it('is stored again as this version’s records, and loads from them as it is', () => {
    const storage = memoryStorage(version2Records());
    createDb({ storage, baseTime: BASE });
    const records = storage.read();
    expect(records.meta).toMatchObject({ version: STATE_VERSION });
    expect(records.changes.get(1)).toMatchObject({ op: { orgId: 'org-acme-ml' } });
    const again = createDb({ storage, baseTime: BASE });
    expect(again.loadProblem).toBeNull();
    expect(memberOf(again.world, 'user-mgarcia', 'org-acme-ml')?.orgRole).toBe('admin');
  });
});
