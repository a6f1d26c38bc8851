// The permission catalog of access-model.md §8, plus the org-level permissions of §2.
// IDs are `object:operation`; `:own` means only on items the actor created.

export const PROJECT_PERMISSIONS = [
  'project:read',
  'run:read',
  'report:read',
  'artifact:read',
  'launch:queue_read',
  'artifact:download',
  'report:comment',
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
  'run:stop',
  'run:delete',
  'run:move',
  'report:update',
  'report:delete',
  'project:update',
  'project:delete',
  'project:manage_users',
  'team:invite_user',
  'team:remove_user',
  'team:update_role',
  'team:manage_settings',
  'team:create_service_account',
  'team:delete',
  'launch:queue_create',
  'launch:queue_manage',
] as const;

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
