// Projects (§6): create, overview with "Your access", edit with an impact preview, runs, and the
// Users tab with project roles. Every "may I" is the engine's decision, with reasons.
import { z } from 'zod';
import { decisionSchema, reasonSchema, roleRefSchema } from './common';
import { visibilitySchema } from './team';

export const PROJECT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const optionSchema = z.object({ value: z.string(), label: z.string(), decision: decisionSchema });
export type ProjectOption = z.infer<typeof optionSchema>;
const principalSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['user', 'service']) });

export const createProjectOptionsSchema = z.object({
  canCreate: decisionSchema,
  visibilities: z.array(optionSchema),
  /** Team members and the team's service accounts, for a Restricted project. */
  invitees: z.array(principalSchema),
});
export type CreateProjectOptions = z.infer<typeof createProjectOptionsSchema>;

export const createProjectBodySchema = z.object({
  name: z
    .string()
    .trim()
    .regex(PROJECT_NAME_PATTERN, 'Start with a letter or digit; use letters, digits, ., - or _ (up to 128)'),
  description: z.string().trim().max(500, 'At most 500 characters').default(''),
  visibility: visibilitySchema,
  invitees: z.array(z.string()).max(500).default([]),
});
export type CreateProjectBody = z.input<typeof createProjectBodySchema>;

export const permissionRowSchema = z.object({
  permission: z.string(),
  description: z.string(),
  group: z.string(),
  allowed: z.boolean(),
  reasons: z.array(reasonSchema),
});

export const runRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  authorName: z.string(),
  authorInOrg: z.boolean(),
  /** The service account whose API key logged the run (the author may be the person it named). */
  loggedWith: z.string().nullable(),
  /** The sweep whose agent logged it. */
  sweep: z.string().nullable(),
  state: z.enum(['running', 'finished', 'crashed', 'failed']),
  createdAt: z.string(),
  stop: decisionSchema,
  remove: decisionSchema,
  move: decisionSchema,
});
export type RunRow = z.infer<typeof runRowSchema>;

export const projectOverviewSchema = z.object({
  project: z.object({
    id: z.string(),
    name: z.string(),
    team: z.string(),
    description: z.string(),
    visibility: visibilitySchema,
    ownerId: z.string(),
    ownerName: z.string(),
    ownerInTeam: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    counts: z.object({ runs: z.number(), reports: z.number(), artifacts: z.number() }),
  }),
  yourAccess: z.object({
    who: z.string(),
    roleLabel: z.string(),
    roleDetail: z.string().nullable(),
    source: z.array(reasonSchema),
    permissions: z.array(permissionRowSchema),
    /** Of `permissions`, as the Access page counts the same person on the same project. */
    counts: z.object({ allowed: z.number(), denied: z.number() }),
  }),
  viewer: z.object({
    canEdit: decisionSchema,
    canChangeOwner: decisionSchema,
    canSeeContent: decisionSchema,
    canManageUsers: decisionSchema,
    /** Set for admins who may join a Restricted project they are not in. */
    join: decisionSchema.nullable(),
  }),
  visibilityOptions: z.array(optionSchema),
  ownerOptions: z.array(z.object({ id: z.string(), name: z.string() })),
  runs: z.array(runRowSchema),
  moveTargets: z.array(z.object({ id: z.string(), name: z.string(), visibility: visibilitySchema })),
});
export type ProjectOverview = z.infer<typeof projectOverviewSchema>;

export const updateProjectBodySchema = z
  .object({
    description: z.string().trim().max(500, 'At most 500 characters'),
    ownerId: z.string().min(1),
    visibility: visibilitySchema,
    /** Team members to keep when the project becomes Restricted ("Invite team members"), same step. */
    members: z.array(z.string().min(1)).max(1000),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change');
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

/** One person whose line on the project's Users tab changes, as it reads before and after saving. */
const listedChangeSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** loses: off the list; manages-only: an admin keeps management, not the content, until joining. */
  kind: z.enum(['loses', 'manages-only', 'changes', 'gains']),
  /** The Users tab's label before and after (null: not listed). */
  before: z.string().nullable(),
  after: z.string().nullable(),
  afterDetail: z.string().nullable(),
  lost: z.array(z.string()),
  gained: z.array(z.string()),
});
export type ListedChangeRow = z.infer<typeof listedChangeSchema>;

export const impactPreviewSchema = z.object({
  /** Counts the people `changes` lists, in its groups. */
  summary: z.string(),
  allowed: decisionSchema,
  /** Every person whose line on the Users tab changes, losers first. */
  changes: z.array(listedChangeSchema),
  /**
   * When the change makes the project Restricted: the team members not kept on its list by default,
   * who may be kept in the same step (`members` of the body); `picked` when the body names them.
   */
  keepable: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.enum(['user', 'service']), picked: z.boolean() }),
  ),
});
export type ImpactPreview = z.infer<typeof impactPreviewSchema>;

export const projectUsersSchema = z.object({
  /** Open and Public projects have no project roles; `explanation` says who can see and submit. */
  rolesApply: z.boolean(),
  /** Only Restricted projects have a member list to add to. */
  restricted: z.boolean(),
  explanation: z.string(),
  users: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['user', 'service']),
      name: z.string(),
      teamRoleLabel: z.string().nullable(),
      role: z.string().nullable(),
      roleLabel: z.string(),
      /** The sentence behind roleLabel when it is not a plain role (an admin who has not joined). */
      roleDetail: z.string().nullable(),
      overridden: z.boolean(),
      via: z.string(),
      roleOptions: z.array(optionSchema),
      remove: decisionSchema.nullable(),
      /** Whether the viewer may see this person's access explained (themselves; admins). */
      explain: decisionSchema,
    }),
  ),
  addable: z.array(principalSchema),
  viewer: z.object({
    /** May the viewer change who is in the project and their project roles at all (project:manage_users). */
    canManage: decisionSchema,
    canAdd: decisionSchema,
    join: decisionSchema.nullable(),
  }),
});
export type ProjectUsers = z.infer<typeof projectUsersSchema>;

export const setProjectRoleBodySchema = z.object({ role: roleRefSchema });
/** PUT …/users/:id/role: the role before (for Undo) and the new one's label. */
export const setProjectRoleResultSchema = z.object({
  previousRole: z.string().nullable(),
  roleLabel: z.string(),
});
export const addProjectUserBodySchema = z.object({ principalId: z.string().min(1) });
export const moveRunsBodySchema = z.object({
  runIds: z.array(z.string()).min(1, 'Pick at least one run').max(500),
  toProjectId: z.string().min(1),
});
