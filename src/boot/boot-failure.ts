// The screen shown when the console cannot start (src/main.tsx). Plain DOM: React, the app or the mock
// backend may be exactly what failed to load. It says what happened and always offers a way out.
import { resetDemoData } from './reset-demo-data';

export interface BootFailureActions {
  reload: () => void;
  /** Clears the demo's stored state, then reloads; rejects when the clearing failed. */
  reset: () => Promise<void>;
}

const browserActions: BootFailureActions = {
  reload: () => window.location.reload(),
  reset: async () => {
    await resetDemoData();
    window.location.reload();
  },
};

/**
 * `demo: false` (the shared server's build): no demo data lives in this browser, so there is nothing to
 * reset, only Reload.
 */
export function renderBootFailure(
  root: HTMLElement,
  error: unknown,
  actions = browserActions,
  { demo = true } = {},
): void {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
    const node = doc.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  };

  const alert = el('div');
  alert.setAttribute('role', 'alert');
  const detail = el('p', 'What went wrong: ', 'boot-failure-detail');
  detail.append(el('code', describe(error)));
  alert.append(
    el('h1', 'Access Console could not start'),
    el(
      'p',
      'Part of the console did not load, so there is nothing to show yet. This is usually ' +
        'temporary: the server was busy or restarting, or the connection dropped. Reload to try again.',
    ),
    ...(demo
      ? [
          el(
            'p',
            'If it keeps happening, reset the demo data: this removes what the demo saved in this browser ' +
              '(your changes to the scenario, the demo settings and its background worker) and starts again ' +
              'on a fresh copy of the scenario.',
          ),
        ]
      : []),
    detail,
  );

  const reload = el('button', 'Reload', 'btn btn-primary');
  const reset = el('button', 'Reset demo data', 'btn btn-danger');
  for (const button of [reload, reset]) button.type = 'button';
  // Progress and errors of the reset, announced without stealing focus.
  const status = el('p', '', 'boot-failure-status');
  status.setAttribute('role', 'status');

  reload.addEventListener('click', () => actions.reload());
  reset.addEventListener('click', () => {
    reload.disabled = reset.disabled = true;
    status.textContent = 'Resetting the demo data…';
    actions.reset().catch((resetError: unknown) => {
      status.textContent = `The demo data could not be reset: ${describe(resetError)}. Reload, or clear this site's data in the browser settings.`;
      reload.disabled = reset.disabled = false;
    });
  });

  const buttons = el('div', '', 'boot-failure-actions');
  buttons.append(...(demo ? [reload, reset] : [reload]));
  const main = el('main', '', 'boot-failure');
  main.append(alert, buttons, status);
  root.replaceChildren(main);
  // Nothing else is on the page: put the keyboard on the way out.
  reload.focus();
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
