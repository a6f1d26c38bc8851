// The words for roles and seats, one table for the UI and the handlers, in W&B's wording ("Admin",
// "Member", "Viewer"). The engine, which imports nothing outside itself, keeps the same words for its
// reasons in mocks/engine/roles.ts; tests/api/role-labels.test.ts checks that the two tables agree.
type OrgRoleId = 'admin' | 'member' | 'viewer';
type SeatId = 'full' | 'viewer' | 'none';
type BuiltinTeamRoleId = 'admin' | 'member' | 'viewer' | 'service';

export const ORG_ROLE_LABELS: Readonly<Record<OrgRoleId, string>> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

export const SEAT_LABELS: Readonly<Record<SeatId, string>> = {
  full: 'Full',
  viewer: 'Viewer',
  none: 'No access',
};

/** Built-in team and project roles; a custom role is named by its own name. */
export const TEAM_ROLE_LABELS: Readonly<Record<BuiltinTeamRoleId, string>> = {
  admin: 'Admin',
  member: 'Member',
  viewer: 'View-Only',
  service: 'Service',
};
