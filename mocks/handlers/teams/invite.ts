// POST /api/teams/:team/members — Team settings > Users > Invite a new user (§4): an existing org
// user joins at once; anyone else gets an org invite (org role Member) that lands them in the team.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  belongsTo,
  check,
  inviteExpiry,
  roleLabel,
  type Actor,
  type Invite,
  type RoleRef,
  type Team,
} from '../../engine/index';
import { teamInviteBodySchema } from '../../../src/api/team-settings';
import { ok, parseBody } from '../http/respond';
import { transact } from '../http/transact';
import { newId } from '../http/api-values';
import { route } from '../http/route';
import { withTeam } from '../http/resolvers';

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function teamInviteHandler(db: Db): HttpHandler {
  return route(
    db,
    'post',
    '/teams/:team/members',
    withTeam(db, async ({ request, ...found }) => {
      const body = await parseBody(request, teamInviteBodySchema);
      if (!body.ok) return body.response;
      const { team, actor } = found;
      const role = body.data.role as RoleRef;
      const who = body.data.emailOrUsername;
      const person = db.world.users.values().find((u) => sameText(u.email, who) || sameText(u.username, who));
      if (person && belongsTo(person, team.orgId)) {
        const done = transact(db, actor, {
          type: 'team.addMember',
          teamId: team.id,
          principalId: person.id,
          role,
          at: db.now(),
        });
        if (!done.ok) return done.response;
        const message = `${person.name} joined ${team.name} as ${roleLabel(db.world, role)}.`;
        return ok({ outcome: 'added', name: person.name, message }, 201);
      }
      const invite = orgInvite(db, actor, team, person?.username ?? who, role);
      const done = transact(db, actor, { type: 'invite.create', invite });
      if (!done.ok) return done.response;
      const message = `Invited ${invite.email} to the organization; they join ${team.name} as ${roleLabel(db.world, role)} when they accept.`;
      return ok({ outcome: 'invited', name: invite.email, message }, 201);
    }),
  );
}

/** An org-Member invite for the team: a Full seat when the engine allows it, else a Viewer seat. */
function orgInvite(db: Db, actor: Actor, team: Team, email: string, role: RoleRef): Invite {
  const sentAt = db.now();
  const base: Invite = {
    id: newId('invite'),
    orgId: team.orgId,
    email,
    orgRole: 'member',
    modelsSeat: 'full',
    weaveAccess: 'full',
    teams: [{ teamId: team.id, role }],
    invitedById: actor.kind === 'user' ? actor.userId : '',
    sentAt,
    expiresAt: inviteExpiry(sentAt),
    status: 'pending',
  };
  if (check(db.world, actor, { type: 'invite.create', invite: base }).allowed) return base;
  // A Viewer seat when that one is allowed (the license has no Full seat left); otherwise the Full-seat
  // invite goes ahead and its refusal is the answer the person sees.
  const viewer: Invite = { ...base, modelsSeat: 'viewer', weaveAccess: 'viewer' };
  return check(db.world, actor, { type: 'invite.create', invite: viewer }).allowed ? viewer : base;
}
