// Which reason of an engine chain to show in one line: a refusal's first denial (the chain may name
// several caps that all refuse), else the verdict at the end.
import type { Reason } from '../api/common';

export function decidingReason(reasons: readonly Reason[]): Reason | undefined {
  return reasons.find((r) => r.effect === 'deny') ?? reasons.at(-1);
}
