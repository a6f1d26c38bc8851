// Acme ML's months of history (issue 15): the changes that made the org what it is today, so a demo's
// Audit log starts with realistic entries. They are real operations: a fresh Db starts from the world
// before them (`start`) and commits each through the change log with its date, so the log, its
// replay, its exports and the world today all agree. `start` is today's world with each change undone
// by the engine's own apply; every step is checked by the engine when the history is replayed.
import { apply, check, type Actor, type Operation, type World } from '../../engine/index';
import { LAUNCH_MANAGER, LAUNCH_MANAGER_ID } from './custom-roles';
import { createClock } from './time';

export interface HistoryStep {
  actorId: string;
  at: string;
  op: Operation;
}

const user = (userId: string): Actor => ({ kind: 'user', userId });
const ava = 'user-achen';

/** Today's world without the history, and the history that leads back to it, oldest first. */
export function defaultHistory(today: World, baseTime: string): { start: World; history: HistoryStep[] } {
  const clock = createClock(baseTime);
  const launchManager = today.customRoles.get(LAUNCH_MANAGER_ID);
  if (!launchManager) throw new Error('The default scenario has no Launch Manager role');
  const project = (team: string, name: string) => `project-${team}-${name}`;
  // [days ago, who, the change, its undoing (null: deleting the role, undone before, already did)]
  const changes: [number, string, Operation, Operation | null][] = [
    [
      240,
      ava,
      { type: 'team.setRole', teamId: 'team-vision', principalId: 'user-cmendes', role: 'admin' },
      { type: 'team.setRole', teamId: 'team-vision', principalId: 'user-cmendes', role: 'member' },
    ],
    [
      160,
      ava,
      { type: 'member.setOrgRole', orgId: 'org-acme-ml', userId: 'user-bokafor', role: 'admin' },
      { type: 'member.setOrgRole', orgId: 'org-acme-ml', userId: 'user-bokafor', role: 'member' },
    ],
    [
      120,
      ava,
      { type: 'role.create', role: launchManager },
      { type: 'role.delete', roleId: LAUNCH_MANAGER_ID },
    ],
    [
      119,
      'user-kmensah',
      { type: 'team.setRole', teamId: 'team-infra', principalId: 'user-dramirez', role: LAUNCH_MANAGER },
      { type: 'team.setRole', teamId: 'team-infra', principalId: 'user-dramirez', role: 'member' },
    ],
    [
      118,
      'user-fhaddad',
      {
        type: 'team.setRole',
        teamId: 'team-llm-platform',
        principalId: 'user-cmartin',
        role: LAUNCH_MANAGER,
      },
      null,
    ],
    [
      110,
      'user-fhaddad',
      {
        type: 'project.setRole',
        projectId: project('llm-platform', 'inference-latency'),
        principalId: 'user-grossi',
        role: LAUNCH_MANAGER,
      },
      null,
    ],
    [
      95,
      'user-cmendes',
      {
        type: 'project.update',
        projectId: project('vision', 'segmentation-v2'),
        visibility: 'restricted',
        at: clock.daysAgo(95),
      },
      { type: 'project.update', projectId: project('vision', 'segmentation-v2'), visibility: 'team', at: '' },
    ],
    [
      75,
      'user-atanaka',
      {
        type: 'project.update',
        projectId: project('vision', 'medical-imaging'),
        visibility: 'restricted',
        at: clock.daysAgo(75),
      },
      { type: 'project.update', projectId: project('vision', 'medical-imaging'), visibility: 'team', at: '' },
    ],
  ];
  // Undo the newest first, so each undoing meets the world its change left.
  let start = today;
  for (const [, who, , undo] of [...changes].reverse()) {
    if (!undo) continue;
    const step =
      undo.type === 'project.update'
        ? { ...undo, at: today.projects.get(undo.projectId)?.createdAt ?? '' }
        : undo;
    start = apply(start, user(who), step);
  }
  return {
    start,
    history: changes.map(([days, actorId, op]) => ({ actorId, at: clock.daysAgo(days), op })),
  };
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
