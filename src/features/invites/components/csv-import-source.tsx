// Step one of the CSV import: download the template, then choose a file or paste its text. Files
// that are plainly not CSV or too large are refused here; the server judges the content.
import { useId, useState } from 'react';
import { INVITE_CSV_MAX_BYTES, INVITE_CSV_TEMPLATE } from '../../../api/invites';
import { Button } from '../../../components/ui/button';
import { downloadText } from './csv-import-download';

const CSV_TYPES = ['text/csv', 'text/plain', 'application/vnd.ms-excel', ''];

/** Why a chosen file cannot be a CSV of invites, or null. */
export function fileProblem(file: File): string | null {
  const named = /\.(csv|txt)$/i.test(file.name);
  if (!named || !CSV_TYPES.includes(file.type)) {
    return `“${file.name}” is not a CSV file. Save or export it as CSV (comma-separated values) first.`;
  }
  if (file.size > INVITE_CSV_MAX_BYTES)
    return `“${file.name}” is larger than 512 KB; import at most 1,000 invites at a time.`;
  if (file.size === 0) return `“${file.name}” is empty. Download the template and fill it in.`;
  return null;
}

export function CsvImportSource({
  csv,
  onCsv,
  onProblem,
}: {
  csv: string;
  onCsv: (csv: string, fileName: string | null) => void;
  onProblem: (message: string | null) => void;
}) {
  const fileId = useId();
  const pasteId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const problem = fileProblem(file);
    onProblem(problem);
    if (problem) return;
    const text = await file.text();
    setFileName(file.name);
    onCsv(text, file.name);
  };
  return (
    <div className="csv-source">
      <p>
        One invite per row, with the columns <strong>email</strong>, <strong>role</strong> (admin, member or
        viewer), <strong>seat</strong> (full, viewer or none) and <strong>teams</strong> (for example{' '}
        <code>ml-research:member;vision:viewer</code>). Up to 1,000 rows.
      </p>
      <div>
        <Button onClick={() => downloadText('invites-template.csv', INVITE_CSV_TEMPLATE)}>
          Download template
        </Button>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          CSV file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        {fileName ? <span className="field-hint">Loaded {fileName}; its text is below.</span> : null}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={pasteId}>
          Or paste CSV
        </label>
        <textarea
          id={pasteId}
          className="input"
          value={csv}
          spellCheck={false}
          placeholder={'email,role,seat,teams\nada@example.com,member,full,ml-research:member'}
          onChange={(e) => {
            setFileName(null);
            onCsv(e.target.value, null);
          }}
        />
      </div>
    </div>
  );
}
