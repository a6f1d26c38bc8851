// PostgreSQL when DATABASE_URL is set (ADR 0027), through pg: the same three tables; each flush is one
// transaction (BEGIN … COMMIT), answered only once PostgreSQL has committed it.
import pg from 'pg';
import type { SqlDriver, SqlWrite } from './sql-storage';

export async function pgDriver(url: string): Promise<SqlDriver> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY, record TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS checkpoints (idx INTEGER PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  const run = async (write: SqlWrite): Promise<void> => {
    switch (write.kind) {
      case 'meta':
        await client.query(
          'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          ['state', write.value],
        );
        return;
      case 'change':
        await client.query(
          'INSERT INTO changes (seq, record) VALUES ($1, $2) ON CONFLICT (seq) DO UPDATE SET record = excluded.record',
          [write.seq, write.value],
        );
        return;
      case 'deleteChanges':
        await client.query('DELETE FROM changes WHERE seq = ANY($1::int[])', [write.seqs]);
        return;
      case 'checkpoint':
        await client.query(
          'INSERT INTO checkpoints (idx, value) VALUES ($1, $2) ON CONFLICT (idx) DO UPDATE SET value = excluded.value',
          [write.index, write.value],
        );
        return;
      case 'deleteCheckpoints':
        await client.query('DELETE FROM checkpoints WHERE idx = ANY($1::int[])', [write.indexes]);
        return;
      case 'restart':
        await client.query('DELETE FROM changes');
        await client.query('DELETE FROM checkpoints');
        await run({ kind: 'meta', value: write.meta });
        return;
      case 'session':
        if (write.value === null) await client.query('DELETE FROM sessions WHERE key = $1', [write.key]);
        else
          await client.query(
            'INSERT INTO sessions (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
            [write.key, write.value],
          );
        return;
    }
  };
  return {
    read: async (kept) => {
      const meta = await client.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', ['state']);
      const changes = await client.query<{ seq: number; record: string }>(
        'SELECT seq, record FROM changes ORDER BY seq',
      );
      const checkpoints = await client.query<{ idx: number; value: string }>(
        'SELECT idx, value FROM checkpoints ORDER BY idx DESC LIMIT $1',
        [kept],
      );
      const sessions = await client.query<{ key: string; value: string }>('SELECT key, value FROM sessions');
      return {
        sessions: sessions.rows.map((r) => [r.key, r.value]),
        meta: meta.rows[0]?.value ?? null,
        changes: changes.rows.map((r) => [r.seq, r.record]),
        checkpoints: checkpoints.rows.reverse().map((r) => [r.idx, r.value]),
      };
    },
    commit: async (writes) => {
      await client.query('BEGIN');
      try {
        for (const write of writes) await run(write);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    },
    close: () => client.end(),
  };
}
