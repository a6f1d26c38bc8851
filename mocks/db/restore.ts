// Reading the stored records back into a world: the newest checkpoint that still matches the log, then
// the changes after it, each checked again by the engine and applied (at most CHECKPOINT_EVERY of them,
// never the whole log from the seed). A record that cannot be read, or that the engine refuses now, is
// dropped with its reason; a checkpoint that is damaged, or made before such a record, is passed over
// for an older one (in the end, the seed). A whole-JSON state of version 1 is replayed from its seed
// once, to be carried over.
import type { World } from '../engine/index';
import { fromCheckpoint } from './checkpoint';
import { replayLog, type ApplyFn, type AppliedReplayStep, type DroppedEntry, type RecheckFn } from './replay';
import { scenarioSeed, type ScenarioName } from './scenarios/index';
import { findInvariantViolations } from './scenarios/invariants';
import type { StoredRecords } from './storage';
import {
  parseChangeRecord,
  parseMeta,
  parseStoredState,
  CARRIED_STATE_VERSION,
  STATE_VERSION,
  STORAGE_KEY,
  type AuditEntry,
  type ChangeRecord,
  type StoredMeta,
  type StoredProblem,
} from './stored-state';

export type Restored =
  | { kind: 'empty' }
  /** Nothing usable: start fresh (keeping meta's demo settings), tell the problem, keep the bad value until asked. */
  | { kind: 'problem'; problem: StoredProblem; detail?: string; meta?: StoredMeta }
  /** The URL asked for another scenario than the stored one: start that one fresh, keeping the demo settings. */
  | { kind: 'other-scenario'; meta: StoredMeta }
  | {
      kind: 'ok';
      meta: StoredMeta;
      home: { homeOrgId: string; defaultActorId: string };
      world: World;
      /** The kept entries, in order. */
      log: ChangeRecord[];
      /** Entries before this index are in the checkpoint the world was restored from (not replayed). */
      restoredIndex: number;
      /** The entries replayed on top of it, with their worlds. */
      steps: AppliedReplayStep<ChangeRecord>[];
      dropped: DroppedEntry[];
      /** Set when this state came whole from an earlier version: it must be stored as records now. */
      carriedFrom?: string;
    };

interface Context {
  apply: ApplyFn;
  recheck: RecheckFn;
}

export function restore(
  records: StoredRecords,
  requested: ScenarioName | undefined,
  context: Context,
): Restored {
  if (records.meta === null || records.meta === undefined)
    return restoreLegacy(records.legacy, requested, context);
  const parsed = parseMeta(records.meta);
  if (parsed.kind !== 'ok') return { kind: 'problem', problem: parsed.problem };
  // Records of the previous version are replayed from the seed and stored again as this version's.
  const carried = parsed.meta.version !== STATE_VERSION;
  const meta: StoredMeta = { ...parsed.meta, version: STATE_VERSION };
  if (requested !== undefined && requested !== meta.scenario) return { kind: 'other-scenario', meta };

  const readable: ChangeRecord[] = [];
  const unreadable: DroppedEntry[] = [];
  for (const [seq, value] of records.changes) {
    const record = parseChangeRecord(seq, value);
    if (record) readable.push(record);
    else unreadable.push({ seq, entry: null, reason: 'it could not be read (the stored record is damaged)' });
  }
  const start = newestCheckpoint(records.checkpoints, readable, unreadable);
  // The seed (0.3 s on the large scenario) is built only when no checkpoint can be used.
  const built = start && meta.home ? null : scenarioSeed(meta.scenario, meta.baseTime, meta.history ?? false);
  const home = built ?? meta.home;
  const base = start?.world ?? built?.world;
  if (!home || !base) throw new Error('unreachable: a seed is built whenever a checkpoint is missing');
  const tail = readable.slice(start?.index ?? 0);
  const steps: AppliedReplayStep<ChangeRecord>[] = [];
  const replayed = replayLog(base, tail, context.apply, context.recheck, (s) => steps.push(s));
  const broken = tail.length > 0 ? findInvariantViolations(replayed.world)[0] : undefined;
  if (broken !== undefined) return { kind: 'problem', problem: 'replay', detail: broken, meta };
  return {
    kind: 'ok',
    meta,
    home: { homeOrgId: home.homeOrgId, defaultActorId: home.defaultActorId },
    world: replayed.world,
    log: [...readable.slice(0, start?.index ?? 0), ...replayed.kept],
    restoredIndex: start?.index ?? 0,
    steps,
    dropped: [...unreadable, ...replayed.dropped].sort((a, b) => a.seq - b.seq),
    ...(carried ? { carriedFrom: `records of version ${CARRIED_STATE_VERSION}` } : {}),
  };
}

/** The newest checkpoint made from exactly these first entries, with no unreadable record among them. */
function newestCheckpoint(
  checkpoints: ReadonlyMap<number, unknown>,
  readable: readonly AuditEntry[],
  unreadable: readonly DroppedEntry[],
): { index: number; world: World } | null {
  const firstBad = unreadable[0]?.seq ?? Infinity;
  for (const [index, value] of [...checkpoints].reverse()) {
    if (index <= 0 || index > readable.length) continue;
    const lastSeq = readable[index - 1]?.seq ?? 0;
    if (lastSeq > firstBad) continue;
    const world = fromCheckpoint(value, index, lastSeq);
    // Damaged rows would break a rule the world must keep: such a checkpoint is not used.
    if (world && findInvariantViolations(world).length === 0) return { index, world };
  }
  return null;
}

/** No state in records: a whole-JSON state of version 1 is carried over; an older one is outdated. */
function restoreLegacy(
  legacy: ReadonlyMap<string, string>,
  requested: ScenarioName | undefined,
  context: Context,
): Restored {
  const raw = legacy.get(STORAGE_KEY);
  if (raw === undefined)
    return legacy.size > 0 ? { kind: 'problem', problem: 'outdated' } : { kind: 'empty' };
  const parsed = parseStoredState(raw);
  if (parsed.kind !== 'ok') return { kind: 'problem', problem: parsed.problem };
  const { log, ...meta } = parsed.state;
  const stored: StoredMeta = { ...meta, version: STATE_VERSION };
  const restored = restore(
    { meta: stored, changes: new Map(log.map((e) => [e.seq, e])), checkpoints: new Map(), legacy: new Map() },
    requested,
    context,
  );
  return restored.kind === 'ok' ? { ...restored, carriedFrom: STORAGE_KEY } : restored;
}
