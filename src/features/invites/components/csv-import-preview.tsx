// The rows of an import with the server's verdict on each: ready (or sent), or the reason it was refused.
import type { ImportResult } from '../../../api/invites';
import { Badge } from '../../../components/ui/badge';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../../components/ui/data-table';

const col = createColumnHelper<ImportResult['rows'][number]>();

const COLUMNS = [
  col.display({ id: 'line', header: 'Line', cell: ({ row }) => row.original.line }),
  col.display({
    id: 'email',
    header: 'Email',
    meta: { className: 'email' },
    cell: ({ row }) => row.original.email || <span className="muted">(empty)</span>,
  }),
  col.display({ id: 'role', header: 'Role', cell: ({ row }) => row.original.role }),
  col.display({ id: 'seat', header: 'Seat', cell: ({ row }) => row.original.seat }),
  col.display({
    id: 'teams',
    header: 'Teams',
    cell: ({ row }) => row.original.teams || <span className="muted">None</span>,
  }),
  col.display({
    id: 'result',
    header: 'Result',
    cell: ({ row: { original: r } }) =>
      r.status === 'rejected' ? (
        <span className="import-error">{r.error}</span>
      ) : (
        <Badge tone="success">{r.status === 'sent' ? 'Sent' : 'Ready'}</Badge>
      ),
  }),
];

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
        columns={COLUMNS}
        data={result.rows}
        getRowId={(row) => String(row.line)}
      />
    </>
  );
}
