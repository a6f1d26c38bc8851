// Small constructors so every module words reasons and decisions the same way.
import type { Decision, Reason, ReasonStep, Refusal } from './decision';

export const allow = (step: ReasonStep, text: string): Reason => ({ step, text, effect: 'allow' });
export const deny = (step: ReasonStep, text: string): Reason => ({ step, text, effect: 'deny' });
export const note = (step: ReasonStep, text: string): Reason => ({ step, text, effect: 'note' });

export function allowed(reasons: Reason[]): Decision {
  return { allowed: true, reasons };
}

export function refused(refusal: Refusal, reasons: Reason[], field?: string): Decision {
  return field === undefined
    ? { allowed: false, reasons, refusal }
    : { allowed: false, reasons, refusal, field };
}

/** Refusals of check(): one reason, the HTTP class, and (for 422) the field at fault. */
export const forbidden = (step: ReasonStep, text: string): Decision =>
  refused('forbidden', [deny(step, text)]);
export const conflict = (text: string): Decision => refused('conflict', [deny('guard', text)]);
export const invalid = (field: string, text: string): Decision =>
  refused('invalid', [deny('input', text)], field);
export const notFound = (text: string): Decision => refused('not-found', [deny('input', text)]);

/** A refusal from decide() becomes a 403 for check(). */
export function asForbidden(decision: Decision): Decision {
  return decision.allowed ? decision : refused('forbidden', decision.reasons);
}

/**
 * The sentence a refusal is answered with: its first denial, then any other cap that also refuses
 * ("Also: …"), so one message names everything that stands in the way.
 */
export function refusalText(decision: Decision): string {
  const [first, ...more] = decision.reasons.filter((r) => r.effect === 'deny');
  if (!first) return decision.reasons.at(-1)?.text ?? 'Not allowed';
  return more.length === 0 ? first.text : `${first.text}. Also: ${more.map((r) => r.text).join('; ')}`;
}
