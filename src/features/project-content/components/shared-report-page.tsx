// /reports/:token — a report opened by its magic link (ADR 0026): its title, author, project and text,
// for anyone with the link, signed out too, and nothing of the org around it. A link that was turned
// off, or that the team's report sharing setting deactivates, says so plainly, with the server's why.
import { ApiError } from '../../../api/client';
import { PageSkeleton } from '../../../components/ui/states';
import { errorMessage } from '../../../lib/errors';
import { fullDate } from '../../../lib/format';
import { reasonText } from '../../../lib/reasons';
import { useSharedReport } from '../api/shared-report';
import '../project-content.css';

function LinkProblem({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : null;
  const [title, text] =
    status === 404
      ? ['This link does not work', 'The report’s magic link was turned off, or the report was deleted.']
      : status === 403 && error instanceof ApiError
        ? [
            'This shared report is turned off',
            `${reasonText({ allowed: false, reasons: error.reasons })}. The link works again if the team allows sharing.`,
          ]
        : ['The report could not be opened', errorMessage(error)];
  return (
    <section className="no-access-card" aria-labelledby="shared-report-title">
      <h1 id="shared-report-title">{title}</h1>
      <p>{text}</p>
    </section>
  );
}

export function SharedReportPage({ token }: { token: string }) {
  const report = useSharedReport(token);
  if (report.isPending) return <PageSkeleton label="Loading the shared report" />;
  return (
    <div className="page no-access">
      {report.data ? (
        <article className="shared-report" aria-labelledby="shared-report-title">
          <p className="muted small">Shared report · {report.data.project}</p>
          <h1 id="shared-report-title">{report.data.title}</h1>
          <p className="muted">
            By {report.data.authorName} · updated {fullDate(report.data.updatedAt)}
          </p>
          {report.data.body ? (
            <div className="shared-report-body">{report.data.body}</div>
          ) : (
            <p className="muted">This report has no text yet.</p>
          )}
        </article>
      ) : (
        <LinkProblem error={report.error} />
      )}
    </div>
  );
}
