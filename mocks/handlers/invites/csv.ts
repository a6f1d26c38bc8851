// A small RFC 4180 reader and writer for invite import (see docs/decisions/0008-invites.md for why
// not a dependency): quoted fields with "" escapes, commas and line breaks inside quotes, CRLF/LF/CR
// line ends, a leading byte-order mark. It reports where a file breaks instead of guessing.

import { csvCell } from '../users/csv';

export type CsvParse =
  { ok: true; records: { line: number; cells: string[] }[] } | { ok: false; message: string };

export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  // A quoted value counts even when empty (`a,"",b` has three cells).
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === '' && !quoted) {
      // A quoted field runs to the next lone quote; "" inside it is a literal quote.
      const start = line;
      quoted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) return { ok: false, message: `Line ${start}: a quoted value is never closed` };
        const c = text[i];
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (c === '"') {
          i += 1;
          break;
        } else {
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
          cell += c;
          i += 1;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, message: `Line ${line}: unexpected text after a closing quote` };
      }
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      quoted = false;
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      quoted = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (cell !== '' || quoted || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return { ok: true, records };
}

/** Rows as CSV text, each cell written as the Users export writes it (quoted when needed, formulas defused). */
export function writeCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
