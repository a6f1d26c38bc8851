// The review step of Edit Project Details: the server's preview, person by person as the Users tab will
// read once saved (every change, in the headline's groups), and, when the project becomes Restricted,
// W&B's "Invite team members": the team members to keep, picked here and saved in the same change.
import { InviteeChecklist } from './invitee-checklist';
import type { ImpactPreview, ListedChangeRow } from '../../../api/projects';

const GROUPS: { kind: ListedChangeRow['kind']; title: (n: number) => string }[] = [
  { kind: 'loses', title: (n) => `Lose access (${n})` },
  { kind: 'manages-only', title: (n) => `Keep managing it, see its content only after joining (${n})` },
  { kind: 'changes', title: (n) => `Different role or permissions (${n})` },
  { kind: 'gains', title: (n) => `Gain access (${n})` },
];

function ChangeLine({ c }: { c: ListedChangeRow }) {
  const same = c.before === c.after;
  const perms = [
    c.lost.length ? `loses ${c.lost.length} permission${c.lost.length === 1 ? '' : 's'}` : '',
    c.gained.length ? `gains ${c.gained.length} permission${c.gained.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return (
    <li className="impact-change">
      <span className="impact-change-head">
        <span>{c.name}</span>
        <span className="impact-change-roles">
          {same ? c.after : `${c.before ?? 'Not listed'} → ${c.after ?? 'no access'}`}
        </span>
        {same && perms.length ? <span className="muted small">{perms.join(', ')}</span> : null}
      </span>
      {c.afterDetail ? <span className="muted small">{c.afterDetail}.</span> : null}
    </li>
  );
}

export function ProjectChangeReview({
  preview,
  onPick,
  busy,
}: {
  preview: ImpactPreview;
  /** The team members to keep, as picked; the caller asks for a fresh preview with them. */
  onPick: (members: string[]) => void;
  busy: boolean;
}) {
  const picked = preview.keepable.filter((k) => k.picked).map((k) => k.id);
  const toggle = (id: string, on: boolean) => onPick(on ? [...picked, id] : picked.filter((p) => p !== id));
  return (
    <div className="stack-sm" role="region" aria-label="Impact of this change" aria-busy={busy}>
      <p>
        <strong>{preview.summary}</strong>
      </p>
      {preview.keepable.length > 0 ? (
        <fieldset className="keep-members">
          <legend>Invite team members</legend>
          <p className="muted small">
            A Restricted project is seen only by the people on its list. Pick the team members who keep
            access; they are added in the same change.
          </p>
          <InviteeChecklist
            invitees={preview.keepable}
            picked={(id) => picked.includes(id)}
            onToggle={toggle}
            disabled={busy}
          />
        </fieldset>
      ) : null}
      {preview.changes.length === 0 ? <p>Nobody gains or loses access.</p> : null}
      {GROUPS.map(({ kind, title }) => {
        const rows = preview.changes.filter((c) => c.kind === kind);
        if (rows.length === 0) return null;
        const heading = title(rows.length);
        return (
          <section key={kind} aria-label={heading}>
            <h3 className="impact-group-title">{heading}</h3>
            <ul className="impact-changes impact-changes-compact">
              {rows.map((c) => (
                <ChangeLine key={c.id} c={c} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
