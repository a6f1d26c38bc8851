// Reports (§4, §8, ADR 0026): create, edit and delete (a Member their own, an Admin anyone's), follow
// and comment (View-Only may: report:comment), and sharing by magic link, which the team's report
// sharing setting refuses in private projects.
import type { Decision } from '../../decision';
import { walkChain } from '../../chain';
import { decide, decideOnChain } from '../../decide';
import { principalOf } from '../../lookup';
import type { Actor, Report, World } from '../../model';
import { conflict, forbidden, invalid, notFound, refused } from '../../reason';
import { defineFamily, noScope, operation } from '../define';
import { actorId } from '../projects/rules';
import { first, thenCheck } from '../rules';
import { magicLinkBlock } from './sharing';

export const REPORT_TITLE_MAX = 128;
export const COMMENT_MAX = 2000;
export const REPORT_BODY_MAX = 20000;

/** A report as the create operation carries it (stored in the log as plain JSON). */
export type NewReport = Pick<Report, 'id' | 'projectId' | 'title' | 'createdAt'>;

const titleRule = (title: string): Decision | null =>
  title.trim().length === 0 || title.length > REPORT_TITLE_MAX
    ? invalid('title', `A report title has 1 to ${REPORT_TITLE_MAX} characters`)
    : null;

const bodyRule = (body: string | undefined): Decision | null =>
  body !== undefined && body.length > REPORT_BODY_MAX
    ? invalid('body', `A report's text has at most ${REPORT_BODY_MAX.toLocaleString('en')} characters`)
    : null;

/** The report, then the engine's decision on it for this permission. */
function onReport(
  world: World,
  actor: Actor,
  reportId: string,
  permission: 'report:update' | 'report:delete' | 'report:comment',
  rest: (report: Report) => Decision | null = () => null,
): Decision {
  const report = world.reports.get(reportId);
  if (!report) return notFound('No such report');
  return thenCheck(decide(world, actor, permission, { kind: 'report', reportId }), () => rest(report));
}

const following = (report: Report, id: string | null): boolean =>
  id !== null && (report.followers ?? []).includes(id);

export const reportOperations = defineFamily({
  'report.create': operation<{ report: NewReport }>({
    check: (world, actor, op) => {
      const project = world.projects.get(op.report.projectId);
      if (!project) return notFound('No such project');
      return thenCheck(
        decide(world, actor, 'report:create', { kind: 'project', projectId: project.id }),
        () =>
          first(
            () => (world.reports.get(op.report.id) ? conflict('A report with this id already exists') : null),
            () => titleRule(op.report.title),
          ),
      );
    },
    apply: (draft, actor, op) =>
      draft.set('reports', op.report.id, {
        ...op.report,
        title: op.report.title.trim(),
        authorId: actorId(actor) ?? '',
        followers: [],
        comments: [],
        magicLink: null,
        updatedAt: op.report.createdAt,
      }),
    impactScope: noScope,
  }),

  /** `body` left out keeps the text (changes stored before reports had one carry none). */
  'report.update': operation<{ reportId: string; title: string; body?: string; at: string }>({
    check: (world, actor, op) =>
      onReport(world, actor, op.reportId, 'report:update', () =>
        first(
          () => titleRule(op.title),
          () => bodyRule(op.body),
        ),
      ),
    apply: (draft, _actor, op) =>
      draft.update('reports', op.reportId, (r) => ({
        ...r,
        title: op.title.trim(),
        ...(op.body === undefined ? {} : { body: op.body.trimEnd() }),
        updatedAt: op.at,
      })),
    impactScope: noScope,
  }),

  'report.delete': operation<{ reportId: string }>({
    check: (world, actor, op) => onReport(world, actor, op.reportId, 'report:delete'),
    apply: (draft, _actor, op) => draft.delete('reports', op.reportId),
    impactScope: noScope,
  }),

  // Decision: following is report:comment's other half ("Follow and comment on reports", §8).
  'report.follow': operation<{ reportId: string; follow: boolean }>({
    check: (world, actor, op) =>
      onReport(world, actor, op.reportId, 'report:comment', (report) => {
        if (actor.kind !== 'user') return forbidden('identity', 'Only people follow reports');
        const now = following(report, actor.userId);
        if (now === op.follow)
          return conflict(op.follow ? 'You already follow this report' : 'You do not follow this report');
        return null;
      }),
    apply: (draft, actor, op) => {
      const id = actorId(actor) ?? '';
      draft.update('reports', op.reportId, (r) => {
        const others = (r.followers ?? []).filter((f) => f !== id);
        return { ...r, followers: op.follow ? [...others, id] : others };
      });
    },
    impactScope: noScope,
  }),

  'report.comment': operation<{ reportId: string; comment: { id: string; text: string; at: string } }>({
    check: (world, actor, op) =>
      onReport(world, actor, op.reportId, 'report:comment', () =>
        op.comment.text.trim().length === 0 || op.comment.text.length > COMMENT_MAX
          ? invalid('text', `A comment has 1 to ${COMMENT_MAX} characters`)
          : null,
      ),
    apply: (draft, actor, op) =>
      draft.update('reports', op.reportId, (r) => ({
        ...r,
        comments: [
          ...(r.comments ?? []),
          { ...op.comment, text: op.comment.text.trim(), authorId: actorId(actor) ?? '' },
        ],
      })),
    impactScope: noScope,
  }),

  /**
   * Decision: one's own comment goes with report:comment (whoever may comment may take it back);
   * anyone else's needs report:delete for anyone's (the comment's author stands for the item's, so a
   * Member's report:delete:own does not reach others' comments): team admins and org admins.
   */
  'report.deleteComment': operation<{ reportId: string; commentId: string }>({
    check: (world, actor, op) => {
      const report = world.reports.get(op.reportId);
      const comment = report?.comments?.find((c) => c.id === op.commentId);
      if (!report || !comment) return notFound('No such comment');
      if (actor.kind === 'user' && comment.authorId === actor.userId)
        return onReport(world, actor, report.id, 'report:comment');
      const project = world.projects.get(report.projectId);
      const team = project ? world.teams.get(project.teamId) : undefined;
      if (!project || !team) return notFound('No such report');
      const chain = walkChain(world, principalOf(world, actor), { kind: 'project', team, project });
      return thenCheck(decideOnChain(world, chain, 'report:delete', comment.authorId, 'comment'), () => null);
    },
    apply: (draft, _actor, op) =>
      draft.update('reports', op.reportId, (r) => ({
        ...r,
        comments: (r.comments ?? []).filter((c) => c.id !== op.commentId),
      })),
    impactScope: noScope,
  }),

  // Decision: sharing a report is editing it (report:update, or :own on one's own report).
  'report.share': operation<{ reportId: string; magicLink: string | null }>({
    check: (world, actor, op) =>
      onReport(world, actor, op.reportId, 'report:update', (report) => {
        if (op.magicLink === null) {
          return typeof report.magicLink === 'string' ? null : conflict('This report has no magic link');
        }
        if (typeof report.magicLink === 'string') return conflict('This report already has a magic link');
        const block = magicLinkBlock(world, report.projectId);
        return block ? refused('forbidden', [block]) : null;
      }),
    apply: (draft, _actor, op) =>
      draft.update('reports', op.reportId, (r) => ({ ...r, magicLink: op.magicLink })),
    impactScope: noScope,
  }),
});
