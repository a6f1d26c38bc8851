// Query keys and paths of the Access page: one hierarchy, so View as or a change can invalidate it all.
export const accessKeys = {
  all: ['access'] as const,
  people: (org: string, q: string) => ['access', org, 'people', q] as const,
  targets: (org: string, q: string) => ['access', org, 'targets', q] as const,
  explain: (org: string, user: string, target: string) => ['access', org, 'explain', user, target] as const,
  user: (org: string, user: string) => ['access', org, 'user', user] as const,
  project: (project: string, filters: Record<string, string>) =>
    ['access', 'project', project, filters] as const,
  matrix: (project: string, page: number, q: string) => ['access', 'matrix', project, page, q] as const,
};

export const orgPath = (org: string) => `/orgs/${encodeURIComponent(org)}/access`;

/** "team/name" → "/projects/team/name", each part encoded. */
export const projectPath = (project: string) =>
  `/projects/${project
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/')}`;
