// The §9 chain for one principal on one team or project, in words: the facts of one walk
// (chain-facts.ts) rendered as one step each, in §9 order, with the cap that step places (ADR 0024).
// decide() asks it about one permission; whoHasAccess/effectiveAccess read the whole granted set
// from the same walk, so they cannot drift, and a verdict without words reads the facts directly.
import { CAP } from './caps';
import {
  capBlocks,
  grantedInOrder,
  walkFacts,
  type AccessVia,
  type ChainFacts,
  type ChainScope,
} from './chain-facts';
import type { Reason } from './decision';
import { principalName, projectLabel, type Principal } from './lookup';
import type { RoleRef, World } from './model';
import type { TeamPermission } from './permissions';
import { deny, note } from './reason';
import { BUILTIN_ROLE_LABELS, ORG_ADMIN, ORG_ROLE_LABELS, isBuiltinRole, roleLabel } from './roles';
import { membershipOf } from './memberships';

export type { AccessVia, ChainScope } from './chain-facts';

export interface ChainFilter {
  reason: Reason;
  blocks: (p: TeamPermission) => boolean;
}

/**
 * One step of §9 as said for every permission: its note, and the cap placed at this step, whose denial
 * replaces the note for each permission the cap refuses (an org Viewer's "read-only" is a note beside
 * run:read and the refusal of run:create, at the same place in the chain).
 */
export interface ChainStep {
  /** What the step says where it refuses nothing; null when it then has nothing to say. */
  note: Reason | null;
  cap: ChainFilter | null;
}

export interface Chain {
  /** The walk this chain puts into words. */
  facts: ChainFacts;
  principal: Principal;
  name: string;
  /** Every step walked, in §9 order: identity, org role, seat, plan, team, visibility, project role, role. */
  steps: ChainStep[];
  /** The steps' notes: the role's source, shared by every permission. */
  reasons: Reason[];
  /** Set when the walk ended early: nothing is granted. */
  stop: Reason | null;
  role: RoleRef | null;
  via: AccessVia | null;
  /** Who grants: "Member in team ml-research", for allow reasons. */
  grantSource: string;
  grants: ReadonlySet<TeamPermission>;
  /** The caps of the steps (org Viewer, seat, plan, restricted-but-not-joined). */
  filters: ChainFilter[];
}

export function walkChain(world: World, principal: Principal, scope: ChainScope): Chain {
  return explainFacts(world, walkFacts(world, principal, scope));
}

/** The chain's reasons for one permission, before the verdict: each step's note, or its cap's denial. */
export function stepsFor(chain: Chain, permission: TeamPermission): Reason[] {
  const out: Reason[] = [];
  for (const step of chain.steps) {
    if (step.cap?.blocks(permission)) out.push(step.cap.reason);
    else if (step.note) out.push(step.note);
  }
  return out;
}

const NO_GRANTS: ReadonlySet<TeamPermission> = new Set();

const capOf = (facts: ChainFacts, cap: number, reason: Reason): ChainFilter | null =>
  facts.caps & cap ? { reason, blocks: (p: TeamPermission) => capBlocks(cap, p) } : null;

/** The facts of a walk in words, one step at a time in §9 order (ADR 0024). */
export function explainFacts(world: World, facts: ChainFacts): Chain {
  const { principal, scope, org } = facts;
  const name = principalName(principal);
  const project = scope.kind === 'project' ? scope.project : null;
  const label = project ? projectLabel(world, project) : '';
  const team = scope.team;
  const steps: ChainStep[] = [];
  const say = (reason: Reason, cap: ChainFilter | null = null) => steps.push({ note: reason, cap });
  // Plain loops and one object literal: this runs for every decide(), and flatMap and spreads here
  // made it several times slower (bench/casl.bench.ts).
  const done = (stop: Reason | null): Chain => {
    const filters: ChainFilter[] = [];
    const reasons: Reason[] = [];
    for (const s of steps) {
      if (s.cap) filters.push(s.cap);
      if (s.note) reasons.push(s.note);
    }
    return {
      facts,
      principal,
      name,
      steps,
      reasons,
      stop,
      filters,
      role: stop ? null : facts.role,
      via: stop ? null : facts.via,
      grantSource: stop ? '' : grantSource(world, facts, label),
      grants: stop ? NO_GRANTS : grantedInOrder(facts),
    };
  };
  if (!org) return done(deny('identity', `Team ${team.name} belongs to no known organization`));

  // 1. Identity.
  if (!facts.inOrg) {
    const why =
      principal.kind === 'service'
        ? `${name} belongs to another team and acts only there`
        : principal.kind === 'anonymous'
          ? `${name} is not signed in to ${org.name}`
          : `${name} is not in organization ${org.name}`;
    say(note('identity', why));
  }
  if (facts.stop === 'service-plan') return done(deny('plan', 'Service accounts need an Enterprise license'));

  // 2. Org role and seat, the person's own (a cap's words serve as its note where it refuses nothing).
  const membership = principal.kind === 'user' ? membershipOf(principal.user, org.id) : undefined;
  if (facts.inOrg && membership) {
    const { orgRole, modelsSeat } = membership;
    const roleText =
      orgRole === 'viewer'
        ? `${name} is an org ${ORG_ROLE_LABELS.viewer} of ${org.name}, who is read-only everywhere`
        : `${name} is an org ${ORG_ROLE_LABELS[orgRole]} of ${org.name}`;
    say(note('org-role', roleText), capOf(facts, CAP.orgViewer, deny('org-role', roleText)));
    const seatText = SEAT_TEXT[modelsSeat](name);
    const seatCap = modelsSeat === 'viewer' ? CAP.seatViewer : CAP.seatNone;
    say(note('seat', seatText), capOf(facts, seatCap, deny('seat', seatText)));
  }
  // The plan: a custom role outside Enterprise acts as its base; service accounts need Enterprise.
  if (facts.downgradedFrom && facts.teamRole && isBuiltinRole(facts.teamRole)) {
    const base = BUILTIN_ROLE_LABELS[facts.teamRole];
    say(note('plan', `Custom roles need an Enterprise license, so ${name} acts as ${base}`));
  }
  const planCap = capOf(facts, CAP.plan, deny('plan', 'Service accounts need an Enterprise license'));
  if (planCap) steps.push({ note: null, cap: planCap });

  // 3. Team membership and team role.
  if (facts.teamRole)
    say(note('team', `${name} is ${roleLabel(world, facts.teamRole)} in team ${team.name}`));
  else if (facts.orgAdmin)
    say(note('team', `${name} is not a member of team ${team.name}; an ${ORG_ADMIN} acts as its Admin`));
  else if (facts.inOrg) say(note('team', `${name} is not a member of team ${team.name}`));
  if (facts.stop === 'hidden') return done(deny('team', `Team ${team.name} is hidden from non-members`));
  if (facts.stop === 'no-access') {
    const step = facts.inOrg ? 'team' : 'identity';
    const what = !project
      ? `team ${team.name} is open to its members only`
      : project.visibility === 'restricted'
        ? `${label} is Restricted to its invited members`
        : `${label} is visible only to team ${team.name}`;
    return done(deny(step, `${name} has no access: ${what}`));
  }
  if (facts.memberInvite) say(note('team', `Team ${team.name} lets any member invite other members`));

  // 4. Visibility.
  if (project) {
    if (project.visibility === 'restricted') {
      if (facts.stop === 'restricted')
        return done(deny('visibility', `${label} is Restricted and ${name} was not invited`));
      if (facts.restrictedMember) say(note('visibility', `${label} is Restricted and ${name} is a member`));
      else {
        const text = `${label} is Restricted and ${name} has not joined it: admins manage it but must join to see its content`;
        say(note('visibility', text), capOf(facts, CAP.restricted, deny('visibility', text)));
      }
    } else say(note('visibility', VISIBILITY_TEXT[project.visibility](label, team.name)));
  }

  // 5. Project role.
  const rolesApply = project?.visibility === 'team' || project?.visibility === 'restricted';
  if (facts.override)
    say(note('project-role', `${name}'s project role in ${label} is ${roleLabel(world, facts.override)}`));
  else if (rolesApply && facts.teamRole && !facts.orgAdmin)
    say(note('project-role', `${name} has no project role in ${label}, so the team role applies`));

  // 6. Role → permissions: what the owner adds to the role is said with it.
  if (facts.ownerUpdate) say(note('role', `${name} owns ${label}, so may edit its details`));
  return done(null);
}

const SEAT_TEXT: Record<'full' | 'viewer' | 'none', (name: string) => string> = {
  full: (name) => `${name} has a Full Models seat`,
  viewer: (name) => `${name} has a Viewer Models seat: read-only, no logging, edits or downloads`,
  none: (name) => `${name} has no Models seat, so no access to Models projects`,
};

const VISIBILITY_TEXT: Record<'open' | 'public' | 'team', (label: string, team: string) => string> = {
  open: (label) => `${label} is Open: anyone may view it and submit runs and reports`,
  public: (label) => `${label} is Public: anyone may view it`,
  team: (label, team) => `${label} is visible to the members of team ${team}`,
};

function grantSource(world: World, facts: ChainFacts, label: string): string {
  if (facts.via === 'anyone')
    return `Anyone's access to ${facts.openness === 'open' ? 'an Open' : 'a Public'} project`;
  if (facts.override) return `${roleLabel(world, facts.override)} in project ${label}`;
  if (facts.orgAdmin) return `${ORG_ADMIN} of ${facts.org?.name ?? ''}`;
  return `${roleLabel(world, facts.role ?? 'viewer')} in team ${facts.scope.team.name}`;
}

/** Everything the chain grants after its caps. */
export function effectivePermissions(chain: Chain): TeamPermission[] {
  if (chain.stop) return [];
  return [...chain.grants].filter((p) => !chain.filters.some((f) => f.blocks(p)));
}
