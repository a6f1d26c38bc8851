// A labelled on/off setting. When the viewer may not change it, it is disabled and says why.
import * as RadixSwitch from '@radix-ui/react-switch';
import { useId, type ReactNode } from 'react';
import type { Decision } from '../../api/common';
import { reasonText } from './guarded';

export function Switch({
  label,
  description,
  checked,
  onChange,
  decision,
  busy = false,
}: {
  label: string;
  description?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Whether the viewer may change it; the reason is shown when not. */
  decision?: Decision;
  busy?: boolean;
}) {
  const id = useId();
  const blocked = decision !== undefined && !decision.allowed;
  return (
    <div className={`setting ${blocked ? 'setting-locked' : ''}`}>
      <div className="setting-text">
        <label htmlFor={id} className="setting-label">
          {label}
        </label>
        {description ? <span className="muted small">{description}</span> : null}
        {blocked && decision ? (
          <span className="setting-reason" id={`${id}-reason`}>
            {reasonText(decision)}
          </span>
        ) : null}
      </div>
      <RadixSwitch.Root
        id={id}
        className="switch"
        checked={checked}
        disabled={blocked || busy}
        aria-describedby={blocked ? `${id}-reason` : undefined}
        onCheckedChange={onChange}
      >
        <RadixSwitch.Thumb className="switch-thumb" />
      </RadixSwitch.Root>
    </div>
  );
}
