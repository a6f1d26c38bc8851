// What a person sees on an org's page when they may not see the org: GitHub's plain page, not the
// org's chrome around a refusal (ADR 0023). The server decides; this says what it answered, and where
// the person can go instead.
import { Link, useNavigate, useParams } from 'react-router';
import type { Decision } from '../api/common';
import type { Session } from '../api/session';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/errors';
import { reasonText } from '../lib/reasons';
import { JoinableTeams } from '../features/teams/components/joinable-teams';

type Answer = { decision: Decision } | { error: unknown };

export function NoAccessPage({
  session,
  orgName,
  answer,
}: {
  session: Session;
  orgName: string;
  answer: Answer;
}) {
  const me = session.actingUser;
  const navigate = useNavigate();
  const slug = useParams().org ?? session.org.slug;
  const missing = 'error' in answer && answer.error instanceof ApiError && answer.error.status === 404;
  const why = 'decision' in answer ? reasonText(answer.decision) : errorMessage(answer.error);
  const title = missing
    ? 'Organization not found'
    : me
      ? `You don’t have access to ${orgName}`
      : `Sign in to see ${orgName}`;
  const ownOrg = me?.orgSlug && me.orgName && me.orgSlug !== session.org.slug ? me : null;
  return (
    <div className="page no-access">
      <section className="no-access-card" aria-labelledby="no-access-title">
        <h1 id="no-access-title">{title}</h1>
        <p>{missing ? 'There is no organization at this address, or you may not know of it.' : `${why}.`}</p>
        {missing ? null : (
          <p className="muted">
            {me
              ? `Its members, teams and settings are shown only to people in ${orgName}. An admin of ${orgName} can invite you.`
              : `Its members, teams and settings are shown only to people in ${orgName}: sign in as one of them (Switch person, above).`}
          </p>
        )}
        <ul className="no-access-links">
          {ownOrg ? (
            <li>
              <Link to={`/account-settings/${ownOrg.orgSlug}/users`}>Go to {ownOrg.orgName}</Link>
            </li>
          ) : null}
          <li>
            {/* Back to the page they came from: an Open or Public project's link, most often. */}
            <button type="button" className="link-button" onClick={() => void navigate(-1)}>
              Go back
            </button>
          </li>
        </ul>
      </section>
      {/* Someone whose verified email domain the org claims may join or ask to join its teams (ADR 0025). */}
      {me && !missing ? <JoinableTeams userId={me.id} org={slug} /> : null}
    </div>
  );
}
