// Every tab shows what anyone changed. In the in-browser build, another tab of this browser says so on
// the changes channel (a BroadcastChannel message, sent after its change was answered); on the shared
// server (issue 16), the server says so to every connected tab of every person, as server-sent events
// (`GET /api/events`, `event: changed`). Either way the message is the same and is handled here, once:
// a tab's own changes are skipped (its mutations refresh exactly what they changed; on the server, the
// tab names itself in a header of each change, which the event echoes); another's may touch anything
// this tab shows (a role change reaches teams, projects, access), so the whole world is
// refreshed; a reset or a scenario switch starts every answer over.
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiUrl } from '../api/api-url';
import { CHANGES_CHANNEL, isChangeMessage, THIS_TAB } from '../api/changes-channel';
import { SERVER_MODE } from './backend-mode';
import { queryKeys } from './query-keys';
import { refreshWorld, resetEverything } from './query-scopes';

/** `listening`: only once someone is signed in (the shared server refuses the stream otherwise). */
export function useLiveUpdates(queryClient: QueryClient, listening: boolean): void {
  useEffect(() => {
    if (!listening) return undefined;
    const changed = (message: unknown) => {
      if (!isChangeMessage(message) || message.tab === THIS_TAB) return;
      void (message.path.endsWith('/demo/reset') ? resetEverything(queryClient) : refreshWorld(queryClient));
    };
    if (SERVER_MODE) {
      return subscribeToServer(changed, {
        // Changes made while the stream was down were not heard: ask again for everything shown.
        reconnected: () => void refreshWorld(queryClient),
        // Perhaps signed out (a 401 closes the stream): the session says so, and the page follows.
        lost: () => void queryClient.invalidateQueries({ queryKey: queryKeys.session.all }),
      });
    }
    return subscribeToTabs(changed);
  }, [queryClient, listening]);
}

function subscribeToTabs(changed: (message: unknown) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => changed(event.data);
  return () => channel.close();
}

/** Reopening a stream the browser gave up on: soon, then less often, never more than every 10 s. */
const reopenDelay = (attempt: number): number => Math.min(500 * 2 ** attempt, 10_000);

/**
 * The server's change events. The browser reconnects by itself after a dropped connection; a stream it
 * closed (the server answered an error, e.g. 401, or refused the connection) is opened again here.
 */
function subscribeToServer(
  changed: (message: unknown) => void,
  { reconnected, lost }: { reconnected: () => void; lost: () => void },
): () => void {
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let interrupted = false;
  const open = () => {
    const stream = new EventSource(apiUrl('/events'));
    source = stream;
    stream.addEventListener('changed', (event: MessageEvent<string>) => changed(parseJson(event.data)));
    stream.onopen = () => {
      attempt = 0;
      if (interrupted) reconnected();
      interrupted = false;
    };
    stream.onerror = () => {
      if (!interrupted) lost();
      interrupted = true;
      if (stream.readyState !== EventSource.CLOSED) return;
      stream.close();
      timer = setTimeout(open, reopenDelay(attempt++));
    };
  };
  open();
  return () => {
    clearTimeout(timer);
    source?.close();
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
