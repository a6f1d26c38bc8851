// Export CSV and Export JSON of every entry matching the filters (all pages), built by the server.
import type { AuditQuery } from '../../../api/audit';
import { ExportButtons } from '../../../components/ui/export-buttons';
import { plural } from '../../../lib/format';
import { downloadAuditLog, type AuditFormat } from '../api/export-audit-log';

const FORMATS: readonly AuditFormat[] = ['csv', 'json'];

export function AuditExport({
  org,
  query,
  total,
  filtered,
}: {
  org: string;
  query: AuditQuery;
  total: number;
  /** Whether filters narrow the log: an empty log and a filter that matches nothing say different things. */
  filtered: boolean;
}) {
  return (
    <ExportButtons
      formats={FORMATS}
      download={(format) => downloadAuditLog(org, query, format)}
      contents={(format) => `${plural(total, 'entry', 'entries')} in the ${format.toUpperCase()} file.`}
      empty={
        total === 0
          ? filtered
            ? 'Nothing to export: no entries match.'
            : 'Nothing to export: the log is empty.'
          : null
      }
    />
  );
}
