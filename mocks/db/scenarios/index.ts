// The scenarios a demo can start from (product.md "What a demo needs"). Each build is a pure
// function of (name, baseTime): same arguments, deep-equal worlds.
import { buildDedicatedScenario } from './dedicated-scenario';
import { buildDefaultScenario } from './default-scenario';
import type { BuiltScenario } from './generated-scenario';
import { buildHugeScenario } from './huge-scenario';
import { buildLargeScenario } from './large-scenario';
import { buildSelfManagedScenario } from './self-managed-scenario';
import { buildStartupScenario } from './startup-scenario';
import { defaultHistory, type HistoryStep } from './default-history';
import { WorldMaps } from '../../engine/index';

export type { BuiltScenario } from './generated-scenario';

/** The scenarios a demo offers. */
type DemoScenarioName = 'default' | 'startup' | 'dedicated' | 'self-managed' | 'large' | 'huge';
/**
 * What a state may start from: a demo scenario, or `empty`, a shared server before its first person
 * creates its org (ADR 0027). `empty` is never offered by the demo panel nor chosen by `?scenario=`.
 */
export type ScenarioName = DemoScenarioName | 'empty';

export const SCENARIOS: { name: DemoScenarioName; label: string; description: string }[] = [
  {
    name: 'default',
    label: 'Acme ML (Enterprise SaaS)',
    description:
      '30 people, 5 teams, 20 projects in every visibility, custom roles, invites and service accounts.',
  },
  {
    name: 'startup',
    label: 'Pixel Forge (Teams plan)',
    description: 'A small non-Enterprise org: 8 people, 2 teams; Enterprise features appear disabled.',
  },
  {
    name: 'dedicated',
    label: 'Northwind Health (Dedicated Cloud)',
    description: 'Enterprise on Dedicated Cloud: SSO auto-provisioning, Add user flow, no domain capture.',
  },
  {
    name: 'self-managed',
    label: 'Vandelay Robotics (Self-managed)',
    description:
      'Enterprise on W&B Server: 10 people, 3 teams; admins may Disable SSO Provisioning; Add user flow.',
  },
  {
    name: 'large',
    label: 'Initech (10,000 users)',
    description: 'Enterprise SaaS at scale: 10,000 users, 200 teams, 5,000 projects.',
  },
  {
    name: 'huge',
    label: 'Hooli (50,000 users)',
    description:
      'The large recipe at 5×: 50,000 users, 1,000 teams, 25,000 projects. Takes a few seconds to build.',
  },
];

const DEMO_SCENARIO_NAMES: readonly ScenarioName[] = SCENARIOS.map((s) => s.name);
/** Every name a stored state may start from. */
export const SCENARIO_NAMES: readonly ScenarioName[] = [...DEMO_SCENARIO_NAMES, 'empty'];

/** A demo scenario's name (`?scenario=`, the demo panel, `npm run serve -- --scenario`). */
export function isScenarioName(value: unknown): value is DemoScenarioName {
  return typeof value === 'string' && (DEMO_SCENARIO_NAMES as readonly string[]).includes(value);
}

/** A server before its first person: no org, no one (the first admin creates the org). */
const buildEmpty = (): BuiltScenario => ({ world: new WorldMaps().build(), homeOrgId: '', defaultActorId: '' });

const BUILDERS: Record<ScenarioName, (baseTime: string) => BuiltScenario> = {
  default: buildDefaultScenario,
  startup: buildStartupScenario,
  dedicated: buildDedicatedScenario,
  'self-managed': buildSelfManagedScenario,
  large: buildLargeScenario,
  huge: buildHugeScenario,
  empty: buildEmpty,
};

/**
 * What a change log starts from. With its history (the browser's demo): the world before the
 * scenario's history (only the default scenario has one: default-history.ts) and that history, which
 * a fresh Db commits as its first changes; without (tests): today's world and no history. Everything
 * that replays a log starts here, as the log's meta says.
 */
export function scenarioSeed(
  name: ScenarioName,
  baseTime: string,
  withHistory: boolean,
): BuiltScenario & { history: readonly HistoryStep[] } {
  const built = BUILDERS[name](baseTime);
  if (name !== 'default' || !withHistory) return { ...built, history: [] };
  const { start, history } = defaultHistory(built.world, baseTime);
  return { ...built, world: start, history };
}

/** The scenario's world today (what a fresh demo shows, with or without its history in the log). */
export function buildScenario(name: ScenarioName, baseTime: string): BuiltScenario {
  return BUILDERS[name](baseTime);
}
