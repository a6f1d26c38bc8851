// POST /api/orgs/:org/users/bulk/preview (dry run) and POST /api/orgs/:org/users/bulk (apply).
import { z } from 'zod';
import { decisionSchema, orgRoleSchema } from './common';
import { impactChangeSchema } from './member-preview';

export const BULK_MAX = 100;

export const bulkActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setRole'), role: orgRoleSchema }),
  z.object({ type: z.literal('remove') }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

export const bulkBodySchema = z.object({
  action: bulkActionSchema,
  userIds: z
    .array(z.string().min(1))
    .min(1, 'Select at least one member')
    .max(BULK_MAX, `Select at most ${BULK_MAX} members at once`),
});
export type BulkBody = z.infer<typeof bulkBodySchema>;

/**
 * One person's line of the review or of the result. Items are checked in order against the world the
 * earlier ones leave, so "demote both admins" refuses the second.
 */
export const bulkItemSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** preview: change | unchanged | refused; apply: done | unchanged | refused. */
  outcome: z.enum(['change', 'done', 'unchanged', 'refused']),
  /** What happens to them, e.g. "Member → Admin, gets a Full Models seat". */
  summary: z.string(),
  decision: decisionSchema,
  isYou: z.boolean(),
  /** In the review: where the person loses permissions, from the engine's impact() (none when nothing is lost). */
  changes: z.array(impactChangeSchema).optional(),
});
export type BulkItem = z.infer<typeof bulkItemSchema>;

export const bulkResultSchema = z.object({
  items: z.array(bulkItemSchema),
  counts: z.object({ change: z.number(), unchanged: z.number(), refused: z.number() }),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;
