// The log's rows: when, who (and whether through View as), what (W&B's action name and a sentence),
// on what, and each field that changed with its value before and after.
import type { AuditChange, AuditEntry } from '../../../api/audit';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/ui/data-table';
import { Email, isEmail, TextWithEmails } from '../../../components/ui/email';
import { Person } from '../../../components/ui/person';

const KIND_LABELS: Record<AuditEntry['target']['kind'], string> = {
  org: 'Organization',
  user: 'Person',
  invite: 'Invite',
  team: 'Team',
  serviceAccount: 'Service account',
  role: 'Custom role',
  project: 'Project',
  run: 'Run',
  report: 'Report',
  sweep: 'Sweep',
  artifact: 'Artifact',
};

/** UTC, like the date filter, so a day in the filter is the day shown. */
function When({ at }: { at: string }) {
  return (
    <time dateTime={at} className="audit-time">
      {at.slice(0, 10)}
      <span className="muted small">{at.slice(11, 16)} UTC</span>
    </time>
  );
}

function Value({ value }: { value: string | null }) {
  return value === null ? <span className="muted">(none)</span> : <>{value}</>;
}

/** Whose access the change altered, beyond the fields it touched (opens to one line per person). */
function Affected({ affected }: { affected: NonNullable<AuditEntry['affected']> }) {
  return (
    <details className="audit-affected">
      <summary>{affected.summary}</summary>
      <ul aria-label="People affected">
        {affected.people.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong> {p.change}
          </li>
        ))}
        {affected.more > 0 ? <li className="muted">and {affected.more} more people</li> : null}
      </ul>
    </details>
  );
}

/** Fields shown in the row; more (an invite's six, a custom role's four) wait behind one line. */
const SHOWN = 2;

function Changes({ changes }: { changes: AuditChange[] }) {
  if (changes.length === 0) return <span className="muted">No recorded fields changed</span>;
  if (changes.length <= SHOWN + 1) return <FieldList changes={changes} />;
  // Kept to the height of the other rows (as GitHub's audit log opens an event's details on demand):
  // the first fields, then one line naming the rest, which opens to them.
  const rest = changes.slice(SHOWN);
  const names = rest.map((c) => c.field).join(', ');
  return (
    <>
      <FieldList changes={changes.slice(0, SHOWN)} />
      <details className="audit-more">
        <summary title={names}>
          {rest.length} more: {names}
        </summary>
        <FieldList changes={rest} />
      </details>
    </>
  );
}

function FieldList({ changes }: { changes: AuditChange[] }) {
  return (
    <dl className="audit-changes">
      {changes.map((c) => (
        <div key={c.field} className="audit-change">
          <dt>{c.field}</dt>
          {/* A field that had no value (something created, invited, added) is said once: its value. */}
          {c.before === null ? (
            <dd>
              <span className="audit-after">
                <span className="visually-hidden">Set to </span>
                <Value value={c.after} />
              </span>
            </dd>
          ) : (
            <dd>
              <span className="audit-before">
                <span className="visually-hidden">Before: </span>
                <Value value={c.before} />
              </span>
              <span aria-hidden="true"> → </span>
              <span className="audit-after">
                <span className="visually-hidden">, after: </span>
                <Value value={c.after} />
              </span>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

const col = createColumnHelper<AuditEntry>();

const COLUMNS = [
  col.display({
    id: 'time',
    header: 'Time',
    meta: { className: 'nowrap' },
    cell: ({ row }) => <When at={row.original.at} />,
  }),
  col.display({
    id: 'actor',
    header: 'Actor',
    cell: ({ row: { original: e } }) =>
      e.actor ? (
        <Person
          id={e.actor.id}
          name={e.actor.name}
          detail={e.viewAs ? 'via View as' : e.actor.email || undefined}
        />
      ) : (
        <span className="muted">Signed out</span>
      ),
  }),
  col.display({
    id: 'action',
    header: 'Action',
    meta: { className: 'audit-action' },
    cell: ({ row: { original: e } }) => (
      <>
        <code className="audit-code">{e.action}</code>
        <span className="audit-description">
          <TextWithEmails text={e.description} />
        </span>
        {e.affected ? <Affected affected={e.affected} /> : null}
      </>
    ),
  }),
  col.display({
    id: 'target',
    header: 'Target',
    cell: ({ row: { original: e } }) => (
      <>
        <span className="audit-target-name">
          {isEmail(e.target.name) ? <Email address={e.target.name} /> : e.target.name}
        </span>
        <span className="muted small audit-target-kind">
          {KIND_LABELS[e.target.kind]}
          {e.target.within ? ` in ${e.target.within}` : ''}
        </span>
      </>
    ),
  }),
  col.display({
    id: 'changes',
    header: 'Before → after',
    cell: ({ row }) => <Changes changes={row.original.changes} />,
  }),
];

export function AuditTable({ entries, busy }: { entries: AuditEntry[]; busy: boolean }) {
  return (
    <DataTable
      caption="Audit log entries, newest first"
      columns={COLUMNS}
      data={entries}
      getRowId={(e) => e.id}
      busy={busy}
    />
  );
}
