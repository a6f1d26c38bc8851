// The embedded default (ADR 0027): one SQLite file through better-sqlite3, in WAL mode with
// synchronous=FULL, so a committed transaction survives a killed process (and a power cut).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqlDriver, SqlWrite } from './sql-storage';

export const SQLITE_FILE = 'access-console.sqlite';

export function sqliteDriver(dir: string): SqlDriver {
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY, record TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS checkpoints (idx INTEGER PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  const statements = {
    meta: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    change: db.prepare(
      'INSERT INTO changes (seq, record) VALUES (?, ?) ON CONFLICT (seq) DO UPDATE SET record = excluded.record',
    ),
    deleteChange: db.prepare('DELETE FROM changes WHERE seq = ?'),
    checkpoint: db.prepare(
      'INSERT INTO checkpoints (idx, value) VALUES (?, ?) ON CONFLICT (idx) DO UPDATE SET value = excluded.value',
    ),
    deleteCheckpoint: db.prepare('DELETE FROM checkpoints WHERE idx = ?'),
    session: db.prepare(
      'INSERT INTO sessions (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE key = ?'),
  };
  const run = (write: SqlWrite): void => {
    switch (write.kind) {
      case 'meta':
        statements.meta.run('state', write.value);
        return;
      case 'change':
        statements.change.run(write.seq, write.value);
        return;
      case 'deleteChanges':
        for (const seq of write.seqs) statements.deleteChange.run(seq);
        return;
      case 'checkpoint':
        statements.checkpoint.run(write.index, write.value);
        return;
      case 'deleteCheckpoints':
        for (const index of write.indexes) statements.deleteCheckpoint.run(index);
        return;
      case 'restart':
        db.exec('DELETE FROM changes; DELETE FROM checkpoints;');
        statements.meta.run('state', write.meta);
        return;
      case 'session':
        if (write.value === null) statements.deleteSession.run(write.key);
        else statements.session.run(write.key, write.value);
        return;
    }
  };
  const commit = db.transaction((writes: readonly SqlWrite[]) => writes.forEach(run));
  return {
    read: (kept) => {
      const meta = db.prepare('SELECT value FROM meta WHERE key = ?').get('state') as
        { value: string } | undefined;
      const changes = db.prepare('SELECT seq, record FROM changes ORDER BY seq').all() as {
        seq: number;
        record: string;
      }[];
      const checkpoints = (
        db.prepare('SELECT idx, value FROM checkpoints ORDER BY idx DESC LIMIT ?').all(kept) as {
          idx: number;
          value: string;
        }[]
      ).reverse();
      const sessions = db.prepare('SELECT key, value FROM sessions').all() as {
        key: string;
        value: string;
      }[];
      return Promise.resolve({
        sessions: sessions.map((r) => [r.key, r.value]),
        meta: meta?.value ?? null,
        changes: changes.map((r) => [r.seq, r.record]),
        checkpoints: checkpoints.map((r) => [r.idx, r.value]),
      });
    },
    commit: (writes) => {
      commit(writes);
      return Promise.resolve();
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
