// Playwright fixtures for every journey: `import { test, expect } from './support/fixtures';`
//
// - `page` fails the test on any browser console error or uncaught page error (like tests/setup.ts does
//   for Vitest). A test that expects a specific error opts out of just that one:
//     test.use({ ignoreConsoleErrors: [httpErrorStatus(409)] });
//   Note: Chromium logs "Failed to load resource: the server responded with a status of 403 ()" as a
//   console error for every 4xx/5xx fetch the page makes — also when the MSW service worker answered it.
//   A journey that provokes a refusal in the UI on purpose must say so with httpErrorStatus(…).
// - `expectNoSeriousA11yViolations(page)` runs axe and fails on 'serious' or 'critical' violations.
// - Clean storage: Playwright gives each test a fresh browser context, so localStorage, sessionStorage,
//   IndexedDB, cookies and service-worker registrations start empty. The mock backend (persisted in
//   browser storage) therefore boots from its seed in every test; within one test, reloads keep state.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

type Fixtures = {
  /** Console/page error texts (substring or RegExp) this test expects; empty by default. */
  ignoreConsoleErrors: (string | RegExp)[];
};

function matchesAny(text: string, patterns: (string | RegExp)[]): boolean {
  return patterns.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
}

export const test = base.extend<Fixtures>({
  ignoreConsoleErrors: [[], { option: true }],

  page: async ({ page, ignoreConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (matchesAny(text, ignoreConsoleErrors)) return;
      const { url, lineNumber } = msg.location();
      errors.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => {
      const text = `${error.name}: ${error.message}`;
      if (matchesAny(text, ignoreConsoleErrors)) return;
      errors.push(`uncaught ${text}`);
    });

    await use(page);

    expect(
      errors,
      'The browser logged errors during the test (see test.use({ ignoreConsoleErrors }))',
    ).toEqual([]);
  },
});

/**
 * Matches Chromium's console error for a page request answered with one of these HTTP statuses.
 * One pattern for several statuses: test.use() reads `[a, b]` with an object second item as
 * Playwright's `[value, options]` tuple, so pass `[httpErrorStatus(403, 404)]`.
 */
export function httpErrorStatus(...statuses: number[]): RegExp {
  return new RegExp(`^Failed to load resource: the server responded with a status of (${statuses.join('|')})\\b`);
}

type A11yOptions = {
  /** CSS selector to limit the scan to, e.g. a dialog: '[role="dialog"]'. */
  include?: string;
  /** CSS selectors to leave out. */
  exclude?: string[];
  /** axe rule ids to skip (say why at the call site). */
  disableRules?: string[];
};

/** Runs axe on the current page; fails on any 'serious' or 'critical' violation with a readable list. */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
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
