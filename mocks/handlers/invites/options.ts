// The invite dialog's choices, each one decided by check() on the operation it would cause, so the UI
// disables exactly what the server would refuse, with the engine's reason.
import type {
  Actor,
  Decision,
  Invite,
  Operation,
  Org,
  OrgRole,
  RoleRef,
  Seat,
  World,
} from '../../engine/index';
import { check, decide, fullSeatsInUse, INVITE_TTL_DAYS, inviteExpiry, roleLabel } from '../../engine/index';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../src/api/role-labels';
import type { InviteOption, InviteOptions } from '../../../src/api/invites';
import { toApiDecision } from '../http/api-values';

const ORG_ROLES: OrgRole[] = ['admin', 'member', 'viewer'];
const SEATS: Seat[] = ['full', 'viewer', 'none'];
// An address nobody has, so a probe never trips "already a member" or "already invited".
const PROBE_EMAIL = 'invite-options-probe@example.invalid';

// check() scans every user for the invitee, so on the 10,000-user scenario ~30 probes take a few
// hundred ms: remember the answer until the world changes (each commit makes a new World object).
const cache = new WeakMap<World, Map<string, InviteOptions>>();

/** (world, actor, org, now, editing): see computeOptions. */
export function inviteOptions(...request: Parameters<typeof computeOptions>): InviteOptions {
  const [world, actor, org, , editing] = request;
  const key = `${actor.kind === 'user' ? actor.userId : actor.kind}|${org.id}|${editing?.id ?? ''}`;
  const known = cache.get(world)?.get(key);
  if (known) return known;
  const answer = computeOptions(...request);
  const forWorld = cache.get(world) ?? new Map<string, InviteOptions>();
  forWorld.set(key, answer);
  cache.set(world, forWorld);
  return answer;
}

function computeOptions(
  world: World,
  actor: Actor,
  org: Org,
  now: string,
  /** Editing a pending invite: probes become invite.update on it (its own Full seat is not "extra"). */
  editing: Invite | null,
): InviteOptions {
  const canInvite = decide(world, actor, 'organization:invite_user', { kind: 'org', orgId: org.id });
  const base = {
    org: { name: org.name, plan: org.plan, deployment: org.deployment },
    flow: org.deployment === 'saas' ? ('invite' as const) : ('add-user' as const),
    inviteTtlDays: INVITE_TTL_DAYS,
    canInvite: toApiDecision(canInvite),
  };
  // Someone who may not invite learns why, and nothing about seats or (hidden) teams.
  if (!canInvite.allowed)
    return {
      ...base,
      fullSeats: null,
      roles: [],
      teams: [],
      teamRoles: { admin: [], member: [], viewer: [] },
    };
  const probe = (orgRole: OrgRole, modelsSeat: Seat, teams: Invite['teams']): Decision => {
    const op: Operation = editing
      ? { type: 'invite.update', inviteId: editing.id, orgRole, modelsSeat, weaveAccess: modelsSeat, teams }
      : {
          type: 'invite.create',
          invite: {
            id: 'invite-options-probe',
            orgId: org.id,
            email: PROBE_EMAIL,
            orgRole,
            modelsSeat,
            weaveAccess: modelsSeat,
            teams,
            invitedById: actor.kind === 'user' ? actor.userId : '',
            sentAt: now,
            expiresAt: inviteExpiry(now),
            status: 'pending',
          },
        };
    return check(world, actor, op);
  };

  const roles = ORG_ROLES.map((role) => {
    const seats = SEATS.map((seat) => ({ seat, decision: probe(role, seat, []) }));
    // A role is possible when some seat makes it possible; else say why with its natural seat's refusal.
    const best = seats.find((s) => s.decision.allowed) ?? seats[role === 'viewer' ? 1 : 0];
    return {
      ...option(role, ORG_ROLE_LABELS[role], best?.decision ?? refusedNoSeat()),
      value: role,
      seats: seats.map((s) => option(s.seat, SEAT_LABELS[s.seat], s.decision)),
      bestSeat: seats.find((s) => s.decision.allowed)?.seat ?? (role === 'admin' ? 'full' : 'none'),
    };
  });
  const bestSeat = (role: OrgRole): Seat => roles.find((r) => r.value === role)?.bestSeat ?? 'none';

  const teams = world.teams
    .values()
    .filter((t) => t.orgId === org.id)
    .sort((a, b) => a.name.localeCompare(b.name));
  const refs: RoleRef[] = ['admin', 'member', 'viewer'];
  for (const r of world.customRoles.values()) if (r.orgId === org.id) refs.push(`custom:${r.id}`);
  // Team roles do not depend on which team for someone who may invite org-wide, so one probe team
  // keeps this linear on the 200-team scenario; the POST still checks every chosen team.
  const probeTeam = teams[0];
  const teamRoles = Object.fromEntries(
    ORG_ROLES.map((role) => [
      role,
      probeTeam
        ? refs.map((ref) =>
            option(
              ref,
              roleLabel(world, ref),
              probe(role, bestSeat(role), [{ teamId: probeTeam.id, role: ref }]),
            ),
          )
        : [],
    ]),
  ) as Record<OrgRole, InviteOption[]>;

  const used = fullSeatsInUse(world, org.id) - (editing?.modelsSeat === 'full' ? 1 : 0);
  return {
    ...base,
    fullSeats: { used, limit: org.fullSeatLimit, left: Math.max(0, org.fullSeatLimit - used) },
    roles: roles.map(({ bestSeat: _unused, ...r }) => r),
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    teamRoles,
  };
}

function option(value: string, label: string, decision: Decision): InviteOption {
  return { value, label, decision: toApiDecision(decision) };
}

function refusedNoSeat(): Decision {
  return {
    allowed: false,
    reasons: [{ step: 'seat', text: 'No Models seat fits this role', effect: 'deny' }],
  };
}
