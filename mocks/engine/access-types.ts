// Shapes of the access views: effective access of one principal, who has access to a project,
// what a user can reach, and the impact preview of a change.
import type { AccessVia } from './chain';
import type { Decision, Reason } from './decision';
import type { RoleRef, World } from './model';
import type { OrgPermission, Permission, TeamPermission } from './permissions';

export interface EffectiveAccess {
  role: RoleRef | null;
  /** What they have, in a word (accessLabelOf): a role, "Open access", "Manages only (not joined)". */
  roleLabel: string;
  /** The sentence behind roleLabel when it is not a plain role; else null. */
  roleDetail: string | null;
  roleSource: Reason[];
  /** The target's permissions (TARGET_PERMISSIONS), each with decide()'s verdict and chain. */
  permissions: { permission: TeamPermission; decision: Decision }[];
  /** Of `permissions`: what every surface shows as "n allowed, m refused". */
  counts: AccessCounts;
}

export interface AccessCounts {
  allowed: number;
  denied: number;
}

/** One principal's organization permissions: the org role, and each permission with its chain. */
export interface OrgEffectiveAccess {
  roleLabel: string;
  roleSource: Reason[];
  permissions: { permission: OrgPermission; decision: Decision }[];
  counts: AccessCounts;
}

export interface AccessEntry {
  principalId: string;
  principalName: string;
  kind: 'user' | 'service';
  role: RoleRef | null;
  roleLabel: string;
  roleDetail: string | null;
  via: AccessVia;
  /** The team role, when the principal is a team member. */
  teamRole: RoleRef | null;
  /** A project role differing from the team role (shown with `*`, §6.2). */
  overridden: boolean;
  reasons: Reason[];
  /** Sees runs, reports and artifacts (an admin who has not joined a Restricted project does not). */
  canRead: boolean;
  /** Holds some Models write permission (logging, editing), after seat and org-role caps. */
  canWrite: boolean;
  /** May manage the project's users. */
  canManage: boolean;
  permissions: TeamPermission[];
}

export interface TeamAccessEntry {
  teamId: string;
  teamName: string;
  role: RoleRef | null;
  roleLabel: string;
  via: AccessVia;
  reasons: Reason[];
  canManage: boolean;
}

export interface ProjectAccessEntry {
  projectId: string;
  teamId: string;
  label: string;
  role: RoleRef | null;
  roleLabel: string;
  roleDetail: string | null;
  via: AccessVia;
  overridden: boolean;
  reasons: Reason[];
  canRead: boolean;
  canWrite: boolean;
}

export interface UserAccess {
  teams: TeamAccessEntry[];
  projects: ProjectAccessEntry[];
}

export interface ImpactEntry {
  principalId: string;
  principalName: string;
  target: { kind: 'team' | 'project'; id: string; label: string };
  roleBefore: string | null;
  roleAfter: string | null;
  gained: Permission[];
  lost: Permission[];
}

export interface Impact {
  entries: ImpactEntry[];
  summary: string;
  /** The world the change leaves (so a caller never applies it a second time). */
  after: World;
}
