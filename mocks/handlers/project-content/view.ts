// A project's reports, sweeps and artifacts for the acting person (ADR 0026): every action on each is
// the engine's check of the very operation the button sends, so a refused button says the server's why.
import type { Db } from '../../db/db';
import {
  check,
  decide,
  magicLinkState,
  type Actor,
  type Artifact,
  type Operation,
  type Project,
  type Report,
  type World,
} from '../../engine/index';
import type { ArtifactRow, ProjectContent, ReportRow } from '../../../src/api/project-content';
import { toApiDecision } from '../http/api-values';

/** A person or service account by id, as the project shows them. */
export function nameOf(world: World, id: string): string {
  const user = world.users.get(id);
  if (user) return user.name || user.username;
  const account = world.serviceAccounts.get(id);
  return account ? `${account.name} (service account)` : 'a removed user';
}

/** A row of the project the path names, by the id a path parameter gives (else a 404 for the caller). */
export function rowOfProject<T extends { projectId: string }>(
  table: { get(id: string): T | undefined },
  id: string,
  projectId: string,
): T | undefined {
  const row = table.get(id);
  return row && row.projectId === projectId ? row : undefined;
}

/** The page a magic link opens (the token is the secret): GET /api/shared-reports/:token reads it. */
export const sharedReportPath = (token: string): string => `/reports/${token}`;

function reportRow(db: Db, actor: Actor, report: Report): ReportRow {
  const world = db.world;
  const me = actor.kind === 'user' ? actor.userId : null;
  const following = me !== null && (report.followers ?? []).includes(me);
  const sharing = magicLinkState(world, report);
  const edit = check(world, actor, {
    type: 'report.update',
    reportId: report.id,
    title: report.title,
    at: db.now(),
  });
  const token = typeof report.magicLink === 'string' ? report.magicLink : null;
  return {
    id: report.id,
    title: report.title,
    body: report.body ?? '',
    authorName: nameOf(world, report.authorId),
    createdAt: report.createdAt,
    updatedAt: report.updatedAt ?? report.createdAt,
    followers: (report.followers ?? []).length,
    following,
    comments: (report.comments ?? []).map((c) => ({
      id: c.id,
      authorName: nameOf(world, c.authorId),
      text: c.text,
      at: c.at,
      remove: toApiDecision(
        check(world, actor, { type: 'report.deleteComment', reportId: report.id, commentId: c.id }),
      ),
    })),
    sharing: {
      shared: sharing.shared,
      active: sharing.active,
      link: token && edit.allowed ? sharedReportPath(token) : null,
      blockedBy: sharing.blockedBy?.text ?? null,
    },
    actions: {
      edit: toApiDecision(edit),
      remove: toApiDecision(check(world, actor, { type: 'report.delete', reportId: report.id })),
      follow: toApiDecision(
        check(world, actor, { type: 'report.follow', reportId: report.id, follow: !following }),
      ),
      comment: toApiDecision(
        check(world, actor, {
          type: 'report.comment',
          reportId: report.id,
          comment: { id: '__probe__', text: 'probe', at: db.now() },
        }),
      ),
      share: toApiDecision(
        check(world, actor, {
          type: 'report.share',
          reportId: report.id,
          magicLink: token ? null : '__probe__',
        }),
      ),
    },
  };
}

function artifactRow(db: Db, actor: Actor, a: Artifact): ArtifactRow {
  const world = db.world;
  const may = (op: Operation) => toApiDecision(check(world, actor, op));
  return {
    id: a.id,
    name: a.name,
    version: a.version ?? 0,
    aliases: (a.aliases ?? []).map((name) => ({
      name,
      remove: may({ type: 'artifact.removeAlias', artifactId: a.id, alias: name }),
    })),
    authorName: nameOf(world, a.authorId),
    createdAt: a.createdAt,
    actions: {
      download: toApiDecision(
        decide(world, actor, 'artifact:download', { kind: 'artifact', artifactId: a.id }),
      ),
      remove: may({ type: 'artifact.delete', artifactId: a.id }),
      addAlias: may({ type: 'artifact.addAlias', artifactId: a.id, alias: 'probe-alias' }),
    },
  };
}

const newest = <T extends { createdAt: string }>(a: T, b: T) => b.createdAt.localeCompare(a.createdAt);

export function projectContentBody(db: Db, actor: Actor, project: Project): ProjectContent {
  const world = db.world;
  const res = { kind: 'project', projectId: project.id } as const;
  const canSee = decide(world, actor, 'report:read', res);
  const inProject = <T extends { projectId: string }>(rows: readonly T[]) =>
    canSee.allowed ? rows.filter((r) => r.projectId === project.id) : [];
  const probeName = 'probe-0000';
  return {
    canSeeContent: toApiDecision(canSee),
    reports: {
      create: toApiDecision(
        check(world, actor, {
          type: 'report.create',
          report: { id: '__probe__', projectId: project.id, title: 'probe', createdAt: db.now() },
        }),
      ),
      items: inProject(world.reports.values())
        .sort(newest)
        .map((r) => reportRow(db, actor, r)),
    },
    sweeps: {
      create: toApiDecision(
        check(world, actor, {
          type: 'sweep.create',
          sweep: {
            id: '__probe__',
            projectId: project.id,
            name: probeName,
            method: 'random',
            createdAt: db.now(),
          },
        }),
      ),
      items: inProject(world.sweeps.values())
        .sort(newest)
        .map((s) => ({
          id: s.id,
          name: s.name,
          method: s.method,
          authorName: nameOf(world, s.authorId),
          createdAt: s.createdAt,
          runs: world.runs.values().filter((r) => r.sweepId === s.id).length,
          actions: {
            logRun: toApiDecision(
              check(world, actor, {
                type: 'sweep.logRun',
                sweepId: s.id,
                run: { id: '__probe__', name: probeName, createdAt: db.now() },
              }),
            ),
            remove: toApiDecision(check(world, actor, { type: 'sweep.delete', sweepId: s.id })),
          },
        })),
    },
    artifacts: {
      create: toApiDecision(
        check(world, actor, {
          type: 'artifact.create',
          artifact: { id: '__probe__', projectId: project.id, name: probeName, createdAt: db.now() },
        }),
      ),
      items: inProject(world.artifacts.values())
        .sort(newest)
        .map((a) => artifactRow(db, actor, a)),
    },
  };
}
