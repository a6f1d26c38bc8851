// CSV import of invites: read the file, turn each row into the invite.create it asks for, and let
// check() judge it against the world the earlier rows leave behind (so duplicates within the file
// and the seat limit count). A dry run keeps its world to itself; a real run commits each row's result.
import type { Db } from '../../db/db';
import type { Actor, Operation, Org, OrgRole, RoleRef, Seat, World } from '../../engine/index';
import { refusalText, transaction } from '../../engine/index';
import {
  emailOrUsernameSchema,
  INVITE_CSV_COLUMNS,
  INVITE_CSV_MAX_ROWS,
  type ImportResult,
  type ImportRow,
} from '../../../src/api/invites';
import { buildInvite, REFUSAL_STATUS } from './build';
import { parseCsv, writeCsv } from './csv';
import { viewingAs } from '../http/transact';
import { newId } from '../http/api-values';

type Outcome = { ok: true; result: ImportResult } | { ok: false; message: string };

const ROLES: Record<string, OrgRole> = {
  admin: 'admin',
  administrator: 'admin',
  member: 'member',
  viewer: 'viewer',
};
const SEATS: Record<string, Seat> = { full: 'full', viewer: 'viewer', none: 'none', 'no access': 'none' };
const TEAM_ROLES: Record<string, RoleRef> = {
  admin: 'admin',
  member: 'member',
  viewer: 'viewer',
  'view-only': 'viewer',
  'view only': 'viewer',
};
const REQUIRED = ['email', 'role', 'seat'] as const;

export function importInvites(db: Db, actor: Actor, org: Org, csv: string, dryRun: boolean): Outcome {
  if (csv.includes('\u0000'))
    return { ok: false, message: 'This is not a CSV text file. Save it as CSV and try again.' };
  const parsed = parseCsv(csv);
  if (!parsed.ok) return { ok: false, message: `This file is not valid CSV. ${parsed.message}.` };
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0]?.cells.map((c) => c.trim().toLowerCase());
  if (!header) return { ok: false, message: 'The file is empty. Download the template and fill it in.' };
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. The first line must name the columns ${INVITE_CSV_COLUMNS.join(', ')}.`,
    };
  }
  const data = records.slice(1);
  if (data.length === 0) return { ok: false, message: 'The file has a header row but no invites.' };
  if (data.length > INVITE_CSV_MAX_ROWS) {
    return {
      ok: false,
      message: `The file has ${data.length.toLocaleString('en')} invites; import at most 1,000 at a time.`,
    };
  }

  const at = (cells: string[], column: string): string => (cells[header.indexOf(column)] ?? '').trim();
  let world: World = db.world;
  const now = db.now();
  const rows: ImportRow[] = data.map(({ line, cells }) => {
    const base = {
      line,
      email: at(cells, 'email'),
      role: at(cells, 'role'),
      seat: at(cells, 'seat'),
      teams: at(cells, 'teams'),
    };
    const reject = (error: string, errorStatus = 422): ImportRow => ({
      ...base,
      status: 'rejected',
      error,
      errorStatus,
    });
    const read = readRow(world, org, base);
    if (!read.ok) return reject(read.message);
    const { invite } = buildInvite(world, {
      id: newId('invite'),
      org,
      invitedById: actor.kind === 'user' ? actor.userId : '',
      now,
      draft: read.draft,
    });
    const op: Operation = { type: 'invite.create', invite };
    const planned = transaction(world, actor, [op]);
    if (!planned.ok)
      return reject(refusalText(planned.refused), REFUSAL_STATUS[planned.refused.refusal ?? 'forbidden']);
    // A dry run keeps the world to itself; a real one commits it, so later rows see this invite.
    if (!dryRun) db.commitApplied(actor, planned.steps, { viewAs: viewingAs(db) });
    world = planned.after;
    return { ...base, status: dryRun ? 'valid' : 'sent', error: null, errorStatus: null };
  });

  const rejected = rows.filter((r) => r.status === 'rejected');
  const errorReport = writeCsv([
    ['line', 'email', 'role', 'seat', 'teams', 'reason'],
    ...rejected.map((r) => [String(r.line), r.email, r.role, r.seat, r.teams, r.error ?? '']),
  ]);
  return {
    ok: true,
    result: {
      dryRun,
      rows,
      valid: rows.filter((r) => r.status === 'valid').length,
      sent: rows.filter((r) => r.status === 'sent').length,
      rejected: rejected.length,
      errorReport,
    },
  };
}

type Read =
  | {
      ok: true;
      draft: { email: string; orgRole: OrgRole; modelsSeat: Seat; teams: { teamId: string; role: string }[] };
    }
  | { ok: false; message: string };

/** Why a role or seat word was not understood, with the words that are. */
const unknownWord = (what: 'role' | 'seat', word: string, choices: string): string =>
  word
    ? `Unknown ${what} "${word}": use ${choices}`
    : `${what === 'role' ? 'Role' : 'Seat'} is missing: use ${choices}`;

/** The row's words (labels as people type them) → the values of an invite; no access rules here. */
function readRow(
  world: World,
  org: Org,
  row: { email: string; role: string; seat: string; teams: string },
): Read {
  const email = emailOrUsernameSchema.safeParse(row.email);
  if (!email.success) return { ok: false, message: email.error.issues[0]?.message ?? 'Invalid email' };
  const orgRole = ROLES[row.role.toLowerCase()];
  if (!orgRole) return { ok: false, message: unknownWord('role', row.role, 'admin, member or viewer') };
  const modelsSeat = SEATS[row.seat.toLowerCase()];
  if (!modelsSeat) return { ok: false, message: unknownWord('seat', row.seat, 'full, viewer or none') };
  const teams: { teamId: string; role: string }[] = [];
  for (const entry of row.teams
    .split(/[;|]/)
    .map((t) => t.trim())
    .filter(Boolean)) {
    const [name = '', roleWord = 'member'] = entry.split(':').map((s) => s.trim());
    const team = world.teams.values().find((t) => t.orgId === org.id && t.name === name.toLowerCase());
    if (!team) return { ok: false, message: `No team named "${name}" in ${org.name}` };
    const custom = world.customRoles
      .values()
      .find((r) => r.orgId === org.id && r.name.toLowerCase() === roleWord.toLowerCase());
    const role =
      TEAM_ROLES[roleWord.toLowerCase()] ?? (custom ? (`custom:${custom.id}` as const) : undefined);
    if (!role) return { ok: false, message: `Unknown team role "${roleWord}" for team ${team.name}` };
    teams.push({ teamId: team.id, role });
  }
  return { ok: true, draft: { email: email.data, orgRole, modelsSeat, teams } };
}
