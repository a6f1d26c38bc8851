// A control the acting user may not use: rendered disabled, with the server's reason in a tooltip
// and in the accessible description. Disabled buttons get no pointer events, so the tooltip hangs
// on a focusable wrapper.
import { useId, type ReactElement } from 'react';
import { Link } from 'react-router';
import type { Decision } from '../../api/common';
import { useExplainHref, type ExplainTarget } from '../../lib/explain-link';
import { Tooltip } from './tooltip';

/** The first refusal, then any other cap that also refuses ("Also: …"), as the server words it. */
export function reasonText(decision: Decision): string {
  const [first, ...more] = decision.reasons.filter((r) => r.effect === 'deny');
  if (!first) return decision.reasons.at(-1)?.text ?? 'Not allowed';
  return more.length === 0 ? first.text : `${first.text}. Also: ${more.map((r) => r.text).join('; ')}`;
}

export function Guarded({
  decision,
  children,
  explain,
}: {
  decision: Decision;
  /** The control, rendered as is when allowed; callers pass disabled={!decision.allowed}. */
  children: ReactElement;
  /** When set, a refusal also offers "Why?": the Access page with the whole chain, prefilled. */
  explain?: ExplainTarget;
}) {
  const id = useId();
  const why = useExplainHref(explain);
  if (decision.allowed) return children;
  const reason = reasonText(decision);
  const guarded = (
    <Tooltip content={reason}>
      {/* The wrapper takes focus because a disabled control cannot: keyboard users reach the reason too. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <span className="guarded" tabIndex={0} aria-describedby={id} data-reason={reason}>
        {children}
        <span id={id} className="visually-hidden">
          {reason}
        </span>
      </span>
    </Tooltip>
  );
  if (!why) return guarded;
  return (
    <span className="guarded-why">
      {guarded}
      <Link to={why} className="why-link" aria-describedby={id}>
        Why?
      </Link>
    </span>
  );
}
