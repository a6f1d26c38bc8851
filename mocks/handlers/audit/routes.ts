// GET /api/orgs/:org/audit-log (a page), /audit-log/export.csv and /audit-log/export.json (every
// matching entry). Org admins on Enterprise only: the engine's organization:read_audit_log decides.
import { HttpResponse, type HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { auditQuerySchema, type AuditExport, type AuditPage } from '../../../src/api/audit';
import { ACTION_OPTIONS } from './operations';
import { auditCsv } from './csv';
import { loggedEntries, withAffected } from './log';
import { actorOptions, auditAccess, filterEntries, orgEntries } from './query';
import { ok, searchParams } from '../http/respond';
import { route } from '../http/route';

function download(body: string, type: string, filename: string): Response {
  return new HttpResponse(body, {
    status: 200,
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}

export function auditHandlers(db: Db): HttpHandler[] {
  // With an empty log the current world is the seed: start the replay cache now, for free, so the first
  // visit after changes never has to rebuild the scenario (0.3 s on the large one).
  if (db.log.length === 0) loggedEntries(db);
  return [
    route(db, 'get', '/orgs/:org/audit-log', ({ request, params }) => {
      const access = auditAccess(db, params);
      if (!access.ok) return access.response;
      const query = auditQuerySchema.parse(searchParams(request));
      const all = orgEntries(db, access.org.id);
      const matching = filterEntries(all, query);
      const pageCount = Math.max(1, Math.ceil(matching.length / query.pageSize));
      const page = Math.min(query.page, pageCount);
      const body: AuditPage = {
        items: withAffected(db, matching.slice((page - 1) * query.pageSize, page * query.pageSize)),
        total: matching.length,
        page,
        pageSize: query.pageSize,
        pageCount,
        options: { actors: actorOptions(all), actions: ACTION_OPTIONS },
      };
      return ok(body);
    }),
    route(db, 'get', '/orgs/:org/audit-log/export.csv', ({ request, params }) => {
      const access = auditAccess(db, params);
      if (!access.ok) return access.response;
      const query = auditQuerySchema.parse(searchParams(request));
      const entries = withAffected(db, filterEntries(orgEntries(db, access.org.id), query));
      return download(
        auditCsv(entries),
        'text/csv',
        `${access.org.slug}-audit-log-${db.now().slice(0, 10)}.csv`,
      );
    }),
    route(db, 'get', '/orgs/:org/audit-log/export.json', ({ request, params }) => {
      const access = auditAccess(db, params);
      if (!access.ok) return access.response;
      const { page: _page, pageSize: _size, ...filters } = auditQuerySchema.parse(searchParams(request));
      const body: AuditExport = {
        org: access.org.slug,
        exportedAt: db.now(),
        filters,
        entries: withAffected(db, filterEntries(orgEntries(db, access.org.id), filters)),
      };
      const name = `${access.org.slug}-audit-log-${db.now().slice(0, 10)}.json`;
      return download(`${JSON.stringify(body, null, 2)}\n`, 'application/json', name);
    }),
  ];
}
