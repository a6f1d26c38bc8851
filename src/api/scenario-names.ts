// The demo's scenario names, without zod: the entry script checks `?scenario=` with them before the
// app (and zod) load (src/boot/scenario-param.ts); api/demo.ts builds its schema from the same list.
export const SCENARIO_NAMES = ['default', 'startup', 'dedicated', 'self-managed', 'large', 'huge'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name);
}
