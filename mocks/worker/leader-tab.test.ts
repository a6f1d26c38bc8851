// The leader tab, with fake tabs: Web Locks and BroadcastChannel stand-ins, and the real backend host
// over fake-indexeddb. One tab leads and answers the others; when it closes, the next one takes over
// from IndexedDB and answers what was left unanswered; nothing is lost.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIdbStorage } from '../db/idb-storage';
import { startHost } from './backend-host';
import { connectViaLeader, type ChannelLike, type LeaderEnvironment, type LeaderMessage } from './leader-tab';
import type { BackendConnection } from './protocol';

/** The browser all fake tabs share: one lock manager, one channel bus, one database. */
function fakeBrowser(database: string) {
  const channels = new Set<ChannelLike & { tab: string }>();
  let holder: string | null = null;
  const queue: { tab: string; grant: () => void }[] = [];
  const grantNext = () => {
    const next = queue.shift();
    if (next) {
      holder = next.tab;
      next.grant();
    }
  };
  const started: string[] = [];

  function openTab(tab: string, scenario: string | null = null) {
    const env: LeaderEnvironment = {
      tabId: tab,
      openChannel: () => {
        const channel: ChannelLike & { tab: string } = {
          tab,
          onmessage: null,
          postMessage: (message: LeaderMessage) => {
            // A closed tab says nothing more; a tab set to close on its next answer closes instead.
            if (!channels.has(channel)) return;
            if (message.kind === 'response' && closesBeforeAnswering.has(tab)) {
              closesBeforeAnswering.delete(tab);
              closeTab(tab);
              return;
            }
            for (const other of channels)
              if (other !== channel) setTimeout(() => other.onmessage?.({ data: structuredClone(message) }));
          },
        };
        channels.add(channel);
        return channel;
      },
      requestLock: (_name, whileHeld) =>
        new Promise<void>((resolve, reject) => {
          queue.push({ tab, grant: () => void whileHeld().then(resolve, reject) });
          if (holder === null) grantNext();
        }),
      startHost: async (hello) => {
        started.push(tab);
        return startHost(await openIdbStorage(database), hello);
      },
    };
    const connection = connectViaLeader({ kind: 'hello', scenario, legacy: [] }, env);
    return {
      connection,
      /** The tab closes: its channel goes, and the browser releases its lock. */
      close: () => closeTab(tab),
      /** The tab closes just after applying the next request it answers, before its answer goes. */
      closeBeforeNextAnswer: () => closesBeforeAnswering.add(tab),
    };
  }
  const closesBeforeAnswering = new Set<string>();
  function closeTab(tab: string) {
    for (const c of channels) if (c.tab === tab) channels.delete(c);
    const waitingAt = queue.findIndex((q) => q.tab === tab);
    if (waitingAt >= 0) queue.splice(waitingAt, 1);
    if (holder === tab) {
      holder = null;
      grantNext();
    }
  }
  return { openTab, started, leader: () => holder };
}

const rename = (backend: BackendConnection, name: string) =>
  backend.fetch(
    new Request('http://localhost/api/orgs/acme-ml/settings/name', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    }),
  );
const orgName = async (backend: BackendConnection) =>
  (
    (await (await backend.fetch(new Request('http://localhost/api/session'))).json()) as {
      org: { name: string };
    }
  ).org.name;

let n = 0;

describe('the leader tab', () => {
  it('runs one backend: the first tab leads, the others forward to it', async () => {
    const browser = fakeBrowser(`access-console-leader-${++n}`);
    const a = browser.openTab('a');
    const first = await a.connection;
    const b = browser.openTab('b');
    const second = await b.connection;
    expect(first.where).toBe('leader-tab');
    expect(browser.leader()).toBe('a');

    expect((await rename(second, 'Acme From B')).status).toBe(200);
    expect(await orgName(first)).toBe('Acme From B');
    expect((await rename(first, 'Acme From A')).status).toBe(200);
    expect(await orgName(second)).toBe('Acme From A');
    expect(browser.started).toEqual(['a']);
  });

  it('hands over when the leader closes: the next tab starts from IndexedDB and answers what was waiting', async () => {
    const browser = fakeBrowser(`access-console-leader-${++n}`);
    const a = browser.openTab('a');
    const leader = await a.connection;
    const b = browser.openTab('b');
    const follower = await b.connection;
    await rename(leader, 'Acme Before');

    a.close();
    // Sent while nobody leads: answered by the new leader once it has started.
    const renamed = rename(follower, 'Acme After');
    expect((await renamed).status).toBe(200);
    expect(browser.leader()).toBe('b');
    expect(browser.started).toEqual(['a', 'b']);

    const c = browser.openTab('c');
    expect(await orgName(await c.connection)).toBe('Acme After');
  });

  it('a change the leader applied but could not answer before closing is not applied again by the next', async () => {
    const browser = fakeBrowser(`access-console-leader-${++n}`);
    const a = browser.openTab('a');
    const leader = await a.connection;
    const b = browser.openTab('b');
    const follower = await b.connection;
    await rename(leader, 'Acme Before');

    a.closeBeforeNextAnswer();
    const resent = await rename(follower, 'Acme Once');
    // Applied by a (on disk), answered by b, which recognised the resend: refused as already saved.
    expect(browser.leader()).toBe('b');
    expect(resent.status).toBe(409);
    expect(((await resent.json()) as { error: { message: string } }).error.message).toMatch(/already saved/);
    expect(await orgName(follower)).toBe('Acme Once');
    // One entry in the audit log, not two.
    const exported: unknown = await (
      await follower.fetch(new Request('http://localhost/api/orgs/acme-ml/audit-log/export.json'))
    ).json();
    const entries: unknown[] = Array.isArray(exported)
      ? exported
      : (Object.values(exported as object).find(Array.isArray) ?? []);
    expect(entries.filter((e) => JSON.stringify(e).includes('Acme Once'))).toHaveLength(1);
  });

  it('tells a backend that could not start, and lets the next tab try', async () => {
    const browser = fakeBrowser(`access-console-leader-${++n}`);
    const failing: LeaderEnvironment = {
      tabId: 'x',
      openChannel: () => ({ onmessage: null, postMessage: () => {} }),
      requestLock: (_name, whileHeld) => whileHeld(),
      startHost: () => Promise.reject(new Error('IndexedDB is blocked')),
    };
    await expect(connectViaLeader({ kind: 'hello', scenario: null, legacy: [] }, failing)).rejects.toThrow(
      /IndexedDB is blocked/,
    );
    expect(await orgName(await browser.openTab('y').connection)).toBe('Acme ML');
  });
});
