// Every change a user can ask for, as data. The engine checks one (check.ts) and applies one
// (apply.ts) as pure functions; handlers build them from requests, the audit log records them,
// impact previews apply them to a copy. Ids and timestamps are decided by the caller and carried
// here, so apply() stays deterministic.
import type {
  CustomRole,
  EnforceableSetting,
  Invite,
  OrgRole,
  Project,
  RoleRef,
  Seat,
  ServiceAccount,
  StorageType,
  TeamSettings,
  Visibility,
  BaseRole,
} from './model';
import type { Permission } from './permissions';

/** Operations are plain JSON (they are stored in the log): a project as created, without its role table. */
export type NewProject = Omit<Project, 'roleOverrides'>;

/** A person arriving in the world (sign-up, SSO, accepting an invite without an account). */
export interface NewPerson {
  id: string;
  username: string;
  name: string;
  email: string;
}

export type Operation =
  // Organization (§1–§2)
  | { type: 'org.rename'; orgId: string; name: string }
  | { type: 'org.claimDomain'; orgId: string; domain: string }
  | { type: 'org.releaseDomain'; orgId: string; domain: string }
  | { type: 'org.setDefaultTeam'; orgId: string; teamId: string | null }
  | { type: 'org.setSsoProvisioning'; orgId: string; enabled: boolean }
  | { type: 'org.setBillingAdmin'; orgId: string; userId: string }
  /** value null lifts the enforcement. */
  | { type: 'org.setEnforcement'; orgId: string; setting: EnforceableSetting; value: boolean | null }
  // Org members and seats (§2)
  | { type: 'member.setOrgRole'; userId: string; role: OrgRole }
  | { type: 'member.setSeat'; userId: string; modelsSeat?: Seat; weaveAccess?: Seat }
  | { type: 'member.remove'; userId: string }
  // Arrivals (§3)
  | { type: 'invite.create'; invite: Invite }
  | { type: 'invite.resend'; inviteId: string; sentAt: string; expiresAt: string }
  | { type: 'invite.revoke'; inviteId: string }
  | {
      type: 'invite.update';
      inviteId: string;
      orgRole?: OrgRole;
      modelsSeat?: Seat;
      weaveAccess?: Seat;
      teams?: { teamId: string; role: RoleRef }[];
    }
  /** person: the existing account (by id) or a new one created on acceptance. */
  | { type: 'invite.accept'; inviteId: string; person: NewPerson; at: string }
  /** Sign-up with an email: joins the org claiming the domain (and its default team), or no org. */
  | { type: 'signup'; person: NewPerson; at: string }
  | { type: 'sso.signIn'; orgId: string; person: NewPerson; at: string }
  // Teams (§4–§5)
  | { type: 'team.create'; id: string; orgId: string; name: string; storage: StorageType; at: string }
  | { type: 'team.delete'; teamId: string }
  | { type: 'team.updateSettings'; teamId: string; settings: Partial<TeamSettings> }
  | { type: 'team.addMember'; teamId: string; principalId: string; role: RoleRef; at: string }
  | { type: 'team.setRole'; teamId: string; principalId: string; role: RoleRef }
  /** Also "leave team" when the actor removes themselves. */
  | { type: 'team.removeMember'; teamId: string; principalId: string }
  | { type: 'serviceAccount.create'; account: ServiceAccount }
  | { type: 'serviceAccount.delete'; serviceAccountId: string }
  // Custom roles (§7)
  | { type: 'role.create'; role: CustomRole }
  | {
      type: 'role.update';
      roleId: string;
      name?: string;
      description?: string;
      base?: BaseRole;
      added?: Permission[];
      at: string;
    }
  | { type: 'role.delete'; roleId: string }
  // Projects (§6)
  /** A new project starts with no project-role overrides (they are set on its Users tab). */
  | { type: 'project.create'; project: NewProject }
  | {
      type: 'project.update';
      projectId: string;
      description?: string;
      ownerId?: string;
      visibility?: Visibility;
      at: string;
    }
  | { type: 'project.addMember'; projectId: string; principalId: string }
  | { type: 'project.removeMember'; projectId: string; principalId: string }
  | { type: 'project.join'; projectId: string; at: string }
  | { type: 'project.setRole'; projectId: string; principalId: string; role: RoleRef }
  | { type: 'run.move'; runIds: string[]; toProjectId: string }
  | { type: 'run.stop'; runId: string }
  | { type: 'run.delete'; runId: string };

export type OperationType = Operation['type'];
