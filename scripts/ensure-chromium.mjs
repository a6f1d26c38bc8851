#!/usr/bin/env node
// Make sure Playwright has a Chromium to drive. Exit 0 if one is usable; otherwise, as root on Debian,
// install Debian's `chromium` package (Playwright cannot download its own browsers here); else explain.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path.mjs';

/** @returns {{ path: string, version: string } | undefined} */
function usableChromium() {
  const candidates = [findChromium()];
  try {
    candidates.push(chromium.executablePath()); // Playwright's own download, if any
  } catch {
    // no bundled browser registered
  }
  for (const path of candidates) {
    if (!path || !existsSync(path)) continue;
    const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    const version = (run.stdout || '').trim();
    if (run.status === 0 && /chrom/i.test(version)) return { path, version };
  }
  return undefined;
}

function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  return isRoot && hasApt && existsSync('/etc/debian_version');
}

/** @param {string} cmd */
function sh(cmd) {
  console.log(`$ ${cmd}`);
  const run = spawnSync('sh', ['-c', cmd], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return run.status === 0;
}

let found = usableChromium();
if (found) {
  console.log(`Chromium: ${found.version} (${found.path})`);
  process.exit(0);
}

const explicit = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
if (explicit) {
  console.error(
    `CHROMIUM_PATH/PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH is set to "${explicit}", but it does not run.`,
  );
  process.exit(1);
}

if (canApt()) {
  console.log('No Chromium found: installing Debian chromium with apt-get…');
  if (sh('apt-get update && apt-get install -y chromium')) {
    found = usableChromium();
    if (found) {
      console.log(`Chromium: ${found.version} (${found.path})`);
      process.exit(0);
    }
  }
  console.error('apt-get did not leave a usable /usr/bin/chromium.');
}

console.error(`
No Chromium for Playwright was found. Do one of:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium
  - any OS with internet:     npx playwright install chromium
  - point at a browser:       CHROMIUM_PATH=/path/to/chromium npm test
`);
process.exit(1);
