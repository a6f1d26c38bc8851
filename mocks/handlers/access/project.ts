// /api/projects/:team/:project/access (+ .csv) and /matrix: who has access to a project and how, and
// the users × permissions matrix. Rows come from the engine's whoHasAccess(); cells from decide's chain.
// Anyone who may see the project may read them, as its Users tab (ADR 0006).
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  PERMISSION_INFO,
  TARGET_PERMISSIONS,
  effectiveAccess,
  refusalText,
  roleLabel,
  whoHasAccess,
  type AccessEntry,
  type World,
} from '../../engine/index';
import {
  MATRIX_PAGE_SIZE,
  VIA_LABELS,
  matrixQuerySchema,
  projectAccessQuerySchema,
  type Matrix,
  type ProjectAccessRow,
} from '../../../src/api/access';
import { ok, searchParams } from '../http/respond';
import { param, route } from '../http/route';
import { csvCell } from '../users/csv';
import { findProject, withProject } from '../http/resolvers';

function row(world: World, e: AccessEntry): ProjectAccessRow {
  return {
    id: e.principalId,
    name: e.principalName,
    kind: e.kind,
    roleLabel: e.roleLabel,
    roleDetail: e.roleDetail,
    teamRoleLabel: e.teamRole ? roleLabel(world, e.teamRole) : null,
    via: e.via === 'anyone' ? 'anyone' : e.via,
    overridden: e.overridden,
    canRead: e.canRead,
    canWrite: e.canWrite,
    canManage: e.canManage,
    reasons: e.reasons,
  };
}

const yes = (b: boolean) => (b ? 'Yes' : 'No');
const CSV_HEADER = [
  'Name',
  'Kind',
  'Role',
  'Team role',
  'Source',
  'Project role set',
  'Sees content',
  'Writes',
  'Manages users',
  'Why',
];

function accessCsv(rows: ProjectAccessRow[]): string {
  const lines = rows.map((r) => [
    r.name,
    r.kind === 'service' ? 'Service account' : 'User',
    r.roleLabel,
    r.teamRoleLabel ?? '',
    VIA_LABELS[r.via],
    yes(r.overridden),
    yes(r.canRead),
    yes(r.canWrite),
    yes(r.canManage),
    r.reasons.map((x) => x.text).join(' → '),
  ]);
  return `${[CSV_HEADER, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const GROUP_ORDER = ['projects', 'runs', 'reports', 'artifacts', 'sweeps', 'launch'] as const;
/** A project's permissions (the engine's one list, as every explanation of it), grouped by object. */
const GROUPS = GROUP_ORDER.map((group) => ({
  group,
  permissions: TARGET_PERMISSIONS.project
    .filter((p) => PERMISSION_INFO[p].group === group)
    .map((id) => ({
      id,
      description: PERMISSION_INFO[id].description,
    })),
}));
const COLUMNS = GROUPS.flatMap((g) => g.permissions.map((p) => p.id));

export function accessProjectHandlers(db: Db): HttpHandler[] {
  const listed = (request: Request, params: Record<string, string | readonly string[] | undefined>) => {
    const found = findProject(db, param(params, 'team'), param(params, 'project'));
    if (!found.ok) return found;
    const { q, via, kind } = projectAccessQuerySchema.parse(searchParams(request));
    const needle = q.trim().toLowerCase();
    const all = whoHasAccess(db.world, found.project.id).map((e) => row(db.world, e));
    const items = all.filter(
      (r) =>
        (!needle || r.name.toLowerCase().includes(needle)) &&
        (!via || r.via === via) &&
        (!kind || r.kind === kind),
    );
    const label = `${found.team.name}/${found.project.name}`;
    return { ok: true as const, label, visibility: found.project.visibility, items, unfiltered: all.length };
  };
  return [
    route(db, 'get', '/projects/:team/:project/access', ({ request, params }) => {
      const l = listed(request, params);
      if (!l.ok) return l.response;
      return ok({
        project: { label: l.label, visibility: l.visibility },
        items: l.items,
        total: l.items.length,
        unfiltered: l.unfiltered,
      });
    }),
    route(db, 'get', '/projects/:team/:project/access.csv', ({ request, params }) => {
      const l = listed(request, params);
      if (!l.ok) return l.response;
      return new Response(accessCsv(l.items), {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${l.label.replace('/', '-')}-access.csv"`,
        },
      });
    }),
    route(
      db,
      'get',
      '/projects/:team/:project/matrix',
      withProject(db, ({ request, ...found }) => {
        const { page, q } = matrixQuerySchema.parse(searchParams(request));
        const needle = q.trim().toLowerCase();
        const world = db.world;
        const everyone = whoHasAccess(world, found.project.id).filter(
          (e) => !needle || e.principalName.toLowerCase().includes(needle),
        );
        const pageCount = Math.max(1, Math.ceil(everyone.length / MATRIX_PAGE_SIZE));
        const current = Math.min(page, pageCount);
        const slice = everyone.slice((current - 1) * MATRIX_PAGE_SIZE, current * MATRIX_PAGE_SIZE);
        const target = { kind: 'project', projectId: found.project.id } as const;
        const body: Matrix = {
          project: {
            label: `${found.team.name}/${found.project.name}`,
            visibility: found.project.visibility,
          },
          groups: GROUPS,
          rows: slice.map((e) => {
            const decisions = new Map(
              effectiveAccess(world, e.principalId, target).permissions.map((p) => [
                p.permission,
                p.decision,
              ]),
            );
            return {
              id: e.principalId,
              name: e.principalName,
              kind: e.kind,
              roleLabel: e.roleLabel,
              cells: COLUMNS.map((id) => {
                const d = decisions.get(id);
                return {
                  allowed: d?.allowed ?? false,
                  reason: d ? (d.allowed ? (d.reasons.at(-1)?.text ?? '') : refusalText(d)) : '',
                };
              }),
            };
          }),
          page: current,
          pageSize: MATRIX_PAGE_SIZE,
          pageCount,
          total: everyone.length,
        };
        return ok(body);
      }),
    ),
  ];
}
