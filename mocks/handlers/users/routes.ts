// The Users page's endpoints: GET /api/orgs/:org/users (the list, with per-row decisions for admins),
// plus the member changes, removal, bulk and export handlers registered from their own files.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { decide, fullSeatsInUse, memberOf, orgUserCounts, type Org, type World } from '../../engine/index';
import { usersQuerySchema, type UsersPage } from '../../../src/api/users';
import { ok, refuse, searchParams } from '../http/respond';
import { listEntries, rowsOf } from './list';
import { route } from '../http/route';
import { toApiDecision } from '../http/api-values';
import { memberControls } from './controls';
import { updateMemberHandler } from './update';
import { previewMemberHandler } from './preview';
import { removeMemberHandlers } from './remove';
import { bulkHandlers } from './bulk';
import { exportHandler } from './export';
import { withOrg } from '../http/resolvers';

export function usersHandlers(db: Db): HttpHandler[] {
  return [
    // Before any /users/:userId route, so "export.csv" is never taken for a user id.
    exportHandler(db),
    route(
      db,
      'get',
      '/orgs/:org/users',
      withOrg(db, ({ request, ...found }) => {
        const { org } = found;
        const world = db.world;
        const orgResource = { kind: 'org', orgId: org.id } as const;
        const list = decide(world, found.actor, 'organization:list_users', orgResource);
        if (!list.allowed) return refuse(list);
        const canInvite = decide(world, found.actor, 'organization:invite_user', orgResource);
        const canUpdate = decide(world, found.actor, 'organization:update_member', orgResource);
        const query = usersQuerySchema.parse(searchParams(request));
        const now = db.now();
        const ctx = { world, org, actor: found.actor, now, seesInvites: canInvite.allowed };
        const entries = listEntries(ctx, query);
        const pageCount = Math.max(1, Math.ceil(entries.length / query.pageSize));
        const page = Math.min(query.page, pageCount);
        const shown = entries.slice((page - 1) * query.pageSize, page * query.pageSize);
        // Rows, teams and per-option decisions for this page only.
        const items = rowsOf(ctx, shown).map((row) => {
          const user = row.kind === 'user' ? memberOf(world, row.id, org.id) : undefined;
          // Only this page's member rows, and only for those who may change members.
          return user && canUpdate.allowed
            ? { ...row, controls: memberControls(world, found.actor, user) }
            : row;
        });
        const body: UsersPage = {
          items,
          total: entries.length,
          page,
          pageSize: query.pageSize,
          pageCount,
          summary: summaryOf(world, org),
          viewer: {
            seesInvites: canInvite.allowed,
            canInvite: toApiDecision(canInvite),
            canUpdateMembers: toApiDecision(canUpdate),
          },
        };
        return ok(body);
      }),
    ),
    updateMemberHandler(db),
    ...removeMemberHandlers(db),
    ...bulkHandlers(db),
    // After the bulk routes, so "bulk/preview" is never taken for a user id's preview.
    previewMemberHandler(db),
  ];
}

/**
 * Org-wide figures above the table. Full seats count invites the way the engine's seat-limit guard
 * does (pending, expired included: they can be resent), so "seats left" never disagrees with a refusal.
 */
function summaryOf(world: World, org: Org): UsersPage['summary'] {
  const { members, admins, fullSeats } = orgUserCounts(world, org.id);
  return {
    members,
    admins,
    fullSeatsUsed: fullSeats,
    fullSeatsPending: fullSeatsInUse(world, org.id) - fullSeats,
    fullSeatLimit: org.fullSeatLimit,
  };
}
