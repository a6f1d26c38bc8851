// Filters of the Audit log: actor, action, target text and a date range, all in the URL. Typing in
// Target updates the URL after a short pause, so history gets one entry per search, not per keystroke.
import { useEffect, useState } from 'react';
import type { AuditPage, AuditQuery } from '../../../api/audit';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { SearchField } from '../../../components/ui/search-field';

export function AuditFilters({
  query,
  options,
  onChange,
}: {
  query: AuditQuery;
  options: AuditPage['options'] | undefined;
  onChange: (patch: Partial<AuditQuery>) => void;
}) {
  // The draft remembers which URL value it was typed over: when the URL changes from outside
  // (back button, a link), the URL wins.
  const [draft, setDraft] = useState({ text: query.target, over: query.target });
  const text = draft.over === query.target ? draft.text : query.target;
  useEffect(() => {
    if (text === query.target) return;
    const timer = setTimeout(() => onChange({ target: text, page: 1 }), 250);
    return () => clearTimeout(timer);
  }, [text, query.target, onChange]);

  const actors = options?.actors ?? [];
  // A deep link may name an actor who is not in this page's choices (e.g. after a reset): keep it visible.
  const actorOptions =
    query.actor && !actors.some((a) => a.id === query.actor)
      ? [...actors, { id: query.actor, name: query.actor }]
      : actors;
  const filtered = query.actor || query.action || query.target || query.from || query.to;
  return (
    <div className="toolbar audit-filters" role="search" aria-label="Filter the audit log">
      <Select
        label="Actor"
        value={query.actor}
        anyLabel="Anyone"
        options={actorOptions.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(v) => onChange({ actor: v, page: 1 })}
      />
      <Select
        label="Action"
        value={query.action}
        anyLabel="All actions"
        options={(options?.actions ?? []).map((a) => ({
          value: a.value,
          label: a.value,
          description: a.label,
        }))}
        onChange={(v) => onChange({ action: v, page: 1 })}
      />
      <SearchField
        label="Target"
        layout="beside"
        inputClassName="audit-target"
        placeholder="Name or team"
        value={text}
        onSearch={(t) => setDraft({ text: t, over: query.target })}
      />
      {/* From and To wrap together (at 1024 px "To" fell alone onto a second line). */}
      <span className="date-range">
        <DateField
          label="From"
          value={query.from}
          max={query.to}
          onPick={(from) => onChange({ from, page: 1 })}
        />
        <DateField label="To" value={query.to} min={query.from} onPick={(to) => onChange({ to, page: 1 })} />
      </span>
      {filtered ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setDraft({ text: '', over: query.target });
            onChange({ actor: '', action: '', target: '', from: undefined, to: undefined, page: 1 });
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

/** One end of the date range; cleared, it is undefined (no bound). */
function DateField({
  label,
  value,
  min,
  max,
  onPick,
}: {
  label: string;
  value: string | undefined;
  min?: string;
  max?: string;
  onPick: (date: string | undefined) => void;
}) {
  return (
    <label className="field-inline">
      <span className="field-label">{label}</span>
      <input
        className="input"
        type="date"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(e) => onPick(e.target.value || undefined)}
      />
    </label>
  );
}
