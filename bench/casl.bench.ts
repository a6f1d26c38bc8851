// The engine side by side with @casl/ability on the same 1,000 decisions of the large scenario (who may
// do what on which project). Two CASL figures: with every ability and subject built before timing
// (CASL's best case: only can() is timed), and with each question's ability built from the current
// world when it is asked, as a server does per request (abilities derive from state that any change
// may alter). The engine answers from the world and the ids asked (its per-world cache of what each
// asker is in each team is warm after the first round; one entry measures it empty every round). The
// agreement on these questions is in the group's name (a test, bench/casl-agreement.test.ts, requires
// 100% on a larger sample).
// Run: npm run bench
import { bench, describe } from 'vitest';
import { allows, decide, type World } from '../mocks/engine/index';
import { benchQuestions, caslSide, largeWorld } from './casl-questions';
import { caslAbilityFor, indexWorld, projectSubject } from './casl-rules';

const world = largeWorld();
const questions = benchQuestions(world, 1000);
const casl = caslSide(world, questions);
const agreed = questions.filter(
  (q, i) => allows(world, q.actor, q.permission, q.resource) === casl.answer(i),
).length;
const agreement = `${((agreed / questions.length) * 100).toFixed(1)}% agreement`;

// Each figure is sampled for 2 s instead of 0.5 s: on a shared machine, a load spike during one short
// round would otherwise decide the ratio.
const LONG = { time: 2_000 };

describe(`engine vs @casl/ability, 1,000 project decisions, large (${agreement})`, () => {
  // The two prepared figures first and side by side, before the rounds that leave garbage behind
  // (decide()'s words, new caches, per-request abilities), so neither pays for another's collection.
  bench(
    'engine: allows() × 1,000, the verdict',
    () => {
      for (const q of questions) allows(world, q.actor, q.permission, q.resource);
    },
    LONG,
  );
  bench(
    '@casl/ability: ability.can() × 1,000, abilities built before timing',
    () => {
      for (const p of casl.prepared) p.ability.can(p.permission, p.subject);
    },
    LONG,
  );
  // allows() keeps what each asker is in each team per world (team-facts.ts), as CASL keeps a prepared
  // ability; any change makes a new world, whose cache starts empty. This round asks a new world each
  // time (the tables shared, the cache not), as the first questions after a change do.
  bench(
    'engine: allows() × 1,000 on a new world each round (its cache empty)',
    () => {
      const changed: World = { ...world };
      for (const q of questions) allows(changed, q.actor, q.permission, q.resource);
    },
    LONG,
  );
  bench(
    'engine: decide() × 1,000, with every reason',
    () => {
      for (const q of questions) decide(world, q.actor, q.permission, q.resource);
    },
    LONG,
  );
  // The world's team and project indexes stay prepared (the engine keeps such indexes too).
  const index = indexWorld(world);
  bench('@casl/ability: the asker’s ability built, then can() × 1,000 (per request)', () => {
    for (const q of questions)
      caslAbilityFor(world, index, q.user).can(q.permission, projectSubject(world, q.project));
  });
});
