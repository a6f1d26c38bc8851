// Organization settings (§1–§3): name, domains, default team, SSO, billing admin, enforcement.
import type { Decision } from '../../decision';
import { decide } from '../../decide';
import { isEnterprise, nameOf } from '../../lookup';
import type { Actor, EnforceableSetting, Enforcements, Org, World } from '../../model';
import { conflict, forbidden, invalid, notFound } from '../../reason';
import { defineFamily, noScope, operation } from '../define';
import { DOMAIN_RE, EMAIL_RE, first, thenCheck } from '../rules';
import { orgTeamIds } from '../scope';
import { memberOf } from '../../memberships';

const saasOnly = (org: Org, what: string): Decision | null =>
  org.deployment === 'saas'
    ? null
    : forbidden('plan', `${what} is available only on Multi-tenant Cloud (SaaS)`);

/** The org, then the settings gate (organization:update_settings), then the operation's own rules. */
function settingsCheck(
  world: World,
  actor: Actor,
  orgId: string,
  rules: (org: Org) => Decision | null,
): Decision {
  const org = world.orgs.get(orgId);
  if (!org) return notFound('No such organization');
  return thenCheck(decide(world, actor, 'organization:update_settings', { kind: 'org', orgId }), () =>
    rules(org),
  );
}

function setEnforcement(e: Enforcements, key: EnforceableSetting, value: boolean | null): Enforcements {
  const next = { ...e };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}

export const orgOperations = defineFamily({
  'org.rename': operation<{ orgId: string; name: string }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) =>
        first(
          () => saasOnly(org, 'Changing the organization name'),
          () =>
            op.name.trim() === '' || op.name.length > 64
              ? invalid('name', 'Enter a name of 1 to 64 characters')
              : null,
        ),
      ),
    apply: (draft, _actor, op) => draft.update('orgs', op.orgId, (org) => ({ ...org, name: op.name.trim() })),
    impactScope: noScope,
  }),

  'org.claimDomain': operation<{ orgId: string; domain: string }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) => {
        const domain = op.domain.trim().toLowerCase();
        return first(
          () => saasOnly(org, 'Domain capture'),
          () => (DOMAIN_RE.test(domain) ? null : invalid('domain', `${op.domain} is not a valid domain`)),
          () => (org.domains.includes(domain) ? conflict(`${org.name} already claims ${domain}`) : null),
          () => {
            const holder = world.orgs.values().find((o) => o.id !== org.id && o.domains.includes(domain));
            return holder ? conflict(`${domain} is already claimed by another organization`) : null;
          },
        );
      }),
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({
        ...org,
        domains: [...org.domains, op.domain.trim().toLowerCase()],
      })),
    impactScope: noScope,
  }),

  'org.releaseDomain': operation<{ orgId: string; domain: string }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) =>
        org.domains.includes(op.domain.toLowerCase())
          ? null
          : notFound(`${org.name} does not claim ${op.domain}`),
      ),
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({
        ...org,
        domains: org.domains.filter((d) => d !== op.domain.toLowerCase()),
      })),
    impactScope: noScope,
  }),

  /** Dedicated / Self-managed domain capture: whom SaaS sign-ups from the org's domains are told to contact. */
  'org.setAccessContact': operation<{ orgId: string; email: string | null }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) =>
        first(
          () =>
            org.deployment === 'saas'
              ? forbidden(
                  'plan',
                  'An access contact is for Dedicated Cloud and Self-managed instances; on SaaS, claimed domains join the org directly',
                )
              : null,
          () =>
            op.email === null || EMAIL_RE.test(op.email.trim())
              ? null
              : invalid('email', `${op.email} is not an email address`),
        ),
      ),
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({ ...org, accessContact: op.email?.trim() ?? null })),
    impactScope: noScope,
  }),

  'org.setDefaultTeam': operation<{ orgId: string; teamId: string | null }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) =>
        first(
          () => saasOnly(org, 'Domain capture'),
          () => {
            if (op.teamId === null) return null;
            const team = world.teams.get(op.teamId);
            if (!team || team.orgId !== org.id) return notFound('No such team in this organization');
            return team.settings.recommendForDomainSignups
              ? null
              : invalid(
                  'teamId',
                  `Team ${team.name} does not recommend itself to new users with matching email domains`,
                );
          },
        ),
      ),
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({ ...org, defaultTeamId: op.teamId })),
    impactScope: noScope,
  }),

  'org.setSsoProvisioning': operation<{ orgId: string; enabled: boolean }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) =>
        first(
          () => (isEnterprise(org) ? null : forbidden('plan', 'SSO needs an Enterprise license')),
          () =>
            org.deployment === 'dedicated'
              ? forbidden('plan', 'Reach out to your W&B team to turn off auto provisioning')
              : null,
        ),
      ),
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({ ...org, ssoProvisioning: op.enabled })),
    impactScope: noScope,
  }),

  'org.setBillingAdmin': operation<{ orgId: string; userId: string }>({
    check: (world, actor, op) => {
      const org = world.orgs.get(op.orgId);
      if (!org) return notFound('No such organization');
      const gate = decide(world, actor, 'organization:assign_billing_admin', { kind: 'org', orgId: org.id });
      return thenCheck(gate, () => {
        const user = memberOf(world, op.userId, org.id);
        if (!user) return notFound('No such user in this organization');
        return user.orgRole === 'viewer'
          ? conflict(
              `${nameOf(world, user.id)} is an org Viewer; the billing admin must be an Admin or Member`,
            )
          : null;
      });
    },
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({ ...org, billingAdminId: op.userId })),
    impactScope: noScope,
  }),

  /** value null lifts the enforcement. */
  'org.setEnforcement': operation<{ orgId: string; setting: EnforceableSetting; value: boolean | null }>({
    check: (world, actor, op) =>
      settingsCheck(world, actor, op.orgId, (org) =>
        isEnterprise(org)
          ? null
          : forbidden('plan', 'Org-wide privacy enforcement needs an Enterprise license'),
      ),
    apply: (draft, _actor, op) =>
      draft.update('orgs', op.orgId, (org) => ({
        ...org,
        enforcements: setEnforcement(org.enforcements, op.setting, op.value),
      })),
    impactScope: (before, _after, op) =>
      [...orgTeamIds(before, op.orgId)].map((teamId) => ({
        target: { kind: 'team', teamId },
        principals: null,
      })),
  }),
});
