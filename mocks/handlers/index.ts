// Every API handler over one Db. The same list runs in the browser (service worker) and in Node (tests).
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import { demoHandlers } from './demo';
import { sessionHandlers } from './session';
import { teamHandlers } from './team';
import { teamSettingsHandlers } from './team-settings';
import { projectHandlers } from './projects';
import { projectRunHandlers } from './project-runs';
import { projectUserHandlers } from './project-users';
import { teamsHandlers } from './teams';
import { usersHandlers } from './users';
import { invitesHandlers } from './invites';
import { fail } from './respond';
import { orgSettingsHandlers } from './org-settings';
import { arrivalsHandlers } from './arrivals';
import { route } from './route';
import { rolesHandlers } from './roles';
import { auditHandlers } from './audit';
import { accessHandlers } from './access';
import { accessProjectHandlers } from './access-project';

export function createHandlers(db: Db): HttpHandler[] {
  return [
    ...demoHandlers(db),
    ...sessionHandlers(db),
    ...usersHandlers(db),
    ...invitesHandlers(db),
    ...teamsHandlers(db),
    ...teamHandlers(db),
    ...orgSettingsHandlers(db),
    ...arrivalsHandlers(db),
    ...teamSettingsHandlers(db),
    ...projectHandlers(db),
    ...projectRunHandlers(db),
    ...projectUserHandlers(db),
    ...rolesHandlers(db),
    ...auditHandlers(db),
    ...accessHandlers(db),
    ...accessProjectHandlers(db),
    // Any other /api path: a clear 404 rather than a request that escapes to the network.
    route(db, 'get', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'post', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'put', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'patch', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'delete', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
  ];
}
