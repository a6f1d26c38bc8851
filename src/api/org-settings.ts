// /api/orgs/:org/settings — the Org settings page (General, Billing, Privacy, Security). The GET answer
// carries what the viewer may do (`viewer`), each Decision computed by the engine, so the UI renders
// every control from it and never re-implements a rule.
import { z } from 'zod';
import { decisionSchema, orgRoleSchema, orgSummarySchema } from './common';

export const SETTINGS_TABS = ['general', 'billing', 'privacy', 'security'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
export const settingsQuerySchema = z.object({ tab: z.enum(SETTINGS_TABS).catch('general') });

/** Team privacy settings an org can enforce (access-model §5.3: settings 1–4 and 6), in W&B's words. */
export const ENFORCEABLE_SETTINGS = [
  { key: 'hidden', label: 'Hide this team from all non-members' },
  {
    key: 'futureProjectsPrivate',
    label: 'Make all future team projects private (public sharing not allowed)',
  },
  { key: 'membersCanInvite', label: 'Allow any team member to invite other team members' },
  {
    key: 'noPublicReportsInPrivateProjects',
    label: 'Turn off public sharing outside the team for reports in private projects',
  },
  { key: 'codeSavingByDefault', label: 'Enable code saving by default' },
] as const;
export const enforceableSettingSchema = z.enum([
  'hidden',
  'futureProjectsPrivate',
  'membersCanInvite',
  'noPublicReportsInPrivateProjects',
  'codeSavingByDefault',
]);
export type EnforceableSetting = z.infer<typeof enforceableSettingSchema>;

/** Same words as the engine's lock, shown where the enforcement is explained. */
export const LOCKED_SETTING_TEXT = "This setting is locked because it's enforced org-wide";

const teamRefSchema = z.object({ id: z.string(), name: z.string() });

export const orgSettingsSchema = z.object({
  org: orgSummarySchema,
  general: z.object({
    domains: z.array(z.object({ domain: z.string(), canRelease: decisionSchema })),
    defaultTeam: teamRefSchema.nullable(),
    /** Teams the viewer can see; `canChoose` says whether each may be the default team, and why not. */
    teamOptions: z.array(teamRefSchema.extend({ canChoose: decisionSchema })),
    /** Dedicated / Self-managed: whom SaaS sign-ups from the org's domains are told to contact (null: none). */
    accessContact: z.string().nullable(),
  }),
  billing: z.object({
    billingAdmin: z
      .object({ id: z.string(), name: z.string(), email: z.string(), orgRole: orgRoleSchema })
      .nullable(),
  }),
  privacy: z.object({
    teamCount: z.number(),
    settings: z.array(
      z.object({
        key: enforceableSettingSchema,
        /** null: not enforced; teams choose. */
        enforced: z.boolean().nullable(),
        /** Teams whose own setting is on (what they return to when the enforcement is lifted). */
        teamsOn: z.number(),
      }),
    ),
  }),
  security: z.object({ ssoProvisioning: z.boolean() }),
  viewer: z.object({
    /** May the viewer change org settings at all (org role)? Drives the page's read-only note. */
    canUpdateSettings: decisionSchema,
    canRename: decisionSchema,
    canClaimDomain: decisionSchema,
    canSetDefaultTeam: decisionSchema,
    canChangeBillingUser: decisionSchema,
    canEnforce: decisionSchema,
    canSetSsoProvisioning: decisionSchema,
    canSetAccessContact: decisionSchema,
  }),
});
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

// Request bodies check only the shape: the engine judges the values (after the permission), so a
// Member sending a bad name is told 403, and every value rule lives in one place. The forms below
// validate the same rules as you type.
export const renameBodySchema = z.object({ name: z.string() });
export const claimDomainBodySchema = z.object({
  domain: z.string(),
  /** Also set the default team in the same change (W&B's "Claim email domain"). */
  teamId: z.string().nullable().optional(),
});
export const defaultTeamBodySchema = z.object({ teamId: z.string().nullable() });
export const billingAdminBodySchema = z.object({ userId: z.string().min(1) });
export const enforcementBodySchema = z.object({
  setting: enforceableSettingSchema,
  value: z.boolean().nullable(),
});
export const ssoProvisioningBodySchema = z.object({ enabled: z.boolean() });
export const accessContactBodySchema = z.object({ email: z.string().max(254).nullable() });

export const accessContactFormSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter the email address to contact')
    .max(254, 'Use at most 254 characters')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address, e.g. ml-access@northwind-health.org'),
});

export const orgNameFormSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name for the organization').max(64, 'Use at most 64 characters'),
});
const DOMAIN_RE = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
export const claimDomainFormSchema = z.object({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter the email domain, e.g. acme-ml.com')
    .regex(DOMAIN_RE, 'Enter a domain such as acme-ml.com (no @, no https://)'),
  teamId: z.string(),
});

export const billingCandidatesQuerySchema = z.object({ q: z.string().max(100).catch('') });
export const billingCandidatesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      orgRole: orgRoleSchema,
      isBillingAdmin: z.boolean(),
      /** May this person become the billing user? (Viewers may not, with the reason.) */
      canChoose: decisionSchema,
    }),
  ),
  total: z.number(),
});
export type BillingCandidates = z.infer<typeof billingCandidatesSchema>;
