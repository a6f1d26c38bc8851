// Every tab shows what any tab changed: when another tab says it changed something (a message on the
// changes channel, sent after its change was answered), refresh what this tab is showing. A tab's own
// messages reach its own listener too (BroadcastChannel delivers to every other channel object): those
// are ignored, its mutations refresh exactly what they changed. The other
// tab's change could touch anything this one shows (a role change reaches teams, projects, access),
// so every active query is refetched; inactive ones refetch when next shown.
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { CHANGES_CHANNEL, isChangeMessage, THIS_TAB } from '../api/changes-channel';

export function useLiveUpdates(queryClient: QueryClient): void {
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return undefined;
    const channel = new BroadcastChannel(CHANGES_CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isChangeMessage(event.data) && event.data.tab !== THIS_TAB) void queryClient.invalidateQueries({ refetchType: 'active' });
    };
    return () => channel.close();
  }, [queryClient]);
}
