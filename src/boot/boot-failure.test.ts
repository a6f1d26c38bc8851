// @vitest-environment jsdom
// The boot-failure screen (ADR 0013): it says what happened, and Reload and Reset demo data always work.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderBootFailure } from './boot-failure';

function setup(reset: () => Promise<void> = () => Promise.resolve()) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = { reload: vi.fn(), reset: vi.fn(reset) };
  renderBootFailure(
    root,
    new TypeError('Failed to fetch dynamically imported module: /src/app/app.tsx'),
    actions,
  );
  const button = (name: string) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent === name) as HTMLButtonElement;
  return { root, actions, reload: button('Reload'), reset: button('Reset demo data') };
}

afterEach(() => document.body.replaceChildren());

describe('renderBootFailure', () => {
  it('explains what happened in an alert with a heading and the error', () => {
    const { root } = setup();
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe('Access Console could not start');
    expect(alert?.textContent).toContain('Reload to try again');
    expect(alert?.textContent).toContain('Failed to fetch dynamically imported module: /src/app/app.tsx');
  });

  it('offers Reload, focused, and Reset demo data as real buttons', () => {
    const { reload, reset } = setup();
    expect(reload.type).toBe('button');
    expect(reset.type).toBe('button');
    expect(document.activeElement).toBe(reload);
  });

  it('Reload reloads', () => {
    const { reload, actions } = setup();
    reload.click();
    expect(actions.reload).toHaveBeenCalledOnce();
  });

  it('Reset demo data resets, with the buttons disabled meanwhile', () => {
    let finish = () => {};
    const { reset, reload, actions, root } = setup(() => new Promise<void>((resolve) => (finish = resolve)));
    reset.click();
    expect(actions.reset).toHaveBeenCalledOnce();
    expect(reset.disabled && reload.disabled).toBe(true);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Resetting the demo data…');
    finish();
  });

  it('a reset that fails says so and gives the buttons back', async () => {
    const { reset, reload, root } = setup(() => Promise.reject(new Error('storage is locked')));
    reset.click();
    await vi.waitFor(() => expect(reset.disabled).toBe(false));
    expect(reload.disabled).toBe(false);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('storage is locked');
  });
});
