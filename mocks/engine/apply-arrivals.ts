// apply() for invites and arrivals (§3): invite life cycle, acceptance, sign-up by domain, SSO.
import { arrivalSeat, joinTeams } from './apply-cascades';
import { emailDomain } from './lookup';
import type { Actor, JoinedVia, Org, OrgRole, Seat, User } from './model';
import type { NewPerson, Operation } from './operations';
import type { Draft } from './world-edit';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
export type ArrivalOp = Op<
  | 'invite.create'
  | 'invite.resend'
  | 'invite.revoke'
  | 'invite.update'
  | 'invite.accept'
  | 'signup'
  | 'sso.signIn'
>;

interface Joining {
  orgId: string | null;
  orgRole: OrgRole;
  modelsSeat: Seat;
  weaveAccess: Seat;
  joinedVia: JoinedVia;
}

/** Create the person or move an existing, org-less account into the org. */
function upsertPerson(draft: Draft, person: NewPerson, joining: Joining, at: string): User {
  const existing = draft.get('users', person.id);
  const user: User = existing
    ? { ...existing, ...joining, joinedAt: at, lastActiveAt: at }
    : {
        id: person.id,
        username: person.username,
        name: person.name,
        email: person.email,
        ...joining,
        joinedAt: at,
        lastActiveAt: at,
      };
  draft.set('users', user.id, user);
  return user;
}

/** A SaaS org that claimed this email's domain (§3.3). */
function capturingOrg(draft: Draft, email: string): Org | undefined {
  const domain = emailDomain(email);
  return draft.all('orgs').find((o) => o.deployment === 'saas' && o.domains.includes(domain));
}

export function applyArrivalOp(draft: Draft, _actor: Actor, op: ArrivalOp): void {
  switch (op.type) {
    case 'invite.create':
      draft.set('invites', op.invite.id, op.invite);
      return;
    case 'invite.resend':
      draft.update('invites', op.inviteId, (i) => ({ ...i, sentAt: op.sentAt, expiresAt: op.expiresAt }));
      return;
    case 'invite.revoke':
      draft.update('invites', op.inviteId, (i) => ({ ...i, status: 'revoked' }));
      return;
    case 'invite.update':
      draft.update('invites', op.inviteId, (i) => ({
        ...i,
        orgRole: op.orgRole ?? i.orgRole,
        modelsSeat: op.modelsSeat ?? i.modelsSeat,
        weaveAccess: op.weaveAccess ?? i.weaveAccess,
        teams: op.teams ?? i.teams,
      }));
      return;
    case 'invite.accept': {
      const invite = draft.get('invites', op.inviteId);
      if (!invite) return;
      draft.set('invites', invite.id, { ...invite, status: 'accepted' });
      const { orgRole, modelsSeat, weaveAccess } = invite;
      upsertPerson(
        draft,
        op.person,
        { orgId: invite.orgId, orgRole, modelsSeat, weaveAccess, joinedVia: 'invite' },
        op.at,
      );
      // Invited users get the invite's teams (and auto-add teams), never the default team (§3.3).
      joinTeams(draft, invite.orgId, op.person.id, invite.teams, op.at);
      return;
    }
    case 'signup': {
      const org = capturingOrg(draft, op.person.email);
      if (!org) {
        upsertPerson(
          draft,
          op.person,
          { orgId: null, orgRole: 'member', modelsSeat: 'none', weaveAccess: 'none', joinedVia: 'added' },
          op.at,
        );
        return;
      }
      const seat = arrivalSeat(draft, org);
      upsertPerson(
        draft,
        op.person,
        {
          orgId: org.id,
          orgRole: 'member',
          modelsSeat: seat,
          weaveAccess: seat,
          joinedVia: 'domain-capture',
        },
        op.at,
      );
      const defaultTeam = org.defaultTeamId ? [{ teamId: org.defaultTeamId, role: 'member' as const }] : [];
      joinTeams(draft, org.id, op.person.id, defaultTeam, op.at);
      return;
    }
    case 'sso.signIn': {
      const org = draft.get('orgs', op.orgId);
      const existing = draft.get('users', op.person.id);
      if (!org) return;
      if (existing?.orgId === org.id) {
        draft.set('users', existing.id, { ...existing, lastActiveAt: op.at });
        return;
      }
      const seat = arrivalSeat(draft, org);
      upsertPerson(
        draft,
        op.person,
        { orgId: org.id, orgRole: 'member', modelsSeat: seat, weaveAccess: seat, joinedVia: 'sso' },
        op.at,
      );
      joinTeams(draft, org.id, op.person.id, [], op.at);
      return;
    }
  }
}
