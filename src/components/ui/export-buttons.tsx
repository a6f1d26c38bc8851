// Export buttons, one per file format: each asks the server for every matching row (all pages), says
// "Exporting…" meanwhile, and tells in a toast what the file holds or why it could not be made.
import { useId, useState } from 'react';
import { errorMessage } from '../../lib/errors';
import { Button } from './button';
import { useToast } from './toast';

export function ExportButtons<F extends string>({
  formats,
  download,
  contents,
  empty = null,
}: {
  formats: readonly F[];
  download: (format: F) => Promise<void>;
  /** What the file holds, e.g. "12 rows in the CSV file." */
  contents: (format: F) => string;
  /** Nothing to export, and why ("No entries match the filters"): the buttons are disabled with it. */
  empty?: string | null;
}) {
  const [busy, setBusy] = useState<F | null>(null);
  const emptyId = useId();
  const toast = useToast();
  const run = async (format: F) => {
    setBusy(format);
    try {
      await download(format);
      toast({ title: 'Export ready', description: contents(format) });
    } catch (error) {
      toast({ title: 'Could not export', description: errorMessage(error), tone: 'danger' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          onClick={() => void run(format)}
          disabled={busy !== null || empty !== null}
          aria-describedby={empty === null ? undefined : emptyId}
        >
          {busy === format ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </Button>
      ))}
      {empty === null ? null : (
        <span id={emptyId} className="muted small export-empty">
          {empty}
        </span>
      )}
    </>
  );
}
