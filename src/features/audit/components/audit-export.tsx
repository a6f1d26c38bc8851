// Export CSV and Export JSON of every entry matching the filters (all pages), built by the server.
import { useState } from 'react';
import type { AuditQuery } from '../../../api/audit';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { plural } from '../../../lib/format';
import { downloadAuditLog, type AuditFormat } from '../api/export-audit-log';
import { errorMessage } from '../../../lib/errors';

export function AuditExport({ org, query, total }: { org: string; query: AuditQuery; total: number }) {
  const [busy, setBusy] = useState<AuditFormat | null>(null);
  const toast = useToast();
  const run = async (format: AuditFormat) => {
    setBusy(format);
    try {
      await downloadAuditLog(org, query, format);
      toast({
        title: 'Export ready',
        description: `${plural(total, 'entry', 'entries')} in the ${format.toUpperCase()} file.`,
      });
    } catch (error) {
      toast({
        title: 'Could not export',
        description: errorMessage(error),
        tone: 'danger',
      });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button onClick={() => void run('csv')} disabled={busy !== null}>
        {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </Button>
      <Button onClick={() => void run('json')} disabled={busy !== null}>
        {busy === 'json' ? 'Exporting…' : 'Export JSON'}
      </Button>
    </>
  );
}
