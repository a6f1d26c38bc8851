// Lookups and names shared by the engine: who a principal is, where a resource lives, plan features.
import { orgAdminIds } from './people-index';
import type {
  Actor,
  EnforceableSetting,
  Org,
  Project,
  ServiceAccount,
  Team,
  TeamSettings,
  User,
  World,
} from './model';

export type Principal =
  | { kind: 'user'; id: string; user: User }
  | { kind: 'service'; id: string; account: ServiceAccount }
  | { kind: 'anonymous'; id: null };

export function principalOf(world: World, actor: Actor): Principal {
  if (actor.kind === 'user') {
    const user = world.users.get(actor.userId);
    if (user) return { kind: 'user', id: user.id, user };
  } else if (actor.kind === 'service') {
    const account = world.serviceAccounts.get(actor.serviceAccountId);
    if (account) return { kind: 'service', id: account.id, account };
  }
  return { kind: 'anonymous', id: null };
}

/** A user or service account id → the actor that principal would be. */
export function actorOf(world: World, principalId: string): Actor {
  if (world.serviceAccounts.get(principalId)) return { kind: 'service', serviceAccountId: principalId };
  return { kind: 'user', userId: principalId };
}

export function principalName(p: Principal): string {
  if (p.kind === 'user') return p.user.name || p.user.username;
  if (p.kind === 'service') return `service account ${p.account.name}`;
  return 'An anonymous visitor';
}

/** Name for a user or service account id, or a placeholder for someone who has left. */
export function nameOf(world: World, principalId: string): string {
  const user = world.users.get(principalId);
  if (user) return user.name || user.username;
  const account = world.serviceAccounts.get(principalId);
  if (account) return `service account ${account.name}`;
  return 'a removed user';
}

/** Name for a principal a request names: an id nobody has is quoted as given, not "a removed user". */
export function requestedName(world: World, principalId: string): string {
  return world.users.has(principalId) || world.serviceAccounts.has(principalId)
    ? nameOf(world, principalId)
    : `"${principalId}"`;
}

export function projectLabel(world: World, project: Project): string {
  return `${world.teams.get(project.teamId)?.name ?? 'unknown-team'}/${project.name}`;
}

export const isEnterprise = (org: Org): boolean => org.plan === 'enterprise';

/** The value a team setting really has: the org's enforced value wins (§5.3). */
export function effectiveSetting(world: World, team: Team, key: keyof TeamSettings): boolean {
  const org = world.orgs.get(team.orgId);
  if (org && key !== 'recommendForDomainSignups' && key !== 'autoAddNewUsers') {
    const enforced = org.enforcements[key as EnforceableSetting];
    if (enforced !== undefined) return enforced;
  }
  return team.settings[key];
}

/** §5.1 #2 / §5.3: Open and Public are off for this team. */
export function publicSharingBlocked(world: World, team: Team): boolean {
  return effectiveSetting(world, team, 'futureProjectsPrivate');
}

export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

const teamIndex = new WeakMap<World['teams'], ReadonlyMap<string, readonly Team[]>>();

/**
 * The teams a principal is in, from an index built once per `teams` table (the world is immutable):
 * the Users page asks per row and the member rules per option, and scanning 1,000 teams each time
 * was most of a page's cost on the huge org.
 */
export function teamsOf(world: World, principalId: string): readonly Team[] {
  let index = teamIndex.get(world.teams);
  if (!index) {
    const built = new Map<string, Team[]>();
    for (const team of world.teams.values())
      for (const memberId of team.members.keys()) {
        const list = built.get(memberId);
        if (list) list.push(team);
        else built.set(memberId, [team]);
      }
    index = built;
    teamIndex.set(world.teams, index);
  }
  return index.get(principalId) ?? [];
}

export function teamAdminCount(team: Team): number {
  let n = 0;
  for (const m of team.members.values()) if (m.role === 'admin') n += 1;
  return n;
}

export function orgAdminCount(world: World, orgId: string): number {
  return orgAdminIds(world, orgId).length;
}
