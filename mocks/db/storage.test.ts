import { describe, expect, it } from 'vitest';
import { memoryStorage } from './storage';

describe('memoryStorage', () => {
  it('reads back what it stored, in key order, as copies', () => {
    const s = memoryStorage();
    const record = { seq: 2 };
    s.putChange(2, record);
    s.putChange(1, { seq: 1 });
    record.seq = 99;
    expect([...s.read().changes]).toEqual([
      [1, { seq: 1 }],
      [2, { seq: 2 }],
    ]);
    s.deleteChanges([1]);
    expect([...s.read().changes.keys()]).toEqual([2]);
  });

  it('restarts with only the new meta, and forgets legacy keys it is told to', () => {
    const s = memoryStorage({ legacy: { 'access-console:v1': '{}' } });
    s.putChange(1, { seq: 1 });
    s.putCheckpoint(128, { index: 128 });
    expect(s.restart({ version: 2 })).toEqual({ ok: true });
    s.removeLegacy('access-console:v1');
    const read = s.read();
    expect(read.meta).toEqual({ version: 2 });
    expect(read.changes.size + read.checkpoints.size + read.legacy.size).toBe(0);
  });
});
