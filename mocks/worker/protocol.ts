// What the page and the shared backend say to each other over a MessagePort: requests and answers as
// plain data (a Request or Response cannot be posted), and the hello that starts a tab's connection.

/** The SharedWorker's name: with its address, what makes every tab (and index.html's early start) join one backend. */
export const BACKEND_WORKER_NAME = 'access-console-backend';

/**
 * How every tab (and index.html's early start) opens the backend's SharedWorker. extendedLifetime
 * (Chromium 148+, ignored elsewhere): the worker outlives its last tab for a while (Chromium: 30 s), so a
 * reload or a link opened in the only tab finds the backend running instead of building its world again
 * (ADR 0022). Every constructor must ask the same: Chromium refuses to join a worker started otherwise.
 */
export type BackendWorkerOptions = WorkerOptions & { extendedLifetime: true };

/** localStorage keys of the demo state kept by versions before the backend moved to IndexedDB. */
export const LEGACY_STATE_KEY = /^access-console:v\d+$/;

/** Sent by a tab with each request it passes to the leader tab (leader-tab.ts): `<tab>:<number>`. */
export const REQUEST_KEY_HEADER = 'x-request-key';

export interface WireRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | null;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

export type ToBackend =
  | {
      kind: 'hello';
      /** ?scenario= of the page that connects (already validated), or null. */
      scenario: string | null;
      /** The demo state this browser kept in localStorage before the backend moved (carried over once). */
      legacy: [string, string][];
    }
  | { kind: 'request'; id: number; request: WireRequest };

export type FromBackend =
  | { kind: 'ready'; migrated: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'response'; id: number; response: WireResponse };

export interface BackendConnection {
  fetch(request: Request): Promise<Response>;
  /** True when this connection carried the demo state over from localStorage. */
  migrated: boolean;
  /** Where the backend runs: a SharedWorker, the leader tab, or (no Web Locks) each page. */
  where: 'shared-worker' | 'leader-tab' | 'page';
}

export type Hello = Extract<ToBackend, { kind: 'hello' }>;

export async function toWire(request: Request): Promise<WireRequest> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
  return { method: request.method, url: request.url, headers: [...request.headers.entries()], body };
}

export function fromWireRequest(wire: WireRequest): Request {
  return new Request(wire.url, { method: wire.method, headers: wire.headers, body: wire.body });
}

export async function responseToWire(response: Response): Promise<WireResponse> {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    body: await response.text(),
  };
}

export function fromWireResponse(wire: WireResponse): Response {
  // 204/304 carry no body.
  const body = wire.status === 204 || wire.status === 304 ? null : wire.body;
  return new Response(body, { status: wire.status, statusText: wire.statusText, headers: wire.headers });
}
