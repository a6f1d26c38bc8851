// The demo's state: the current World plus session and demo settings, loaded from storage (the newest
// checkpoint, then the changes after it, each checked again by the engine: restore.ts) and written
// through after every change: one record appended per change, a checkpoint every CHECKPOINT_EVERY
// changes, the meta only when the session or demo settings change. A stored state that is damaged or
// from another version never breaks the app: the demo starts fresh in memory, a stored change the
// engine refuses is dropped, and `loadProblem` tells the user what and why (the stored records stay
// until the next commit, reset or dismissal, which rewrites them).
import type { Actor, World } from '../engine/index';
import type { Operation } from '../engine/index';
import { actorId, type ApplyFn, type DroppedEntry, type RecheckFn } from './replay';
import { scenarioSeed, type ScenarioName } from './scenarios/index';
import { droppedMessage, problemOf, type LoadProblem } from './load-problem';
import { CHECKPOINT_EVERY, CHECKPOINTS_KEPT, fromCheckpoint, toCheckpoint } from './checkpoint';
import { restore } from './restore';

export type { LoadProblem } from './load-problem';
import type { LogStorage, StorageWriteResult } from './storage';
import {
  FAILURE_OUTCOMES,
  FAILURE_SCOPES,
  MAX_FAILURE_PATTERN,
  problemMessage,
  STATE_VERSION,
  type AuditEntry,
  type ChangeRecord,
  type DemoSettings,
  type StoredMeta,
  type StoredProblem,
} from './stored-state';

export interface CreateDbOptions {
  storage: LogStorage;
  /**
   * Whole-JSON states an earlier version kept elsewhere (localStorage), by key: carried over when the
   * storage holds no state yet.
   */
  legacy?: ReadonlyMap<string, string>;
  /** Requested scenario: a stored state of another scenario is replaced by a fresh one. */
  scenario?: ScenarioName;
  /** baseTime of a fresh seed (default: now()). A stored state keeps its own. */
  baseTime?: string;
  now?: () => string;
  /**
   * Told of every change the Db applies, on load (the changes after the checkpoint) and on commit: the
   * audit log describes each change as it happens. What an observer returns is stored with the change
   * (its note), so a later load reads the description instead of replaying the log from the seed.
   */
  observers?: readonly AppliedObserver[];
  /**
   * A fresh seed's log starts with the scenario's months of history (default-history.ts), so the
   * Audit log of a demo is not empty: the browser's backend asks for it. Tests start from today's
   * world with an empty log. A stored state keeps what it was seeded with (its meta says).
   */
  history?: boolean;
}

/** One applied change: the world before and after it, the stored entry and who made it. */
export interface AppliedStep {
  before: World;
  after: World;
  entry: AuditEntry;
  actor: Actor;
}
export type AppliedObserver = (db: Db, step: AppliedStep) => unknown;

/** An operation already checked and applied by the caller, with the worlds around it. */
export interface AppliedChange {
  op: Operation;
  before: World;
  after: World;
}

/**
 * A shared server's session for one request (ADR 0027): who signed in, whom they act as (themselves,
 * or the person an org Admin views as) and the org shown. Never stored with the state.
 */
export interface RequestSession {
  signedInUserId: string | null;
  actingUserId: string | null;
  orgId?: string;
}

export const DEFAULT_DEMO: Readonly<DemoSettings> = {
  latencyMs: 0,
  failureRate: 0,
  failurePattern: [],
  failureScope: 'all',
};

export class Db {
  private home!: { homeOrgId: string; defaultActorId: string };
  private current!: World;
  private meta!: StoredMeta;
  private entries: AuditEntry[] = [];
  /** What the observers returned for each entry (stored with it), by seq. */
  private readonly notes = new Map<number, unknown>();
  /** Worlds after the first `index` entries: checkpoints read or made while this Db is open. */
  private readonly checkpoints = new Map<number, World>();
  /** Checkpoints as stored when loaded, read only if asked for (checkpoint()). */
  private storedCheckpoints: ReadonlyMap<number, unknown> = new Map();
  private restoredFrom = 0;
  private problem: LoadProblem | null = null;
  /** Stored changes the engine refused on load (shown with the load problem until dismissed). */
  private droppedOnLoad: readonly DroppedEntry[] = [];
  /** True while a bad stored value must be left alone (until the next commit or reset): then rewritten. */
  private keepStored = false;
  /** Keys of whole-JSON states of earlier versions, removed once the state is stored as records. */
  private legacyKeys: string[] = [];
  /** Set while a shared server answers one request: the session is that request's, not the stored one. */
  private requestSession: RequestSession | null = null;
  readonly now: () => string;
  private readonly withHistory: boolean;
  private readonly observers: readonly AppliedObserver[];

  constructor(
    private readonly storage: LogStorage,
    private readonly apply: ApplyFn,
    private readonly recheck: RecheckFn,
    options: Omit<CreateDbOptions, 'storage'>,
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.withHistory = options.history ?? false;
    this.observers = options.observers ?? [];
    this.load(options.scenario, options.baseTime, options.legacy);
  }

  get world(): World {
    return this.current;
  }
  get homeOrgId(): string {
    return this.home.homeOrgId;
  }
  /** The org the console shows: the one picked in the org switcher while it exists, else the home org. */
  get currentOrgId(): string {
    const picked = this.session.orgId;
    if (picked !== undefined && this.current.orgs.has(picked)) return picked;
    // A server's state began empty: its first org stands in for the scenario's home org.
    return this.current.orgs.has(this.home.homeOrgId)
      ? this.home.homeOrgId
      : (this.current.orgs.keys()[0] ?? this.home.homeOrgId);
  }
  get defaultActorId(): string {
    return this.home.defaultActorId;
  }
  get scenario(): ScenarioName {
    return this.meta.scenario;
  }
  get baseTime(): string {
    return this.meta.baseTime;
  }
  get session(): Readonly<StoredMeta['session'] & { signedInUserId?: string | null }> {
    return this.requestSession ?? this.meta.session;
  }

  /**
   * Runs one request of a shared server under its own session (the caller runs one at a time); View as
   * and the org switcher change that session, which the caller keeps for the person's next request.
   */
  async withSession<T>(session: RequestSession, answer: () => Promise<T>): Promise<[T, RequestSession]> {
    this.requestSession = { ...session };
    try {
      const result = await answer();
      return [result, this.requestSession];
    } finally {
      this.requestSession = null;
    }
  }
  get demo(): Readonly<DemoSettings> {
    return this.meta.demo;
  }
  get log(): readonly AuditEntry[] {
    return this.entries;
  }
  /** The log starts with the scenario's history: it replays from the world before it. */
  get seededWithHistory(): boolean {
    return this.meta.history ?? false;
  }
  get loadProblem(): LoadProblem | null {
    return this.problem;
  }
  /** The stored changes dropped on load, while the person has not dismissed the load problem. */
  get dropped(): readonly DroppedEntry[] {
    return this.problem?.kind === 'dropped' ? this.droppedOnLoad : [];
  }
  /** The first this many entries of the log were not replayed on load: they came in a checkpoint. */
  get restoredIndex(): number {
    return this.restoredFrom;
  }
  /** What an observer returned for this entry when it was made (stored with it), if anything. */
  noteOf(seq: number): unknown {
    return this.notes.get(seq);
  }
  /** The world after the first `index` entries of the log, when a checkpoint of it is at hand. */
  checkpoint(index: number): World | undefined {
    const kept = this.checkpoints.get(index);
    if (kept) return kept;
    const stored = this.storedCheckpoints.get(index);
    if (stored === undefined || index > this.entries.length) return undefined;
    const world = fromCheckpoint(stored, index, this.entries[index - 1]?.seq ?? 0) ?? undefined;
    if (world) this.checkpoints.set(index, world);
    return world;
  }

  /**
   * Records changes already checked and applied (a transaction's steps, in order): one audit entry
   * per operation, observers told of each, each appended to storage. The worlds are the ones the steps
   * produced, never applied again; the first step must start from the current world.
   */
  commitApplied(
    actor: Actor,
    steps: readonly AppliedChange[],
    opts: { viewAs?: boolean } = {},
  ): AuditEntry[] {
    if (steps.length === 0) return [];
    if (steps[0]?.before !== this.current) throw new Error('The change was planned on an older world');
    const entries: AuditEntry[] = [];
    const madeCheckpoints: number[] = [];
    for (const { op, before, after } of steps) {
      const entry = this.logEntry(actor, op, before, after, opts);
      if (this.entries.length % CHECKPOINT_EVERY === 0) madeCheckpoints.push(this.entries.length);
      entries.push(entry);
    }
    if (this.problem?.kind === 'dropped') this.problem = null;
    if (this.keepStored) this.rewrite();
    else this.append(entries, madeCheckpoints);
    return entries;
  }

  /** One change into the log in memory: its entry, the observers' note, a checkpoint every so often. */
  private logEntry(
    actor: Actor,
    op: Operation,
    before: World,
    after: World,
    opts: { viewAs?: boolean; at?: string },
  ): AuditEntry {
    // After the last stored seq (not the log's length): a dropped entry leaves a gap, ids stay unique.
    const seq = (this.entries[this.entries.length - 1]?.seq ?? 0) + 1;
    const entry: AuditEntry = {
      id: `audit-${Date.parse(this.meta.baseTime).toString(36)}-${seq}`,
      seq,
      at: opts.at ?? this.now(),
      actorId: actorId(actor),
      viewAs: opts.viewAs ?? false,
      // A copy: the log must not change if the caller later reuses or edits its object.
      op: structuredClone(op),
    };
    this.current = after;
    this.entries = [...this.entries, entry];
    this.noteFor(entry, this.tell({ before, after, entry, actor }));
    if (this.entries.length % CHECKPOINT_EVERY === 0) this.checkpoints.set(this.entries.length, after);
    return entry;
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

  /** Signing in or out on a shared server: the request's whole session changes. */
  replaceSession(session: RequestSession): void {
    if (!this.requestSession) throw new Error('Only a request of a shared server has its own session');
    this.requestSession = { ...session };
  }

  setActingUser(userId: string | null): void {
    if (this.requestSession) {
      this.requestSession = { ...this.requestSession, actingUserId: userId };
      return;
    }
    this.meta = { ...this.meta, session: { ...this.meta.session, actingUserId: userId } };
    this.saveMeta();
  }

  /** The org switcher: which org the console shows (a view setting, like View as; not a change). */
  setCurrentOrg(orgId: string): void {
    if (this.requestSession) {
      this.requestSession = { ...this.requestSession, orgId };
      return;
    }
    this.meta = { ...this.meta, session: { ...this.meta.session, orgId } };
    this.saveMeta();
  }

  /** Values are clamped to what the stored-state schema accepts, so a reload never rejects them. */
  setDemo(partial: Partial<DemoSettings>): void {
    const merged = { ...this.meta.demo, ...partial };
    const demo: DemoSettings = {
      latencyMs: Math.max(0, Math.round(Number.isFinite(merged.latencyMs) ? merged.latencyMs : 0)),
      failureRate: Math.min(1, Math.max(0, Number.isFinite(merged.failureRate) ? merged.failureRate : 0)),
      failurePattern: merged.failurePattern
        .filter((o) => FAILURE_OUTCOMES.includes(o))
        .slice(0, MAX_FAILURE_PATTERN),
      failureScope: FAILURE_SCOPES.includes(merged.failureScope) ? merged.failureScope : 'all',
    };
    this.meta = { ...this.meta, demo };
    this.saveMeta();
  }

  /** A fresh seed of `scenario` (default: the current one) at baseTime = now(); demo settings stay. */
  reset(scenario: ScenarioName = this.meta.scenario): void {
    this.seed(scenario, this.now(), this.meta.demo);
    this.problem = null;
    this.rewrite();
  }

  /** The person has read the message: the fresh state replaces the bad stored value now. */
  dismissLoadProblem(): void {
    this.problem = null;
    if (this.keepStored) this.rewrite();
  }

  private load(
    requested: ScenarioName | undefined,
    baseTime: string | undefined,
    legacy: ReadonlyMap<string, string> | undefined,
  ): void {
    const read = this.storage.read();
    const records = read.meta === null && read.legacy.size === 0 && legacy ? { ...read, legacy } : read;
    this.legacyKeys = [...records.legacy.keys()];
    const fresh = (demo: DemoSettings, scenario = requested ?? 'default') =>
      this.seed(scenario, baseTime ?? this.now(), demo);
    const restored = restore(records, requested, { apply: this.apply, recheck: this.recheck });
    switch (restored.kind) {
      case 'empty':
        fresh(DEFAULT_DEMO);
        this.rewrite();
        return;
      case 'other-scenario':
        fresh(restored.meta.demo);
        this.rewrite();
        return;
      case 'problem':
        fresh(restored.meta?.demo ?? DEFAULT_DEMO, restored.meta?.scenario);
        this.fail(restored.problem, restored.detail);
        return;
      case 'ok':
        break;
    }
    this.home = restored.home;
    this.current = restored.world;
    this.meta = { ...restored.meta, home: restored.home };
    this.storedCheckpoints = records.checkpoints;
    this.restoredFrom = restored.restoredIndex;
    this.entries = [];
    for (const { note, ...entry } of restored.log.slice(0, restored.restoredIndex)) {
      this.entries.push(entry);
      if (note !== undefined) this.notes.set(entry.seq, note);
    }
    for (const step of restored.steps) {
      const { note: stored, ...entry }: ChangeRecord = step.entry;
      this.entries.push(entry);
      this.noteFor(entry, this.tell({ ...step, entry }) ?? stored);
    }
    if (restored.dropped.length > 0) {
      this.droppedOnLoad = restored.dropped;
      this.problem = {
        kind: 'dropped',
        message: droppedMessage(restored.dropped.length, restored.log.length),
      };
      // The stored records keep the dropped entries until the person dismisses this or changes something.
      this.keepStored = true;
    }
    // A whole state of an earlier version: stored as records from now on (carried over once).
    if (restored.carriedFrom !== undefined && !this.keepStored) this.rewrite();
  }

  private seed(scenario: ScenarioName, baseTime: string, demo: DemoSettings): void {
    const built = scenarioSeed(scenario, baseTime, this.withHistory);
    this.home = { homeOrgId: built.homeOrgId, defaultActorId: built.defaultActorId };
    this.current = built.world;
    this.meta = {
      version: STATE_VERSION,
      scenario,
      baseTime: new Date(Date.parse(baseTime)).toISOString(),
      session: { actingUserId: built.defaultActorId },
      demo: { ...demo },
      home: this.home,
      ...(built.history.length > 0 ? { history: true } : {}),
    };
    this.entries = [];
    this.notes.clear();
    this.checkpoints.clear();
    this.storedCheckpoints = new Map();
    this.restoredFrom = 0;
    // The scenario's history (default-history.ts): its first changes, dated months back. In memory
    // only: the caller writes the fresh state (or leaves a bad stored one alone until it may).
    for (const { actorId: userId, at, op } of built.history) {
      const actor: Actor = { kind: 'user', userId };
      this.logEntry(actor, op, this.current, this.apply(this.current, actor, op), { at });
    }
  }

  /** Tells every observer; what the last one returned is the entry's note. */
  private tell(step: AppliedStep): unknown {
    let note: unknown;
    for (const observe of this.observers) note = observe(this, step) ?? note;
    return note;
  }

  private noteFor(entry: AuditEntry, note: unknown): void {
    if (note !== undefined) this.notes.set(entry.seq, note);
  }

  private fail(problem: StoredProblem, detail?: string): void {
    this.problem = problemOf(problem, this.meta.scenario, detail);
    this.keepStored = true;
  }

  private record(entry: AuditEntry): unknown {
    const note = this.notes.get(entry.seq);
    return note === undefined ? entry : { ...entry, note };
  }

  /** The usual write: each new entry appended, a checkpoint when one was made. */
  private append(entries: readonly AuditEntry[], madeCheckpoints: readonly number[]): void {
    for (const entry of entries)
      if (!this.written(this.storage.putChange(entry.seq, this.record(entry)))) return;
    for (const index of madeCheckpoints) this.putCheckpoint(index);
    const stored = [...new Set([...this.storedCheckpoints.keys(), ...this.checkpoints.keys()])];
    const old = stored.sort((a, b) => b - a).slice(CHECKPOINTS_KEPT);
    if (madeCheckpoints.length > 0 && old.length > 0) this.storage.deleteCheckpoints(old);
  }

  private putCheckpoint(index: number): void {
    const world = this.checkpoint(index);
    const seq = this.entries[index - 1]?.seq ?? 0;
    if (world) this.written(this.storage.putCheckpoint(index, toCheckpoint(world, index, seq)));
  }

  /** Everything stored again from memory: after a reset, a problem, or to carry an old state over. */
  private rewrite(): void {
    this.keepStored = false;
    if (!this.written(this.storage.restart(this.meta))) return;
    for (const entry of this.entries)
      if (!this.written(this.storage.putChange(entry.seq, this.record(entry)))) return;
    this.storedCheckpoints = new Map();
    if (this.entries.length > 0) {
      this.checkpoints.set(this.entries.length, this.current);
      this.putCheckpoint(this.entries.length);
    }
    for (const key of this.legacyKeys) this.storage.removeLegacy(key);
    this.legacyKeys = [];
  }

  private saveMeta(): void {
    if (!this.keepStored) this.written(this.storage.putMeta(this.meta));
  }

  /** A failed write is told as a full store; the demo carries on in memory. */
  private written(result: StorageWriteResult): boolean {
    if (!result.ok) {
      this.problem = { kind: 'quota', message: `${result.message} ${problemMessage('quota', '')}` };
      return false;
    }
    if (this.problem?.kind === 'quota') this.problem = null;
    return true;
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
