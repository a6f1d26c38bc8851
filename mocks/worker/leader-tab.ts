// One backend per browser without SharedWorker: the tabs elect a leader with the Web Locks API (the
// lock is held until the leader's tab closes, then the next tab waiting for it gets it). The leader
// runs the backend in its page over IndexedDB; every other tab posts its requests on a BroadcastChannel
// and the leader answers there. A new leader starts from IndexedDB (every answered change is on disk)
// and announces itself; the tabs then send again whatever had no answer yet. Plain data only on the
// channel (WireRequest / WireResponse), as with the SharedWorker.
import type { BackendHost } from './backend-host';
import {
  fromWireResponse,
  REQUEST_KEY_HEADER,
  toWire,
  type BackendConnection,
  type Hello,
  type WireRequest,
  type WireResponse,
} from './protocol';

const LOCK = 'access-console-backend-leader';
const CHANNEL = 'access-console-backend';

/** The parts of the browser this uses (navigator.locks, BroadcastChannel), so tests can give fakes. */
export interface LeaderEnvironment {
  requestLock(name: string, whileHeld: () => Promise<void>): Promise<void>;
  openChannel(name: string): ChannelLike;
  /** Opens IndexedDB and starts the backend in this page. */
  startHost(hello: Hello): Promise<{ host: BackendHost; migrated: boolean }>;
  tabId: string;
}

export interface ChannelLike {
  postMessage(message: LeaderMessage): void;
  onmessage: ((event: { data: LeaderMessage }) => void) | null;
}

export type LeaderMessage =
  | { kind: 'hello'; from: string; scenario: string | null }
  | { kind: 'ready'; to: string }
  | { kind: 'request'; from: string; id: number; request: WireRequest }
  | { kind: 'response'; to: string; id: number; response: WireResponse }
  /** A tab has just become the leader: send again what it has not answered. */
  | { kind: 'leader' };

export function browserLeaderEnvironment(startHost: LeaderEnvironment['startHost']): LeaderEnvironment {
  return {
    requestLock: (name, whileHeld) => navigator.locks.request(name, whileHeld).then(() => undefined),
    openChannel: (name) => new BroadcastChannel(name) as unknown as ChannelLike,
    startHost,
    tabId: crypto.randomUUID(),
  };
}

export function canElectLeader(): boolean {
  return typeof navigator !== 'undefined' && 'locks' in navigator && typeof BroadcastChannel === 'function';
}

export function connectViaLeader(hello: Hello, env: LeaderEnvironment): Promise<BackendConnection> {
  const channel = env.openChannel(CHANNEL);
  const me = env.tabId;
  const waiting = new Map<number, { request: WireRequest; answer: (response: WireResponse) => void }>();
  let nextId = 1;
  let host: BackendHost | null = null;
  let ready = false;
  const send = (message: LeaderMessage) => channel.postMessage(message);
  const forward = (id: number, request: WireRequest) => {
    if (host) void answerHere(host, id, request);
    else send({ kind: 'request', from: me, id, request });
  };
  const answerHere = async (backend: BackendHost, id: number, request: WireRequest) => {
    const response = await backend.handle(request);
    waiting.get(id)?.answer(response);
    waiting.delete(id);
  };

  return new Promise((resolve, reject) => {
    const connection = (migrated: boolean): BackendConnection => ({
      where: 'leader-tab',
      migrated,
      fetch: async (request) => {
        const id = nextId++;
        const wire = await toWire(request);
        // Its key: sent again to a new leader, a change the old one applied is recognised (ADR 0021).
        wire.headers.push([REQUEST_KEY_HEADER, `${me}:${id}`]);
        const answer = new Promise<WireResponse>((done) => waiting.set(id, { request: wire, answer: done }));
        forward(id, wire);
        return fromWireResponse(await answer);
      },
    });
    const becomeReady = (migrated: boolean) => {
      if (ready) return;
      ready = true;
      resolve(connection(migrated));
    };

    channel.onmessage = ({ data }) => {
      if (host) {
        // The leader: answer the other tabs.
        const backend = host;
        if (data.kind === 'hello') {
          backend.useScenario(data.scenario);
          send({ kind: 'ready', to: data.from });
        } else if (data.kind === 'request') {
          void backend
            .handle(data.request)
            .then((response) => send({ kind: 'response', to: data.from, id: data.id, response }));
        }
        return;
      }
      if (data.kind === 'ready' && data.to === me) becomeReady(false);
      else if (data.kind === 'response' && data.to === me) {
        waiting.get(data.id)?.answer(data.response);
        waiting.delete(data.id);
      } else if (data.kind === 'leader') {
        if (!ready) send({ kind: 'hello', from: me, scenario: hello.scenario });
        for (const [id, { request }] of waiting) send({ kind: 'request', from: me, id, request });
      }
    };
    // Ask whoever leads now; if nobody does, the leader-to-be announces itself and this is sent again.
    send({ kind: 'hello', from: me, scenario: hello.scenario });

    env
      .requestLock(LOCK, async () => {
        const started = await env.startHost(hello);
        host = started.host;
        // Requests this tab sent to the previous leader, unanswered: answered here now.
        for (const [id, { request }] of waiting) void answerHere(started.host, id, request);
        send({ kind: 'leader' });
        becomeReady(started.migrated);
        // Held for as long as this tab lives: the browser releases it when the tab closes.
        await new Promise<void>(() => {});
      })
      // A backend that could not start: the console says so (and another tab may try again).
      .catch((error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
  });
}
