// @vitest-environment jsdom
// The Users page's member changes (ADR 0009): a change that takes permissions away is previewed and
// confirmed; a preview that fails saves nothing; a change that loses nothing saves at once.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemberChangePreview } from '../../../api/member-preview';
import type { UpdateMemberBody, UserRow } from '../../../api/users';
import { ToastProvider } from '../../../components/ui/toast';
import { MemberChangeProvider, useMemberChange } from './member-change';

const row: UserRow = {
  id: 'user-mgarcia',
  kind: 'user',
  name: 'Mateo Garcia',
  username: 'mgarcia',
  email: 'mateo@acme-ml.com',
  orgRole: 'member',
  modelsSeat: 'full',
  weaveAccess: 'full',
  teams: ['ml-research'],
  hiddenTeamCount: 0,
  status: 'active',
  lastActiveAt: null,
  isBillingAdmin: false,
  isYou: false,
  invite: null,
  controls: null,
};

const losing: MemberChangePreview = {
  allowed: { allowed: true, reasons: [] },
  summary: '1 person has a different role or permissions on team ml-research',
  changes: [
    {
      kind: 'team',
      target: 'team ml-research',
      before: 'Member',
      after: 'View-Only',
      losesAccess: false,
      losesPermissions: true,
      lost: [{ permission: 'run:create', group: 'runs', description: 'Log new runs' }],
    },
  ],
  heldRoles: [],
  heldRolesNote: null,
};
const result = {
  id: row.id,
  name: row.name,
  before: { orgRole: 'member', modelsSeat: 'full', weaveAccess: 'full' },
  after: { orgRole: 'viewer', modelsSeat: 'viewer', weaveAccess: 'full' },
  teamRolesChanged: 1,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const unavailable = () =>
  json(503, {
    error: { code: 'unavailable', message: 'Simulated network failure.', reasons: [], fieldErrors: {} },
  });

/** A fake backend: the preview answers `preview`; every PATCH is recorded and answered `answer`. */
function backend(preview: Response, answer: () => Response = () => json(200, result)) {
  const patches: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      if (url.endsWith('/preview')) return Promise.resolve(preview.clone());
      patches.push(JSON.parse(String(init.body)));
      return Promise.resolve(answer());
    }),
  );
  return patches;
}

function Row({ patch }: { patch: UpdateMemberBody }) {
  const { change, stateOf } = useMemberChange();
  const shown = stateOf(row, 'orgRole');
  return (
    <>
      <button onClick={() => change(row, patch)}>Change</button>
      <output aria-label="Shown value">{shown.value}</output>
      {shown.failure ? <p role="alert">{shown.failure}</p> : null}
    </>
  );
}

function renderRow(patch: UpdateMemberBody) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemberChangeProvider org="acme-ml" orgName="Acme ML">
          <Row patch={patch} />
        </MemberChangeProvider>
      </ToastProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Change' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MemberChangeProvider', () => {
  it('a demotion opens the preview; cancel puts the value back and saves nothing', async () => {
    const patches = backend(json(200, losing));
    renderRow({ orgRole: 'viewer' });
    const dialog = await screen.findByRole('dialog', { name: 'Make Mateo Garcia Viewer?' });
    expect(dialog.textContent).toContain('Member → View-Only');
    expect(dialog.textContent).toContain('Loses 1 permission on runs');
    expect(screen.getByLabelText('Shown value').textContent).toBe('viewer');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByLabelText('Shown value').textContent).toBe('member'));
    expect(patches).toEqual([]);
  });

  it('confirming saves the change', async () => {
    const patches = backend(json(200, losing));
    renderRow({ orgRole: 'viewer' });
    fireEvent.click(await screen.findByRole('button', { name: 'Make Viewer' }));
    await screen.findByText('Mateo Garcia is now Viewer');
    expect(patches).toEqual([{ orgRole: 'viewer' }]);
  });

  it('a preview that fails shows the error beside the value and saves nothing', async () => {
    const patches = backend(unavailable());
    renderRow({ orgRole: 'viewer' });
    expect((await screen.findByRole('alert')).textContent).toBe('Simulated network failure.');
    expect(screen.getByLabelText('Shown value').textContent).toBe('member');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(patches).toEqual([]);
  });

  it('a change that fails puts the confirmed value back, says why, and is sent once', async () => {
    const patches = backend(json(200, { ...losing, changes: [] }), unavailable);
    renderRow({ orgRole: 'viewer' });
    expect((await screen.findByRole('alert')).textContent).toBe('Simulated network failure.');
    expect(screen.getByLabelText('Shown value').textContent).toBe('member');
    expect(patches).toEqual([{ orgRole: 'viewer' }]);
    expect(screen.queryByText('Mateo Garcia is now Viewer')).toBeNull();
  });

  it('a change that loses nothing saves at once, without a dialog', async () => {
    const patches = backend(json(200, { ...losing, changes: [] }));
    renderRow({ orgRole: 'viewer' });
    await waitFor(() => expect(patches).toEqual([{ orgRole: 'viewer' }]));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
