// Turn Vitest's and Playwright's JSON reports into { passed, failed, failures[] } for scripts/test.mjs.
import path from 'node:path';

/** @typedef {{ passed: number, failed: number, failures: string[], flaky?: number }} Summary */

const rel = (file) => (file ? path.relative(process.cwd(), file) : '?');

/**
 * Vitest's jest-compatible JSON. A file that fails to load (no test ran) counts as one failure.
 * @param {any} json
 * @returns {Summary | undefined}
 */
export function summarizeVitest(json) {
  if (!json || !Array.isArray(json.testResults)) return undefined;
  const failures = [];
  let failed = json.numFailedTests ?? 0;
  for (const file of json.testResults) {
    const tests = file.assertionResults ?? [];
    for (const t of tests) {
      if (t.status === 'failed') failures.push(`${rel(file.name)} › ${t.fullName ?? t.title}`);
    }
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failed += 1;
      const firstLine = String(file.message ?? '').split('\n')[0];
      failures.push(`${rel(file.name)}: ${firstLine || 'failed to run'}`);
    }
  }
  return { passed: json.numPassedTests ?? 0, failed, failures };
}

/**
 * Playwright's JSON reporter. Flaky (failed, then passed on a retry) counts as failed: a test that
 * passes only sometimes is not passing. Skipped is not counted; global errors (web server did not start,
 * no tests found…) count as one failure each.
 * @param {any} json
 * @returns {Summary | undefined}
 */
export function summarizePlaywright(json) {
  if (!json || !json.stats) return undefined;
  const failures = [];
  const rootDir = json.config?.rootDir ?? process.cwd();
  const walk = (suite, titles) => {
    const here = suite.title && !suite.file?.endsWith(suite.title) ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected' || t.status === 'flaky') {
          const file = rel(path.join(rootDir, spec.file ?? suite.file ?? ''));
          const flaky = t.status === 'flaky' ? ' (flaky: failed, then passed on retry)' : '';
          failures.push(`${[`${file}:${spec.line}`, ...here, spec.title].join(' › ')}${flaky}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of json.suites ?? []) walk(suite, []);
  const globalErrors = (json.errors ?? []).map((e) => String(e.message ?? e).split('\n')[0]);
  failures.push(...globalErrors.map((m) => `playwright: ${m}`));
  const { expected = 0, unexpected = 0, flaky = 0 } = json.stats;
  return { passed: expected, failed: unexpected + flaky + globalErrors.length, failures, flaky };
}
