// The words for roles and seats, one table for the UI, the handlers and the engine's reasons (W&B's
// wording: "Admin", not "Administrator"). No imports on purpose: the engine may read this file and
// nothing else outside itself (.dependency-cruiser.cjs).
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
