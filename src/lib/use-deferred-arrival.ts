import { useDeferredValue } from 'react';

/**
 * A page's data, held back for one render when it first arrives: that render (the loading state again)
 * is cheap, and the page's first real render follows in a deferred one, which React renders in slices
 * that yield to the browser instead of one long task (issue 13, Lighthouse's blocking time). Later
 * changes to the data pass straight through: a change shows in the same render as ever.
 */
export function useDeferredArrival<T>(value: T | undefined): T | undefined {
  const arrived = useDeferredValue(value !== undefined);
  return arrived ? value : undefined;
}
