// Live updates between tabs: after a change is answered, the tab that made it says so on this
// BroadcastChannel, and every other tab of the console refreshes what it shows.
export const CHANGES_CHANNEL = 'access-console-changes';

/** This tab's id: a tab refreshes its own changes itself, and ignores its own messages. */
export const THIS_TAB = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random());

/**
 * Sent with every change this tab asks for: the shared server names it in the change event it sends
 * everyone (mocks/server/events.ts), so this tab skips its own change, as it does on the BroadcastChannel.
 */
export const TAB_HEADER = 'x-console-tab';

export interface ChangeMessage {
  kind: 'changed';
  /** The tab that made the change; "server" on the shared server when the caller named none (a script). */
  tab: string;
  /** The API path that changed something, e.g. /api/teams/vision/settings. */
  path: string;
}

export function isChangeMessage(value: unknown): value is ChangeMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    value.kind === 'changed' &&
    'path' in value &&
    typeof value.path === 'string' &&
    'tab' in value &&
    typeof value.tab === 'string'
  );
}
