// Playwright fixtures for every journey: `import { test, expect } from './support/fixtures';`
//
// - `page` fails the test on any browser console error or uncaught page error (like tests/setup.ts does
//   for Vitest). Chromium logs "Failed to load resource: the server responded with a status of 403 ()"
//   for every 4xx/5xx fetch the page makes, also when the MSW service worker answered it. A test that
//   provokes a refusal on purpose says which one, inside the test:
//     test('…', async ({ page, expectRefusal }) => {
//       expectRefusal(409, '/api/orgs/acme-ml/invites');            // exactly one such answer
//       expectRefusal(403, '/api/orgs/acme-ml/audit-log?page=1&pageSize=25', { count: 2 });
//   Each expectation allows exactly `count` errors with that status for that request, and the test
//   fails if they did not happen. `atMost` widens it to a range only where the browser itself decides
//   how often it asks (a failed module chunk is fetched by its preload and again by the import). The request is the console message's location: a string is its path
//   exactly (with the query too when the string has a `?`), a RegExp is tested on path and query. An
//   opt-out never silences a whole file, another request, or another status. When the page shows
//   nothing of a refusal before the test moves on, `await expectRefusal(…).happened()` waits for it.
// - `expectNoSeriousA11yViolations(page)` runs axe and fails on 'serious' or 'critical' violations.
// - Clean storage: Playwright gives each test a fresh browser context, so localStorage, sessionStorage,
//   IndexedDB, cookies and service-worker registrations start empty. The mock backend (persisted in
//   browser storage) therefore boots from its seed in every test; within one test, reloads keep state.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

export { expect };

type Refusal = { status: number; path: string | RegExp; count: number; atMost: number };
/** `happened()` waits (up to the expect timeout) until the refusal has been logged `count` times. */
type ExpectedRefusal = { happened: () => Promise<void> };
type ExpectRefusal = (
  status: number,
  path: string | RegExp,
  options?: { count?: number; atMost?: number },
) => ExpectedRefusal;

type Fixtures = {
  /** Declares the HTTP refusal(s) this test provokes on purpose; see the header comment. */
  expectRefusal: ExpectRefusal;
};

/** One console error or uncaught error; `status`, `path` and `search` only for a failed request. */
type Logged = { label: string; status: number | null; path: string; search: string };
type ConsoleGuard = { errors: Logged[]; refusals: Refusal[] };

const HTTP_ERROR = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

function logged(msg: ConsoleMessage): Logged {
  const text = msg.text();
  const { url, lineNumber } = msg.location();
  let path = url;
  let search = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    search = parsed.search;
  } catch {
    // not a URL (e.g. empty): keep it as it is
  }
  const status = HTTP_ERROR.exec(text)?.[1];
  const label = `console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`;
  return { label, status: status ? Number(status) : null, path, search };
}

function matches(e: Logged, r: Refusal): boolean {
  if (e.status !== r.status) return false;
  if (typeof r.path !== 'string') return r.path.test(`${e.path}${e.search}`);
  return r.path.includes('?') ? r.path === `${e.path}${e.search}` : r.path === e.path;
}

const describeRefusal = (r: Refusal) =>
  `${r.count}${r.atMost > r.count ? `–${r.atMost}` : ''} × ${r.status} from ${String(r.path)}`;

/**
 * Matches the logged errors to the declared refusals, each taking at most its count: what is left is
 * unexpected, and a refusal short of its count did not happen (yet).
 */
function settle(errors: Logged[], refusals: Refusal[]) {
  const left = [...errors];
  const missing: Refusal[] = [];
  for (const r of refusals) {
    let found = 0;
    for (let i = 0; i < left.length && found < r.atMost;) {
      if (matches(left[i] as Logged, r)) {
        left.splice(i, 1);
        found += 1;
      } else i += 1;
    }
    if (found < r.count) missing.push(r);
  }
  return { unexpected: left.map((e) => e.label), missing };
}

const missingText = (guard: ConsoleGuard) =>
  settle(guard.errors, guard.refusals).missing.map(describeRefusal);

export const test = base.extend<Fixtures & { consoleGuard: ConsoleGuard }>({
  // What `page` saw and what `expectRefusal` declared, within one test.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  consoleGuard: async ({}, use) => {
    await use({ errors: [], refusals: [] });
  },

  expectRefusal: async ({ consoleGuard }, use) => {
    await use((status, path, options = {}) => {
      const count = options.count ?? 1;
      const refusal = { status, path, count, atMost: Math.max(count, options.atMost ?? count) };
      consoleGuard.refusals.push(refusal);
      return {
        happened: () =>
          expect
            .poll(() => settle(consoleGuard.errors, consoleGuard.refusals).missing.includes(refusal), {
              message: `expected ${describeRefusal(refusal)}`,
            })
            .toBe(false),
      };
    });
  },

  page: async ({ page, consoleGuard }, use) => {
    const { errors, refusals } = consoleGuard;
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(logged(msg));
    });
    page.on('pageerror', (error) => {
      errors.push({ label: `uncaught ${error.name}: ${error.message}`, status: null, path: '', search: '' });
    });

    await use(page);

    // A console event can reach us a moment after the page showed the refusal: wait for the expected
    // ones to arrive (no fixed sleep; returns as soon as they are all there).
    if (missingText(consoleGuard).length > 0) {
      await expect
        .poll(() => missingText(consoleGuard))
        .toEqual([])
        .catch(() => undefined);
    }
    expect(
      settle(errors, refusals).unexpected,
      'The browser logged errors during the test (a refusal provoked on purpose: expectRefusal(status, path))',
    ).toEqual([]);
    expect(missingText(consoleGuard), 'Refusals declared with expectRefusal() that did not happen').toEqual(
      [],
    );
  },
});

type A11yOptions = {
  /**
   * The region(s) the test checks, e.g. 'main' or a dialog: '[role="dialog"]' (the shell has its own
   * scans in shell.spec.ts). Without it the whole page is scanned.
   */
  include?: string | string[];
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** axe rule ids to skip (say why at the call site). */
  disableRules?: string[];
};

/**
 * Runs axe on the current page (or the `include` region the test checks); fails on any 'serious' or
 * 'critical' violation with a readable list.
 */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  // Legacy mode runs axe in the page itself: the default opens a second, blank page to merge the
  // frames' results, which on a busy machine took seconds per scan; the console has no iframes.
  // Only violations are read, so axe skips collecting the nodes of every passing check.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  for (const selector of [options.include ?? []].flat()) builder = builder.include(selector);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

  const { violations } = await builder.analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = serious.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(' '))
      .join(' | ');
    const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '';
    return `${v.id} [${v.impact}] ${v.help} → ${targets}${more}`;
  });
  expect(lines, `Serious accessibility violations on ${page.url()}`).toEqual([]);
}
