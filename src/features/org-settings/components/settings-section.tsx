// A titled block of the Org settings page, and the note that says why a control is locked.
import { useId, type ReactNode } from 'react';
import type { Decision } from '../../../api/common';
import { reasonText } from '../../../components/ui/guarded';
import { PageReason, sameCause, useSaidByPage } from '../../../lib/reasons';

export function SettingsSection({
  title,
  description,
  action,
  children,
}: {
  title: string;
  description?: ReactNode;
  /** A button beside the title, e.g. "Change name". */
  action?: ReactNode;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <header className="settings-section-header">
        <div className="settings-section-text">
          <h2 id={id} className="settings-section-title">
            {title}
          </h2>
          {description ? <p className="muted">{description}</p> : null}
        </div>
        {action ? <div className="settings-section-action">{action}</div> : null}
      </header>
      {children}
    </section>
  );
}

export { PageReason };

/**
 * The server's reason under a control the viewer may not use (nothing when allowed, or when the page
 * or a note above already says the same). Disabled controls still carry it in their tooltip.
 */
export function ReasonNote({ decision, unless }: { decision: Decision; unless?: Decision }) {
  const saidByPage = useSaidByPage(decision);
  if (decision.allowed || saidByPage || (unless && sameCause(unless, decision))) return null;
  return <p className="setting-reason">{reasonText(decision)}</p>;
}
