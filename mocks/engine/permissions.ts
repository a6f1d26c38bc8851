// The permission catalog of access-model.md §8, plus the org-level permissions of §2.
// IDs are `object:operation`; `:own` means only on items the actor created.

// §8 in tiers, in catalog order: View-Only holds READS and COMMENT, Member adds MEMBER_WRITES, Admin
// holds every one (roles.ts builds the columns from these, catalog.ts the management set).
export const READS = [
  'project:read',
  'run:read',
  'report:read',
  'artifact:read',
  'launch:queue_read',
  'artifact:download',
] as const;
const COMMENT = ['report:comment'] as const;
export const MEMBER_WRITES = [
  'project:create',
  'workspace:update',
  'run:create',
  'report:create',
  'sweep:create',
  'launch:job_submit',
  'run:stop:own',
  'run:delete:own',
  'run:move:own',
  'report:update:own',
  'report:delete:own',
  'artifact:create',
  'artifact:update',
  'artifact:delete',
  'artifact:alias_update',
  'artifact:alias_delete',
] as const;
/** Managing the project and team (catalog.ts: MANAGEMENT_PERMISSIONS). */
export const MANAGEMENT = [
  'project:update',
  'project:delete',
  'project:manage_users',
  'team:invite_user',
  'team:remove_user',
  'team:update_role',
  'team:manage_settings',
  'team:create_service_account',
  'team:delete',
] as const;

export const PROJECT_PERMISSIONS = [
  ...READS,
  ...COMMENT,
  ...MEMBER_WRITES,
  'run:stop',
  'run:delete',
  'run:move',
  'report:update',
  'report:delete',
  ...MANAGEMENT,
  'launch:queue_create',
  'launch:queue_manage',
] as const;

/**
 * What an explanation of one target lists and counts, on every surface (the project page, the Access
 * page, the drawer, the matrix): a team's every permission; on a project, all but the team's own
 * (team:*), which are asked of the team. One list, so every count of "allowed / refused" agrees.
 */
export const TARGET_PERMISSIONS: Readonly<Record<'team' | 'project', readonly TeamPermission[]>> = {
  team: PROJECT_PERMISSIONS,
  project: PROJECT_PERMISSIONS.filter((p) => !p.startsWith('team:')),
};

/** View-Only's column of §8: every read, and commenting on reports. */
export const VIEWER_GRANTS = [...READS, ...COMMENT] as const;

/** Org-level permissions (§2). Only org roles grant them; never part of a team or custom role. */
export const ORG_PERMISSIONS = [
  'organization:read',
  'organization:list_users',
  'organization:invite_user',
  'organization:remove_user',
  'organization:update_member',
  'organization:update_settings',
  'organization:manage_roles',
  'organization:create_team',
  'organization:assign_billing_admin',
  'organization:read_audit_log',
] as const;

export type TeamPermission = (typeof PROJECT_PERMISSIONS)[number];
export type OrgPermission = (typeof ORG_PERMISSIONS)[number];
export type Permission = TeamPermission | OrgPermission;

export type PermissionGroup =
  'projects' | 'runs' | 'reports' | 'artifacts' | 'sweeps' | 'launch' | 'team' | 'organization';

export interface PermissionInfo {
  id: Permission;
  group: PermissionGroup;
  description: string;
  /** True for permissions that change something (an org Viewer or a Viewer seat never gets these). */
  writes: boolean;
}
