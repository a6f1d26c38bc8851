// A labelled on/off setting. When the viewer may not change it, it is disabled, says why, and offers
// "Why?" for the whole chain.
import * as RadixSwitch from '@radix-ui/react-switch';
import { useId, type ReactNode } from 'react';
import type { Decision } from '../../api/common';
import type { ExplainTarget } from '../../lib/explain-link';
import { useSaidByPage } from '../../lib/reasons';
import { SaveFailure } from './save-failure';
import { ReasonWithWhy } from './why-button';

export function Switch({
  label,
  description,
  checked,
  onChange,
  decision,
  busy = false,
  saving = false,
  failure = null,
  explain,
}: {
  label: string;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Whether the viewer may change it; the reason is shown when not. */
  decision?: Decision;
  /** Something related is being saved: wait (disabled). */
  busy?: boolean;
  /** This one is being saved: it shows the value on its way, busy (see instant-save.ts). */
  saving?: boolean;
  /** Its last change failed: why (it shows the last confirmed value again). */
  failure?: string | null;
  /** Who and where, for the drawer's link to the person's permissions there. */
  explain?: ExplainTarget;
}) {
  const id = useId();
  const blocked = decision !== undefined && !decision.allowed;
  const saidByPage = useSaidByPage(decision);
  return (
    <div className={`setting ${blocked ? 'setting-locked' : ''}`}>
      <div className="setting-text">
        <label htmlFor={id} className="setting-label">
          {label}
        </label>
        {description ? <span className="muted small">{description}</span> : null}
        {blocked && decision ? (
          <ReasonWithWhy
            decision={decision}
            what={label}
            verb="change"
            quiet={saidByPage}
            id={`${id}-reason`}
            className="setting-reason"
            explain={explain}
          />
        ) : null}
        {failure ? <SaveFailure what={label} message={failure} id={`${id}-failure`} /> : null}
      </div>
      <RadixSwitch.Root
        id={id}
        className="switch"
        checked={checked}
        // Waiting (busy, saving) is aria-disabled, not disabled: a disabled control loses the focus, and a
        // keyboard user who just pressed Space would be sent back to the top of the page.
        disabled={blocked}
        aria-disabled={busy || saving || undefined}
        aria-busy={saving || undefined}
        aria-describedby={
          [blocked ? `${id}-reason` : '', failure ? `${id}-failure` : ''].filter(Boolean).join(' ') ||
          undefined
        }
        onCheckedChange={(next) => {
          if (!busy && !saving) onChange(next);
        }}
      >
        <RadixSwitch.Thumb className="switch-thumb" />
      </RadixSwitch.Root>
    </div>
  );
}
