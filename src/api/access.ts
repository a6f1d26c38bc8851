// Access views (issue 7): explain one person's access to a team or project, what a user can reach,
// who has access to a project, and the users × permissions matrix. Every verdict is the engine's.
import { z } from 'zod';
import { pageFieldsSchema, reasonSchema } from './common';

const viaSchema = z.enum([
  'org-admin',
  'team-role',
  'project-role',
  'restricted-member',
  'service-account',
  'anyone',
]);
export type AccessVia = z.infer<typeof viaSchema>;

/** How a role was reached, in words for the tables. */
export const VIA_LABELS: Record<AccessVia, string> = {
  'org-admin': 'Org admin',
  'team-role': 'Team role',
  'project-role': 'Project role',
  'restricted-member': 'Restricted project member',
  'service-account': 'Service account',
  anyone: 'Open or Public project',
};

export const explainQuerySchema = z.object({
  user: z.string().min(1),
  /** "org": the organization's own permissions (from the org role) instead of a team or project. */
  scope: z.enum(['org']).optional(),
  team: z.string().optional(),
  /** "team/project" */
  project: z.string().optional(),
});

const subjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** e.g. "Member of Acme ML, Full seat" or "Outside the org (Globex)". */
  description: z.string(),
});

export const explainedPermissionSchema = z.object({
  permission: z.string(),
  description: z.string(),
  group: z.string(),
  allowed: z.boolean(),
  /** The engine's chain in §9 order (ADR 0024): the first refusal decides, else the allow at the end. */
  reasons: z.array(reasonSchema),
});
export type ExplainedPermission = z.infer<typeof explainedPermissionSchema>;

export const explanationSchema = z.object({
  subject: subjectSchema,
  target: z.object({
    kind: z.enum(['org', 'team', 'project']),
    label: z.string(),
    visibility: z.string().nullable(),
  }),
  roleLabel: z.string(),
  /** The sentence behind roleLabel when a word is not enough (an admin who has not joined); else null. */
  roleDetail: z.string().nullable(),
  /** The steps that gave the role (or stopped the walk). */
  roleSource: z.array(reasonSchema),
  permissions: z.array(explainedPermissionSchema),
  counts: z.object({ allowed: z.number(), denied: z.number() }),
});
export type Explanation = z.infer<typeof explanationSchema>;

export const accessPeopleSchema = z.object({
  items: z.array(subjectSchema),
  total: z.number(),
});
export type AccessPerson = z.infer<typeof subjectSchema>;

export const accessTargetsSchema = z.object({
  items: z.array(
    z.object({ kind: z.enum(['org', 'team', 'project']), value: z.string(), label: z.string() }),
  ),
  total: z.number(),
});
export type AccessTarget = z.infer<typeof accessTargetsSchema>['items'][number];

/** How one principal holds a project: the role, the way in, what it lets them do, and the steps that gave it. */
const projectHoldingSchema = z.object({
  /** What they have, in the engine's word: a role, or "Manages only (not joined)" (ADR 0024). */
  roleLabel: z.string(),
  roleDetail: z.string().nullable(),
  via: viaSchema,
  overridden: z.boolean(),
  canRead: z.boolean(),
  canWrite: z.boolean(),
  reasons: z.array(reasonSchema),
});
/** A row naming a person or a service account. */
const principalRowSchema = z.object({ id: z.string(), name: z.string(), kind: z.enum(['user', 'service']) });
const projectHeadSchema = z.object({ label: z.string(), visibility: z.string() });

export const userAccessSchema = z.object({
  subject: subjectSchema,
  /** Limited to the teams the viewer administers when they are a team admin, not an org admin. */
  scope: z.enum(['all', 'administered-teams']),
  teams: z.array(
    z.object({
      team: z.string(),
      roleLabel: z.string(),
      via: viaSchema,
      canManage: z.boolean(),
      reasons: z.array(reasonSchema),
    }),
  ),
  projects: z.array(projectHoldingSchema.extend({ label: z.string() })),
});
export type UserAccessView = z.infer<typeof userAccessSchema>;

export const projectAccessQuerySchema = z.object({
  q: z.string().max(100).catch(''),
  via: viaSchema.or(z.literal('')).catch(''),
  kind: z.enum(['user', 'service', '']).catch(''),
});

export const projectAccessRowSchema = principalRowSchema.extend({
  ...projectHoldingSchema.shape,
  teamRoleLabel: z.string().nullable(),
  canManage: z.boolean(),
});
export type ProjectAccessRow = z.infer<typeof projectAccessRowSchema>;

export const projectAccessSchema = z.object({
  project: projectHeadSchema,
  items: z.array(projectAccessRowSchema),
  total: z.number(),
  /** Everyone with a named way in, before filters. */
  unfiltered: z.number(),
});

export const MATRIX_PAGE_SIZE = 25;
export const matrixQuerySchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  q: z.string().max(100).catch(''),
});

export const matrixSchema = pageFieldsSchema.extend({
  project: projectHeadSchema,
  groups: z.array(
    z.object({
      group: z.string(),
      permissions: z.array(z.object({ id: z.string(), description: z.string() })),
    }),
  ),
  rows: z.array(
    principalRowSchema.extend({
      roleLabel: z.string(),
      /** One per permission, in the order of `groups`: allowed, and the deciding reason. */
      cells: z.array(z.object({ allowed: z.boolean(), reason: z.string() })),
    }),
  ),
});
export type Matrix = z.infer<typeof matrixSchema>;
