// The shared server for the journeys of e2e/shared-server.spec.ts: `npm run serve`'s own script (it
// builds dist-server/ when the sources are newer), run as a child process on its own port over a fresh
// SQLite folder, so a journey can kill it (SIGKILL) and start it again on the same data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Clear of the preview (E2E_PORT) and dev server (+1100) ports; the first-run server takes the next. */
export const SHARED_PORT = Number(process.env.E2E_SHARED_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 2000);

export interface SharedServer {
  url: string;
  /** The scenario admin's key, printed at the first start with a scenario. */
  adminKey: { username: string; key: string } | null;
  /** kill -9: no chance to close anything. */
  kill: () => Promise<void>;
  /** Starts it again on the same data (without a scenario: the state is the database's). */
  restart: () => Promise<SharedServer>;
  /** Stops it and removes its data. */
  dispose: () => Promise<void>;
}

const ADMIN_KEY = /Admin API key for (\S+): (\S+)/;
const READY = /Access Console server at (\S+)/;

function run(
  port: number,
  dataDir: string,
  scenario: string | null,
): Promise<{ child: ChildProcess; url: string; adminKey: SharedServer['adminKey'] }> {
  const args = ['scripts/serve.mjs', ...(scenario ? ['--scenario', scenario] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const done = (error: Error | null) => {
      child.stdout?.off('data', read);
      if (error) reject(error);
    };
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const ready = READY.exec(out);
      if (!ready || (scenario && !ADMIN_KEY.test(out))) return;
      const key = ADMIN_KEY.exec(out);
      done(null);
      resolve({
        child,
        url: `http://localhost:${port}`,
        adminKey: key ? { username: key[1] ?? '', key: key[2] ?? '' } : null,
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) =>
      done(new Error(`The shared server exited (${code}) before it was ready:\n${out}`)),
    );
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export async function startSharedServer({
  port = SHARED_PORT,
  scenario = null,
}: { port?: number; scenario?: string | null } = {}): Promise<SharedServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ac-e2e-server-'));
  const started = async (first: boolean): Promise<SharedServer> => {
    const { child, url, adminKey } = await run(port, dataDir, first ? scenario : null);
    const stop = async (signal: NodeJS.Signals) => {
      child.kill(signal);
      await exited(child);
    };
    return {
      url,
      adminKey,
      kill: () => stop('SIGKILL'),
      restart: () => started(false),
      dispose: async () => {
        await stop('SIGTERM');
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  };
  return started(true);
}
