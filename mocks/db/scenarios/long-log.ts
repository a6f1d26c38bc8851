// A stored demo state with a long audit log: a scenario after `count` changes the engine allowed,
// drawn from the random-operation generator with a fixed seed (the same log on every run). Written
// straight to storage: committing 10,000 changes one by one would re-save the growing state each time.
import { buildScenario, type ScenarioName } from './index';
import { randomStep, RANDOM_OPS_BASE } from './random-operations';
import { actorId } from '../replay';
import { memoryStorage, type LogStorage } from '../storage';
import { STORAGE_KEY, WHOLE_STATE_VERSION, type AuditEntry, type StoredState } from '../stored-state';
import { apply, check, type Actor, type Operation, type World } from '../../engine/index';

/** mulberry32: a small seeded PRNG, so the log is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The changes the engine allows, one after another, drawn with a seed: each with the world after it. */
export function* allowedChanges(
  start: World,
  seed: number,
): Generator<{ actor: Actor; op: Operation; world: World }> {
  let world = start;
  const next = prng(seed);
  for (let refused = 0; refused < 100_000;) {
    const { actor, op } = randomStep(world, Array.from({ length: 10 }, next));
    if (!check(world, actor, op).allowed) {
      refused++;
      continue;
    }
    refused = 0;
    world = apply(world, actor, op);
    yield { actor, op, world };
  }
  throw new Error('100,000 changes in a row were refused');
}

export function storageWithLog(scenario: ScenarioName, count: number, seed = 1): LogStorage {
  const baseTime = RANDOM_OPS_BASE;
  const built = buildScenario(scenario, baseTime);
  const log: AuditEntry[] = [];
  for (const { actor, op } of allowedChanges(built.world, seed)) {
    if (log.length === count) break;
    const seq = log.length + 1;
    log.push({ id: `audit-bench-${seq}`, seq, at: baseTime, actorId: actorId(actor), viewAs: false, op });
  }
  const state: StoredState = {
    version: WHOLE_STATE_VERSION,
    scenario,
    baseTime,
    session: { actingUserId: built.defaultActorId },
    demo: { latencyMs: 0, failureRate: 0, failurePattern: [], failureScope: 'all' },
    log,
  };
  // Stored whole, as version 1 kept it: the first Db opened over it carries it over into records.
  return memoryStorage({ legacy: { [STORAGE_KEY]: JSON.stringify(state) } });
}
