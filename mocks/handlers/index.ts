// Every API handler over one Db. The same list runs in the browser (service worker) and in Node (tests).
import type { HttpHandler } from 'msw';
import type { Db } from '../db/db';
import { demoHandlers } from './demo/routes';
import { sessionHandlers } from './session/routes';
import { teamHandlers } from './teams/dashboard';
import { teamSettingsHandlers } from './teams/settings';
import { projectHandlers } from './projects/routes';
import { projectRunHandlers } from './projects/runs';
import { projectUserHandlers } from './projects/users';
import { teamsHandlers } from './teams/routes';
import { joinByDomainHandlers } from './teams/join-by-domain';
import { usersHandlers } from './users/routes';
import { invitesHandlers } from './invites/routes';
import { fail } from './http/respond';
import { orgSettingsHandlers } from './org-settings/routes';
import { arrivalsHandlers } from './arrivals/routes';
import { route } from './http/route';
import { rolesHandlers } from './roles/routes';
import { auditHandlers } from './audit/routes';
import { accessHandlers } from './access/routes';
import { accessProjectHandlers } from './access/project';
import { projectContentHandlers } from './project-content/routes';
import { reportHandlers } from './reports/routes';
import { sweepHandlers } from './sweeps/routes';
import { artifactHandlers } from './artifacts/routes';
import { serviceRunHandlers } from './demo/service-runs';
import { meHandlers } from './me/routes';

export function createHandlers(db: Db): HttpHandler[] {
  return [
    ...demoHandlers(db),
    ...sessionHandlers(db),
    ...usersHandlers(db),
    ...invitesHandlers(db),
    ...teamsHandlers(db),
    ...joinByDomainHandlers(db),
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
    ...projectContentHandlers(db),
    ...reportHandlers(db),
    ...sweepHandlers(db),
    ...artifactHandlers(db),
    ...serviceRunHandlers(db),
    ...meHandlers(db),
    // Any other /api path: a clear 404 rather than a request that escapes to the network.
    route(db, 'get', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'post', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'put', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'patch', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
    route(db, 'delete', '/*', () => fail(404, 'not_found', 'No such API endpoint.'), { realism: false }),
  ];
}
