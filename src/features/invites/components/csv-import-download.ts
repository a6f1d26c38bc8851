// Hands a text to the browser as a file download (the CSV template and the error report).
import { downloadBlob } from '../../../lib/download';

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, text, type);
}
