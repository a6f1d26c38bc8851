// What the viewer may do, in bulk, for responses that carry `viewer: { can…: Decision }` to the UI.
import { decide } from './decide';
import type { Decision } from './decision';
import type { Actor, World } from './model';
import { ORG_PERMISSIONS, PROJECT_PERMISSIONS, type OrgPermission, type TeamPermission } from './permissions';

/** Every org permission for the actor in this org, each with its reasons. */
export function orgCapabilities(world: World, actor: Actor, orgId: string): Record<OrgPermission, Decision> {
  return Object.fromEntries(
    ORG_PERMISSIONS.map((p) => [p, decide(world, actor, p, { kind: 'org', orgId })]),
  ) as Record<OrgPermission, Decision>;
}

/** Every team permission for the actor on a team or project. */
export function teamCapabilities(
  world: World,
  actor: Actor,
  target: { kind: 'team'; teamId: string } | { kind: 'project'; projectId: string },
): Record<TeamPermission, Decision> {
  return Object.fromEntries(PROJECT_PERMISSIONS.map((p) => [p, decide(world, actor, p, target)])) as Record<
    TeamPermission,
    Decision
  >;
}
