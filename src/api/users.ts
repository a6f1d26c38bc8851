// GET /api/orgs/:org/users: the Users page, searched, filtered, sorted and paged on the server.
import { z } from 'zod';
import { decisionSchema, orgRoleSchema, seatSchema } from './common';
import { errorBodySchema } from './errors';
import { memberChangePreviewSchema } from './member-preview';

export const USER_STATUSES = ['active', 'invited', 'expired'] as const;
export const userStatusSchema = z.enum(USER_STATUSES);

export const USER_SORTS = ['name', 'email', 'role', 'seat', 'status', 'lastActive'] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * The page's query, shared by the URL (UI) and the request (server). Every field falls back to its
 * default on a bad value, so a hand-edited URL never breaks the page.
 */
export const usersQuerySchema = z.object({
  q: z.string().max(100).catch(''),
  role: orgRoleSchema.optional().catch(undefined),
  seat: seatSchema.optional().catch(undefined),
  status: userStatusSchema.optional().catch(undefined),
  sort: z.enum(USER_SORTS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce
    .number()
    .refine((n): n is (typeof PAGE_SIZES)[number] => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(25),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;
export const USERS_QUERY_DEFAULTS: UsersQuery = usersQuerySchema.parse({});

/**
 * What an admin may do to one member row, from check() of each would-be change: the current value is
 * always allowed; a refused option carries the reason (last admin, seat limit, …).
 */
export const memberControlsSchema = z.object({
  orgRole: z.record(orgRoleSchema, decisionSchema),
  modelsSeat: z.record(seatSchema, decisionSchema),
  weaveAccess: z.record(seatSchema, decisionSchema),
  remove: decisionSchema,
});
export type MemberControls = z.infer<typeof memberControlsSchema>;

export const userRowSchema = z.object({
  /** A user id, or an invite id for invited/expired rows. */
  id: z.string(),
  kind: z.enum(['user', 'invite']),
  name: z.string(),
  username: z.string().nullable(),
  email: z.string(),
  orgRole: orgRoleSchema,
  modelsSeat: seatSchema,
  weaveAccess: seatSchema,
  teams: z.array(z.string()),
  /** Teams the viewer may not see, counted but not named. */
  hiddenTeamCount: z.number(),
  status: userStatusSchema,
  lastActiveAt: z.string().nullable(),
  isBillingAdmin: z.boolean(),
  isYou: z.boolean(),
  invite: z.object({ invitedBy: z.string(), sentAt: z.string(), expiresAt: z.string() }).nullable(),
  /** Member rows, for those who may change members; null otherwise (plain values). */
  controls: memberControlsSchema.nullable(),
});
export type UserRow = z.infer<typeof userRowSchema>;

export const usersPageSchema = z.object({
  items: z.array(userRowSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
  /** Org-wide figures shown above the table. */
  summary: z.object({
    members: z.number(),
    admins: z.number(),
    fullSeatsUsed: z.number(),
    fullSeatsPending: z.number(),
    fullSeatLimit: z.number(),
  }),
  viewer: z.object({
    seesInvites: z.boolean(),
    canInvite: decisionSchema,
    canUpdateMembers: decisionSchema,
  }),
});
export type UsersPage = z.infer<typeof usersPageSchema>;

export const updateMemberBodySchema = z
  .object({
    orgRole: orgRoleSchema.optional(),
    modelsSeat: seatSchema.optional(),
    weaveAccess: seatSchema.optional(),
    /**
     * Ask first: when the change can take something away, nothing changes and the answer is its
     * preview, `{ confirm }` (a promotion or a no-loss change is made at once). Without it, it is made.
     */
    ask: z.literal(true).optional(),
    /**
     * The `version` of the preview the person confirmed: the change is made only if it still does
     * what that preview said, else 409 with the fresh preview.
     */
    expected: z.string().max(200).optional(),
  })
  .refine((b) => b.orgRole !== undefined || b.modelsSeat !== undefined || b.weaveAccess !== undefined, {
    message: 'Nothing to change',
  });
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

/** A member's org role and seats: what a PATCH changes, and what Undo restores. */
export const memberAccessSchema = z.object({
  orgRole: orgRoleSchema,
  modelsSeat: seatSchema,
  weaveAccess: seatSchema,
});
export type MemberAccess = z.infer<typeof memberAccessSchema>;

/** The PATCH answer: before and after, so the UI can offer the exact inverse as Undo. */
export const updateMemberResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  before: memberAccessSchema,
  after: memberAccessSchema,
  /** Team roles turned View-Only by a demotion to Viewer (Undo does not restore them). */
  teamRolesChanged: z.number(),
  /** The acting person took away their own right to change members: there is no Undo from here. */
  selfDemotion: z.boolean(),
  /** What Undo would not bring back, in the server's words; null when Undo restores everything. */
  undoNote: z.string().nullable(),
});
export type UpdateMemberResult = z.infer<typeof updateMemberResultSchema>;

/**
 * POST /api/orgs/:org/users/:userId/preview: one org role or Models seat change, previewed before it
 * is made (the answer is a MemberChangePreview, from ./member-preview).
 */
export const previewMemberBodySchema = z
  .strictObject({ orgRole: orgRoleSchema.optional(), modelsSeat: seatSchema.optional() })
  .refine((b) => (b.orgRole === undefined) !== (b.modelsSeat === undefined), {
    message: 'Send either orgRole or modelsSeat',
  });

/**
 * An org role or Models seat change previewed (POST …/preview, or a PATCH that asked first): the
 * impact, plus what the change was computed on and what the dialog must say.
 */
export const orgMemberPreviewSchema = memberChangePreviewSchema.extend({
  /** What this preview was computed on: sent back as the PATCH's `expected`. */
  version: z.string(),
  /** The acting person takes away their own right to change members. */
  selfDemotion: z.boolean(),
  /** What Undo would not bring back afterwards, in the server's words; null when it restores everything. */
  undoNote: z.string().nullable(),
});
export type OrgMemberPreview = z.infer<typeof orgMemberPreviewSchema>;

/**
 * The PATCH's answer when it asked first and the change can take something away: nothing changed,
 * and this is what the person must see and confirm (sending `version` back as `expected`).
 */
export const memberChangeAskedSchema = z.object({ confirm: orgMemberPreviewSchema });

/** Every answer of a PATCH: the change made, or held for a confirmation (only when it asked first). */
export const updateMemberAnswerSchema = z.union([updateMemberResultSchema, memberChangeAskedSchema]);

/**
 * 409 when the preview the person confirmed no longer holds (the state changed meanwhile): nothing
 * changed, and this is the fresh preview to show instead.
 */
export const memberChangeStaleSchema = errorBodySchema.extend({ preview: orgMemberPreviewSchema });
export type MemberChangeStale = z.infer<typeof memberChangeStaleSchema>;
