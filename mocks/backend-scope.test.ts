import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { backendScopeGate, isBackendRequest } from './backend-scope';

// Port 9 (discard) refuses connections at once: a request that reaches the network fails fast.
const origin = 'http://127.0.0.1:9';

describe('isBackendRequest', () => {
  it('takes API calls under the app root', () => {
    expect(isBackendRequest(`${origin}/api/session`, origin, '/api/')).toBe(true);
    expect(isBackendRequest(`${origin}/console/api/orgs/acme-ml/users?page=2`, origin, '/console/api/')).toBe(
      true,
    );
  });

  it('leaves source modules whose path merely contains /api/ to the network', () => {
    expect(isBackendRequest(`${origin}/src/api/client.ts`, origin, '/api/')).toBe(false);
    expect(isBackendRequest(`${origin}/src/features/users/api/remove-member.ts?t=1`, origin, '/api/')).toBe(
      false,
    );
    expect(isBackendRequest(`${origin}/api`, origin, '/api/')).toBe(false);
  });

  it('leaves other origins alone', () => {
    expect(isBackendRequest('http://example.test/api/session', origin, '/api/')).toBe(false);
  });
});

describe('backendScopeGate', () => {
  // A catch-all like the backend's own "no such endpoint" 404, behind the gate.
  const server = setupServer(
    backendScopeGate(origin, '/api/'),
    http.get('*/api/*', () => HttpResponse.json({ error: 'no such endpoint' }, { status: 404 })),
    // Would answer a module if the gate let it through to the handlers.
    http.get(`${origin}/src/*`, () => HttpResponse.text('a handler')),
  );

  it('lets API requests reach the handlers and passes the rest through', async () => {
    server.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await fetch(`${origin}/api/nowhere`)).status).toBe(404);
      // Passed through: nothing listens there, so the request fails instead of a handler answering it.
      await expect(fetch(`${origin}/src/api/client.ts`)).rejects.toThrow();
    } finally {
      server.close();
    }
  });
});
