// The questions the engine and @casl/ability are both asked (bench/casl.bench.ts and its agreement
// test): who may do what on which project of the large scenario. Half ask about a project of one of the
// person's own teams (where roles, Restricted lists and caps decide), half about any project, and one in
// ten about a project where the person holds a project role.
import { buildScenario } from '../mocks/db/scenarios/index';
import {
  PROJECT_PERMISSIONS,
  type Actor,
  type Project,
  type Resource,
  type TeamPermission,
  type User,
  type World,
} from '../mocks/engine/index';
import { caslAbilityFor, indexWorld, projectSubject } from './casl-rules';

export interface Question {
  user: User;
  actor: Actor;
  permission: TeamPermission;
  project: Project;
  resource: Resource;
}

let large: World | undefined;
export function largeWorld(): World {
  large ??= buildScenario('large', '2025-06-01T00:00:00.000Z').world;
  return large;
}

export function benchQuestions(world: World, count: number): Question[] {
  const users = world.users.values();
  const projects = world.projects.values();
  const { projectsOf, teamsOf } = indexWorld(world);
  const overrides = projects.flatMap((p) => p.roleOverrides.keys().map((id) => [id, p] as const));
  return Array.from({ length: count }, (_, i) => {
    const held = i % 10 === 5 ? overrides[(i * 17) % overrides.length] : undefined;
    const user = (held ? world.users.get(held[0]) : users[(i * 7919) % users.length]) as User;
    const own = (teamsOf.get(user.id) ?? []).flatMap((t) => projectsOf.get(t.id) ?? []);
    const project = (held?.[1] ??
      (i % 2 === 0 && own.length > 0
        ? own[(i * 31) % own.length]
        : projects[(i * 104729) % projects.length])) as Project;
    return {
      user,
      actor: { kind: 'user', userId: user.id },
      permission: PROJECT_PERMISSIONS[(i * 13) % PROJECT_PERMISSIONS.length] as TeamPermission,
      project,
      resource: { kind: 'project', projectId: project.id },
    };
  });
}

/** Each question's CASL ability and subject, built once (outside any timing). */
export function caslSide(world: World, questions: readonly Question[]) {
  const index = indexWorld(world);
  const abilities = new Map<string, ReturnType<typeof caslAbilityFor>>();
  const subjects = new Map<string, ReturnType<typeof projectSubject>>();
  const prepared = questions.map((q) => {
    let ability = abilities.get(q.user.id);
    if (!ability) abilities.set(q.user.id, (ability = caslAbilityFor(world, index, q.user)));
    let subject = subjects.get(q.project.id);
    if (!subject) subjects.set(q.project.id, (subject = projectSubject(world, q.project)));
    return { ability, subject, permission: q.permission };
  });
  return {
    answer: (i: number): boolean => {
      const p = prepared[i];
      return p ? p.ability.can(p.permission, p.subject) : false;
    },
    prepared,
  };
}
