// The shared server (ADR 0027): one Node process serves the built console and the same handlers over
// HTTP. Requests are answered one at a time, each under the session its own credentials name; a change
// is answered only once its SQL transaction has committed, then every connected console is told.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestSession } from '../db/db-core';
import type { ScenarioName } from '../db/scenarios/index';
import { fail, unauthenticated } from '../handlers/http/respond';
import { recordKeyUse } from '../handlers/me/api-key-secret';
import { openBackend, startKey, type Backend } from './backend';
import { credentialsOf, keyHolder } from './credentials';
import { etagOf, matchesIfMatch } from './etag';
import { EventHub, tabOf } from './events';
import { ownSession, type ServerContext } from './routes/context';
import { SessionStore } from './sessions';
import { SignInLimiter } from './sign-in-limit';
import { staticFiles } from './static-files';
import type { ServerStorage } from './storage/sql-storage';

export interface ServerOptions {
  /** Opens the database (again, after a failed commit: the state is reloaded from what is stored). */
  openStorage: () => Promise<ServerStorage>;
  /** Seed a fresh database with this scenario (a stored one of the same scenario is kept). */
  scenario?: ScenarioName;
  /** People (by username) to print a new API key for: the operator's way to let seeded people in. */
  keysFor?: readonly string[];
  /** The built console (dist-server/); null: the API only. */
  staticDir: string | null;
  port: number;
  host?: string;
  /** The clock the sign-in limit counts failures by (tests move it; the server's own by default). */
  clock?: () => number;
}

export interface RunningServer {
  url: string;
  /** The scenario admin's new key, when started with a scenario. */
  adminKey: { username: string; key: string } | null;
  /** A new key for each of `keysFor` who exists. */
  keys: { username: string; key: string }[];
  events: EventHub;
  close(): Promise<void>;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths anyone may call without credentials: signing in, and a report's magic link. */
const PUBLIC = [/^\/api\/auth\//, /^\/api\/shared-reports\//];
const MAX_BODY = 16 * 1024 * 1024;
/** Writes that change only the caller's own session (nothing anyone else sees): not announced. */
const SESSION_ONLY = new Set(['/api/auth/sign-in', '/api/auth/sign-out', '/api/session', '/api/session/org']);

async function bodyOf(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, url: URL, body: Buffer | null): Request {
  return new Request(url, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) =>
      v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((one): [string, string] => [k, one]),
    ),
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const events = new EventHub();
  let storage = await options.openStorage();
  const sessions = new SessionStore(storage);
  const ctx: ServerContext = {
    db: () => backend.db,
    sessions,
    signIns: new SignInLimiter(options.clock),
    current: { token: null, client: '' },
  };
  let backend: Backend = openBackend(storage, ctx, options.scenario);
  const adminKey = options.scenario ? await startKey(backend.db, backend.db.defaultActorId) : null;
  const keys: { username: string; key: string }[] = [];
  for (const username of options.keysFor ?? []) {
    const user = backend.db.world.users.values().find((u) => u.username === username);
    const made = user ? await startKey(backend.db, user.id) : null;
    if (made) keys.push(made);
  }
  const started = await storage.flush();
  if (!started.ok) throw new Error(started.message);

  /** After a failed commit the Db's memory is ahead of the disk: read the state again from the disk. */
  const reload = async () => {
    await storage.close().catch(() => undefined);
    storage = await options.openStorage();
    sessions.use(storage);
    backend = openBackend(storage, ctx, undefined);
  };

  /**
   * Who is calling: their session (or none); a 401 for credentials that name nobody, or a 429 for Basic
   * credentials of an account or client with too many failed sign-ins (they count as sign-ins).
   */
  const sessionOf = async (request: Request, client: string): Promise<RequestSession | Response> => {
    const credentials = credentialsOf(request);
    const nobody: RequestSession = { signedInUserId: null, actingUserId: null };
    ctx.current = { token: null, client };
    switch (credentials.kind) {
      case 'none':
        return nobody;
      case 'malformed':
        return fail(401, 'unauthenticated', 'Use Authorization: Basic base64(username:API-KEY).');
      case 'cookie': {
        const session = sessions.get(credentials.token);
        const user = session?.signedInUserId ? backend.db.world.users.get(session.signedInUserId) : undefined;
        if (!session || !user) return nobody; // signed out, or the server restarted: sign in again
        ctx.current = { token: credentials.token, client };
        return session;
      }
      case 'basic': {
        const attempt = { username: credentials.username, client };
        const gate = ctx.signIns.gate(attempt);
        if (!gate.open) return SignInLimiter.refusal(gate);
        const holder = await keyHolder(backend.db.world, credentials.username, credentials.key);
        if (!holder) {
          ctx.signIns.failed(attempt);
          return fail(401, 'unauthenticated', 'Unknown username or API key.');
        }
        ctx.signIns.succeeded(attempt);
        recordKeyUse(holder.keyId, backend.db.now());
        return ownSession(holder.user);
      }
    }
  };

  const answer = async (request: Request, client: string): Promise<Response> => {
    const url = new URL(request.url);
    const session = await sessionOf(request, client);
    if (session instanceof Response) return session;
    if (session.signedInUserId === null && !PUBLIC.some((p) => p.test(url.pathname)))
      return unauthenticated(true);
    const db = backend.db;
    const write = !READS.has(request.method);
    const before = etagOf(db.world, url.pathname);
    if (request.method === 'HEAD')
      return new Response(null, before ? { status: 200, headers: { etag: before } } : { status: 404 });
    // Only a path that names a row has versions; If-Match elsewhere has nothing to compare with.
    if (write && before !== null && !matchesIfMatch(request.headers.get('if-match'), before))
      return fail(
        412,
        'conflict',
        'This was changed since you read it: read it again and decide with what it is now.',
      );
    const [response, after] = await db.withSession(session, () => backend.answer(request));
    if (ctx.current.token) sessions.set(ctx.current.token, after);
    // Whatever the request wrote (changes, sessions) commits as one transaction before the answer.
    const saved = await storage.flush();
    if (!saved.ok) {
      await reload();
      return fail(503, 'unavailable', `${saved.message} Nothing was changed; try again.`);
    }
    const etag = etagOf(backend.db.world, url.pathname);
    if (etag && response.status < 300 && !response.headers.has('etag')) response.headers.set('etag', etag);
    return response;
  };

  // One request at a time: each sees the state every earlier one left, and its own session.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };

  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : null;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const client = req.socket.remoteAddress ?? '';
      if (!url.pathname.startsWith('/api/')) {
        if (serveStatic) serveStatic(req, res);
        else await send(res, fail(404, 'not_found', 'This server serves the API only.'));
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        const request = toRequest(req, url, null);
        const session = await inTurn(() => sessionOf(request, client));
        if (session instanceof Response || session.signedInUserId === null)
          return send(res, session instanceof Response ? session : unauthenticated(true));
        events.connect(res);
        return;
      }
      const body = READS.has(req.method ?? 'GET') ? null : await bodyOf(req);
      if (body === null && !READS.has(req.method ?? 'GET'))
        return send(res, fail(413, 'bad_request', 'The request body is too large.'));
      const request = toRequest(req, url, body);
      const response = await inTurn(() => answer(request, client));
      await send(res, response);
      if (!READS.has(request.method) && response.ok && !SESSION_ONLY.has(url.pathname))
        events.changed(url.pathname, tabOf(request));
    })().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        void send(res, fail(500, 'unavailable', `The server hit an unexpected error: ${message}`));
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}/`,
    adminKey,
    keys,
    events,
    close: async () => {
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await inTurn(() => storage.close());
    },
  };
}
