// The six people who open the console (issue 15), and acting as one of them without the View as dialog.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openUsers } from './console';

/** Who acts (null: signed out), by id in the default scenario (default-cast.ts). */
export const PERSONAS = {
  'org-admin': 'user-achen',
  'team-admin': 'user-cmendes',
  member: 'user-mgarcia',
  'org-viewer': 'user-ewalsh',
  stranger: 'user-sberg',
  'signed-out': null,
} as const;
export type Persona = keyof typeof PERSONAS;

export const SIZES = {
  wide: { width: 1440, height: 900 },
  narrow: { width: 1024, height: 768 },
} as const;

/** Opens the console (the backend is up once the Users table shows), then acts as the persona. */
export async function actAs(page: Page, persona: Persona): Promise<void> {
  await openUsers(page);
  const status = await page.evaluate(
    (id) =>
      fetch('/api/session', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: id }),
      }).then((r) => r.status),
    PERSONAS[persona],
  );
  expect(status).toBe(200);
}
