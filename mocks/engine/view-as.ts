// View as on a shared server (ADR 0027): an org Admin may act as a person of an org they administer,
// to see what that person sees; nobody else may act as someone else. In the in-browser demo the demo's
// operator may view as anyone (it is their own copy); the server asks this decision first.
import type { Decision } from './decision';
import { membershipOf } from './memberships';
import type { Actor, World } from './model';
import { allow, allowed, forbidden, notFound } from './reason';

export function decideViewAs(world: World, actor: Actor, targetUserId: string): Decision {
  const me = actor.kind === 'user' ? world.users.get(actor.userId) : undefined;
  if (!me) return forbidden('identity', 'Sign in to view as someone');
  const target = world.users.get(targetUserId);
  if (!target) return notFound('No such person');
  if (target.id === me.id) return allowed([allow('identity', `${me.name} acts as themselves`)]);
  for (const m of target.orgs) {
    if (membershipOf(me, m.orgId)?.orgRole !== 'admin') continue;
    const org = world.orgs.get(m.orgId);
    return allowed([
      allow(
        'org-role',
        `${me.name} is an Admin of ${org?.name ?? m.orgId}, where ${target.name} is a member`,
      ),
    ]);
  }
  return forbidden(
    'org-role',
    `Only an organization's Admins may view as its people, and ${me.name} is not an Admin of an organization ${target.name} belongs to`,
  );
}

/**
 * Whether View as is offered to this person at all: someone viewing as another may always go back to
 * themselves; otherwise only an Admin of some org may view as anyone (decideViewAs decides each one).
 */
export function offersViewAs(world: World, signedInUserId: string, actingUserId: string | null): boolean {
  if (actingUserId !== null && actingUserId !== signedInUserId) return true;
  const me = world.users.get(signedInUserId);
  return me !== undefined && me.orgs.some((m) => membershipOf(me, m.orgId)?.orgRole === 'admin');
}
