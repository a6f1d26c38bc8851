// A labelled single-choice select on Radix. `value === ''` means "any" where allowEmpty is set.
// Options the server refused are disabled with their reason, and a last "Why?" choice opens the
// access drawer with every refused option's chain.
import * as RadixSelect from '@radix-ui/react-select';
import type { Decision } from '../../api/common';
import { useAccessDrawer, type ExplainTarget } from '../../lib/explain-link';
import { useId } from 'react';
import { useLightTrigger } from './use-light-trigger';
import { reasonText, useSaidByPage } from '../../lib/reasons';
import { SaveFailure } from './save-failure';
import { WhyButton } from './why-button';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Shown under the label, e.g. why a disabled option cannot be chosen. */
  description?: string;
  /** The server refused this choice: it is disabled, its reason shown, and "Why?" explains it. */
  refusal?: Decision;
}

const ANY = '__any__';
const WHY = '__why__';

export function Select({
  label,
  value,
  options,
  onChange,
  anyLabel,
  hideLabel = false,
  disabled = false,
  size = 'md',
  explain,
  decision,
  saving = false,
  failure = null,
  id,
}: {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** When set, an extra first option that maps to ''. */
  anyLabel?: string;
  hideLabel?: boolean;
  disabled?: boolean;
  size?: 'sm' | 'md';
  /** Who and where, for the drawer's link to every permission of the person there. */
  explain?: ExplainTarget;
  /** Whether the viewer may change it at all: refused → disabled, with the reason and "Why?". */
  decision?: Decision;
  /** A change of it is on its way: it shows that value, busy and disabled (see instant-save.ts). */
  saving?: boolean;
  /** Its last change failed: why (it shows the last confirmed value again). */
  failure?: string | null;
  /** The control's id, the same on the plain button and the real select: focus can be sent back to it. */
  id?: string;
}) {
  const reasonId = useId();
  // Drawn as a plain button until used (use-light-trigger.ts): tables repeat it on every row.
  const { live, open, setOpen, trigger, lightProps } = useLightTrigger<HTMLButtonElement>();
  const blocked = decision !== undefined && !decision.allowed;
  const openDrawer = useAccessDrawer();
  // The page's read-only note says this refusal, with its one "Why?".
  const saidByPage = useSaidByPage(blocked ? decision : undefined);
  const shown = options.map((o) =>
    o.refusal && !o.refusal.allowed
      ? { ...o, disabled: true, description: o.description ?? reasonText(o.refusal) }
      : o,
  );
  const refusals = options.flatMap((o) =>
    o.refusal && !o.refusal.allowed ? [{ label: o.label, decision: o.refusal }] : [],
  );
  const why = openDrawer && refusals.length > 0;
  const all: SelectOption[] = anyLabel ? [{ value: ANY, label: anyLabel }, ...shown] : shown;
  const current = value === '' && anyLabel ? ANY : value;
  const choose = (v: string) => {
    if (saving) return;
    if (v === WHY) {
      openDrawer?.(
        { kind: 'why', title: `${label}: why some choices are unavailable`, refusals, explain },
        trigger.current,
      );
      return;
    }
    onChange(v === ANY ? '' : v);
  };
  const currentLabel = all.find((o) => o.value === current)?.label ?? '';
  const triggerClass = `select-trigger ${size === 'sm' ? 'select-sm' : ''}`;
  const describedBy =
    [blocked ? reasonId : '', failure ? `${reasonId}-failure` : ''].filter(Boolean).join(' ') || undefined;
  const control = (
    <div className="field-inline">
      {/* Hidden, the label is the trigger's aria-label alone: tables repeat this select on every row. */}
      {hideLabel ? null : (
        <span className="field-label" id={`select-${label}`}>
          {label}
        </span>
      )}
      {live ? (
        <RadixSelect.Root
          value={current}
          onValueChange={choose}
          open={open}
          // While its change is saved it keeps focus (a disabled button drops it to the page, so a
          // keyboard user lost their place): it only refuses to open.
          onOpenChange={(next) => setOpen(next && !saving)}
          disabled={disabled || blocked}
        >
          <RadixSelect.Trigger
            ref={trigger}
            id={id}
            className={triggerClass}
            aria-label={label}
            aria-busy={saving || undefined}
            aria-disabled={saving || undefined}
            aria-describedby={describedBy}
          >
            {/* The label is given, not read from the items: closed, the list is not rendered at all (Radix
                would render every item of every select on the page into a hidden fragment). */}
            <RadixSelect.Value>{currentLabel}</RadixSelect.Value>
            <RadixSelect.Icon className="select-icon">▾</RadixSelect.Icon>
          </RadixSelect.Trigger>
          {open ? (
            <RadixSelect.Portal>
              <RadixSelect.Content className="select-content" position="popper" sideOffset={4}>
                <RadixSelect.Viewport>
                  {all.map((o) => (
                    <RadixSelect.Item
                      key={o.value}
                      value={o.value}
                      disabled={o.disabled}
                      className="select-item"
                    >
                      <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
                      {o.description ? (
                        <span className="select-item-description">{o.description}</span>
                      ) : null}
                    </RadixSelect.Item>
                  ))}
                  {why ? (
                    <>
                      <RadixSelect.Separator className="menu-separator" />
                      <RadixSelect.Item value={WHY} className="select-item select-item-why">
                        <RadixSelect.ItemText>Why are some choices unavailable?</RadixSelect.ItemText>
                      </RadixSelect.Item>
                    </>
                  ) : null}
                </RadixSelect.Viewport>
              </RadixSelect.Content>
            </RadixSelect.Portal>
          ) : null}
        </RadixSelect.Root>
      ) : (
        <button
          type="button"
          role="combobox"
          id={id}
          aria-expanded="false"
          aria-controls={`${reasonId}-list`}
          aria-autocomplete="none"
          data-state="closed"
          className={triggerClass}
          aria-label={label}
          aria-busy={saving || undefined}
          aria-disabled={saving || undefined}
          aria-describedby={describedBy}
          disabled={disabled || blocked}
          {...lightProps}
        >
          <span>{currentLabel}</span>
          <span aria-hidden="true" className="select-icon">
            ▾
          </span>
        </button>
      )}
      {blocked ? (
        <>
          <span id={reasonId} className="visually-hidden">
            {reasonText(decision)}
          </span>
          {saidByPage ? null : (
            <WhyButton
              title={`Why can’t you change “${label}”?`}
              refusals={[{ label, decision }]}
              explain={explain}
              describedBy={reasonId}
            />
          )}
        </>
      ) : null}
    </div>
  );
  if (!failure) return control;
  return (
    <div className="control-with-failure">
      {control}
      <SaveFailure what={label} message={failure} id={`${reasonId}-failure`} compact={size === 'sm'} />
    </div>
  );
}
