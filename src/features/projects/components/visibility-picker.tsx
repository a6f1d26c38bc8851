// The four visibility scopes, each with its icon and one-line meaning; a scope the person may not
// choose is disabled with the server's reason.
import type { ProjectOption } from '../../../api/projects';
import { VISIBILITY_INFO, type Visibility } from '../../../api/team';
import { ReasonWithWhy } from '../../../components/ui/why-button';
import type { ExplainTarget } from '../../../lib/explain-link';
import { VisibilityIcon } from '../../../components/ui/visibility-icon';

export function VisibilityPicker({
  name,
  value,
  options,
  onChange,
  explain,
}: {
  /** Who and where, for "Why?"'s link to every permission there. */
  explain?: ExplainTarget;
  name: string;
  value: Visibility;
  options: ProjectOption[];
  onChange: (value: Visibility) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend className="field-label">Project Visibility</legend>
      {options.map((o) => {
        const v = o.value as Visibility;
        const blocked = !o.decision.allowed && v !== value;
        return (
          <label key={v} className={`radio ${blocked ? 'radio-disabled' : ''}`}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              disabled={blocked}
              onChange={() => onChange(v)}
            />
            <span>
              <strong className="visibility">
                <VisibilityIcon visibility={v} /> {VISIBILITY_INFO[v].label}
              </strong>
              <span className="muted small block">{VISIBILITY_INFO[v].meaning}</span>
              {blocked ? (
                <ReasonWithWhy decision={o.decision} what={VISIBILITY_INFO[v].label} explain={explain} />
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
