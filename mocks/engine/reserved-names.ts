// Team names that would collide with the console's own pages (a team's page is served at /<name>,
// beside /account-settings/…, /settings, /sign-in …) or with paths W&B keeps for itself. Refused with
// the reason (ADR 0015). Every first segment of the router's own paths is here: tests/app/reserved-
// routes.test.tsx reads the router and fails on one that is not, so a new page cannot shadow a team.
const CONSOLE_PATHS = [
  // the router's pages (src/app/router.tsx)
  'account-settings', 'settings', 'reports', 'sign-in', 'first-run', 'accept-invite',
  // what the host serves beside them
  'api', 'assets', 'src', 'node_modules', 'mockServiceWorker.js',
]; // prettier-ignore
const WANDB_RESERVED = [
  'admin', 'settings', 'home', 'login', 'logout', 'signup', 'sign-up', 'authorize', 'oauth', 'sso',
  'new', 'create', 'org', 'orgs', 'organizations', 'team', 'teams', 'user', 'users', 'projects',
  'site', 'static', 'public', 'private', 'help', 'docs', 'support', 'billing', 'subscriptions',
  'usage', 'wandb', 'weave', 'artifacts', 'reports', 'sweeps', 'launch', 'registry', 'models',
  'fully-connected', 'quickstart', 'service-accounts',
]; // prettier-ignore

const RESERVED: ReadonlySet<string> = new Set(
  [...CONSOLE_PATHS, ...WANDB_RESERVED].map((n) => n.toLowerCase()),
);

/** Why this team name cannot be used, or null when it is free of reserved words. */
export function reservedTeamName(name: string): string | null {
  const lower = name.toLowerCase();
  if (!RESERVED.has(lower)) return null;
  return CONSOLE_PATHS.includes(lower)
    ? `"${name}" is the address of one of the console's own pages; choose another team name`
    : `"${name}" is a reserved word on W&B; choose another team name`;
}
