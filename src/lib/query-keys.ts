// The one query-key tree. A key is a path from a root, so invalidating a prefix refreshes exactly that
// subtree: a change names what it touched (one org's users, one team, one project), never "everything".
// Features build keys only from here (no key literals elsewhere); query-scopes.ts says which subtrees
// each kind of change touches.
import type { AuditQuery } from '../api/audit';
import type { RoleCheckBody } from '../api/roles';
import type { UsersQuery } from '../api/users';

const org = (slug: string) => ['org', slug] as const;
const team = (name: string) => ['team', name] as const;
const project = (teamName: string, name: string) => ['project', teamName, name] as const;

export const queryKeys = {
  /** Who is acting, and the people View as may pick. */
  session: {
    all: ['session'] as const,
    current: () => ['session', 'current'] as const,
    candidates: (q: string) => ['session', 'candidates', q] as const,
    /** Teams the acting person may join or ask to join (ADR 0025). */
    joinableTeams: () => ['session', 'joinable-teams'] as const,
  },
  /** The shared server's first run: whether the first admin still has to create the organization. */
  auth: { setup: () => ['auth', 'setup'] as const },
  /** The signed-in person's own things (User settings): their API keys. */
  me: { all: ['me'] as const, apiKeys: () => ['me', 'api-keys'] as const },
  /** The demo panel's own settings: not part of the world the backend decides. */
  demo: { settings: () => ['demo'] as const },
  /** The invites one could accept and the ways a person arrives (demo panel). */
  arrivals: {
    options: () => ['arrivals'] as const,
    signup: (email: string) => ['arrivals', 'signup', email] as const,
  },
  /** The service accounts whose key the demo panel's CI job may use, with their projects. */
  serviceRuns: { accounts: () => ['service-runs'] as const },
  org: {
    all: ['org'] as const,
    one: org,
    /** The org itself, asked by the org pages before they show its chrome (ADR 0023). */
    summary: (slug: string) => [...org(slug), 'summary'] as const,
    users: {
      all: (slug: string) => [...org(slug), 'users'] as const,
      lists: (slug: string) => [...org(slug), 'users', 'list'] as const,
      list: (slug: string, query: UsersQuery) => [...org(slug), 'users', 'list', query] as const,
      removal: (slug: string, userId: string) => [...org(slug), 'users', 'removal', userId] as const,
    },
    invites: {
      all: (slug: string) => [...org(slug), 'invites'] as const,
      options: (slug: string, inviteId: string | null) =>
        [...org(slug), 'invites', 'options', inviteId ?? 'new'] as const,
      detail: (slug: string, id: string) => [...org(slug), 'invites', 'detail', id] as const,
      check: (slug: string, body: unknown) => [...org(slug), 'invites', 'check', body] as const,
    },
    teams: { list: (slug: string) => [...org(slug), 'teams', 'list'] as const },
    roles: {
      all: (slug: string) => [...org(slug), 'roles'] as const,
      list: (slug: string) => [...org(slug), 'roles', 'list'] as const,
      /** The role builder's live checks, and the delete dialog's previews: dropped when it closes. */
      checks: (slug: string) => [...org(slug), 'roles', 'check'] as const,
      check: (slug: string, body: RoleCheckBody) => [...org(slug), 'roles', 'check', body] as const,
      deletions: (slug: string) => [...org(slug), 'roles', 'deletion'] as const,
      deletion: (slug: string, id: string) => [...org(slug), 'roles', 'deletion', id] as const,
    },
    audit: { list: (slug: string, query: AuditQuery) => [...org(slug), 'audit', 'list', query] as const },
    access: {
      people: (slug: string, q: string) => [...org(slug), 'access', 'people', q] as const,
      targets: (slug: string, q: string) => [...org(slug), 'access', 'targets', q] as const,
      explain: (slug: string, user: string, target: string) =>
        [...org(slug), 'access', 'explain', user, target] as const,
      user: (slug: string, user: string) => [...org(slug), 'access', 'user', user] as const,
    },
    settings: {
      detail: (slug: string) => [...org(slug), 'settings', 'detail'] as const,
      billingCandidates: (slug: string, q: string) =>
        [...org(slug), 'settings', 'billing-candidates', q] as const,
    },
  },
  team: {
    all: ['team'] as const,
    one: team,
    detail: (name: string) => [...team(name), 'detail'] as const,
    settings: (name: string) => [...team(name), 'settings'] as const,
    projectOptions: (name: string) => [...team(name), 'project-options'] as const,
  },
  project: {
    all: ['project'] as const,
    one: project,
    overview: (teamName: string, name: string) => [...project(teamName, name), 'overview'] as const,
    users: (teamName: string, name: string) => [...project(teamName, name), 'users'] as const,
    /** Its reports, sweeps and artifacts with the viewer's decisions (ADR 0026). */
    content: (teamName: string, name: string) => [...project(teamName, name), 'content'] as const,
    /** A report opened by its magic link (no team or project in the address: the token is the key). */
    sharedReport: (token: string) => ['project', '~shared-report', token] as const,
  },
  /** The Access page's views of a project ("team/name"): who has access, and the permissions matrix. */
  access: {
    all: ['access'] as const,
    project: (path: string, filters: Record<string, string>) => ['access', 'project', path, filters] as const,
    matrix: (path: string, page: number, q: string) => ['access', 'matrix', path, page, q] as const,
  },
  /**
   * What a removal would take away, asked while its confirmation is open. Outside the team and project
   * trees on purpose: refreshing those after the removal must not ask again about someone gone (404).
   */
  preview: {
    all: ['preview'] as const,
    teamMemberRemoval: (teamName: string, principalId: string) =>
      ['preview', 'team-member-removal', teamName, principalId] as const,
    projectRemoval: (teamName: string, name: string, principalId: string) =>
      ['preview', 'project-removal', teamName, name, principalId] as const,
  },
};
