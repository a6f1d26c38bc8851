// The audit log as CSV (RFC 4180, formula-injection safe through the Users export's csvCell).
import type { AuditEntry } from '../../../src/api/audit';
import { csvCell } from '../users/csv';

export const AUDIT_CSV_HEADER = [
  'Time',
  'Actor',
  'Actor email',
  'Via View as',
  'Action',
  'Description',
  'Target type',
  'Target',
  'Within',
  'Before',
  'After',
  'Affected',
];

/** "Org role: Member; Models seat: Full" — one cell per side. */
function side(entry: AuditEntry, pick: 'before' | 'after'): string {
  return entry.changes.map((c) => `${c.field}: ${c[pick] ?? '—'}`).join('; ');
}

function row(e: AuditEntry): string[] {
  return [
    e.at,
    e.actor?.name ?? '',
    e.actor?.email ?? '',
    e.viewAs ? 'Yes' : 'No',
    e.action,
    e.description,
    e.target.kind,
    e.target.name,
    e.target.within ?? '',
    side(e, 'before'),
    side(e, 'after'),
    e.affected
      ? [e.affected.summary, ...e.affected.people.map((p) => `${p.name}: ${p.change}`)]
          .concat(e.affected.more ? [`and ${e.affected.more} more people`] : [])
          .join('; ')
      : '',
  ];
}

export function auditCsv(entries: AuditEntry[]): string {
  const lines = [AUDIT_CSV_HEADER, ...entries.map(row)].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
