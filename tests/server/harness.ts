// The shared server for tests: started for real on a free port, in this process or as a child process
// (to kill it with SIGKILL), over SQLite in a temporary folder, or over PostgreSQL when
// TEST_DATABASE_URL names a server (each test gets its own database there).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../../mocks/server/app';
import { pgDriver } from '../../mocks/server/storage/pg-driver';
import { sqliteDriver } from '../../mocks/server/storage/sqlite-driver';
import { openSqlStorage } from '../../mocks/server/storage/sql-storage';
import type { ScenarioName } from '../../mocks/db/scenarios/index';

const root = path.resolve(import.meta.dirname, '../..');
const PG_URL = process.env.TEST_DATABASE_URL;

/** Where a test's state lives: a fresh SQLite folder, or a fresh PostgreSQL database. */
export interface Place {
  env: Record<string, string>;
  openStorage: () => ReturnType<typeof openSqlStorage>;
}

export const KINDS: string[] = ['sqlite', ...(PG_URL ? ['postgres'] : [])];
if (!PG_URL) console.log('PostgreSQL server tests skipped: TEST_DATABASE_URL is not set (.ci/run sets it).');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

let databases = 0;
export async function freshPlace(kind: string): Promise<Place> {
  if (kind === 'postgres' && PG_URL) {
    const name = `ac_test_${process.pid}_${Date.now().toString(36)}_${(databases += 1)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    cleanups.push(async () => {
      const drop = new pg.Client({ connectionString: PG_URL });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    });
    return {
      env: { DATABASE_URL: url.toString() },
      openStorage: () => pgDriver(url.toString()).then(openSqlStorage),
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ac-server-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { env: { DATA_DIR: dir }, openStorage: () => openSqlStorage(sqliteDriver(dir)) };
}

/** The server in this process on a free port; closed after the test. */
export async function serve(
  place: Place,
  scenario?: ScenarioName,
  extra: Pick<ServerOptions, 'clock'> = {},
): Promise<RunningServer> {
  const server = await startServer({
    openStorage: place.openStorage,
    scenario,
    staticDir: null,
    port: 0,
    ...extra,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  cleanups.push(close);
  return { ...server, close };
}

/** The server started on an existing database, printing keys for these people. */
export async function startWithKeys(place: Place, usernames: string[]): Promise<RunningServer> {
  const server = await startServer({
    openStorage: place.openStorage,
    keysFor: usernames,
    staticDir: null,
    port: 0,
  });
  cleanups.push(() => server.close());
  return server;
}

export interface Child {
  url: string;
  adminKey: { username: string; key: string } | null;
  process: ChildProcess;
}

/** The server as `npm run serve` runs it (main.ts through tsx), in a child process on a free port. */
export async function serveChild(place: Place, scenario?: ScenarioName): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/server/main.ts', '--api-only', ...(scenario ? ['--scenario', scenario] : [])],
    {
      cwd: root,
      env: { ...process.env, ...place.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`The server exited (${code}): ${err}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /server at (\S+)/.exec(out)?.[1];
      const done = scenario ? /Admin API key for (\S+): (\S+)\n/.exec(out) : null;
      if (url && (!scenario || done))
        resolve({
          url,
          adminKey: done ? { username: done[1] ?? '', key: done[2] ?? '' } : null,
          process: child,
        });
    });
  });
}

/** A client of the server: its own cookie (after sign-in), or Basic credentials on every request. */
export function client(base: string, basic?: { username: string; key: string }) {
  let cookie: string | null = null;
  const call = async (
    method: string,
    apiPath: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(new URL(`api${apiPath}`, base), {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...(basic
          ? { authorization: `Basic ${Buffer.from(`${basic.username}:${basic.key}`).toString('base64')}` }
          : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.getSetCookie()[0];
    if (set) cookie = /Max-Age=0/.test(set) ? null : (set.split(';')[0] ?? null);
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : null;
    return { status: response.status, json, headers: response.headers };
  };
  return {
    call,
    signIn: (username: string, apiKey: string) => call('POST', '/auth/sign-in', { username, apiKey }),
    get cookie() {
      return cookie;
    },
  };
}
