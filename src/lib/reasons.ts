// Which reason of an engine chain to show in one line: a refusal's first denial (the chain may name
// several caps that all refuse), else the verdict at the end.
import { createContext, useContext } from 'react';
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
 * What a refusal's deciding reason (its first denial) says refuses it, without the permission it names:
 * the engine words a cap as "<who or what>: <what it does not include>" ("Anyone's access to an Open
 * project does not include: edit reports", "Erin has a Viewer Models seat: read-only, …"), and a role
 * or identity as one sentence. Null when allowed.
 */
function cause(decision: Decision): string | null {
  if (decision.allowed) return null;
  const reason = decidingReason(decision.reasons);
  if (!reason) return null;
  const colon = reason.text.indexOf(': ');
  return `${reason.step}|${colon < 0 ? reason.text : reason.text.slice(0, colon)}`;
}

/**
 * Whether two refusals have the same cause: the same deciding step, refusing for the same who or what
 * ("Erin is an org Viewer…", "Anyone's access to an Open project does not include"), whatever
 * permission each names and whatever other caps they list ("Also: …"). The cause is what a person acts
 * on, so a page says it once.
 */
export function sameCause(a: Decision, b: Decision): boolean {
  const x = cause(a);
  return x !== null && x === cause(b);
}

/**
 * The refusal a page's read-only note already says. Controls and tables refused for the same cause keep
 * it for screen readers and in "Why?", but do not print it again under every control.
 */
export const PageReason = createContext<Decision | null>(null);

/**
 * Whether the page's read-only note already says why this was refused (ADR 0023); for several (a
 * row's refused actions), whether it says why for each of them.
 */
export function useSaidByPage(refused: Decision | readonly Decision[] | undefined): boolean {
  const page = useContext(PageReason);
  if (page === null || refused === undefined) return false;
  const all = Array.isArray(refused) ? refused : [refused];
  return all.length > 0 && all.every((d) => sameCause(page, d));
}
