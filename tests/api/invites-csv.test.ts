import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../mocks/handlers/invites/csv';

const cells = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((rec) => rec.cells);
};

describe('parseCsv (RFC 4180)', () => {
  it('splits fields and records with CRLF, LF or CR', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(cells('"a,1","say ""hi""","two\r\nlines"\r\nx,"",y')).toEqual([
      ['a,1', 'say "hi"', 'two\r\nlines'],
      ['x', '', 'y'],
    ]);
  });

  it('keeps empty trailing fields, ignores one final line break, drops a BOM', () => {
    expect(cells('\ufeffa,b,\r\n')).toEqual([['a', 'b', '']]);
    expect(cells('')).toEqual([]);
  });

  it('numbers records by the line they start on', () => {
    const r = parseCsv('h\r\n"multi\r\nline"\r\nnext');
    expect(r.ok && r.records.map((rec) => rec.line)).toEqual([1, 2, 4]);
  });

  it('says where a file breaks', () => {
    expect(parseCsv('a\n"open')).toEqual({ ok: false, message: 'Line 2: a quoted value is never closed' });
    expect(parseCsv('"a"b,c')).toEqual({
      ok: false,
      message: 'Line 1: unexpected text after a closing quote',
    });
  });
});

describe('writeCsv', () => {
  it('quotes only when needed and round-trips through parseCsv', () => {
    const rows = [['plain', 'with,comma', 'with "quote"', 'two\nlines', ' padded ']];
    const text = writeCsv(rows);
    expect(text).toBe('plain,"with,comma","with ""quote""","two\nlines", padded \r\n');
    expect(cells(text)).toEqual(rows);
  });

  it('defuses spreadsheet formulas', () => {
    expect(writeCsv([['=HYPERLINK("x")', '@sum']])).toBe(`"'=HYPERLINK(""x"")",'@sum\r\n`);
  });
});
