// Where is a Chromium that Playwright can drive? Shared by playwright.config.ts and ensure-chromium.mjs.
// Order: $CHROMIUM_PATH, $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, Debian's /usr/bin/chromium, then
// /usr/bin/chromium-browser. Undefined means "let Playwright use its own browser, if one is installed".
import { accessSync, constants, statSync } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @param {string | undefined} file */
function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | undefined}
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv; // explicit wins, even if wrong: Playwright then says so clearly
  return SYSTEM_CHROMIUM_PATHS.find(isExecutable);
}

/** Flags for Chromium as root in a closed network (no sandbox, no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
