// What a sign-up with this email is offered (W&B domain capture): join the SaaS org that claims its
// domain (with that org's recommended teams to choose from), found the org of an unclaimed company
// domain, or create a trial org; and, where a Dedicated / Self-managed org captures the domain, whom to
// contact for access there. The sign-up operation checks the same facts; this is what the form shows.
import { isCompanyDomain } from './email-domains';
import { emailDomain } from './lookup';
import type { Org, Team, World } from './model';

export interface SignupOptions {
  domain: string;
  /** The SaaS org that claims the domain: the sign-up joins it. */
  joins: Org | null;
  /** Its teams that recommend themselves to matching domains (the default team among them). */
  recommendedTeams: Team[];
  /** No org claims this company domain: the sign-up founds one and becomes its Admin. */
  foundsDomainOrg: boolean;
  /** A Dedicated / Self-managed org captures this domain and names whom to ask for access. */
  contact: { org: Org; email: string } | null;
}

/** The SaaS org claiming the email's domain (§3.3 domain capture). */
export function capturingOrg(world: World, email: string): Org | undefined {
  const domain = emailDomain(email);
  return world.orgs.values().find((o) => o.deployment === 'saas' && o.domains.includes(domain));
}

/** Teams of the org a sign-up from its domain may choose ("Recommend new users with matching email domains"). */
export function recommendedTeams(world: World, org: Org): Team[] {
  return world.teams.values().filter((t) => t.orgId === org.id && t.settings.recommendForDomainSignups);
}

/** Any org (of any deployment) already claims the domain. */
export const domainClaimed = (world: World, domain: string): boolean =>
  world.orgs.values().some((o) => o.domains.includes(domain));

export function signupOptions(world: World, email: string): SignupOptions {
  const domain = emailDomain(email);
  const joins = capturingOrg(world, email) ?? null;
  const captured = world.orgs
    .values()
    .find((o) => o.deployment !== 'saas' && o.accessContact !== null && o.domains.includes(domain));
  return {
    domain,
    joins,
    recommendedTeams: joins ? recommendedTeams(world, joins) : [],
    foundsDomainOrg: isCompanyDomain(domain) && !domainClaimed(world, domain),
    contact: captured?.accessContact ? { org: captured, email: captured.accessContact } : null,
  };
}
