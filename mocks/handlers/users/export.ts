// GET /api/orgs/:org/users/export.csv?<the list's filters and sort>: every matching row, not one page,
// as the viewer may see it (invites only for those who may invite, hidden teams counted, not named).
import { HttpResponse, type HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { decide } from '../../engine/index';
import { usersQuerySchema } from '../../../src/api/users';
import { refuse, searchParams } from '../http/respond';
import { listEntries, rowsOf } from './list';
import { route } from '../http/route';
import { usersCsv } from './csv';
import { withOrg } from '../http/resolvers';

export function exportHandler(db: Db): HttpHandler {
  return route(
    db,
    'get',
    '/orgs/:org/users/export.csv',
    withOrg(db, ({ request, ...found }) => {
      const { org } = found;
      const orgResource = { kind: 'org', orgId: org.id } as const;
      const list = decide(db.world, found.actor, 'organization:list_users', orgResource);
      if (!list.allowed) return refuse(list);
      const seesInvites = decide(db.world, found.actor, 'organization:invite_user', orgResource).allowed;
      const query = usersQuerySchema.parse(searchParams(request));
      const ctx = { world: db.world, org, actor: found.actor, now: db.now(), seesInvites };
      const rows = rowsOf(ctx, listEntries(ctx, query));
      const stamp = db.now().slice(0, 10);
      return new HttpResponse(usersCsv(rows), {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${org.slug}-users-${stamp}.csv"`,
        },
      });
    }),
  );
}
