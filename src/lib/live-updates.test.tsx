// @vitest-environment jsdom
// Live updates on the shared server (issue 16): the server's change events refresh what the tab shows,
// as another tab's BroadcastChannel message does in the in-browser build; the tab's own are skipped; a
// stream the browser gave up on (a 401, the server gone) is opened again, and what was missed is asked
// for again once it is back.
import { QueryClient } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  emit(type: string, data: unknown) {
    for (const l of this.listeners.get(type) ?? []) l(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  fail(closed: boolean) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.onerror?.();
  }
}

let queryClient: QueryClient;
let invalidated: unknown[][];

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubEnv('VITE_BACKEND', 'http');
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.resetModules();
  FakeEventSource.opened = [];
  queryClient = new QueryClient();
  invalidated = [];
  vi.spyOn(queryClient, 'invalidateQueries').mockImplementation((filters) => {
    invalidated.push([...(filters?.queryKey ?? [])]);
    return Promise.resolve();
  });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

async function subscribe() {
  const { useLiveUpdates } = await import('./live-updates');
  const { THIS_TAB } = await import('../api/changes-channel');
  renderHook(() => useLiveUpdates(queryClient, true));
  const stream = FakeEventSource.opened[0];
  if (!stream) throw new Error('no event stream opened');
  return { stream, THIS_TAB };
}

describe('live updates from the shared server', () => {
  it("refreshes the world on another's change, and skips this tab's own", async () => {
    const { stream, THIS_TAB } = await subscribe();
    expect(stream.url).toBe('/api/events');
    stream.open();
    stream.emit('changed', { kind: 'changed', tab: THIS_TAB, path: '/api/orgs/acme-ml/users/user-1' });
    expect(invalidated).toEqual([]);
    stream.emit('changed', { kind: 'changed', tab: 'server', path: '/api/orgs/acme-ml/users/user-1' });
    expect(invalidated).toContainEqual(['org']);
    expect(invalidated).toContainEqual(['session']);
  });

  it('opens a closed stream again, checks the session, and refreshes what it missed', async () => {
    const { stream } = await subscribe();
    stream.open();
    stream.fail(true);
    // Perhaps signed out: the session is asked again (a 401 there sends the person to sign in).
    expect(invalidated).toEqual([['session']]);
    expect(FakeEventSource.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    const again = FakeEventSource.opened[1];
    expect(again?.readyState).toBe(FakeEventSource.CONNECTING);
    invalidated = [];
    again?.open();
    expect(invalidated).toContainEqual(['org']);
  });

  it('leaves a dropped connection to the browser, and refreshes once it is back', async () => {
    const { stream } = await subscribe();
    stream.open();
    stream.fail(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeEventSource.opened).toHaveLength(1);
    invalidated = [];
    stream.open();
    expect(invalidated).toContainEqual(['team']);
  });
});
