// decide(): the one question of §9, "may this actor do this here?", with the chain of reasons; and
// allows(): the same verdict without a word built, for lists, flags and counts (chain-facts.ts).
import { ANY_VARIANT, OWN_VARIANT, PERMISSION_INFO, isOrgPermission } from './catalog';
import { stepsFor, walkChain, type Chain } from './chain';
import { allowsOnPlan, verdictPlan, walkEntry } from './chain-facts';
import type { Decision, Reason } from './decision';
import { isEnterprise, principalName, principalOf, type Principal } from './lookup';
import type { Actor, Project, Resource, Team, World } from './model';
import type { OrgPermission, Permission, TeamPermission } from './permissions';
import { allow, allowed, deny, note, refused } from './reason';
import { ORG_ADMIN, ORG_ROLE_GRANTS, ORG_ROLE_LABELS } from './roles';
import { membershipOf } from './memberships';
import { principalEntry } from './team-facts';

interface Located {
  orgId: string;
  team: Team | null;
  project: Project | null;
  /** Author of the run/report/artifact, for `:own` permissions. */
  authorId: string | null;
  itemNoun: string;
}

function locate(world: World, resource: Resource): Located | null {
  const inProject = (projectId: string, authorId: string, itemNoun: string): Located | null => {
    const project = world.projects.get(projectId);
    const team = project ? world.teams.get(project.teamId) : undefined;
    return project && team ? { orgId: team.orgId, team, project, authorId, itemNoun } : null;
  };
  switch (resource.kind) {
    case 'org':
      return world.orgs.get(resource.orgId)
        ? { orgId: resource.orgId, team: null, project: null, authorId: null, itemNoun: '' }
        : null;
    case 'team': {
      const team = world.teams.get(resource.teamId);
      return team ? { orgId: team.orgId, team, project: null, authorId: null, itemNoun: '' } : null;
    }
    case 'project': {
      const project = world.projects.get(resource.projectId);
      return project ? inProject(project.id, '', '') : null;
    }
    case 'run': {
      const run = world.runs.get(resource.runId);
      return run ? inProject(run.projectId, run.authorId, 'run') : null;
    }
    case 'report': {
      const report = world.reports.get(resource.reportId);
      return report ? inProject(report.projectId, report.authorId, 'report') : null;
    }
    case 'artifact': {
      const artifact = world.artifacts.get(resource.artifactId);
      return artifact ? inProject(artifact.projectId, artifact.authorId, 'artifact') : null;
    }
    case 'sweep': {
      const sweep = world.sweeps.get(resource.sweepId);
      return sweep ? inProject(sweep.projectId, sweep.authorId, 'sweep') : null;
    }
  }
}

export function decide(world: World, actor: Actor, permission: Permission, resource: Resource): Decision {
  const where = locate(world, resource);
  if (!where) return refused('not-found', [deny('input', `No such ${resource.kind}`)]);
  const principal = principalOf(world, actor);
  if (isOrgPermission(permission)) return decideOrg(world, principal, permission, where.orgId);
  if (!where.team) {
    return refused('forbidden', [
      deny('input', `${permission} is decided per team or project, not for the whole organization`),
    ]);
  }
  const chain = walkChain(
    world,
    principal,
    where.project
      ? { kind: 'project', team: where.team, project: where.project }
      : { kind: 'team', team: where.team },
  );
  return decideOnChain(world, chain, permission, where.authorId ?? undefined, where.itemNoun);
}

/**
 * decide(…).allowed, without the reasons: for lists, counts and option flags, where only the verdict is
 * read. Always agrees with decide() (a property test asks both every kind of question). It resolves
 * the resource without locate()'s record: this runs once per row of a list.
 */
export function allows(world: World, actor: Actor, permission: Permission, resource: Resource): boolean {
  // The principal and what they are in each team come from the world's cache (team-facts.ts).
  const entry = principalEntry(world, actor);
  const plan = verdictPlan(permission);
  if (plan === undefined) {
    if (!isOrgPermission(permission)) return false;
    const where = locate(world, resource);
    return where !== null && orgVerdict(world, entry.principal, permission, where.orgId) === null;
  }
  let projectId: string;
  let authorId: string | undefined;
  switch (resource.kind) {
    case 'org':
      return false;
    case 'team': {
      const team = world.teams.get(resource.teamId);
      return team !== undefined && allowsOnPlan(walkEntry(world, entry, { kind: 'team', team }), plan);
    }
    case 'project':
      projectId = resource.projectId;
      break;
    case 'run':
    case 'report':
    case 'artifact':
    case 'sweep': {
      const item =
        resource.kind === 'run'
          ? world.runs.get(resource.runId)
          : resource.kind === 'report'
            ? world.reports.get(resource.reportId)
            : resource.kind === 'sweep'
              ? world.sweeps.get(resource.sweepId)
              : world.artifacts.get(resource.artifactId);
      if (!item) return false;
      projectId = item.projectId;
      authorId = item.authorId;
    }
  }
  const project = world.projects.get(projectId);
  const team = project ? world.teams.get(project.teamId) : undefined;
  if (!project || !team) return false;
  return allowsOnPlan(walkEntry(world, entry, { kind: 'project', team, project }), plan, authorId);
}

/** One permission against a walked chain; `authorId` set when the resource is a run/report/artifact. */
export function decideOnChain(
  world: World,
  chain: Chain,
  permission: TeamPermission,
  authorId?: string,
  itemNoun = 'item',
): Decision {
  // Each step says its note, or its cap's denial where the cap refuses this permission: every
  // refusal is named at its place in §9, and the first one decides (ADR 0024).
  const reasons = stepsFor(chain, permission);
  if (chain.stop) return refused('forbidden', [...reasons, chain.stop]);
  const capped = reasons.some((r) => r.effect === 'deny');
  const refuse = (last: Reason): Decision => refused('forbidden', [...reasons, last]);
  const { grants, name } = chain;
  const own = OWN_VARIANT[permission];
  const any = ANY_VARIANT[permission];
  const isAuthor = authorId !== undefined && authorId !== '' && authorId === chain.principal.id;
  const hasItem = authorId !== undefined && authorId !== '';
  let grantText: string | null = null;
  if (grants.has(permission) && !(any && hasItem && !grants.has(any))) {
    grantText = `${chain.grantSource} includes ${permission}`;
  } else if (any && grants.has(any)) {
    grantText = `${chain.grantSource} includes ${any}`;
  } else if (any && grants.has(permission) && hasItem) {
    // Asked for the `:own` permission on someone else's item.
    if (isAuthor)
      grantText = `${name} created this ${itemNoun} and ${chain.grantSource} includes ${permission}`;
    else return refuse(notAuthor(world, name, itemNoun, authorId));
  } else if (own && grants.has(own)) {
    if (isAuthor) grantText = `${name} created this ${itemNoun} and ${chain.grantSource} includes ${own}`;
    else if (hasItem) return refuse(notAuthor(world, name, itemNoun, authorId));
    else
      return refuse(deny('ownership', `${chain.grantSource} includes only ${own}, on items ${name} created`));
  }
  if (grantText === null) {
    if (chain.via === 'anyone')
      return refuse(deny('visibility', `${chain.grantSource} does not include: ${describe(permission)}`));
    return refuse(
      deny('role', `${name} is ${chain.grantSource}, which does not allow: ${describe(permission)}`),
    );
  }
  const grantStep = chain.via === 'anyone' ? 'visibility' : 'role';
  // The role would allow it, but a step before refused: the granting step still says so.
  if (capped) return refuse(note(grantStep, `${grantText}, but an earlier step refuses it`));
  return allowed([...reasons, allow(grantStep, grantText)]);
}

function notAuthor(world: World, name: string, itemNoun: string, authorId: string | undefined): Reason {
  return deny(
    'ownership',
    `${name} may do this only on items they created; this ${itemNoun} was created by ${authorName(world, authorId)}`,
  );
}

function authorName(world: World, authorId: string | undefined): string {
  const user = authorId ? world.users.get(authorId) : undefined;
  if (user) return user.name || user.username;
  const account = authorId ? world.serviceAccounts.get(authorId) : undefined;
  return account ? `service account ${account.name}` : 'a removed user';
}

const ENTERPRISE_ORG_PERMISSIONS: Partial<Record<OrgPermission, string>> = {
  'organization:read_audit_log': 'The audit log needs an Enterprise license',
  'organization:manage_roles': 'Custom roles need an Enterprise license',
};

/** What refuses an org permission, or null when it is allowed (§2: the org role only, and the plan). */
function orgVerdict(
  world: World,
  principal: Principal,
  permission: OrgPermission,
  orgId: string,
): 'no-org' | 'outsider' | 'role' | 'plan' | null {
  const org = world.orgs.get(orgId);
  if (!org) return 'no-org';
  const membership = principal.kind === 'user' ? membershipOf(principal.user, orgId) : undefined;
  if (!membership) return 'outsider';
  if (!ORG_ROLE_GRANTS[membership.orgRole].includes(permission)) return 'role';
  return ENTERPRISE_ORG_PERMISSIONS[permission] && !isEnterprise(org) ? 'plan' : null;
}

/** Org permissions come from the org role only (§2). */
export function decideOrg(
  world: World,
  principal: Principal,
  permission: OrgPermission,
  orgId: string,
): Decision {
  const org = world.orgs.get(orgId);
  const verdict = orgVerdict(world, principal, permission, orgId);
  if (!org || verdict === 'no-org') return refused('not-found', [deny('input', 'No such organization')]);
  const name = principalName(principal);
  if (principal.kind !== 'user' || verdict === 'outsider') {
    const why =
      principal.kind === 'service'
        ? `${name} acts only within its team`
        : `${name} is not in organization ${org.name}`;
    return refused('forbidden', [deny('identity', why)]);
  }
  const role = membershipOf(principal.user, orgId)?.orgRole ?? 'member';
  const reasons = [note('org-role', `${name} is an org ${ORG_ROLE_LABELS[role]} of ${org.name}`)];
  const planText = ENTERPRISE_ORG_PERMISSIONS[permission];
  const planCap = planText && !isEnterprise(org) ? [deny('plan', planText)] : [];
  if (verdict === 'role') {
    const byRole = deny('org-role', `Only ${ORG_ADMIN}s can ${describe(permission)}`);
    return refused('forbidden', [...reasons, byRole, ...planCap]);
  }
  if (verdict === 'plan') return refused('forbidden', [...reasons, ...planCap]);
  return allowed([...reasons, allow('org-role', `An org ${ORG_ROLE_LABELS[role]} has ${permission}`)]);
}

/** "change users' org roles and seats (organization:update_member)": words first, the id for reference. */
function describe(permission: Permission): string {
  const text = PERMISSION_INFO[permission].description;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)} (${permission})`;
}
