// Acme ML's months of history (issue 15): the changes that made the org what it is today, so a demo's
// Audit log reads like a real org's — people invited and arriving, an invite revoked, roles changed,
// custom roles created and given, projects made Restricted, team settings and seats changed. They are
// real operations: a fresh Db starts from the world before them (`start`) and commits each through the
// change log with its date, so the log, its replay, its exports and the world today all agree. `start`
// is today's world with each change undone, newest first: by the engine's own apply where an operation
// undoes it, else by taking out what the change brought (an invite sent, a person who arrived). Every
// step is checked by the engine when the history is replayed.
import {
  apply,
  check,
  type Actor,
  type Invite,
  type Operation,
  type RoleRef,
  type World,
} from '../../engine/index';
import { ACME_ORG_ID } from './default-scenario';
import { ARTIFACT_CURATOR, ARTIFACT_CURATOR_ID, LAUNCH_MANAGER, LAUNCH_MANAGER_ID } from './custom-roles';
import { createClock } from './time';

export interface HistoryStep {
  actorId: string;
  at: string;
  op: Operation;
}

const user = (userId: string): Actor => ({ kind: 'user', userId });
const ava = 'user-achen';
const ben = 'user-bokafor';

/** One change: when, by whom, what, and how to take today's world back to before it (null: an earlier undo did). */
interface Change {
  at: string;
  by: string;
  op: Operation;
  undo: ((world: World) => World) | null;
}

/** Undone by the engine: the inverse operation, as the same person. */
const inverse =
  (by: string, op: Operation) =>
  (world: World): World =>
    apply(world, user(by), op);

/** Before an invite was sent: it is not there. */
const unsent =
  (inviteId: string) =>
  (world: World): World => ({ ...world, invites: world.invites.without(inviteId) });

/** Before a person arrived by their invite: no account, on no team or project list, the invite pending. */
const notArrived =
  (userId: string, inviteId: string) =>
  (world: World): World => {
    let teams = world.teams;
    for (const team of world.teams.values())
      if (team.members.has(userId))
        teams = teams.with(team.id, { ...team, members: team.members.without(userId) });
    return {
      ...world,
      users: world.users.without(userId),
      teams,
      invites: world.invites.update(inviteId, (i) => ({ ...i, status: 'pending' })),
    };
  };

/** Today's world without the history, and the history that leads back to it, oldest first. */
export function defaultHistory(today: World, baseTime: string): { start: World; history: HistoryStep[] } {
  const clock = createClock(baseTime);
  const role = (id: string) => {
    const found = today.customRoles.get(id);
    if (!found) throw new Error(`The default scenario has no custom role ${id}`);
    return found;
  };
  const invite = (email: string): Invite => {
    const found = today.invites.values().find((i) => i.email === email);
    if (!found) throw new Error(`The default scenario has no invite for ${email}`);
    return found;
  };
  const project = (team: string, name: string) => `project-${team}-${name}`;
  const teamJoin = (teamId: string, userId: string) =>
    today.teams.get(teamId)?.members.get(userId)?.joinedAt ?? '';

  // An invite sent (by whom and when it says) and, for an arrival, accepted when the person joined.
  const sent = (email: string): Change => {
    const i = invite(email);
    return {
      at: i.sentAt,
      by: i.invitedById,
      op: { type: 'invite.create', invite: { ...i, status: 'pending' } },
      undo: unsent(i.id),
    };
  };
  const arrived = (userId: string, email: string): Change[] => {
    const person = today.users.get(userId);
    const joinedAt = person?.orgs.find((m) => m.orgId === ACME_ORG_ID)?.joinedAt;
    const i = invite(email);
    if (!person || !joinedAt || i.status !== 'accepted')
      throw new Error(`${userId} did not arrive by invite`);
    const { id, username, name } = person;
    return [
      sent(email),
      {
        at: joinedAt,
        by: userId,
        op: { type: 'invite.accept', inviteId: i.id, person: { id, username, name, email }, at: joinedAt },
        undo: notArrived(userId, i.id),
      },
    ];
  };
  const teamRole = (
    daysAgo: number,
    by: string,
    teamId: string,
    principalId: string,
    to: RoleRef,
    from: RoleRef | null,
  ): Change => ({
    at: clock.daysAgo(daysAgo),
    by,
    op: { type: 'team.setRole', teamId, principalId, role: to },
    undo: from === null ? null : inverse(by, { type: 'team.setRole', teamId, principalId, role: from }),
  });
  // A custom role created when the role says it was.
  const created = (by: string, roleId: string): Change => {
    const r = role(roleId);
    return {
      at: r.createdAt,
      by,
      op: { type: 'role.create', role: r },
      undo: inverse(by, { type: 'role.delete', roleId }),
    };
  };
  const restricted = (daysAgo: number, by: string, projectId: string): Change => ({
    at: clock.daysAgo(daysAgo),
    by,
    op: { type: 'project.update', projectId, visibility: 'restricted', at: clock.daysAgo(daysAgo) },
    // The project as it was: Team visibility, last updated when it was created.
    undo: (world) =>
      apply(world, user(by), {
        type: 'project.update',
        projectId,
        visibility: 'team',
        at: today.projects.get(projectId)?.createdAt ?? '',
      }),
  });

  // Oldest first. Days carry a fraction: changes happen at any time of day.
  const changes: Change[] = [
    teamRole(240.3, ava, 'team-vision', 'user-cmendes', 'admin', 'member'),
    ...arrived('user-dvolkov', 'dmitri.volkov@acme-ml.com'),
    {
      at: clock.daysAgo(205.4),
      by: 'user-ipetrov',
      op: { type: 'team.updateSettings', teamId: 'team-safety-evals', settings: { hidden: true } },
      undo: inverse('user-ipetrov', {
        type: 'team.updateSettings',
        teamId: 'team-safety-evals',
        settings: { hidden: false },
      }),
    },
    {
      at: clock.daysAgo(160.2),
      by: ava,
      op: { type: 'member.setOrgRole', orgId: ACME_ORG_ID, userId: ben, role: 'admin' },
      undo: inverse(ava, { type: 'member.setOrgRole', orgId: ACME_ORG_ID, userId: ben, role: 'member' }),
    },
    created(ava, LAUNCH_MANAGER_ID),
    teamRole(119.2, 'user-kmensah', 'team-infra', 'user-dramirez', LAUNCH_MANAGER, 'member'),
    // Undone by deleting the role (its holders fall back to its base, View-Only, as Chloe was).
    teamRole(118.3, 'user-fhaddad', 'team-llm-platform', 'user-cmartin', LAUNCH_MANAGER, null),
    {
      at: clock.daysAgo(110.4),
      by: 'user-fhaddad',
      op: {
        type: 'project.setRole',
        projectId: project('llm-platform', 'inference-latency'),
        principalId: 'user-grossi',
        role: LAUNCH_MANAGER,
      },
      undo: null,
    },
    ...arrived('user-gkim', 'grace.kim@acme-ml.com'),
    {
      at: clock.daysAgo(99.1),
      by: 'user-ipetrov',
      op: {
        type: 'project.addMember',
        projectId: project('safety-evals', 'red-team-reports'),
        principalId: 'user-gkim',
      },
      undo: inverse('user-ipetrov', {
        type: 'project.removeMember',
        projectId: project('safety-evals', 'red-team-reports'),
        principalId: 'user-gkim',
      }),
    },
    restricted(95.2, 'user-cmendes', project('vision', 'segmentation-v2')),
    created(ava, ARTIFACT_CURATOR_ID),
    teamRole(89.2, ava, 'team-ml-research', 'user-jli', ARTIFACT_CURATOR, 'member'),
    {
      // She keeps logging runs in one project: a project role above her team role.
      at: clock.daysAgo(88.6),
      by: ava,
      op: {
        type: 'project.setRole',
        projectId: project('ml-research', 'rlhf-experiments'),
        principalId: 'user-jli',
        role: 'member',
      },
      // Undone with her team role: back to Member there, the project role that matched it goes.
      undo: null,
    },
    restricted(75.3, 'user-atanaka', project('vision', 'medical-imaging')),
    {
      at: teamJoin('team-vision', 'user-hlaurent'),
      by: 'user-cmendes',
      op: {
        type: 'team.addMember',
        teamId: 'team-vision',
        principalId: 'user-hlaurent',
        role: 'viewer',
        at: teamJoin('team-vision', 'user-hlaurent'),
      },
      undo: inverse('user-cmendes', {
        type: 'team.removeMember',
        teamId: 'team-vision',
        principalId: 'user-hlaurent',
      }),
    },
    {
      at: clock.daysAgo(45.2),
      by: ava,
      op: {
        type: 'member.setSeat',
        orgId: ACME_ORG_ID,
        userId: 'user-bcosta',
        modelsSeat: 'viewer',
        weaveAccess: 'viewer',
      },
      undo: inverse(ava, {
        type: 'member.setSeat',
        orgId: ACME_ORG_ID,
        userId: 'user-bcosta',
        modelsSeat: 'full',
        weaveAccess: 'full',
      }),
    },
    sent('contractor@example.com'),
    {
      at: clock.daysAgo(27.5),
      by: ben,
      op: { type: 'invite.revoke', inviteId: invite('contractor@example.com').id },
      undo: (world) => ({
        ...world,
        invites: world.invites.update(invite('contractor@example.com').id, (i) => ({
          ...i,
          status: 'pending',
        })),
      }),
    },
    ...arrived('user-fweber', 'felix.weber@acme-ml.com'),
    sent('jonas.berg@gmail.com'),
    ...arrived('user-yyilmaz', 'yusuf.yilmaz@acme-ml.com'),
    sent('kenji.watanabe@acme-ml.com'),
    {
      at: clock.daysAgo(3.2),
      by: 'user-kmensah',
      op: { type: 'team.updateSettings', teamId: 'team-infra', settings: { autoAddNewUsers: true } },
      undo: inverse('user-kmensah', {
        type: 'team.updateSettings',
        teamId: 'team-infra',
        settings: { autoAddNewUsers: false },
      }),
    },
    sent('nora.lindqvist@acme-ml.com'),
    sent('leila.aziz@acme-ml.com'),
  ];
  // Undo the newest first, so each undoing meets the world its change left.
  let start = today;
  for (const { undo } of [...changes].reverse()) if (undo) start = undo(start);
  return { start, history: changes.map(({ at, by, op }) => ({ actorId: by, at, op })) };
}

/** The world after the history, each step checked by the engine as it was when it happened. */
export function replayHistory(start: World, history: readonly HistoryStep[]): World {
  let world = start;
  for (const { actorId, op } of history) {
    const decision = check(world, user(actorId), op);
    if (!decision.allowed) {
      throw new Error(
        `History step ${op.type} by ${actorId} is refused: ${decision.reasons.at(-1)?.text ?? ''}`,
      );
    }
    world = apply(world, user(actorId), op);
  }
  return world;
}
