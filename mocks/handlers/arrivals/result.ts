// What an arrival did, said plainly for the demo panel: which org, role, seat and teams, or none.
import type { World } from '../../engine/index';
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

export function arrivalResult(world: World, userId: string, via: string): ArrivalResult {
  const user = world.users.get(userId);
  if (!user) throw new Error(`The arrival left no account for ${userId}`);
  const org = user.orgId ? world.orgs.get(user.orgId) : undefined;
  const teams = world.teams
    .values()
    .filter((t) => t.members.get(user.id))
    .map((t) => t.name)
    .sort();
  const who = `${user.name} ${VIA[via] ?? 'arrived'}`;
  const domain = user.email.split('@')[1] ?? '';
  const summary = org
    ? `${who} and is now ${user.orgRole === 'admin' ? 'an' : 'a'} ${ORG_ROLE_LABELS[user.orgRole]} of ${org.name} with ${SEAT_PHRASE[user.modelsSeat]}, ` +
      (teams.length ? `in ${teams.length === 1 ? 'team' : 'teams'} ${teams.join(', ')}.` : 'in no team.')
    : `${who} but belongs to no organization: no organization has claimed ${domain}. An admin can invite them.`;
  return {
    outcome: org ? 'joined' : 'outside',
    person: { id: user.id, name: user.name, email: user.email },
    orgName: org?.name ?? null,
    orgRole: org ? user.orgRole : null,
    modelsSeat: user.modelsSeat,
    teams,
    summary,
  };
}
