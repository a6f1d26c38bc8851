// Decides which requests the demo's network realism fails: at random (failureRate) or by a fixed
// pattern that cycles over the requests in scope, so a test or a rehearsed demo knows in advance
// which request fails. The pattern's position lives here, in memory, not in the stored state: a
// reload (or setting the pattern again) starts it over at its first entry.
import type { Db } from '../../db/db';
import type { DemoSettings } from '../../db/stored-state';

const positions = new WeakMap<Db, number>();

const READ_METHODS = new Set(['GET', 'HEAD']);

function inScope(scope: DemoSettings['failureScope'], method: string): boolean {
  if (scope === 'all') return true;
  return READ_METHODS.has(method.toUpperCase()) === (scope === 'reads');
}

/** The next request in scope takes the pattern's first entry. */
export function restartFailurePattern(db: Db): void {
  positions.set(db, 0);
}

/** Whether this request is to be answered with a simulated failure (advances the pattern). */
export function injectFailure(db: Db, method: string, random: () => number = Math.random): boolean {
  const { failureRate, failurePattern, failureScope } = db.demo;
  if (!inScope(failureScope, method)) return false;
  if (failurePattern.length > 0) {
    const at = positions.get(db) ?? 0;
    positions.set(db, at + 1);
    return failurePattern[at % failurePattern.length] === 'fail';
  }
  return failureRate > 0 && random() < failureRate;
}

export function failureMessage(db: Db): string {
  return db.demo.failurePattern.length > 0
    ? 'Simulated network failure (a fixed failure pattern set in the demo). Retry, or clear the pattern in the demo panel.'
    : 'Simulated network failure (turned on in the demo panel). Retry, or set failures to 0%.';
}
