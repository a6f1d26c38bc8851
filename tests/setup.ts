// A console.error in any test is a failure: it nearly always means a React or msw warning we missed.
import { afterEach, beforeEach, vi } from 'vitest';

let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  if (errors.length > 0) {
    const text = errors.map((a) => a.map(String).join(' ')).join('\n');
    errors = [];
    throw new Error(`console.error was called during the test:\n${text}`);
  }
});

// In the jsdom tests, findBy* and waitFor wait up to 5 s instead of 1 s: a wait still ends as soon as
// the page shows what it waits for, and on a busy 2-core machine (CI, a browser beside it) rendering a
// route took longer than a second (sign-in-page.test.tsx failed so). Node tests do not load the library.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}
