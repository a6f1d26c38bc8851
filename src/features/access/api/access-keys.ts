// Paths of the Access page's endpoints (keys: lib/query-keys.ts).
export const orgPath = (org: string) => `/orgs/${encodeURIComponent(org)}/access`;

/** "team/name" → "/projects/team/name", each part encoded. */
export const projectPath = (project: string) =>
  `/projects/${project
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/')}`;
