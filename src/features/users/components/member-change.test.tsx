// @vitest-environment jsdom
// The Users page's member changes (ADR 0009, 0020): the row shows the pick at once; the PATCH asks
// first, and a change the server holds (answered with its preview) is confirmed in a dialog and sent back
// with the preview's version; a change the server makes at once needs no dialog; a refusal puts the
// confirmed value back; a preview that no longer holds (409) is shown again, fresh.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrgMemberPreview, UpdateMemberBody, UserRow } from '../../../api/users';
import { ToastProvider } from '../../../components/ui/toast';
import { MemberChangeProvider, memberControlId, useMemberChange } from './member-change';

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

const losing: OrgMemberPreview = {
  allowed: { allowed: true, reasons: [] },
  summary: '1 person has a different role or permissions on team ml-research',
  changes: [
    {
      kind: 'team',
      places: ['team ml-research'],
      count: 1,
      before: 'Member',
      after: 'View-Only',
      losesAccess: false,
      losesPermissions: true,
      lost: [{ permission: 'run:create', group: 'runs', description: 'Log new runs' }],
    },
  ],
  heldRoles: [],
  heldRolesNote: null,
  version: 'v1.aaaa',
  selfDemotion: false,
  undoNote: 'Undo restores the org role and seat, not the team and project roles.',
};
const result = {
  id: row.id,
  name: row.name,
  before: { orgRole: 'member', modelsSeat: 'full', weaveAccess: 'full' },
  after: { orgRole: 'viewer', modelsSeat: 'viewer', weaveAccess: 'full' },
  teamRolesChanged: 1,
  selfDemotion: false,
  undoNote: 'Undo restores the org role and seat, not the team and project roles.',
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const unavailable = () =>
  json(503, {
    error: { code: 'unavailable', message: 'Simulated network failure.', reasons: [], fieldErrors: {} },
  });

const asked = (preview: OrgMemberPreview) => json(200, { confirm: preview });
const stale = (preview: OrgMemberPreview, message: string) =>
  json(409, { error: { code: 'conflict', message, reasons: [], fieldErrors: {} }, preview });

/** A fake backend: every PATCH is recorded, and answered by `answer` (its body tells what was sent). */
function backend(answer: (body: Record<string, unknown>) => Response) {
  const patches: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      patches.push(body);
      return Promise.resolve(answer(body));
    }),
  );
  return patches;
}

/** A server that holds the change for a confirmation, then makes it when the version comes back. */
const asksFirst = (preview: OrgMemberPreview) => (body: Record<string, unknown>) =>
  body.ask ? asked(preview) : json(200, result);

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

/** A row's org role control as the table draws it: by the row's id, named by the row's name. */
function RoleControl({ name }: { name: string }) {
  const { change } = useMemberChange();
  return (
    // A new element when the name changes: as a refetched row, or the real select replacing the plain one.
    <button
      key={name}
      id={memberControlId(row.id, 'orgRole')}
      aria-label={`Org role for ${name}`}
      onClick={() => change({ ...row, name }, { orgRole: 'viewer' })}
    >
      Member
    </button>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MemberChangeProvider', () => {
  it('shows the pick at once; a held demotion opens the preview; cancel puts the value back', async () => {
    const patches = backend(asksFirst(losing));
    renderRow({ orgRole: 'viewer' });
    expect(screen.getByLabelText('Shown value').textContent).toBe('viewer');
    const dialog = await screen.findByRole('dialog', { name: 'Make Mateo Garcia Viewer?' });
    expect(dialog.textContent).toContain('Member → View-Only');
    expect(dialog.textContent).toContain('Loses 1 permission on runs');
    // What Undo cannot restore is the server's sentence, not the UI's.
    expect(dialog.textContent).toContain('not the team and project roles');
    expect(screen.getByLabelText('Shown value').textContent).toBe('viewer');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByLabelText('Shown value').textContent).toBe('member'));
    expect(patches).toEqual([{ orgRole: 'viewer', ask: true }]);
  });

  it('confirming sends the preview version back, once', async () => {
    const patches = backend(asksFirst(losing));
    renderRow({ orgRole: 'viewer' });
    fireEvent.click(await screen.findByRole('button', { name: 'Make Viewer' }));
    await screen.findByText('Mateo Garcia is now Viewer');
    expect(patches).toEqual([
      { orgRole: 'viewer', ask: true },
      { orgRole: 'viewer', expected: 'v1.aaaa' },
    ]);
  });

  it('a change the server makes at once needs one request and no dialog', async () => {
    const patches = backend(() => json(200, result));
    renderRow({ orgRole: 'viewer' });
    await screen.findByText('Mateo Garcia is now Viewer');
    expect(patches).toEqual([{ orgRole: 'viewer', ask: true }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a change that fails puts the confirmed value back, says why, and is sent once', async () => {
    const patches = backend(unavailable);
    renderRow({ orgRole: 'viewer' });
    expect((await screen.findByRole('alert')).textContent).toBe('Simulated network failure.');
    expect(screen.getByLabelText('Shown value').textContent).toBe('member');
    expect(patches).toEqual([{ orgRole: 'viewer', ask: true }]);
    expect(screen.queryByText('Mateo Garcia is now Viewer')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a preview that no longer holds comes back fresh, says so, and its version confirms', async () => {
    const fresh = { ...losing, version: 'v2.bbbb', summary: 'fresh' };
    const patches = backend((body) =>
      body.ask
        ? asked(losing)
        : body.expected === 'v1.aaaa'
          ? stale(fresh, "Mateo Garcia's access changed since this was previewed")
          : json(200, result),
    );
    renderRow({ orgRole: 'viewer' });
    fireEvent.click(await screen.findByRole('button', { name: 'Make Viewer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Mateo Garcia Viewer?' });
    await waitFor(() => expect(dialog.textContent).toContain('changed since this was previewed'));
    expect(screen.getByLabelText('Shown value').textContent).toBe('viewer');
    fireEvent.click(screen.getByRole('button', { name: 'Make Viewer' }));
    await screen.findByText('Mateo Garcia is now Viewer');
    expect(patches.map((p) => p.expected ?? 'ask')).toEqual(['ask', 'v1.aaaa', 'v2.bbbb']);
  });

  it('a self-demotion is said from the server answer: no Undo, the server says why', async () => {
    backend(
      asksFirst({ ...losing, selfDemotion: true, undoNote: 'Only another admin can make you Admin again.' }),
    );
    renderRow({ orgRole: 'member' });
    const dialog = await screen.findByRole('dialog', { name: 'Make yourself Member?' });
    expect(dialog.textContent).toContain('Only another admin can make you Admin again.');
  });

  it('a confirmed change gives focus back to the row’s control, also one drawn again meanwhile', async () => {
    backend(asksFirst(losing));
    const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    const tree = (name: string) => (
      <QueryClientProvider client={client}>
        <ToastProvider>
          <MemberChangeProvider org="acme-ml" orgName="Acme ML">
            <RoleControl name={name} />
          </MemberChangeProvider>
        </ToastProvider>
      </QueryClientProvider>
    );
    const { rerender } = render(tree('Mateo Garcia'));
    fireEvent.click(screen.getByRole('button', { name: 'Org role for Mateo Garcia' }));
    await screen.findByRole('dialog', { name: 'Make Mateo Garcia Viewer?' });
    // The list refetched while the dialog was open: the row's control is a new element, another name.
    rerender(tree('Mateo García'));
    fireEvent.click(screen.getByRole('button', { name: 'Make Viewer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Org role for Mateo García' }));
  });
});
