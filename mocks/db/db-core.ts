// The demo's state: the current World plus session and demo settings, loaded from storage by
// replaying the audit log over a scenario, and written through after every change. A stored
// state that is damaged or from another version never breaks the app: the demo starts fresh in
// memory and `loadProblem` tells the user why (the bad value stays until the next commit/reset).
import type { Actor, World } from '../engine/index';
import type { Operation } from '../engine/index';
import { actorId, replayLog, type ApplyFn } from './replay';
import { buildScenario, SCENARIOS, type BuiltScenario, type ScenarioName } from './scenarios/index';
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
}

export interface LoadProblem {
  kind: 'corrupt' | 'outdated' | 'quota';
  message: string;
}

export const DEFAULT_DEMO: Readonly<DemoSettings> = {
  latencyMs: 0,
  failureRate: 0,
  failurePattern: [],
  failureScope: 'all',
};

const KIND: Record<StoredProblem, LoadProblem['kind']> = {
  corrupt: 'corrupt',
  replay: 'corrupt',
  outdated: 'outdated',
  newer: 'outdated',
  quota: 'quota',
};

function scenarioPhrase(name: ScenarioName): string {
  if (name === 'default') return 'the default scenario';
  return `the "${SCENARIOS.find((s) => s.name === name)?.label ?? name}" scenario`;
}

export class Db {
  private built!: BuiltScenario;
  private current!: World;
  private state!: StoredState;
  private problem: LoadProblem | null = null;
  /** True while a bad stored value must be left alone (until the next commit or reset). */
  private keepStored = false;
  readonly now: () => string;

  constructor(
    private readonly storage: StorageAdapter,
    private readonly apply: ApplyFn,
    options: Omit<CreateDbOptions, 'storage'>,
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
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

  /** Applies an already-checked operation, records it in the audit log and saves. */
  commit(actor: Actor, op: Operation, opts: { viewAs?: boolean } = {}): AuditEntry {
    const next = this.apply(this.current, actor, op);
    const seq = this.state.log.length + 1;
    const entry: AuditEntry = {
      id: `audit-${Date.parse(this.state.baseTime).toString(36)}-${seq}`,
      seq,
      at: this.now(),
      actorId: actorId(actor),
      viewAs: opts.viewAs ?? false,
      // A copy: the log must not change if the caller later reuses or edits its object.
      op: structuredClone(op),
    };
    this.current = next;
    this.state = { ...this.state, log: [...this.state.log, entry] };
    this.keepStored = false;
    this.save();
    return entry;
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
    try {
      this.current = replayLog(this.built.world, stored.log, this.apply);
      this.state = stored;
    } catch {
      this.seed(stored.scenario, baseTime ?? this.now(), stored.demo);
      this.fail('replay');
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

  private fail(problem: StoredProblem): void {
    this.problem = {
      kind: KIND[problem],
      message: problemMessage(problem, scenarioPhrase(this.state.scenario)),
    };
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

/** Opens the demo state with a given apply (the engine's, or a stand-in in tests). */
export function openDb(options: CreateDbOptions & { apply: ApplyFn }): Db {
  const { storage, apply, ...rest } = options;
  return new Db(storage, apply, rest);
}
