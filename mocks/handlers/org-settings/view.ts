// Builds the GET /api/orgs/:org/settings answer. Every `can…` is the engine's check() of the change the
// control would make (with a harmless stand-in value), so the UI shows exactly what a click would get.
import {
  memberOf,
  check,
  decide,
  visibleTeams,
  type Actor,
  type Org,
  type Operation,
  type World,
} from '../../engine/index';
import { ENFORCEABLE_SETTINGS, type OrgSettings } from '../../../src/api/org-settings';
import { toApiDecision } from '../http/api-values';

const can = (world: World, actor: Actor, op: Operation) => toApiDecision(check(world, actor, op));

/** A domain no org can hold, to ask "may this viewer claim domains at all?" without a real value. */
const probeDomain = (org: Org): string => `${org.slug}-probe.example`;

export function orgSettingsBody(world: World, actor: Actor, org: Org): OrgSettings {
  const orgId = org.id;
  const teams = visibleTeams(world, actor, orgId).sort((a, b) => a.name.localeCompare(b.name));
  const allTeams = world.teams.values().filter((t) => t.orgId === orgId);
  const billingAdmin = org.billingAdminId ? memberOf(world, org.billingAdminId, orgId) : undefined;
  const defaultTeam = org.defaultTeamId ? world.teams.get(org.defaultTeamId) : undefined;
  return {
    org: { id: org.id, slug: org.slug, name: org.name, plan: org.plan, deployment: org.deployment },
    general: {
      domains: [...org.domains].sort().map((domain) => ({
        domain,
        canRelease: can(world, actor, { type: 'org.releaseDomain', orgId, domain }),
      })),
      defaultTeam: defaultTeam ? { id: defaultTeam.id, name: defaultTeam.name } : null,
      teamOptions: teams.map((t) => ({
        id: t.id,
        name: t.name,
        canChoose: can(world, actor, { type: 'org.setDefaultTeam', orgId, teamId: t.id }),
      })),
      accessContact: org.accessContact,
    },
    billing: {
      billingAdmin: billingAdmin
        ? {
            id: billingAdmin.id,
            name: billingAdmin.name,
            email: billingAdmin.email,
            orgRole: billingAdmin.orgRole,
          }
        : null,
    },
    privacy: {
      teamCount: allTeams.length,
      settings: ENFORCEABLE_SETTINGS.map(({ key }) => ({
        key,
        enforced: org.enforcements[key] ?? null,
        teamsOn: allTeams.filter((t) => t.settings[key]).length,
      })),
    },
    security: { ssoProvisioning: org.ssoProvisioning },
    viewer: {
      canUpdateSettings: toApiDecision(
        decide(world, actor, 'organization:update_settings', { kind: 'org', orgId }),
      ),
      canRename: can(world, actor, { type: 'org.rename', orgId, name: org.name }),
      canClaimDomain: can(world, actor, { type: 'org.claimDomain', orgId, domain: probeDomain(org) }),
      canSetDefaultTeam: can(world, actor, { type: 'org.setDefaultTeam', orgId, teamId: null }),
      // Who may hold it is judged per person (billing candidates); here: may the viewer assign at all.
      canChangeBillingUser: toApiDecision(
        decide(world, actor, 'organization:assign_billing_admin', { kind: 'org', orgId }),
      ),
      canEnforce: can(world, actor, { type: 'org.setEnforcement', orgId, setting: 'hidden', value: null }),
      canSetSsoProvisioning: can(world, actor, {
        type: 'org.setSsoProvisioning',
        orgId,
        enabled: !org.ssoProvisioning,
      }),
      // Asked with a well-formed address: the answer is about who may, and on which deployment.
      canSetAccessContact: can(world, actor, {
        type: 'org.setAccessContact',
        orgId,
        email: org.accessContact ?? `access@${org.slug}.example`,
      }),
    },
  };
}
