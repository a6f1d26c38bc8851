// The demo's state: the current World plus session and demo settings, loaded from storage by
// replaying the audit log over a scenario (each entry checked again by the engine), and written
// through after every change. A stored state that is damaged or from another version never breaks the
// app: the demo starts fresh in memory, a stored change the engine refuses is dropped, and
// `loadProblem` tells the user what and why (the stored value stays until the next commit/reset).
import type { Actor, World } from '../engine/index';
import type { Operation } from '../engine/index';
import { actorId, replayLog, type ApplyFn, type DroppedEntry, type RecheckFn } from './replay';
import { findInvariantViolations } from './scenarios/invariants';
import { buildScenario, type BuiltScenario, type ScenarioName } from './scenarios/index';
import { droppedMessage, problemOf, type LoadProblem } from './load-problem';

export type { LoadProblem } from './load-problem';
import type { StorageAdapter, StorageWriteResult } from './storage';
import {
  FAILURE_OUTCOMES,
  FAILURE_SCOPES,
  MAX_FAILURE_PATTERN,
  parseStoredState,
  problemMessage,
  STATE_VERSION,
  STORAGE_KEY,
  storageKey,
  type AuditEntry,
  type DemoSettings,
  type StoredProblem,
  type StoredState,
} from './stored-state';

export interface CreateDbOptions {
  storage: StorageAdapter;
  /** Requested scenario: a stored state of another scenario is replaced by a fresh one. */
  scenario?: ScenarioName;
  /** baseTime of a fresh seed (default: now()). A stored state keeps its own. */
  baseTime?: string;
  now?: () => string;
  /**
   * Told of every change the Db applies, from its log on load and from commit() after: the audit log
   * describes each change as it happens instead of replaying the log from the seed again.
   */
  observers?: readonly AppliedObserver[];
}

/** One applied change: the world before and after it, the stored entry and who made it. */
export interface AppliedStep {
  before: World;
  after: World;
  entry: AuditEntry;
  actor: Actor;
}
export type AppliedObserver = (db: Db, step: AppliedStep) => void;

/** An operation already checked and applied by the caller, with the worlds around it. */
export interface AppliedChange {
  op: Operation;
  before: World;
  after: World;
}

export const DEFAULT_DEMO: Readonly<DemoSettings> = {
  latencyMs: 0,
  failureRate: 0,
  failurePattern: [],
  failureScope: 'all',
};

export class Db {
  private built!: BuiltScenario;
  private current!: World;
  private state!: StoredState;
  private problem: LoadProblem | null = null;
  /** Stored changes the engine refused on load (shown with the load problem until dismissed). */
  private droppedOnLoad: readonly DroppedEntry[] = [];
  /** True while a bad stored value must be left alone (until the next commit or reset). */
  private keepStored = false;
  readonly now: () => string;
  private readonly observers: readonly AppliedObserver[];

  constructor(
    private readonly storage: StorageAdapter,
    private readonly apply: ApplyFn,
    private readonly recheck: RecheckFn,
    options: Omit<CreateDbOptions, 'storage'>,
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.observers = options.observers ?? [];
    this.load(options.scenario, options.baseTime);
  }

  get world(): World {
    return this.current;
  }
  get homeOrgId(): string {
    return this.built.homeOrgId;
  }
  get defaultActorId(): string {
    return this.built.defaultActorId;
  }
  get scenario(): ScenarioName {
    return this.state.scenario;
  }
  get baseTime(): string {
    return this.state.baseTime;
  }
  get session(): Readonly<StoredState['session']> {
    return this.state.session;
  }
  get demo(): Readonly<DemoSettings> {
    return this.state.demo;
  }
  get log(): readonly AuditEntry[] {
    return this.state.log;
  }
  get loadProblem(): LoadProblem | null {
    return this.problem;
  }
  /** The stored changes dropped on load, while the person has not dismissed the load problem. */
  get dropped(): readonly DroppedEntry[] {
    return this.problem?.kind === 'dropped' ? this.droppedOnLoad : [];
  }

  /**
   * Records changes already checked and applied (a transaction's steps, in order): one audit entry
   * per operation, observers told of each, saved once. The worlds are the ones the steps produced,
   * never applied again; the first step must start from the current world (nothing committed since).
   */
  commitApplied(
    actor: Actor,
    steps: readonly AppliedChange[],
    opts: { viewAs?: boolean } = {},
  ): AuditEntry[] {
    if (steps.length === 0) return [];
    if (steps[0]?.before !== this.current) throw new Error('The change was planned on an older world');
    const entries: AuditEntry[] = [];
    for (const { op, before, after } of steps) {
      // After the last stored seq (not the log's length): a dropped entry leaves a gap, ids stay unique.
      const seq = (this.state.log[this.state.log.length - 1]?.seq ?? 0) + 1;
      const entry: AuditEntry = {
        id: `audit-${Date.parse(this.state.baseTime).toString(36)}-${seq}`,
        seq,
        at: this.now(),
        actorId: actorId(actor),
        viewAs: opts.viewAs ?? false,
        // A copy: the log must not change if the caller later reuses or edits its object.
        op: structuredClone(op),
      };
      this.current = after;
      this.state = { ...this.state, log: [...this.state.log, entry] };
      this.tell({ before, after, entry, actor });
      entries.push(entry);
    }
    this.keepStored = false;
    if (this.problem?.kind === 'dropped') this.problem = null;
    this.save();
    return entries;
  }

  /** One operation the caller has checked, applied here (tests and seeding; handlers use commitApplied). */
  commit(actor: Actor, op: Operation, opts: { viewAs?: boolean } = {}): AuditEntry {
    const before = this.current;
    const [entry] = this.commitApplied(actor, [{ op, before, after: this.apply(before, actor, op) }], opts);
    if (!entry) throw new Error('Nothing was committed');
    return entry;
  }

  /** A write that failed after the fact (IndexedDB answers asynchronously): told like a full store. */
  reportSaveFailure(message: string): void {
    this.problem = { kind: 'quota', message: `${message} ${problemMessage('quota', '')}` };
  }

  setActingUser(userId: string | null): void {
    this.state = { ...this.state, session: { actingUserId: userId } };
    this.save();
  }

  /** Values are clamped to what the stored-state schema accepts, so a reload never rejects them. */
  setDemo(partial: Partial<DemoSettings>): void {
    const merged = { ...this.state.demo, ...partial };
    const demo: DemoSettings = {
      latencyMs: Math.max(0, Math.round(Number.isFinite(merged.latencyMs) ? merged.latencyMs : 0)),
      failureRate: Math.min(1, Math.max(0, Number.isFinite(merged.failureRate) ? merged.failureRate : 0)),
      failurePattern: merged.failurePattern
        .filter((o) => FAILURE_OUTCOMES.includes(o))
        .slice(0, MAX_FAILURE_PATTERN),
      failureScope: FAILURE_SCOPES.includes(merged.failureScope) ? merged.failureScope : 'all',
    };
    this.state = { ...this.state, demo };
    this.save();
  }

  /** A fresh seed of `scenario` (default: the current one) at baseTime = now(); demo settings stay. */
  reset(scenario: ScenarioName = this.state.scenario): void {
    this.seed(scenario, this.now(), this.state.demo);
    this.problem = null;
    this.keepStored = false;
    this.save();
  }

  /** The person has read the message: the fresh state replaces the bad stored value now. */
  dismissLoadProblem(): void {
    this.problem = null;
    this.keepStored = false;
    this.save();
  }

  private load(requested: ScenarioName | undefined, baseTime: string | undefined): void {
    const raw = this.storage.read(STORAGE_KEY);
    const fallback = requested ?? 'default';
    if (raw === null) {
      this.seed(fallback, baseTime ?? this.now(), DEFAULT_DEMO);
      if (this.hasLegacyState()) this.fail('outdated');
      else this.save();
      return;
    }
    const parsed = parseStoredState(raw);
    if (parsed.kind !== 'ok') {
      this.seed(fallback, baseTime ?? this.now(), DEFAULT_DEMO);
      this.fail(parsed.problem);
      return;
    }
    const stored = parsed.state;
    if (requested !== undefined && requested !== stored.scenario) {
      // The URL asked for another scenario: start it fresh, keeping the demo settings.
      this.seed(requested, baseTime ?? this.now(), stored.demo);
      this.save();
      return;
    }
    this.built = buildScenario(stored.scenario, stored.baseTime);
    const steps: AppliedStep[] = [];
    const replayed = replayLog(this.built.world, stored.log, this.apply, this.recheck, (step) =>
      steps.push(step),
    );
    // Every kept change was allowed by the engine, so the rules hold; checked anyway, because a
    // world that breaks them must never be served (the seed alone is checked by the scenario tests).
    const broken = stored.log.length > 0 ? findInvariantViolations(replayed.world)[0] : undefined;
    if (broken !== undefined) {
      this.seed(stored.scenario, baseTime ?? this.now(), stored.demo);
      this.fail('replay', broken);
      return;
    }
    this.current = replayed.world;
    this.state = { ...stored, log: replayed.kept };
    for (const step of steps) this.tell(step);
    if (replayed.dropped.length > 0) {
      this.droppedOnLoad = replayed.dropped;
      this.problem = {
        kind: 'dropped',
        message: droppedMessage(replayed.dropped.length, replayed.kept.length),
      };
      // The stored log keeps the dropped entries until the person dismisses this or changes something.
      this.keepStored = true;
    }
  }

  private seed(scenario: ScenarioName, baseTime: string, demo: DemoSettings): void {
    this.built = buildScenario(scenario, baseTime);
    this.current = this.built.world;
    this.state = {
      version: STATE_VERSION,
      scenario,
      baseTime: new Date(Date.parse(baseTime)).toISOString(),
      session: { actingUserId: this.built.defaultActorId },
      demo: { ...demo },
      log: [],
    };
  }

  private tell(step: AppliedStep): void {
    for (const observe of this.observers) observe(this, step);
  }

  private fail(problem: StoredProblem, detail?: string): void {
    this.problem = problemOf(problem, this.state.scenario, detail);
    this.keepStored = true;
  }

  private hasLegacyState(): boolean {
    for (let v = 0; v < STATE_VERSION; v++) if (this.storage.read(storageKey(v)) !== null) return true;
    return false;
  }

  private save(): void {
    if (this.keepStored) return;
    let result: StorageWriteResult;
    try {
      result = this.storage.write(STORAGE_KEY, JSON.stringify(this.state));
    } catch (error) {
      // Adapters should report, not throw; treat a throw the same way.
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (!result.ok) {
      this.problem = { kind: 'quota', message: `${result.message} ${problemMessage('quota', '')}` };
      return;
    }
    if (this.problem?.kind === 'quota') this.problem = null;
    for (let v = 0; v < STATE_VERSION; v++) this.storage.remove(storageKey(v));
  }
}

/**
 * Opens the demo state with a given apply and re-check (the engine's, or stand-ins in tests; without
 * a re-check every stored entry that applies is kept).
 */
export function openDb(options: CreateDbOptions & { apply: ApplyFn; recheck?: RecheckFn }): Db {
  const { storage, apply, recheck, ...rest } = options;
  return new Db(storage, apply, recheck ?? (() => null), rest);
}
