#!/usr/bin/env node
// `npm run serve [-- --scenario NAME]`: builds the server-mode console into dist-server/ when it is
// missing or older than the sources, then runs the shared server (mocks/server/main.ts) through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist-server', 'index.html');

/** The newest modification time under these paths. */
function newest(paths) {
  let time = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) time = Math.max(time, newest(readdirSync(p).map((name) => path.join(p, name))));
    else time = Math.max(time, stat.mtimeMs);
  }
  return time;
}

const sources = ['src', 'mocks', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
  path.join(root, p),
);
if (!existsSync(built) || statSync(built).mtimeMs < newest(sources)) {
  console.log('Building the console for the server (vite build --mode server --outDir dist-server)…');
  const vite = path.join(root, 'node_modules', '.bin', 'vite');
  const run = spawnSync(
    vite,
    ['build', '--mode', 'server', '--outDir', 'dist-server', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
await import('../mocks/server/main.ts');
