// @vitest-environment jsdom
// Create a team with a name the console keeps for its own pages: the real handlers answer (through the
// engine's reserved names), and the form shows their reason under the name field; nothing is created.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { getResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestBackend } from '../../mocks/node';
import { createHandlers } from '../../mocks/handlers/index';
import { CreateTeamDialog } from '../../src/features/teams/components/create-team-dialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The page's fetch answered by the real handlers over a fresh default world. */
function realBackend() {
  const { db } = createTestBackend();
  const handlers = createHandlers(db);
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const answer = await getResponse(handlers, new Request(new URL(url, 'http://localhost'), init));
    return answer ?? new Response(null, { status: 404 });
  });
  return db;
}

describe('CreateTeamDialog', () => {
  it('shows why a name the console keeps for its own pages is refused', async () => {
    const db = realBackend();
    const slug = db.world.orgs.get(db.homeOrgId)?.slug ?? '';
    const teams = db.world.teams.size;
    const router = createMemoryRouter(
      [
        {
          path: '*',
          element: (
            <CreateTeamDialog
              org={slug}
              open
              onOpenChange={() => undefined}
              externalStorage={{ allowed: true, reasons: [] }}
            />
          ),
        },
      ],
      { initialEntries: ['/account-settings/acme-ml/teams'] },
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    fireEvent.change(await screen.findByLabelText('Team name'), { target: { value: 'settings' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create team' }));
    expect(
      await screen.findByText(
        `"settings" is the address of one of the console's own pages; choose another team name`,
      ),
    ).toBeTruthy();
    expect(screen.getByLabelText('Team name').getAttribute('aria-invalid')).toBe('true');
    expect(db.world.teams.size).toBe(teams);
    expect(router.state.location.pathname).toBe('/account-settings/acme-ml/teams');
  });
});
