// Every tab shows what any tab changed: when another tab says it changed something (a message on the
// changes channel, sent after its change was answered), refresh what this tab is showing. A tab's own
// messages reach its own listener too (BroadcastChannel delivers to every other channel object): those
// are ignored, its mutations refresh exactly what they changed. Another tab's change may touch anything
// this one shows (a role change reaches teams, projects, access), so the whole world is refreshed; a
// reset or a scenario switch starts every answer over.
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { CHANGES_CHANNEL, isChangeMessage, THIS_TAB } from '../api/changes-channel';
import { refreshWorld, resetEverything } from './query-scopes';

export function useLiveUpdates(queryClient: QueryClient): void {
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return undefined;
    const channel = new BroadcastChannel(CHANGES_CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isChangeMessage(message) || message.tab === THIS_TAB) return;
      void (message.path.endsWith('/demo/reset') ? resetEverything(queryClient) : refreshWorld(queryClient));
    };
    return () => channel.close();
  }, [queryClient]);
}
