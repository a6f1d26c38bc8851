// `npm run serve` (after scripts/serve.mjs has built the console): the shared server on PORT (8080),
// its state in SQLite under DATA_DIR (./data) or in PostgreSQL at DATABASE_URL. `--scenario NAME` seeds
// a fresh database with a demo scenario and prints a new API key for its admin; `--key-for USERNAME`
// (repeatable) prints a new key for that person too (the operator letting seeded people sign in);
// `--api-only` serves the API without the console (the tests).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isScenarioName } from '../db/scenarios/index';
import { startServer } from './app';
import { pgDriver } from './storage/pg-driver';
import { SQLITE_FILE, sqliteDriver } from './storage/sqlite-driver';
import { openSqlStorage } from './storage/sql-storage';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    'key-for': { type: 'string', multiple: true, default: [] },
    'api-only': { type: 'boolean', default: false },
  },
});
const scenario = values.scenario;
if (scenario !== undefined && !isScenarioName(scenario)) {
  console.error(
    `Unknown scenario "${scenario}": use default, startup, dedicated, self-managed, large or huge.`,
  );
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL;
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(root, 'data'));
const openStorage = () =>
  databaseUrl ? pgDriver(databaseUrl).then(openSqlStorage) : openSqlStorage(sqliteDriver(dataDir));

const server = await startServer({
  openStorage,
  scenario,
  keysFor: values['key-for'],
  staticDir: values['api-only'] ? null : path.join(root, 'dist-server'),
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '0.0.0.0',
});
const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.join(dataDir, SQLITE_FILE);
console.log(`Access Console server at ${server.url} (state in ${where})`);
if (server.adminKey) console.log(`Admin API key for ${server.adminKey.username}: ${server.adminKey.key}`);
for (const { username, key } of server.keys) console.log(`API key for ${username}: ${key}`);
const missing = values['key-for'].filter((u) => !server.keys.some((k) => k.username === u));
if (missing.length > 0)
  console.log(`No one here has the username ${missing.join(', ')}: no key printed for them.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
