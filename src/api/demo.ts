// /api/demo: the demo panel (scenarios, reset, network realism). Never subject to injected failures.
import { z } from 'zod';

export const scenarioNameSchema = z.enum(['default', 'startup', 'dedicated', 'self-managed', 'large']);
export type ScenarioName = z.infer<typeof scenarioNameSchema>;

export const demoSchema = z.object({
  scenario: scenarioNameSchema,
  scenarios: z.array(z.object({ name: scenarioNameSchema, label: z.string(), description: z.string() })),
  latencyMs: z.number(),
  failureRate: z.number(),
});
export type Demo = z.infer<typeof demoSchema>;

export const resetBodySchema = z.object({ scenario: scenarioNameSchema.optional() });
export const demoSettingsBodySchema = z
  .object({
    latencyMs: z.number().int().min(0, 'Latency cannot be negative').max(5000, 'At most 5000 ms'),
    failureRate: z.number().min(0, 'At least 0').max(0.5, 'At most 50% of requests can fail'),
  })
  .partial();
