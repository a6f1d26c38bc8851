// check() for organization settings (§1–§3): name, domains, default team, SSO, billing admin, enforcement.
import { DOMAIN_RE, first, thenCheck } from './check-helpers';
import type { Decision } from './decision';
import { decide } from './decide';
import { isEnterprise, nameOf } from './lookup';
import type { Actor, Org, World } from './model';
import type { Operation } from './operations';
import { conflict, forbidden, invalid, notFound } from './reason';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;
type OrgOp = Op<
  | 'org.rename'
  | 'org.claimDomain'
  | 'org.releaseDomain'
  | 'org.setDefaultTeam'
  | 'org.setSsoProvisioning'
  | 'org.setBillingAdmin'
  | 'org.setEnforcement'
>;

const saasOnly = (org: Org, what: string): Decision | null =>
  org.deployment === 'saas'
    ? null
    : forbidden('plan', `${what} is available only on Multi-tenant Cloud (SaaS)`);

export function checkOrgOp(world: World, actor: Actor, op: OrgOp): Decision {
  const org = world.orgs.get(op.orgId);
  if (!org) return notFound('No such organization');
  const resource = { kind: 'org', orgId: org.id } as const;
  const settings = (rest: () => Decision | null): Decision =>
    thenCheck(decide(world, actor, 'organization:update_settings', resource), rest);
  switch (op.type) {
    case 'org.rename':
      return settings(() =>
        first(
          () => saasOnly(org, 'Changing the organization name'),
          () =>
            op.name.trim() === '' || op.name.length > 64
              ? invalid('name', 'Enter a name of 1 to 64 characters')
              : null,
        ),
      );
    case 'org.claimDomain': {
      const domain = op.domain.trim().toLowerCase();
      return settings(() =>
        first(
          () => saasOnly(org, 'Domain capture'),
          () => (DOMAIN_RE.test(domain) ? null : invalid('domain', `${op.domain} is not a valid domain`)),
          () => (org.domains.includes(domain) ? conflict(`${org.name} already claims ${domain}`) : null),
          () => {
            const holder = world.orgs.values().find((o) => o.id !== org.id && o.domains.includes(domain));
            return holder ? conflict(`${domain} is already claimed by another organization`) : null;
          },
        ),
      );
    }
    case 'org.releaseDomain':
      return settings(() =>
        org.domains.includes(op.domain.toLowerCase())
          ? null
          : notFound(`${org.name} does not claim ${op.domain}`),
      );
    case 'org.setDefaultTeam':
      return settings(() =>
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
      );
    case 'org.setSsoProvisioning':
      return settings(() =>
        first(
          () => (isEnterprise(org) ? null : forbidden('plan', 'SSO needs an Enterprise license')),
          () =>
            org.deployment === 'dedicated'
              ? forbidden('plan', 'Reach out to your W&B team to turn off auto provisioning')
              : null,
        ),
      );
    case 'org.setBillingAdmin':
      return thenCheck(decide(world, actor, 'organization:assign_billing_admin', resource), () => {
        const user = world.users.get(op.userId);
        if (!user || user.orgId !== org.id) return notFound('No such user in this organization');
        return user.orgRole === 'viewer'
          ? conflict(
              `${nameOf(world, user.id)} is an org Viewer; the billing admin must be an Admin or Member`,
            )
          : null;
      });
    case 'org.setEnforcement':
      return settings(() =>
        isEnterprise(org)
          ? null
          : forbidden('plan', 'Org-wide privacy enforcement needs an Enterprise license'),
      );
  }
}
