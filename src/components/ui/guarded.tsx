// A control the acting user may not use: rendered disabled, with the server's reason in a tooltip
// and in the accessible description, and a "Why?" that opens the whole chain. Disabled buttons get
// no pointer events, so the tooltip hangs on a focusable wrapper. Where the page's read-only note already
// gives the same cause (PageReason), that note's one "Why?" explains it: the control offers none.
import { useId, type ReactElement } from 'react';
import type { Decision } from '../../api/common';
import type { ExplainTarget } from '../../lib/explain-link';
import { Tooltip } from './tooltip';
import { titleFromControl, WhyButton } from './why-button';

import { reasonText, useSaidByPage } from '../../lib/reasons';

// Re-exported: the sentence is the lib's, so "Why?" and the controls word refusals alike.
export { reasonText };

export function Guarded({
  decision,
  children,
  explain,
  action,
  why = true,
}: {
  decision: Decision;
  /** The control, rendered as is when allowed; callers pass disabled={!decision.allowed}. */
  children: ReactElement;
  /** A permission and where: the drawer then links to every permission of the person there. */
  explain?: ExplainTarget;
  /** What the control does, for the drawer's title; read from the control's text when left out. */
  action?: string;
  /** False when one "Why?" beside several refused controls explains them together. */
  why?: boolean;
}) {
  const id = useId();
  const saidByPage = useSaidByPage(decision);
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
  if (!why || saidByPage) return guarded;
  return (
    <span className="guarded-why">
      {guarded}
      <WhyButton
        title={action ? `Why can’t you ${action}?` : titleFromControl}
        refusals={[{ label: action ?? 'Refused', decision }]}
        explain={explain}
        describedBy={id}
      />
    </span>
  );
}
