// The rows of an import with the server's verdict on each: ready (or sent), or the reason it was refused.
import type { ImportResult } from '../../../api/invites';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/table';

export function CsvImportPreview({ result }: { result: ImportResult }) {
  const ready = result.dryRun ? result.valid : result.sent;
  return (
    <>
      <div className="import-summary" role="status">
        <Badge tone="success">
          {ready} {result.dryRun ? 'ready to send' : 'sent'}
        </Badge>
        <Badge tone={result.rejected ? 'danger' : 'neutral'}>{result.rejected} rejected</Badge>
        <span className="muted small">
          {result.dryRun
            ? 'Nothing has been sent yet. Rejected rows are skipped.'
            : 'Rejected rows were skipped: fix them from the error report and import them again.'}
        </span>
      </div>
      <DataTable
        caption="Rows of the CSV file"
        columns={['Line', 'Email', 'Role', 'Seat', 'Teams', 'Result']}
      >
        {result.rows.map((row) => (
          <tr key={row.line}>
            <td>{row.line}</td>
            <td className="email">{row.email || <span className="muted">(empty)</span>}</td>
            <td>{row.role}</td>
            <td>{row.seat}</td>
            <td>{row.teams || <span className="muted">None</span>}</td>
            <td>
              {row.status === 'rejected' ? (
                <span className="import-error">{row.error}</span>
              ) : (
                <Badge tone="success">{row.status === 'sent' ? 'Sent' : 'Ready'}</Badge>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
