// Descriptions of every permission (§8 and §2) for the roles editor and the "why" panels,
// plus the small sets the decision chain filters with.
import {
  MANAGEMENT,
  type OrgPermission,
  type Permission,
  type PermissionInfo,
  type TeamPermission,
} from './permissions';

type Row = [Permission, PermissionInfo['group'], string, boolean];

// [id, group, description, writes]. report:comment counts as a read: View-Only users may comment (§4),
// and an org Viewer is View-Only, so "never writes" would otherwise contradict the View-Only row.
const ROWS: Row[] = [
  ['project:read', 'projects', 'See the project, its overview and workspace', false],
  ['run:read', 'runs', 'View runs, their metrics, logs and files', false],
  ['report:read', 'reports', 'View reports', false],
  ['artifact:read', 'artifacts', 'See artifacts and their metadata', false],
  ['launch:queue_read', 'launch', 'See launch queues and their jobs', false],
  ['artifact:download', 'artifacts', 'Download artifact files', false],
  ['report:comment', 'reports', 'Follow and comment on reports', false],
  ['project:create', 'projects', 'Create projects in the team', true],
  ['workspace:update', 'projects', 'Save changes to the project workspace', true],
  ['run:create', 'runs', 'Log new runs', true],
  ['report:create', 'reports', 'Create reports', true],
  ['sweep:create', 'sweeps', 'Create and run sweeps', true],
  ['launch:job_submit', 'launch', 'Submit jobs to launch queues', true],
  ['run:stop:own', 'runs', 'Stop runs they created', true],
  ['run:delete:own', 'runs', 'Delete runs they created', true],
  ['run:move:own', 'runs', 'Move runs they created to another project', true],
  ['report:update:own', 'reports', 'Edit reports they created', true],
  ['report:delete:own', 'reports', 'Delete reports they created', true],
  ['artifact:create', 'artifacts', 'Log new artifacts and versions', true],
  ['artifact:update', 'artifacts', 'Edit artifact metadata and descriptions', true],
  ['artifact:delete', 'artifacts', 'Delete artifact versions', true],
  ['artifact:alias_update', 'artifacts', 'Add or move artifact aliases', true],
  ['artifact:alias_delete', 'artifacts', 'Remove artifact aliases', true],
  ['run:stop', 'runs', "Stop anyone's runs", true],
  ['run:delete', 'runs', "Delete anyone's runs", true],
  ['run:move', 'runs', "Move anyone's runs to another project", true],
  ['report:update', 'reports', "Edit anyone's reports", true],
  ['report:delete', 'reports', "Delete anyone's reports", true],
  ['project:update', 'projects', 'Edit project details and visibility', true],
  ['project:delete', 'projects', 'Delete the project', true],
  ['project:manage_users', 'projects', "Manage the project's users and project roles", true],
  ['team:invite_user', 'team', 'Invite users to the team', true],
  ['team:remove_user', 'team', 'Remove users from the team', true],
  ['team:update_role', 'team', "Change team members' roles", true],
  ['team:manage_settings', 'team', "Change the team's settings", true],
  ['team:create_service_account', 'team', 'Create team service accounts', true],
  ['team:delete', 'team', 'Delete the team and its projects', true],
  ['launch:queue_create', 'launch', 'Create launch queues', true],
  ['launch:queue_manage', 'launch', 'Configure and delete launch queues', true],
  ['organization:read', 'organization', 'See the organization', false],
  ['organization:list_users', 'organization', "See the organization's user list", false],
  ['organization:invite_user', 'organization', 'Invite users to the organization', true],
  ['organization:remove_user', 'organization', 'Remove users from the organization', true],
  ['organization:update_member', 'organization', "Change users' org roles and seats", true],
  ['organization:update_settings', 'organization', "Change the organization's settings", true],
  ['organization:manage_roles', 'organization', 'Create, edit and delete custom roles', true],
  ['organization:create_team', 'organization', 'Create teams', true],
  ['organization:assign_billing_admin', 'organization', 'Assign the billing admin', true],
  ['organization:read_audit_log', 'organization', 'See the audit log', false],
];

export const PERMISSION_INFO: Readonly<Record<Permission, PermissionInfo>> = Object.fromEntries(
  ROWS.map(([id, group, description, writes]) => [id, { id, group, description, writes }]),
) as Record<Permission, PermissionInfo>;

export function isWrite(permission: Permission): boolean {
  return PERMISSION_INFO[permission].writes;
}

export function isOrgPermission(permission: Permission): permission is OrgPermission {
  return permission.startsWith('organization:');
}

/** Management rights: they come from roles, not seats (§2), and admins keep them on Restricted projects (§6.1). */
export const MANAGEMENT_PERMISSIONS: ReadonlySet<TeamPermission> = new Set<TeamPermission>(MANAGEMENT);

/** What org and team admins keep on a Restricted project they have not joined: see it listed, manage it. */
export const RESTRICTED_ADMIN_PERMISSIONS: ReadonlySet<TeamPermission> = new Set<TeamPermission>([
  'project:read',
  ...MANAGEMENT_PERMISSIONS,
]);

/** Permissions an outsider gets on an Open (read + submit) or Public (read) project (§6.1). */
export const OUTSIDER_READ: ReadonlySet<TeamPermission> = new Set<TeamPermission>([
  'project:read',
  'run:read',
  'report:read',
  'artifact:read',
]);
export const OUTSIDER_SUBMIT: ReadonlySet<TeamPermission> = new Set<TeamPermission>([
  'run:create',
  'report:create',
]);

/** "anyone's" permission → its `:own` counterpart. */
export const OWN_VARIANT: Readonly<Partial<Record<TeamPermission, TeamPermission>>> = {
  'run:stop': 'run:stop:own',
  'run:delete': 'run:delete:own',
  'run:move': 'run:move:own',
  'report:update': 'report:update:own',
  'report:delete': 'report:delete:own',
};
/** `:own` permission → its "anyone's" counterpart. */
export const ANY_VARIANT: Readonly<Partial<Record<TeamPermission, TeamPermission>>> = Object.fromEntries(
  Object.entries(OWN_VARIANT).map(([any, own]) => [own, any]),
);
