// @vitest-environment jsdom
// Sign in (issue 16): a wrong key says so on the form; a right one lands on the page that was asked for;
// too many failures say when to try again.
// Before anyone exists, the first run takes the sign-in page's place.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRunPage } from './first-run-page';
import { SignInPage } from './sign-in-page';

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

const session = {
  org: { id: 'org-acme', slug: 'acme-ml', name: 'Acme ML', plan: 'enterprise', deployment: 'saas' },
  scenario: { name: 'default', label: 'Acme ML' },
  actingUser: {
    id: 'user-ada',
    name: 'Ada Lovelace',
    username: 'ada',
    email: 'ada@acme-ml.com',
    orgRole: 'admin',
    orgName: 'Acme ML',
    orgSlug: 'acme-ml',
    orgs: [{ id: 'org-acme', slug: 'acme-ml', name: 'Acme ML', orgRole: 'admin' }],
    defaultOrgId: 'org-acme',
  },
  loadProblem: null,
  can: Object.fromEntries(
    [
      'readOrg',
      'listUsers',
      'inviteUsers',
      'updateMembers',
      'createTeam',
      'updateSettings',
      'manageRoles',
      'readAuditLog',
    ].map((k) => [k, { allowed: true, reasons: [] }]),
  ),
};

/** A fake server: each request is recorded, and answered by `answer`. */
function server(answer: (path: string, body: unknown) => Response) {
  const sent: { path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      const path = new URL(url, 'http://localhost').pathname;
      const body: unknown = init.body ? JSON.parse(String(init.body)) : null;
      sent.push({ path, body });
      return Promise.resolve(answer(path, body));
    }),
  );
  return sent;
}

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', Component: SignInPage },
      { path: '/first-run', Component: FirstRunPage },
      { path: '*', Component: () => <p>Landed on the console</p> },
    ],
    { initialEntries: [url] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SignInPage', () => {
  it('says a wrong key is wrong, then lands on the page asked for', async () => {
    let right = false;
    const sent = server((path) => {
      if (path === '/api/auth/setup') return json(200, { needsFirstAdmin: false });
      if (path === '/api/auth/sign-in')
        return right
          ? json(200, { user: session })
          : json(401, {
              error: {
                code: 'unauthenticated',
                message: 'Unknown username or API key.',
                reasons: [],
                fieldErrors: {},
              },
            });
      return json(404, {});
    });
    const router = renderAt('/sign-in?next=%2Faccount-settings%2Facme-ml%2Fteams');
    await screen.findByLabelText('Username');
    type('Username', 'ada');
    type('API key', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Unknown username or API key.');

    right = true;
    type('API key', 'a1b2c3');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Landed on the console');
    expect(router.state.location.pathname).toBe('/account-settings/acme-ml/teams');
    expect(sent.filter((r) => r.path === '/api/auth/sign-in').map((r) => r.body)).toEqual([
      { username: 'ada', apiKey: 'wrong' },
      { username: 'ada', apiKey: 'a1b2c3' },
    ]);
  });

  it('says when to try again after too many failed sign-ins (429)', async () => {
    const message = 'Too many failed sign-ins for this account. Try again in 42 seconds.';
    server((path) => {
      if (path === '/api/auth/setup') return json(200, { needsFirstAdmin: false });
      if (path === '/api/auth/sign-in')
        return json(429, { error: { code: 'rate_limited', message, reasons: [], fieldErrors: {} } });
      return json(404, {});
    });
    const router = renderAt('/sign-in');
    await screen.findByLabelText('Username');
    type('Username', 'ada');
    type('API key', 'a1b2c3');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('gives way to the first run while nobody exists, which shows the new key once and goes on', async () => {
    server((path) => {
      if (path === '/api/auth/setup') return json(200, { needsFirstAdmin: true });
      if (path === '/api/auth/first-admin') return json(201, { user: session, apiKey: 'f00dfeed' });
      return json(404, {});
    });
    const router = renderAt('/sign-in?next=%2Fsettings');
    await screen.findByRole('heading', { name: 'Set up your organization' });
    await screen.findByLabelText('Organization name');
    type('Organization name', 'Acme ML');
    type('Your name', 'Ada Lovelace');
    type('Email', 'ada@acme-ml.com');
    type('Username', 'ada');
    fireEvent.click(screen.getByRole('button', { name: 'Create organization' }));
    expect((await screen.findByLabelText('API key for ada')).textContent).toBe('f00dfeed');
    expect(screen.getByRole('note').textContent).toContain('it will not be shown again');
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the console' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'));
  });
});
