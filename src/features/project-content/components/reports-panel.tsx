// A project's reports: create, edit and delete (own for Members, any for Admins), follow and comment
// (View-Only may), and share by magic link, which the team's report sharing setting may refuse or
// deactivate. Every button is the server's decision, with its reason and "Why?".
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProjectContent, ReportRow } from '../../../api/project-content';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { hiddenHeader } from '../../../components/ui/data-table';
import { Guarded } from '../../../components/ui/guarded';
import { EmptyState } from '../../../components/ui/states';
import { useToast } from '../../../components/ui/toast';
import { relativeTime } from '../../../lib/format';
import { useContentChange } from '../api/content';
import { ReportEditDialog } from './report-edit-dialog';
import { refusedRows, RowActions, TableWithRowActions } from '../../../components/ui/row-actions';
import { TextDialog } from './text-dialog';

type Open = { kind: 'create' } | { kind: 'edit' | 'comment' | 'delete'; report: ReportRow } | null;
const col = createColumnHelper<ReportRow>();
const REPORT_ACTIONS: Record<string, string> = {
  follow: 'Follow reports',
  comment: 'Comment on reports',
  edit: 'Edit reports',
  share: 'Share reports by magic link',
  remove: 'Delete reports',
};

function Sharing({ report }: { report: ReportRow }) {
  const { sharing } = report;
  if (!sharing.shared) return <span className="muted small">Project only</span>;
  if (!sharing.active)
    return (
      <>
        <Badge tone="warning">Magic link deactivated</Badge>
        <span className="muted small block">{sharing.blockedBy}</span>
      </>
    );
  return (
    <>
      <Badge tone="success">Magic link</Badge>
      {sharing.link ? (
        <Link
          to={sharing.link}
          className="small block share-link"
          aria-label={`Open the magic link of ${report.title}`}
        >
          <code>{sharing.link}</code>
        </Link>
      ) : null}
    </>
  );
}

export function ReportsPanel({
  team,
  project,
  reports,
}: {
  team: string;
  project: string;
  reports: ProjectContent['reports'];
}) {
  const [open, setOpen] = useState<Open>(null);
  const change = useContentChange(team, project);
  const toast = useToast();
  const where = `${team}/${project}`;
  const run = (c: Parameters<typeof change.mutateAsync>[0], done: string) =>
    change.mutateAsync(c).then((r) => {
      toast({ title: done });
      return r;
    });
  const act = (c: Parameters<typeof change.mutateAsync>[0], done: string) =>
    void run(c, done).catch((e: unknown) =>
      toast({ title: 'Not done', description: e instanceof Error ? e.message : String(e), tone: 'danger' }),
    );
  // No report allows them anything: one line above the table instead of a column of refusals.
  const readOnly = refusedRows(
    reports.items,
    (r) => r.actions,
    (action) => REPORT_ACTIONS[action] ?? action,
  );
  const columns = [
    col.display({
      id: 'report',
      header: 'Report',
      meta: { className: 'content-title' },
      cell: ({ row: { original: r } }) => (
        <>
          <strong>{r.title}</strong>
          <span className="muted small block">
            by {r.authorName} · updated {relativeTime(r.updatedAt)}
          </span>
          <span className="muted small block">
            {r.followers} follower{r.followers === 1 ? '' : 's'} · {r.comments.length} comment
            {r.comments.length === 1 ? '' : 's'}
            {r.following ? (
              <>
                {' '}
                <Badge tone="info">Following</Badge>
              </>
            ) : null}
          </span>
          {r.body ? <span className="small block report-excerpt">{r.body}</span> : null}
          {r.comments.slice(-2).map((c) => (
            <span key={c.id} className="small block comment">
              <strong>{c.authorName}:</strong> {c.text}
              {/* Only where the server allows it: the comments of others are not everyone's to delete. */}
              {c.remove.allowed ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Delete ${c.authorName}’s comment on ${r.title}`}
                    disabled={change.isPending}
                    onClick={() =>
                      act({ kind: 'deleteComment', reportId: r.id, commentId: c.id }, 'Comment deleted')
                    }
                  >
                    Delete
                  </button>
                </>
              ) : null}
            </span>
          ))}
        </>
      ),
    }),
    col.display({ id: 'sharing', header: 'Sharing', cell: ({ row }) => <Sharing report={row.original} /> }),
  ];
  const actionColumn = col.display({
    id: 'actions',
    header: hiddenHeader('Actions'),
    meta: { className: 'row-buttons' },
    cell: ({ row: { original: r } }) => (
      <RowActions
        what={`report ${r.title}`}
        explain={{ project: where, permission: 'report:update' }}
        actions={[
          {
            label: r.following ? 'Unfollow' : 'Follow',
            name: `${r.following ? 'Unfollow' : 'Follow'} report ${r.title}`,
            decision: r.actions.follow,
            onClick: () =>
              act(
                { kind: 'follow', reportId: r.id, follow: !r.following },
                r.following ? `Unfollowed ${r.title}` : `Following ${r.title}`,
              ),
          },
          {
            label: 'Comment',
            name: `Comment on report ${r.title}`,
            decision: r.actions.comment,
            onClick: () => setOpen({ kind: 'comment', report: r }),
          },
          {
            label: 'Edit',
            name: `Edit report ${r.title}`,
            decision: r.actions.edit,
            onClick: () => setOpen({ kind: 'edit', report: r }),
          },
          {
            label: r.sharing.shared ? 'Turn off link' : 'Share link',
            name: `${r.sharing.shared ? 'Turn off the magic link of' : 'Share by magic link'} report ${r.title}`,
            decision: r.actions.share,
            onClick: () =>
              act(
                { kind: 'share', reportId: r.id, magicLink: !r.sharing.shared },
                r.sharing.shared ? 'Magic link turned off' : 'Magic link created',
              ),
          },
          {
            label: 'Delete',
            name: `Delete report ${r.title}`,
            variant: 'danger',
            decision: r.actions.remove,
            onClick: () => setOpen({ kind: 'delete', report: r }),
          },
        ]}
      />
    ),
  });
  return (
    <section className="panel stack-sm" aria-labelledby="reports-title">
      <div className="row panel-head">
        <h2 id="reports-title" className="panel-title">
          Reports
        </h2>
        <Guarded decision={reports.create} explain={{ project: where, permission: 'report:create' }}>
          <Button size="sm" disabled={!reports.create.allowed} onClick={() => setOpen({ kind: 'create' })}>
            Create report
          </Button>
        </Guarded>
      </div>
      {reports.items.length === 0 ? (
        <EmptyState title="No reports yet">Reports written in this project appear here.</EmptyState>
      ) : (
        <TableWithRowActions
          caption="Reports"
          columns={columns}
          actions={actionColumn}
          data={reports.items}
          getRowId={(r) => r.id}
          refused={{
            refusals: readOnly,
            title: 'Why can’t you change these reports?',
            explain: { project: where, permission: 'report:update' },
          }}
        />
      )}
      {open?.kind === 'create' ? (
        <TextDialog
          title="Create report"
          label="Title"
          field="title"
          max={128}
          submitLabel="Create report"
          busy={change.isPending}
          onClose={() => setOpen(null)}
          onSubmit={(title) => run({ kind: 'createReport', title }, `Report ${title} created`)}
        />
      ) : null}
      {open?.kind === 'edit' ? (
        <ReportEditDialog
          report={open.report}
          busy={change.isPending}
          onClose={() => setOpen(null)}
          onSubmit={({ title, body }) =>
            run({ kind: 'editReport', reportId: open.report.id, title, body }, 'Report saved')
          }
        />
      ) : null}
      {open?.kind === 'comment' ? (
        <TextDialog
          title={`Comment on ${open.report.title}`}
          label="Comment"
          field="text"
          max={2000}
          submitLabel="Comment"
          busy={change.isPending}
          onClose={() => setOpen(null)}
          onSubmit={(text) => run({ kind: 'comment', reportId: open.report.id, text }, 'Comment posted')}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          open
          onOpenChange={(o) => (o ? null : setOpen(null))}
          title={`Delete report ${open.report.title}?`}
          description={`${open.report.authorName}'s report, its ${open.report.comments.length} comment(s) and its magic link go. This cannot be undone.`}
          confirmLabel="Delete report"
          busy={change.isPending}
          onConfirm={() => {
            act({ kind: 'deleteReport', reportId: open.report.id }, `Deleted ${open.report.title}`);
            setOpen(null);
          }}
        />
      ) : null}
    </section>
  );
}
