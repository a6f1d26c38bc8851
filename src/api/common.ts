// Shapes shared by several endpoints. zod is the contract: handlers build these, the client parses them.
import { z } from 'zod';

export const orgRoleSchema = z.enum(['admin', 'member', 'viewer']);
export const seatSchema = z.enum(['full', 'viewer', 'none']);
export const planSchema = z.enum(['free', 'teams', 'enterprise']);
export const deploymentSchema = z.enum(['saas', 'dedicated', 'self-managed']);
/** A team or project role as the API names it: built-in, or `custom:<roleId>`. Shape only: the engine
 * says whether the custom role exists in the org. */
export const roleRefSchema = z.string().regex(/^(admin|member|viewer|service|custom:[\w-]{1,64})$/, {
  message: 'Pick a team role',
});

export type OrgRole = z.infer<typeof orgRoleSchema>;
export type Seat = z.infer<typeof seatSchema>;

export const reasonSchema = z.object({
  step: z.string(),
  text: z.string(),
  effect: z.enum(['allow', 'deny', 'note']),
});
export type Reason = z.infer<typeof reasonSchema>;

/** The engine's answer to "may the viewer do this?", as the UI receives it. */
export const decisionSchema = z.object({
  allowed: z.boolean(),
  reasons: z.array(reasonSchema),
});
export type Decision = z.infer<typeof decisionSchema>;

export const orgSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  plan: planSchema,
  deployment: deploymentSchema,
});

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  email: z.string(),
});
