// "Import invites from CSV": choose or paste a file → the server checks every row (dry run) → preview
// with per-row errors → Send N invites → the result, with the rejected rows as a downloadable report.
import { useState } from 'react';
import type { ImportResult } from '../../../api/invites';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { useToast } from '../../../components/ui/toast';
import { useImportInvites } from '../api/invites-import';
import { downloadText } from './csv-import-download';
import { CsvImportPreview } from './csv-import-preview';
import { CsvImportSource } from './csv-import-source';
import { errorMessage } from '../../../lib/errors';

export function CsvImportDialog({
  org,
  open,
  onOpenChange,
}: {
  org: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [csv, setCsv] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const importer = useImportInvites(org);
  const toast = useToast();

  const close = (next: boolean) => {
    if (!next) {
      // A finished import starts over next time; an unfinished one keeps what was chosen.
      if (result && !result.dryRun) {
        setCsv('');
        setResult(null);
      }
      setProblem(null);
    }
    onOpenChange(next);
  };
  const run = (dryRun: boolean) => {
    setProblem(null);
    importer.mutate(
      { csv, dryRun },
      {
        onSuccess: (answer) => {
          setResult(answer);
          if (!dryRun) {
            toast({
              title: `Sent ${answer.sent} invite${answer.sent === 1 ? '' : 's'}`,
              description: answer.rejected ? `${answer.rejected} rows were rejected.` : undefined,
            });
          }
        },
        onError: (error) => setProblem(errorMessage(error, 'The import failed.')),
      },
    );
  };

  const busy = importer.isPending;
  const footer = !result ? (
    <>
      <Button onClick={() => close(false)}>Cancel</Button>
      <Button variant="primary" disabled={!csv.trim() || busy} onClick={() => run(true)}>
        {busy ? 'Checking…' : 'Check invites'}
      </Button>
    </>
  ) : (
    <>
      {result.rejected > 0 ? (
        <Button onClick={() => downloadText('invite-errors.csv', result.errorReport)}>
          Download error report
        </Button>
      ) : null}
      {result.dryRun ? (
        <>
          <Button onClick={() => setResult(null)}>Back</Button>
          <Button variant="primary" disabled={result.valid === 0 || busy} onClick={() => run(false)}>
            {busy ? 'Sending…' : `Send ${result.valid} invite${result.valid === 1 ? '' : 's'}`}
          </Button>
        </>
      ) : (
        <Button variant="primary" onClick={() => close(false)}>
          Done
        </Button>
      )}
    </>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Import invites from CSV"
      description="Every row is checked by the same rules as a single invite before anything is sent."
      wide
      footer={footer}
    >
      <div className="csv-import">
        {result ? (
          <CsvImportPreview result={result} />
        ) : (
          <CsvImportSource csv={csv} onCsv={(text) => setCsv(text)} onProblem={setProblem} />
        )}
        {problem ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
