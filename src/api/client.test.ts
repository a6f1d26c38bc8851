// The fetch wrapper names this tab on every change it asks for (the shared server echoes it in its change
// event, so this tab skips its own change: live-updates.ts), and on no read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest } from './client';
import { TAB_HEADER, THIS_TAB } from './changes-channel';

afterEach(() => vi.unstubAllGlobals());

function sent(): Headers[] {
  const seen: Headers[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    seen.push(new Headers(init.headers));
    return Promise.resolve(new Response('{}', { status: 200 }));
  });
  return seen;
}

describe('the tab header', () => {
  it('goes with a change, never with a read', async () => {
    const seen = sent();
    await apiRequest('/teams', z.object({}), { method: 'POST', body: { name: 'vision' } });
    await apiRequest('/teams', z.object({}));
    expect(seen.map((h) => h.get(TAB_HEADER))).toEqual([THIS_TAB, null]);
  });
});
