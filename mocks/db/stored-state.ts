// The persisted demo state: event-sourced (scenario + baseTime + the audit log of operations), so even
// the 10,000-user scenario stores only what changed. Stored as records (storage.ts): the meta below,
// one record per change, checkpoints (checkpoint.ts). Every value is parsed with zod on load. The whole
// JSON state of version 1 (one value rewritten per change) is still read, to carry it over.
import { z } from 'zod';
import type { Operation } from '../engine/index';
import { isOperationLike } from './operation-types';
import { SCENARIO_NAMES, type ScenarioName } from './scenarios/index';

/** Bump when the stored shape or the meaning of a stored operation changes. */
export const STATE_VERSION = 3;
/**
 * Records of version 2 (one org per person) are read and carried over: their member changes get their
 * org as they are replayed (stored-upgrade.ts); their checkpoints, of the old row shape, are passed over.
 */
export const CARRIED_STATE_VERSION = 2;
/** Version 1 kept the whole state as one JSON value under this key (localStorage, then IndexedDB). */
export const WHOLE_STATE_VERSION = 1;
export const storageKey = (version: number): string => `access-console:v${version}`;
export const STORAGE_KEY = storageKey(WHOLE_STATE_VERSION);

export interface AuditEntry {
  id: string;
  /** 1-based position in the log. */
  seq: number;
  at: string;
  /** null: an anonymous or simulated arrival (sign-up, SSO sign-in). */
  actorId: string | null;
  /** True when an admin acted while "viewing as" someone else (the banner was up). */
  viewAs: boolean;
  op: Operation;
  /**
   * The request that made it, when a tab sent it through the leader tab: if the leader closed before
   * answering, the tab sends it again to the next leader, which recognises it (ADR 0021).
   */
  requestKey?: string;
}

/** One entry of a fixed failure pattern: the request it falls on is answered normally or failed. */
export type FailureOutcome = 'ok' | 'fail';
/** Which requests injected failures fall on: every one, reads (GET) only, or changes only. */
export type FailureScope = 'all' | 'reads' | 'writes';
export const FAILURE_OUTCOMES = ['ok', 'fail'] as const;
export const FAILURE_SCOPES = ['all', 'reads', 'writes'] as const;
/** A pattern longer than this is a mistake, not a test plan; it would also bloat the stored state. */
export const MAX_FAILURE_PATTERN = 100;

export interface DemoSettings {
  latencyMs: number;
  /** 0..1: share of requests answered with a simulated failure. */
  failureRate: number;
  /**
   * A deterministic alternative to failureRate for tests and rehearsed demos: the requests in scope
   * take these outcomes in turn, cycling. Empty: off (failureRate applies).
   */
  failurePattern: FailureOutcome[];
  failureScope: FailureScope;
}

/** The whole state as version 1 stored it (read only, to carry it over). */
export interface StoredState {
  version: number;
  scenario: ScenarioName;
  baseTime: string;
  /** orgId: the org the console shows (the org switcher); absent: the scenario's home org. */
  session: { actingUserId: string | null; orgId?: string };
  demo: DemoSettings;
  /**
   * The log starts with the scenario's history (default-history.ts), so it replays from the world
   * before it. Absent in states stored before history existed: they replay from today's seed.
   */
  history?: boolean;
  log: AuditEntry[];
}

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

const auditEntrySchema = z.object({
  id: z.string().min(1),
  seq: z.number().int().positive(),
  at: isoDate,
  actorId: z.string().nullable(),
  viewAs: z.boolean(),
  op: z.custom<Operation>(isOperationLike, 'not a known operation'),
  requestKey: z.string().optional(),
});

const storedStateSchema = z.object({
  version: z.literal(WHOLE_STATE_VERSION),
  scenario: z.enum(SCENARIO_NAMES as [ScenarioName, ...ScenarioName[]]),
  baseTime: isoDate,
  session: z.object({ actingUserId: z.string().nullable(), orgId: z.string().optional() }),
  demo: z.object({
    latencyMs: z.number().int().min(0),
    failureRate: z.number().min(0).max(1),
    // Added later without a version bump: a state stored before they existed loads with them off.
    failurePattern: z.array(z.enum(FAILURE_OUTCOMES)).max(MAX_FAILURE_PATTERN).default([]),
    failureScope: z.enum(FAILURE_SCOPES).default('all'),
  }),
  history: z.boolean().optional(),
  log: z.array(auditEntrySchema),
}) satisfies z.ZodType<StoredState>;

/** What the state holds besides its log: rewritten only when these change (never per change). */
export type StoredMeta = Omit<StoredState, 'log'> & {
  /** The scenario's home org and default actor, so a load from a checkpoint never builds the seed. */
  home?: { homeOrgId: string; defaultActorId: string };
};
const storedMetaSchema = storedStateSchema.omit({ log: true }).extend({
  version: z.union([z.literal(STATE_VERSION), z.literal(CARRIED_STATE_VERSION)]),
  home: z.object({ homeOrgId: z.string(), defaultActorId: z.string() }).optional(),
});

/** One stored change: its audit entry, and what the audit log described it as when it was made. */
export interface ChangeRecord extends AuditEntry {
  note?: unknown;
}
const changeRecordSchema = auditEntrySchema.extend({ note: z.unknown().optional() });

/** A stored change as it was written, or null when it cannot be read (damaged, or under another key). */
export function parseChangeRecord(seq: number, value: unknown): ChangeRecord | null {
  const parsed = changeRecordSchema.safeParse(value);
  return parsed.success && parsed.data.seq === seq ? parsed.data : null;
}

export type ParsedMeta =
  { kind: 'ok'; meta: StoredMeta } | { kind: 'corrupt' | 'outdated'; problem: StoredProblem };

export function parseMeta(value: unknown): ParsedMeta {
  const version =
    typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version !== STATE_VERSION && version !== CARRIED_STATE_VERSION) {
    return { kind: 'outdated', problem: version < STATE_VERSION ? 'outdated' : 'newer' };
  }
  const parsed = storedMetaSchema.safeParse(value);
  return parsed.success ? { kind: 'ok', meta: parsed.data } : { kind: 'corrupt', problem: 'corrupt' };
}

export type StoredProblem = 'corrupt' | 'outdated' | 'newer' | 'replay' | 'quota';

export type ParsedState =
  { kind: 'ok'; state: StoredState } | { kind: 'corrupt' | 'outdated'; problem: StoredProblem };

/** The sentence shown to the demo user; `resetTo` names the scenario they now see (unused for quota). */
export function problemMessage(problem: StoredProblem, resetTo: string): string {
  switch (problem) {
    case 'corrupt':
      return `Your saved demo state couldn't be read (it is damaged or was edited by hand), so it has been reset to ${resetTo}.`;
    case 'outdated':
      return `Your saved demo state was made by an older version of Access Console and can't be loaded. It has been reset to ${resetTo}.`;
    case 'newer':
      return `Your saved demo state was made by a newer version of Access Console and can't be loaded here. It has been reset to ${resetTo}.`;
    case 'replay':
      return `Your saved demo changes could no longer be applied (the access rules changed since they were made), so the demo has been reset to ${resetTo}.`;
    case 'quota':
      return 'Changes from now on are kept only until you reload; reset the demo to save again.';
  }
}

/** Classifies a whole state stored by version 1: valid, damaged, or from another version. */
export function parseStoredState(raw: string): ParsedState {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', problem: 'corrupt' };
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version !== WHOLE_STATE_VERSION) {
    return { kind: 'outdated', problem: version < WHOLE_STATE_VERSION ? 'outdated' : 'newer' };
  }
  const parsed = storedStateSchema.safeParse(json);
  return parsed.success ? { kind: 'ok', state: parsed.data } : { kind: 'corrupt', problem: 'corrupt' };
}
