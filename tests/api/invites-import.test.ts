import { describe, expect, it } from 'vitest';
import { importResponseSchema } from '../../src/api/invites';
import { usersPageSchema } from '../../src/api/users';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const csv = (...lines: string[]) => lines.join('\r\n');
const HEADER = 'email,role,seat,teams';

describe('POST /api/orgs/:org/invites/import', () => {
  it('validates every row on a dry run without sending, counting rows above it', async () => {
    const b = startBackend();
    const file = csv(
      HEADER,
      'ada@example.com,member,full,ml-research:member',
      'grace@example.com,Viewer,viewer,"vision:view-only"',
      'ada@example.com,member,none,',
      'carla.mendes@acme-ml.com,member,none,',
      'not-an-email@,member,none,',
      'bob@example.com,owner,none,',
      'eve@example.com,member,none,nope:member',
      'zed@example.com,member,full,',
      'kim@example.com,member,full,',
    );
    const r = await b.call('POST', `/orgs/${b.slug}/invites/import?dryRun=1`, { csv: file });
    expect(r.status).toBe(200);
    const result = readJson(r, importResponseSchema);
    expect(result.rows.map((row) => [row.line, row.status, row.errorStatus])).toEqual([
      [2, 'valid', null],
      [3, 'valid', null],
      [4, 'rejected', 409], // already invited by line 2
      [5, 'rejected', 409],
      [6, 'rejected', 422],
      [7, 'rejected', 422],
      [8, 'rejected', 422],
      [9, 'valid', null],
      [10, 'rejected', 409], // 2 Full seats were left: lines 2 and 9 took them
    ]);
    expect(result.rows[9 - 2]?.error).toBeNull();
    expect(result.rows[10 - 2]?.error).toMatch(/^Seat limit reached/);
    expect(result.rows[8 - 2]?.error).toBe('No team named "nope" in Acme ML');
    expect(result).toMatchObject({ dryRun: true, valid: 3, sent: 0, rejected: 6 });
    expect(result.errorReport.split('\r\n')[0]).toBe('line,email,role,seat,teams,reason');
    expect(result.errorReport).toContain(
      '5,carla.mendes@acme-ml.com,member,none,,Carla Mendes is already a member of Acme ML',
    );
    expect(readJson(await b.call('GET', `/orgs/${b.slug}/users?q=ada@`), usersPageSchema).total).toBe(0);
  });

  it('sends the valid rows for real and reports the rest', async () => {
    const b = startBackend();
    const file = csv(
      HEADER,
      'ada@example.com,member,full,ml-research:member',
      'carla.mendes@acme-ml.com,member,none,',
    );
    const r = await b.call('POST', `/orgs/${b.slug}/invites/import`, { csv: file });
    expect(r.status).toBe(200);
    expect(readJson(r, importResponseSchema)).toMatchObject({ dryRun: false, sent: 1, rejected: 1 });
    const listed = readJson(await b.call('GET', `/orgs/${b.slug}/users?q=ada@example.com`), usersPageSchema);
    expect(listed.items).toMatchObject([{ status: 'invited', teams: ['ml-research'] }]);
  });

  it.each([
    ['an empty file', '', /The file is empty/],
    ['a header only', HEADER, /header row but no invites/],
    ['missing columns', csv('email,teams', 'a@example.com,'), /Missing columns: role, seat/],
    [
      'a broken quote',
      csv(HEADER, '"a@example.com,member,none,'),
      /not valid CSV. Line 2: a quoted value is never closed/,
    ],
    ['binary content', 'PK\u0003\u0004\u0000\u0000', /not a CSV text file/],
  ])('refuses %s with a clear 422', async (_name, file, message) => {
    const b = startBackend();
    const r = await b.call('POST', `/orgs/${b.slug}/invites/import?dryRun=1`, { csv: file });
    expect(r.status).toBe(422);
    expect(errorOf(r.json).message).toMatch(message);
  });

  it('refuses more than 1,000 rows', async () => {
    const b = startBackend();
    const rows = Array.from({ length: 1001 }, (_, i) => `p${i}@example.com,member,none,`);
    const r = await b.call('POST', `/orgs/${b.slug}/invites/import?dryRun=1`, { csv: csv(HEADER, ...rows) });
    expect(r.status).toBe(422);
    expect(errorOf(r.json).message).toMatch(/1,001 invites; import at most 1,000/);
  });

  it('refuses Members and Viewers', async () => {
    const b = startBackend();
    for (const role of ['member', 'viewer'] as const) {
      b.actAs(b.person(role));
      const r = await b.call('POST', `/orgs/${b.slug}/invites/import?dryRun=1`, {
        csv: csv(HEADER, 'a@example.com,member,none,'),
      });
      expect(r.status).toBe(403);
    }
  });
});
