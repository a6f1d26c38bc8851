// "Why?" beside anything refused: opens the access drawer with the server's chain of reasons, so the
// page (and whatever was typed on it) stays as it was. Without a drawer (outside an org's pages) it
// falls back to the Access page link, or to nothing.
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { Decision } from '../../api/common';
import { useAccessDrawer, useExplainHref, type ExplainTarget } from '../../lib/explain-link';
import { reasonText } from '../../lib/reasons';

export function WhyButton({
  title,
  refusals,
  explain,
  describedBy,
}: {
  /** The drawer's title; a function reads it when clicked (e.g. from the control's own text). */
  title: string | ((event: MouseEvent<HTMLElement>) => string);
  refusals: { label: string; decision: Decision }[];
  explain?: ExplainTarget;
  /** The id of the visible or hidden reason, so "Why?" is announced with it. */
  describedBy?: string;
}) {
  const open = useAccessDrawer();
  const href = useExplainHref(explain);
  if (open) {
    return (
      <button
        type="button"
        className="link-button why-link"
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        onClick={(event) =>
          open({ kind: 'why', title: typeof title === 'string' ? title : title(event), refusals, explain })
        }
      >
        Why?
      </button>
    );
  }
  return href ? (
    <Link to={href} className="why-link" aria-describedby={describedBy}>
      Why?
    </Link>
  ) : null;
}

/** "Why is “Delete team” unavailable?" from the text of the control beside the clicked "Why?". */
export function titleFromControl(event: MouseEvent<HTMLElement>): string {
  const control = event.currentTarget.previousElementSibling?.querySelector('button, [role="switch"], a');
  // Icons and glyphs ("+ Create a team") are not part of the action's name.
  const name = control?.textContent?.trim().replace(/^[^\p{L}\p{N}]+/u, '');
  return name ? `Why is “${name}” unavailable?` : 'Why is this unavailable?';
}

/** A refusal's reason in words, then "Why?" for its whole chain (for radios, switches and the like). */
export function ReasonWithWhy({
  decision,
  what,
  id,
  className = 'setting-reason block',
  explain,
  verb = 'choose',
  quiet = false,
}: {
  decision: Decision;
  /** "choose" an option, or "change" a setting. */
  verb?: 'choose' | 'change';
  /** The page's note already says this reason, with its own "Why?": keep it for screen readers only. */
  quiet?: boolean;
  /** The choice refused, for the drawer's title: "Why can’t you choose “Restricted”?" */
  what: string;
  /** The reason's id, for the control's aria-describedby. */
  id?: string;
  className?: string;
  explain?: ExplainTarget;
}) {
  return (
    <span className={className}>
      <span id={id} className={quiet ? 'visually-hidden' : undefined}>
        {reasonText(decision)}
      </span>
      {quiet ? null : (
        <>
          {' '}
          <WhyButton
            title={`Why can’t you ${verb} “${what}”?`}
            refusals={[{ label: what, decision }]}
            explain={explain}
            describedBy={id}
          />
        </>
      )}
    </span>
  );
}
