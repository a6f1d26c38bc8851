// The title and one-line intro of each org page, in one table: the pages render them, and the build
// writes them into index.html so the first paint already shows the page being opened (src/boot/boot-intro.ts).
// `{org}` stands for the organization's name; before the app knows it, the frame says "this organization".

export type OrgPageKey = 'users' | 'teams' | 'roles' | 'access' | 'settings' | 'audit-log';

export const ORG_PAGE_INTROS: Record<OrgPageKey, { title: string; subtitle: string }> = {
  users: { title: 'Users', subtitle: 'Everyone in {org}, their organization role, seats and teams.' },
  teams: {
    title: 'Teams',
    subtitle:
      'Teams in {org} that you can see. Hidden teams are listed only for their members and org admins.',
  },
  roles: {
    title: 'Roles',
    subtitle:
      'What each team and project role in {org} may do. Custom roles add permissions to a base role; team admins give them in Team settings.',
  },
  access: {
    title: 'Access',
    subtitle: "Who can do what, and why: the permission engine's own reasons, step by step.",
  },
  settings: {
    title: 'Settings',
    subtitle: 'How {org} is set up: name, domains, billing, privacy and sign-in.',
  },
  'audit-log': {
    title: 'Audit log',
    subtitle: 'Every change made in {org}: who made it, what changed and what it was before.',
  },
};

/** A page's intro with the organization's name in it. */
export function orgPageIntro(page: OrgPageKey, orgName: string): { title: string; subtitle: string } {
  const intro = ORG_PAGE_INTROS[page];
  return { title: intro.title, subtitle: intro.subtitle.replace('{org}', orgName) };
}
