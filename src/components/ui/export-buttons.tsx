// Export buttons, one per file format: each asks the server for every matching row (all pages), says
// "Exporting…" meanwhile, and tells in a toast what the file holds or why it could not be made.
import { useState } from 'react';
import { errorMessage } from '../../lib/errors';
import { Button } from './button';
import { useToast } from './toast';

export function ExportButtons<F extends string>({
  formats,
  download,
  contents,
}: {
  formats: readonly F[];
  download: (format: F) => Promise<void>;
  /** What the file holds, e.g. "12 rows in the CSV file." */
  contents: (format: F) => string;
}) {
  const [busy, setBusy] = useState<F | null>(null);
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
        <Button key={format} onClick={() => void run(format)} disabled={busy !== null}>
          {busy === format ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </Button>
      ))}
    </>
  );
}
