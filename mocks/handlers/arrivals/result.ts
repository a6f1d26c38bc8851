// What an arrival did, said plainly for the demo panel: which org (joined or created), role, seat and
// teams, or none.
import type { World } from '../../engine/index';
import { memberOf } from '../../engine/index';
import { type Seat } from '../../../src/api/common';
import { ORG_ROLE_LABELS } from '../../../src/api/role-labels';
import type { ArrivalResult } from '../../../src/api/arrivals';

const SEAT_PHRASE: Record<Seat, string> = {
  full: 'a Full Models seat',
  viewer: 'a Viewer Models seat',
  none: 'no Models seat',
};

const VIA: Record<string, string> = {
  'invite.accept': 'accepted the invite',
  signup: 'signed up',
  'sso.signIn': 'signed in with SSO',
};

/** The org the arrival joined: the one the person is in after it and was not before. */
function joinedOrgId(before: World, after: World, userId: string): string | null {
  const was = new Set(before.users.get(userId)?.orgs.map((m) => m.orgId));
  return after.users.get(userId)?.orgs.find((m) => !was.has(m.orgId))?.orgId ?? null;
}

export function arrivalResult(before: World, after: World, userId: string, via: string): ArrivalResult {
  const user = after.users.get(userId);
  if (!user) throw new Error(`The arrival left no account for ${userId}`);
  const orgId = joinedOrgId(before, after, userId);
  const org = orgId ? after.orgs.get(orgId) : undefined;
  const member = memberOf(after, userId, orgId);
  const founded = org !== undefined && !before.orgs.has(org.id);
  const teams = after.teams
    .values()
    .filter((t) => t.orgId === orgId && t.members.get(user.id))
    .map((t) => t.name)
    .sort();
  const who = `${user.name} ${VIA[via] ?? 'arrived'}`;
  const domain = user.email.split('@')[1] ?? '';
  const role = member ? ORG_ROLE_LABELS[member.orgRole] : '';
  const teamText = teams.length
    ? `in ${teams.length === 1 ? 'team' : 'teams'} ${teams.join(', ')}.`
    : 'in no team.';
  const trial = org?.trialEndsAt ? `, on a trial until ${org.trialEndsAt.slice(0, 10)}` : '';
  const claimed = founded && org.domains.length ? ` It claims ${org.domains.join(', ')}.` : '';
  const summary =
    org && member
      ? founded
        ? `${who} and created ${org.name}${trial}: they are its ${role} with ${SEAT_PHRASE[member.modelsSeat]}, ${teamText}${claimed}`
        : `${who} and is now ${member.orgRole === 'admin' ? 'an' : 'a'} ${role} of ${org.name} with ${SEAT_PHRASE[member.modelsSeat]}, ${teamText}`
      : `${who} but belongs to no organization: no organization has claimed ${domain}. An admin can invite them.`;
  return {
    outcome: founded ? 'founded' : org ? 'joined' : 'outside',
    person: { id: user.id, name: user.name, email: user.email },
    orgName: org?.name ?? null,
    orgRole: member?.orgRole ?? null,
    modelsSeat: member?.modelsSeat ?? 'none',
    teams,
    summary,
  };
}
