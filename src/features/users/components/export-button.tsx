// Export CSV of the current filtered list (every page), built by the server.
import type { UsersQuery } from '../../../api/users';
import { ExportButtons } from '../../../components/ui/export-buttons';
import { plural } from '../../../lib/format';
import { downloadUsersCsv } from '../api/export-users';

export function ExportButton({ org, query, total }: { org: string; query: UsersQuery; total: number }) {
  return (
    <ExportButtons
      formats={['csv']}
      download={() => downloadUsersCsv(org, query)}
      contents={() => `${plural(total, 'row')} in the CSV file.`}
      empty={total === 0 ? 'Nothing to export: no one matches.' : null}
    />
  );
}
