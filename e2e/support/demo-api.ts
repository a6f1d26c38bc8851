// The demo API from inside the page, so the MSW service worker answers (page.request would go around
// it, to the static server). For journeys that need a known failure pattern and the server's truth.
import type { Page } from '@playwright/test';

export interface FailureSettings {
  failureRate?: number;
  /** The requests in scope take these outcomes in turn, cycling; [] turns it off. */
  failurePattern?: ('ok' | 'fail')[];
  failureScope?: 'all' | 'reads' | 'writes';
}

/** Sets the demo's failure injection; the pattern starts over at its first entry. */
export async function setFailures(page: Page, settings: FailureSettings): Promise<void> {
  await setDemo(page, settings);
}

/** Sets the demo's network realism (latency, failures) through the backend the page runs. */
export async function setDemo(page: Page, settings: FailureSettings & { latencyMs?: number }): Promise<void> {
  const status = await page.evaluate(
    (body) =>
      fetch('/api/demo', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.status),
    settings,
  );
  if (status !== 200) throw new Error(`PATCH /api/demo answered ${status}`);
}

/** What the server holds now (a read: make sure no injected failure falls on it). */
export async function readApi<T>(page: Page, path: string): Promise<T> {
  const answer = await page.evaluate(async (p) => {
    const r = await fetch(`/api${p}`);
    return { status: r.status, json: (await r.json()) as unknown };
  }, path);
  if (answer.status !== 200) throw new Error(`GET /api${path} answered ${answer.status}`);
  return answer.json as T;
}
