// Export CSV and Export JSON of every entry matching the filters (all pages), built by the server.
import type { AuditQuery } from '../../../api/audit';
import { ExportButtons } from '../../../components/ui/export-buttons';
import { plural } from '../../../lib/format';
import { downloadAuditLog, type AuditFormat } from '../api/export-audit-log';

const FORMATS: readonly AuditFormat[] = ['csv', 'json'];

export function AuditExport({ org, query, total }: { org: string; query: AuditQuery; total: number }) {
  return (
    <ExportButtons
      formats={FORMATS}
      download={(format) => downloadAuditLog(org, query, format)}
      contents={(format) => `${plural(total, 'entry', 'entries')} in the ${format.toUpperCase()} file.`}
      empty={total === 0 ? 'Nothing to export: no entries match.' : null}
    />
  );
}
