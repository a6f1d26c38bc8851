// CSV for the Users export (RFC 4180): every cell quoted when needed, quotes doubled, CRLF line ends,
// and cells a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with ' so they stay text.
import type { UserRow } from '../../../src/api/users';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../src/api/role-labels';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const STATUS = { active: 'Active', invited: 'Invited', expired: 'Invite expired' } as const;

export const CSV_HEADER = [
  'Name',
  'Username',
  'Email',
  'Org role',
  'Models seat',
  'Weave access',
  'Teams',
  'Hidden teams',
  'Status',
  'Last active',
  'Billing admin',
  'Invited by',
  'Invite expires',
];

function csvRow(r: UserRow): string[] {
  return [
    r.kind === 'user' ? r.name : '',
    r.username ?? '',
    r.email,
    ORG_ROLE_LABELS[r.orgRole],
    SEAT_LABELS[r.modelsSeat],
    SEAT_LABELS[r.weaveAccess],
    r.teams.join('; '),
    String(r.hiddenTeamCount),
    STATUS[r.status],
    r.lastActiveAt ?? '',
    r.isBillingAdmin ? 'Yes' : 'No',
    r.invite?.invitedBy ?? '',
    r.invite?.expiresAt ?? '',
  ];
}

export function usersCsv(rows: UserRow[]): string {
  const lines = [CSV_HEADER, ...rows.map(csvRow)].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
