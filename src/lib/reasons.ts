// Which reason of an engine chain to show in one line: a refusal's first denial (the chain may name
// several caps that all refuse), else the verdict at the end.
import { createContext } from 'react';
import type { Decision, Reason } from '../api/common';

export function decidingReason(reasons: readonly Reason[]): Reason | undefined {
  return reasons.find((r) => r.effect === 'deny') ?? reasons.at(-1);
}

/** The first refusal, then any other cap that also refuses ("Also: …"), as the server words it. */
export function reasonText(decision: Decision): string {
  const [first, ...more] = decision.reasons.filter((r) => r.effect === 'deny');
  if (!first) return decision.reasons.at(-1)?.text ?? 'Not allowed';
  return more.length === 0 ? first.text : `${first.text}. Also: ${more.map((r) => r.text).join('; ')}`;
}

/**
 * The reason a page's read-only banner already gives. Controls refused for that same reason keep it
 * for screen readers and in "Why?", but do not print it again under every control.
 */
export const PageReason = createContext<string | null>(null);
