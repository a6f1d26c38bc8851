// GET /users/export.csv: every matching row (not a page), quoted, with formula-injection protection.
import { describe, expect, it } from 'vitest';
import { startBackend } from './backend';
import { csvCell } from '../../mocks/handlers/users/csv';

async function csv(b: ReturnType<typeof startBackend>, query = '') {
  const res = await fetch(`http://localhost/api/orgs/${b.slug}/users/export.csv${query}`);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    text: await res.text(),
  };
}

/** A small RFC 4180 reader for the assertions. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endCell();
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('GET /api/orgs/:org/users/export.csv', () => {
  it('exports the filtered list with a header, as a download', async () => {
    const b = startBackend();
    const out = await csv(b, '?role=admin');
    expect(out.status).toBe(200);
    expect(out.type).toMatch(/^text\/csv/);
    expect(out.disposition).toMatch(/attachment; filename="acme-ml-users-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(out.text);
    expect(rows[0]?.slice(0, 4)).toEqual(['Name', 'Username', 'Email', 'Org role']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Ava Chen', 'Ben Okafor']);
    expect(rows[1]?.[6]).toBe('ml-research');
  });

  it('all pages, with invites for an admin; sorted like the list', async () => {
    const b = startBackend();
    const rows = parse((await csv(b, '?sort=email&dir=desc&pageSize=10&page=2')).text).slice(1);
    const total =
      b.homeUsers().length +
      b.db.world.invites.values().filter((i) => i.orgId === b.db.homeOrgId && i.status === 'pending').length;
    expect(rows).toHaveLength(total);
    const emails = rows.map((r) => r[2] ?? '');
    expect(emails).toEqual([...emails].sort((a, z) => z.localeCompare(a, 'en', { sensitivity: 'base' })));
  });

  it('quotes commas, quotes and line breaks; neutralises formulas', async () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Okafor, Ben')).toBe('"Okafor, Ben"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const f of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tTAB'])
      expect(csvCell(f).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    const b = startBackend();
    // A user-chosen name reaches the export as text, never as a formula.
    const domain = b.db.world.orgs.get(b.db.homeOrgId)?.domains[0] ?? '';
    const signup = await b.call('POST', '/arrivals/signup', {
      name: '=cmd|"/c calc"!A1, Mateo',
      email: `mformula@${domain}`,
    });
    expect(signup.status).toBe(200);
    const rows = parse((await csv(b, '?q=mformula')).text);
    expect(rows[1]?.[0]).toBe(`'=cmd|"/c calc"!A1, Mateo`);
  });

  it('Members export what they see: no invites, hidden teams counted not named', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get('user-mgarcia') ?? null);
    const rows = parse((await csv(b)).text).slice(1);
    expect(rows).toHaveLength(b.homeUsers().length);
    expect(rows.map((r) => r[8])).not.toContain('Invited');
    expect(rows.flatMap((r) => (r[6] ?? '').split('; '))).not.toContain('safety-evals');
  });

  it('403 outside the org, 401 signed out', async () => {
    const b = startBackend();
    b.actAs(b.outsider());
    expect((await csv(b)).status).toBe(403);
    b.actAs(null);
    expect((await csv(b)).status).toBe(401);
  });

  // How fast: bench/users-export.bench.ts (npm run bench), not a time budget here.
  it('exports all 10,000 members of the large scenario', async () => {
    const b = startBackend('large');
    const out = await csv(b, '?status=active');
    expect(out.status).toBe(200);
    const lines = out.text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(b.homeUsers().length + 1);
    expect(b.homeUsers().length).toBeGreaterThanOrEqual(10_000);
  });
});
