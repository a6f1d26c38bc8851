// /api/demo: the demo panel (scenarios, reset, network realism). Never subject to injected failures.
import { z } from 'zod';
import { SCENARIO_NAMES } from './scenario-names';

export type { ScenarioName } from './scenario-names';
const scenarioNameSchema = z.enum(SCENARIO_NAMES);

/** One request's fate in a fixed failure pattern. */
export const failureOutcomeSchema = z.enum(['ok', 'fail']);
/** Which requests injected failures fall on: all, reads (GET) only, or changes (POST/PUT/PATCH/DELETE). */
export const failureScopeSchema = z.enum(['all', 'reads', 'writes']);

export const demoSchema = z.object({
  scenario: scenarioNameSchema,
  scenarios: z.array(z.object({ name: scenarioNameSchema, label: z.string(), description: z.string() })),
  latencyMs: z.number(),
  failureRate: z.number(),
  /** e.g. ["ok", "fail"]: the requests in scope take these outcomes in turn, cycling; [] = off. */
  failurePattern: z.array(failureOutcomeSchema),
  failureScope: failureScopeSchema,
});
export type Demo = z.infer<typeof demoSchema>;

export const resetBodySchema = z.object({ scenario: scenarioNameSchema.optional() });
export const demoSettingsBodySchema = z
  .object({
    latencyMs: z.number().int().min(0, 'Latency cannot be negative').max(5000, 'At most 5000 ms'),
    failureRate: z.number().min(0, 'At least 0').max(0.5, 'At most 50% of requests can fail'),
    // Deterministic failures for tests and rehearsed demos: overrides failureRate while not empty.
    // Setting it (or the scope) starts the pattern again at its first entry.
    failurePattern: z.array(failureOutcomeSchema).max(100, 'At most 100 entries'),
    failureScope: failureScopeSchema,
  })
  .partial();
