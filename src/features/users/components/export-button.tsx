// Export CSV of the current filtered list (every page), built by the server.
import { useState } from 'react';
import type { UsersQuery } from '../../../api/users';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { downloadUsersCsv } from '../api/export-users';
import { errorMessage } from '../../../lib/errors';

export function ExportButton({ org, query, total }: { org: string; query: UsersQuery; total: number }) {
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const run = async () => {
    setBusy(true);
    try {
      await downloadUsersCsv(org, query);
      toast({ title: 'Export ready', description: `${plural(total, 'row')} in the CSV file.` });
    } catch (error) {
      toast({
        title: 'Could not export',
        description: errorMessage(error),
        tone: 'danger',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={() => void run()} disabled={busy}>
      {busy ? 'Exporting…' : 'Export CSV'}
    </Button>
  );
}
