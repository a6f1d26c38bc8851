// Which requests belong to the in-browser backend. The service worker sees every request a controlled
// page makes — in the dev server that includes each source module, and paths such as
// /src/api/client.ts or /src/features/users/api/remove-member.ts contain "/api/". The handlers match
// `*/api/...` (any prefix), so without this gate they answered those modules with the API's 404 and the
// app failed to boot (docs/decisions/0013-first-run.md). Only same-origin URLs under the app's own
// api/ root are the backend's; everything else goes to the network untouched.
import { http, passthrough, type HttpHandler } from 'msw';

/** True when `url` is an API call of this app: same origin, path under `apiRoot` (e.g. "/api/"). */
export function isBackendRequest(url: string, origin: string, apiRoot: string): boolean {
  const parsed = new URL(url, origin);
  return parsed.origin === origin && parsed.pathname.startsWith(apiRoot);
}

/**
 * A first handler that hands every non-API request back to the network, so no later handler (nor a
 * forwarder to another worker) ever sees it. Returning nothing lets API requests reach the next handler.
 */
export function backendScopeGate(origin: string, apiRoot: string): HttpHandler {
  return http.all('*', ({ request }) =>
    isBackendRequest(request.url, origin, apiRoot) ? undefined : passthrough(),
  );
}
