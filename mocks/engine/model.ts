// The world the engine reasons about. Immutable Tables of plain rows (JSON via Table.toJSON): the engine never stores
// anything itself; mocks/db keeps a World and hands it to the engine's pure functions.
import type { Permission } from './permissions';
import type { Table } from './table';

export type Deployment = 'saas' | 'dedicated' | 'self-managed';
export type Plan = 'free' | 'teams' | 'enterprise';
export type OrgRole = 'admin' | 'member' | 'viewer';
export type Seat = 'full' | 'viewer' | 'none';
export type Visibility = 'open' | 'public' | 'team' | 'restricted';
export type BuiltinTeamRole = 'admin' | 'member' | 'viewer' | 'service';
export type CustomRoleRef = `custom:${string}`;
/** A team or project role: built-in, or `custom:<customRoleId>`. */
export type RoleRef = BuiltinTeamRole | CustomRoleRef;
/** How a person joined an org; 'signup': they created it at sign-up. */
export type JoinedVia = 'seed' | 'invite' | 'domain-capture' | 'sso' | 'added' | 'signup';

/** Team privacy settings of §5.1, plus auto-add (§3.4). Keys are also the §5.3 enforcement keys. */
export interface TeamSettings {
  hidden: boolean;
  futureProjectsPrivate: boolean;
  membersCanInvite: boolean;
  noPublicReportsInPrivateProjects: boolean;
  recommendForDomainSignups: boolean;
  codeSavingByDefault: boolean;
  autoAddNewUsers: boolean;
}
/** Every team setting's key, for code that must enumerate them (validation, fuzzing). */
export const TEAM_SETTING_KEYS = [
  'hidden',
  'futureProjectsPrivate',
  'membersCanInvite',
  'noPublicReportsInPrivateProjects',
  'recommendForDomainSignups',
  'codeSavingByDefault',
  'autoAddNewUsers',
] as const satisfies readonly (keyof TeamSettings)[];
/** Settings an org can enforce on every team (§5.3: 1–4 and 6). */
export type EnforceableSetting =
  | 'hidden'
  | 'futureProjectsPrivate'
  | 'membersCanInvite'
  | 'noPublicReportsInPrivateProjects'
  | 'codeSavingByDefault';
export type Enforcements = Partial<Record<EnforceableSetting, boolean>>;

export interface Org {
  id: string;
  /** URL slug, e.g. `acme`. Unique in the world. */
  slug: string;
  name: string;
  deployment: Deployment;
  plan: Plan;
  /** Claimed email domains (SaaS domain capture; Dedicated / Self-managed: the domains to capture), unique across all orgs. */
  domains: string[];
  defaultTeamId: string | null;
  ssoProvisioning: boolean;
  billingAdminId: string | null;
  fullSeatLimit: number;
  /** Org-wide enforced team privacy settings: key present = enforced to that value. */
  enforcements: Enforcements;
  /** A SaaS org created at sign-up to trial the product: when the trial ends; null for a paid org. */
  trialEndsAt: string | null;
  /**
   * Dedicated / Self-managed domain capture: whom a SaaS sign-up from one of `domains` is told to
   * contact to request access to this instance (null: not configured).
   */
  accessContact: string | null;
  createdAt: string;
}

/** A person's place in one org: each org they belong to has its own org role, seats and teams. */
export interface OrgMembership {
  orgId: string;
  orgRole: OrgRole;
  modelsSeat: Seat;
  weaveAccess: Seat;
  joinedVia: JoinedVia;
  joinedAt: string;
}

export interface User {
  id: string;
  /** Unique in the world (usernames resolve across orgs). */
  username: string;
  name: string;
  email: string;
  /** Every org this person belongs to, oldest first; empty for someone outside every org. */
  orgs: readonly OrgMembership[];
  /** W&B's "Default API organization": where their API calls go when they name no org (one of `orgs`). */
  defaultOrgId: string | null;
  lastActiveAt: string | null;
  /** Their own API keys, hashed (absent in worlds stored before keys existed = none). */
  apiKeys?: readonly ApiKey[];
}

/** A person's API key: a hash of it (never the key) and its last characters to tell keys apart. */
export interface ApiKey {
  id: string;
  name: string;
  /** SHA-256 of the key, hex. */
  hash: string;
  last4: string;
  createdAt: string;
}

/** A person seen from one org they belong to: the person and that org's membership in one row. */
export type OrgMember = Omit<User, 'orgs' | 'defaultOrgId' | 'apiKeys'> & OrgMembership;

export type InviteStatus = 'pending' | 'accepted' | 'revoked';
export interface Invite {
  id: string;
  orgId: string;
  /** Email, or the username of an existing person (resolved when sent). */
  email: string;
  orgRole: OrgRole;
  modelsSeat: Seat;
  weaveAccess: Seat;
  /** Teams joined on acceptance, with the team role. */
  teams: { teamId: string; role: RoleRef }[];
  invitedById: string;
  sentAt: string;
  expiresAt: string;
  status: InviteStatus;
}

export type StorageType = { kind: 'managed' } | { kind: 'external'; bucket: string };
export interface TeamMembership {
  role: RoleRef;
  joinedAt: string;
}
export interface Team {
  id: string;
  orgId: string;
  /** Unique across the world; lowercase, digits, - and _, 3–32; never renamed. */
  name: string;
  storage: StorageType;
  settings: TeamSettings;
  /** Keyed by user id or service account id. */
  members: Table<TeamMembership>;
  createdAt: string;
}

export interface ServiceAccount {
  id: string;
  teamId: string;
  name: string;
  /** Only the last characters are kept; the full key is shown once at creation. */
  apiKeyLast4: string;
  createdById: string;
  createdAt: string;
}

export type BaseRole = 'viewer' | 'member';
export interface CustomRole {
  id: string;
  orgId: string;
  name: string;
  description: string;
  base: BaseRole;
  /** Permissions added on top of the base role's (never ones the base already has). */
  added: Permission[];
  createdAt: string;
  updatedAt: string;
}

export interface Project {
  id: string;
  teamId: string;
  name: string;
  description: string;
  ownerId: string;
  visibility: Visibility;
  /** Restricted projects: the invited users and service accounts. */
  restrictedMembers: string[];
  /** Project role overrides (Team/Restricted only). Absent key = the role tracks the team role. */
  roleOverrides: Table<RoleRef>;
  createdAt: string;
  updatedAt: string;
}

export type RunState = 'running' | 'finished' | 'crashed' | 'failed';
export interface Run {
  id: string;
  projectId: string;
  name: string;
  /** Whom the run is attributed to: a person, or the service account that logged it (ADR 0026). */
  authorId: string;
  state: RunState;
  createdAt: string;
  /** The sweep whose agent logged it. */
  sweepId?: string;
  /** The service account whose API key logged it (the author may be the person it names). */
  loggedById?: string;
}
export interface ReportComment {
  id: string;
  authorId: string;
  text: string;
  at: string;
}
export interface Report {
  id: string;
  projectId: string;
  title: string;
  authorId: string;
  createdAt: string;
  /** People who follow the report (ADR 0026; absent in older stored worlds = none). */
  followers?: string[];
  comments?: ReportComment[];
  /** The magic link's token: anyone with the link may view (ADR 0026). Absent or null: not shared. */
  magicLink?: string | null;
  updatedAt?: string;
}
export type SweepMethod = 'grid' | 'random' | 'bayes';
/** A hyperparameter sweep: its agents log runs (Run.sweepId) into the project. */
export interface Sweep {
  id: string;
  projectId: string;
  name: string;
  method: SweepMethod;
  authorId: string;
  createdAt: string;
}
export interface Artifact {
  id: string;
  projectId: string;
  name: string;
  authorId: string;
  createdAt: string;
}

/** The row type of each table of the world. */
export interface WorldRows {
  orgs: Org;
  users: User;
  invites: Invite;
  teams: Team;
  serviceAccounts: ServiceAccount;
  customRoles: CustomRole;
  projects: Project;
  runs: Run;
  reports: Report;
  artifacts: Artifact;
  sweeps: Sweep;
}
export type TableName = keyof WorldRows;

/** Every table by name: rows by id, immutable (a change makes a new World sharing the rest). */
export type World = { readonly [K in TableName]: Table<WorldRows[K]> };

/** Who is asking. Anonymous = signed out / someone the world does not know. */
export type Actor =
  { kind: 'user'; userId: string } | { kind: 'service'; serviceAccountId: string } | { kind: 'anonymous' };

export type Resource =
  | { kind: 'org'; orgId: string }
  | { kind: 'team'; teamId: string }
  | { kind: 'project'; projectId: string }
  | { kind: 'run'; runId: string }
  | { kind: 'report'; reportId: string }
  | { kind: 'sweep'; sweepId: string }
  | { kind: 'artifact'; artifactId: string };
