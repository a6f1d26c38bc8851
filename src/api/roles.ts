// Roles page (/account-settings/:org/roles): built-in and custom roles with what they grant and who
// holds them, the builder's live check, create / edit / delete, and the deletion fallback preview.
import { z } from 'zod';
import { decisionSchema } from './common';

export const baseRoleSchema = z.enum(['viewer', 'member']);

/** One team permission of the catalog (§8), for the builder's search and the compare matrix. */
export const permissionInfoSchema = z.object({
  id: z.string(),
  group: z.string(),
  description: z.string(),
});
export type PermissionInfo = z.infer<typeof permissionInfoSchema>;

export const permissionGroupSchema = z.object({ id: z.string(), label: z.string() });

export const builtinRoleSchema = z.object({
  /** The RoleRef: admin, member, viewer, service. */
  ref: z.string(),
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.string()),
});

export const customRoleSchema = z.object({
  id: z.string(),
  /** custom:<id> */
  ref: z.string(),
  name: z.string(),
  description: z.string(),
  base: baseRoleSchema,
  baseLabel: z.string(),
  added: z.array(z.string()),
  /** Base + added: everything the role grants. */
  permissions: z.array(z.string()),
  holders: z.object({
    /** Distinct people and service accounts holding it anywhere. */
    people: z.number(),
    teamRoles: z.number(),
    projectRoles: z.number(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
  edit: decisionSchema,
  remove: decisionSchema,
});
export type CustomRoleSummary = z.infer<typeof customRoleSchema>;

export const rolesListSchema = z.object({
  groups: z.array(permissionGroupSchema),
  catalog: z.array(permissionInfoSchema),
  builtin: z.array(builtinRoleSchema),
  custom: z.array(customRoleSchema),
  viewer: z.object({ canCreate: decisionSchema }),
});
export type RolesList = z.infer<typeof rolesListSchema>;

export const ROLE_NAME_MAX = 64;
export const ROLE_DESCRIPTION_MAX = 500;

export const roleBodySchema = z.object({
  name: z.string().max(ROLE_NAME_MAX, `Use at most ${ROLE_NAME_MAX} characters`),
  description: z.string().max(ROLE_DESCRIPTION_MAX, `Use at most ${ROLE_DESCRIPTION_MAX} characters`),
  base: baseRoleSchema,
  added: z.array(z.string()),
});
export type RoleBody = z.infer<typeof roleBodySchema>;

/** The builder's live check: the would-be role as the server sees it, before anything is saved. */
export const roleCheckBodySchema = roleBodySchema.extend({ roleId: z.string().nullable() });
export type RoleCheckBody = z.infer<typeof roleCheckBodySchema>;

export const roleCheckSchema = z.object({
  /** check() of the create or update the form would send. */
  decision: decisionSchema,
  fieldErrors: z.record(z.string(), z.string()),
  inherited: z.array(z.string()),
  /** The added list after the change (an edit's base change drops those the new base has). */
  added: z.array(z.string()),
  /** Added permissions the chosen base already grants (§7 Decision: dropped, and the admin is told). */
  becameInherited: z.array(z.string()),
  /** For an edit: who gets the change at once, e.g. "3 people have a different role or permissions…". */
  impact: z.string().nullable(),
});
export type RoleCheck = z.infer<typeof roleCheckSchema>;

export const savedRoleSchema = z.object({
  id: z.string(),
  ref: z.string(),
  name: z.string(),
  /** An edit that changed the base: added permissions the new base already grants, now dropped. */
  becameInherited: z.array(z.string()),
});
export const deletedRoleSchema = z.object({
  deleted: z.string(),
  name: z.string(),
  fallback: baseRoleSchema,
});

/** Who falls back to the base role if the role is deleted, where. */
export const roleDeletionSchema = z.object({
  name: z.string(),
  baseLabel: z.string(),
  holders: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      teams: z.array(z.string()),
      projects: z.array(z.string()),
    }),
  ),
  pendingInvites: z.number(),
  summary: z.string(),
  remove: decisionSchema,
});
export type RoleDeletion = z.infer<typeof roleDeletionSchema>;
