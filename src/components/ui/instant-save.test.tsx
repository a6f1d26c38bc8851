// @vitest-environment jsdom
// The shared pattern for controls that save at once (ADR 0012), on a switch over a fake backend with
// the app's own query client: it shows the value on its way, then only what the server confirmed; a
// failed change puts the confirmed value back and says so; a failed refresh after a change keeps the
// confirmed value while the read is retried; a change is never sent twice.
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest } from '../../api/client';
import { confirmData, useConfirmedMutation } from '../../lib/confirmed-mutation';
import { createQueryClient } from '../../lib/query-client';
import { useInstantSave } from './instant-save';
import { Switch } from './switch';

const thingSchema = z.object({ on: z.boolean() });
type Thing = z.infer<typeof thingSchema>;

/** As on the real pages: the page reads, and hands the confirmed value down to the control. */
function ThingPage() {
  const query = useQuery({ queryKey: ['thing'], queryFn: () => apiRequest('/thing', thingSchema) });
  return query.data ? <ThingSwitch confirmed={query.data.on} /> : null;
}

function ThingSwitch({ confirmed }: { confirmed: boolean }) {
  const update = useConfirmedMutation({
    mutationFn: (on: boolean) => apiRequest('/thing', thingSchema, { method: 'PATCH', body: { on } }),
    confirm: (queryClient, fresh) => confirmData<Thing>(queryClient, ['thing'], () => fresh),
    refresh: (queryClient) => queryClient.invalidateQueries({ queryKey: ['thing'] }),
  });
  const save = useInstantSave<boolean>();
  const shown = save.state('on', confirmed);
  return (
    <Switch
      label="Thing"
      checked={shown.value}
      saving={shown.saving}
      failure={shown.failure}
      onChange={(on) => void save.save('on', on, () => update.mutateAsync(on))}
    />
  );
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const unavailable = () =>
  json(503, {
    error: { code: 'unavailable', message: 'Simulated network failure.', reasons: [], fieldErrors: {} },
  });

/**
 * A fake backend holding `on`. `fail` lists outcomes for the coming requests of a method (true:
 * answer 503, change nothing); `answer` lets a PATCH hold `on` to something else than asked; `gate`
 * holds PATCH answers until released.
 */
function backend() {
  const server = {
    on: false,
    fail: { GET: [] as boolean[], PATCH: [] as boolean[] },
    answer: null as boolean | null,
    gate: null as Promise<void> | null,
    calls: { GET: 0, PATCH: 0 },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit = {}) => {
      const method = init.method === 'PATCH' ? 'PATCH' : 'GET';
      server.calls[method] += 1;
      if (method === 'PATCH' && server.gate) await server.gate;
      if (server.fail[method].shift()) return unavailable();
      if (method === 'PATCH') {
        const asked = (JSON.parse(String(init.body)) as Thing).on;
        server.on = server.answer ?? asked;
      }
      return json(200, { on: server.on });
    }),
  );
  return server;
}

async function renderSwitch() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ThingPage />
    </QueryClientProvider>,
  );
  return screen.findByRole('switch', { name: 'Thing' });
}

const checked = (el: HTMLElement) => el.getAttribute('aria-checked') === 'true';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a control that saves at once', () => {
  it('shows the value on its way, busy, then the confirmed one', async () => {
    const server = backend();
    let open = () => undefined as void;
    server.gate = new Promise((resolve) => (open = resolve));
    const control = await renderSwitch();
    control.focus();
    fireEvent.click(control);
    await waitFor(() => expect(control.getAttribute('aria-busy')).toBe('true'));
    expect(checked(control)).toBe(true);
    // Unavailable while saving (a second press changes nothing), yet it keeps the focus: disabled would
    // drop a keyboard user's place on the page.
    expect(control.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(control);
    expect(checked(control)).toBe(true);
    expect(document.activeElement).toBe(control);
    open();
    await waitFor(() => expect(control.getAttribute('aria-busy')).toBeNull());
    expect(checked(control)).toBe(true);
    expect(server.on).toBe(true);
    expect(server.calls.PATCH).toBe(1);
  });

  it('shows what the server answered, even when it is not what was asked', async () => {
    const server = backend();
    server.answer = false;
    const control = await renderSwitch();
    fireEvent.click(control);
    await waitFor(() => expect(server.calls.PATCH).toBe(1));
    await waitFor(() => expect(control.getAttribute('aria-busy')).toBeNull());
    expect(checked(control)).toBe(false);
  });

  it('a failed change puts the confirmed value back, says so, and is not sent again', async () => {
    const server = backend();
    server.fail.PATCH = [true];
    const control = await renderSwitch();
    fireEvent.click(control);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Thing: Not changed. Simulated network failure.');
    expect(checked(control)).toBe(false);
    expect(server.on).toBe(false);
    expect(server.calls.PATCH).toBe(1);
    // Changing it again clears the message; this time it saves.
    fireEvent.click(control);
    await waitFor(() => expect(server.on).toBe(true));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(checked(control)).toBe(true);
  });

  it('a failed refresh after a change keeps the confirmed value, and the read is retried', async () => {
    const server = backend();
    const control = await renderSwitch();
    const readsBefore = server.calls.GET;
    server.fail.GET = [true, true];
    fireEvent.click(control);
    // Two retries wait 300 + 600 ms (query-client.ts retryDelay): more than waitFor's default second
    // on a busy machine, so the wait's budget covers the retry schedule.
    await waitFor(() => expect(server.calls.GET).toBe(readsBefore + 3), { timeout: 5_000 });
    expect(checked(control)).toBe(true);
    expect(control.getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.calls.PATCH).toBe(1);
  });

  it('the control never flashes the old value between the answer and the refresh', async () => {
    const server = backend();
    const control = await renderSwitch();
    const seen: boolean[] = [];
    const observer = new MutationObserver(() => seen.push(checked(control)));
    observer.observe(control, { attributes: true, attributeFilter: ['aria-checked'] });
    fireEvent.click(control);
    await waitFor(() => expect(server.on).toBe(true));
    await waitFor(() => expect(control.getAttribute('aria-busy')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(seen).toEqual([true]);
  });
});
