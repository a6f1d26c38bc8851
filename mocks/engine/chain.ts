// The §9 chain for one principal on one team or project, in words: the facts of one walk
// (chain-facts.ts) rendered as the notes of each step, the grant's source and the caps' reasons.
// decide() asks it about one permission; whoHasAccess/effectiveAccess read the whole granted set
// from the same walk, so they cannot drift, and a verdict without words reads the facts directly.
import {
  CAP,
  CAP_ORDER,
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

export type { AccessVia, ChainScope } from './chain-facts';

export interface ChainFilter {
  reason: Reason;
  blocks: (p: TeamPermission) => boolean;
}

export interface Chain {
  principal: Principal;
  name: string;
  /** Notes of the steps walked, in §9 order. */
  reasons: Reason[];
  /** Set when the walk ended early: nothing is granted. */
  stop: Reason | null;
  role: RoleRef | null;
  via: AccessVia | null;
  /** Who grants: "Member in team ml-research", for allow reasons. */
  grantSource: string;
  grants: ReadonlySet<TeamPermission>;
  /** Caps applied after the role (org Viewer, restricted-but-not-joined, seat, plan), in order. */
  filters: ChainFilter[];
}

export function walkChain(world: World, principal: Principal, scope: ChainScope): Chain {
  return explainFacts(world, walkFacts(world, principal, scope));
}

/** The facts of a walk in words. */
export function explainFacts(world: World, facts: ChainFacts): Chain {
  const { principal, scope, org } = facts;
  const name = principalName(principal);
  const project = scope.kind === 'project' ? scope.project : null;
  const label = project ? projectLabel(world, project) : '';
  const team = scope.team;
  const reasons: Reason[] = [];
  const chain: Chain = {
    principal,
    name,
    reasons,
    stop: null,
    role: facts.stop ? null : facts.role,
    via: facts.stop ? null : facts.via,
    grantSource: '',
    grants: new Set(),
    filters: [],
  };
  if (!org) return { ...chain, stop: deny('identity', `Team ${team.name} belongs to no known organization`) };

  if (!facts.inOrg) {
    const why =
      principal.kind === 'service'
        ? `${name} belongs to another team and acts only there`
        : principal.kind === 'anonymous'
          ? `${name} is not signed in to ${org.name}`
          : `${name} is not in organization ${org.name}`;
    reasons.push(note('identity', why));
  }
  if (facts.stop === 'service-plan')
    return { ...chain, stop: deny('plan', 'Service accounts need an Enterprise license') };
  if (facts.orgAdmin) reasons.push(note('org-role', `${name} is an ${ORG_ADMIN} of ${org.name}`));
  if (facts.downgradedFrom && facts.teamRole && isBuiltinRole(facts.teamRole)) {
    const base = BUILTIN_ROLE_LABELS[facts.teamRole];
    reasons.push(note('plan', `Custom roles need an Enterprise license, so ${name} acts as ${base}`));
  }
  if (facts.teamRole)
    reasons.push(note('team', `${name} is ${roleLabel(world, facts.teamRole)} in team ${team.name}`));
  if (facts.stop === 'hidden')
    return { ...chain, stop: deny('team', `Team ${team.name} is hidden from non-members`) };
  if (facts.inOrg && !facts.teamRole && !facts.orgAdmin)
    reasons.push(note('team', `${name} is not a member of team ${team.name}`));
  if (facts.stop === 'no-access') {
    const step = facts.inOrg ? 'team' : 'identity';
    const what = !project
      ? `team ${team.name} is open to its members only`
      : project.visibility === 'restricted'
        ? `${label} is Restricted to its invited members`
        : `${label} is visible only to team ${team.name}`;
    return { ...chain, stop: deny(step, `${name} has no access: ${what}`) };
  }
  if (facts.restrictedMember)
    reasons.push(note('visibility', `${label} is Restricted and ${name} is a member`));
  if (facts.stop === 'restricted')
    return { ...chain, stop: deny('visibility', `${label} is Restricted and ${name} was not invited`) };
  if (facts.override)
    reasons.push(
      note('project-role', `${name}'s project role in ${label} is ${roleLabel(world, facts.override)}`),
    );
  if (facts.ownerUpdate) reasons.push(note('ownership', `${name} owns ${label}`));
  if (facts.memberInvite)
    reasons.push(note('team', `Team ${team.name} lets any member invite other members`));

  const grants = grantedInOrder(facts);
  const filters = CAP_ORDER.filter((cap) => facts.caps & cap).map((cap) => ({
    reason: capReason(cap, name, label),
    blocks: (p: TeamPermission) => capBlocks(cap, p),
  }));
  return { ...chain, grantSource: grantSource(world, facts, label), grants, filters };
}

function grantSource(world: World, facts: ChainFacts, label: string): string {
  if (facts.via === 'anyone') {
    return facts.openness === 'open'
      ? `${label} is Open: anyone may view it and submit runs and reports`
      : `${label} is Public: anyone may view it`;
  }
  if (facts.override) return `${roleLabel(world, facts.override)} in project ${label}`;
  if (facts.orgAdmin) return `${ORG_ADMIN} of ${facts.org?.name ?? ''}`;
  return `${roleLabel(world, facts.role ?? 'viewer')} in team ${facts.scope.team.name}`;
}

function capReason(cap: number, name: string, label: string): Reason {
  switch (cap) {
    case CAP.orgViewer:
      return deny('org-role', `${name} is an org ${ORG_ROLE_LABELS.viewer}, who is read-only everywhere`);
    case CAP.restricted:
      return deny(
        'visibility',
        `${label} is Restricted and ${name} has not joined it: admins manage it but must join to see its content`,
      );
    case CAP.plan:
      return deny('plan', 'Service accounts need an Enterprise license');
    case CAP.seatViewer:
      return deny('seat', `${name} has a Viewer Models seat: read-only, no logging, edits or downloads`);
    default:
      return deny('seat', `${name} has no Models seat, so no access to Models projects`);
  }
}

/** Everything the chain grants after its caps. */
export function effectivePermissions(chain: Chain): TeamPermission[] {
  if (chain.stop) return [];
  return [...chain.grants].filter((p) => !chain.filters.some((f) => f.blocks(p)));
}
