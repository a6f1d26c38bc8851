// GET /api/orgs/:org/audit-log (+ export.csv / export.json): every change made through the API, newest
// first, filtered and paged on the server. The query schema is shared by the URL (UI) and the request.
import { z } from 'zod';
import { pageFieldsSchema, personSchema } from './common';

export const AUDIT_PAGE_SIZES = [10, 25, 50, 100] as const;

/** A calendar day (UTC), as `<input type="date">` gives it. */
const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

/** Every field falls back to its default on a bad value, so a hand-edited URL never breaks the page. */
export const auditQuerySchema = z.object({
  /** An actor's id, or `anonymous` for arrivals without an account. */
  actor: z.string().max(100).catch(''),
  /** An action name such as `team:update_role`. */
  action: z
    .string()
    .regex(/^[a-z_]+:[a-z_]+$/)
    .or(z.literal(''))
    .catch(''),
  /** Text in the target's name (person, team, project, role, invite email, org) or where it happened. */
  target: z.string().max(100).catch(''),
  from: daySchema.optional().catch(undefined),
  to: daySchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce
    .number()
    .refine((n): n is (typeof AUDIT_PAGE_SIZES)[number] =>
      (AUDIT_PAGE_SIZES as readonly number[]).includes(n),
    )
    .catch(25),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const AUDIT_QUERY_DEFAULTS: AuditQuery = auditQuerySchema.parse({});

export const auditTargetKindSchema = z.enum([
  'org',
  'user',
  'invite',
  'team',
  'serviceAccount',
  'role',
  'project',
  'run',
  'report',
  'sweep',
  'artifact',
]);
export type AuditTargetKind = z.infer<typeof auditTargetKindSchema>;

/** One field the change touched; null: the thing did not exist (before a creation, after a removal). */
export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  /** null: an arrival without an account yet (sign-up, SSO sign-in). */
  actor: personSchema.nullable(),
  /** The change was made in the demo while viewing as this actor. */
  viewAs: z.boolean(),
  /** W&B's audit action name where one exists (`team:invite_user`), else the same style. */
  action: z.string(),
  description: z.string(),
  /** `within`: the team or project a membership change happened in. */
  target: z.object({
    kind: auditTargetKindSchema,
    id: z.string(),
    name: z.string(),
    within: z.string().nullable(),
  }),
  changes: z.array(auditChangeSchema),
  /** The seq of the entry this one puts back exactly (an Undo, or a manual change back); else null. */
  reverts: z.number().nullable(),
  /** Whose access the change altered (the engine's impact, replayed): at most 10 people, then a count. */
  affected: z
    .object({
      summary: z.string(),
      people: z.array(z.object({ id: z.string(), name: z.string(), change: z.string() })),
      more: z.number(),
    })
    .nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pageFieldsSchema.extend({
  items: z.array(auditEntrySchema),
  /** Choices for the filters: everyone who acted in this org's log, and every action name. */
  options: z.object({
    actors: z.array(z.object({ id: z.string(), name: z.string() })),
    actions: z.array(z.object({ value: z.string(), label: z.string() })),
  }),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** The JSON export: the filtered entries (all pages) with what was asked. */
export const auditExportSchema = z.object({
  org: z.string(),
  exportedAt: z.string(),
  filters: auditQuerySchema.omit({ page: true, pageSize: true }),
  entries: z.array(auditEntrySchema),
});
export type AuditExport = z.infer<typeof auditExportSchema>;
