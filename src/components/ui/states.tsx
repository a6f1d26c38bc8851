// Loading, empty and error states, sized like the content they stand in for (no layout jumps).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { canRetry, errorMessage, errorTitle, isRefusal } from '../../lib/errors';
import { Button } from './button';

export function Skeleton({ width = '100%', height = 14 }: { width?: string | number; height?: number }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}

/** A table still loading: a few row-high bars, announced as busy under the table's name. */
export function TableSkeleton({
  label,
  rows,
  rowHeight = 44,
}: {
  label: string;
  rows: number;
  rowHeight?: number;
}) {
  return (
    <div className="table-skeleton" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={rowHeight} />
      ))}
    </div>
  );
}

/**
 * A page still loading, shaped like the page it stands in for (issue 15: never an empty frame on a
 * slow, large org): breadcrumb and title, tabs if it has them, then its table, or its main panel with
 * a side panel.
 */
export function PageSkeleton({
  label,
  tabs = false,
  layout = 'table',
}: {
  label: string;
  tabs?: boolean;
  layout?: 'table' | 'panels';
}) {
  return (
    <div className="page" aria-busy="true" aria-label={label}>
      <div className="page-skeleton-header">
        <Skeleton height={12} width={160} />
        <Skeleton height={28} width={280} />
      </div>
      {tabs ? (
        <div className="page-skeleton-tabs">
          <Skeleton height={20} width={80} />
          <Skeleton height={20} width={80} />
          <Skeleton height={20} width={80} />
        </div>
      ) : null}
      {layout === 'panels' ? (
        <div className="project-grid">
          <div className="stack">
            <Skeleton height={180} />
            <Skeleton height={260} />
          </div>
          <Skeleton height={160} />
        </div>
      ) : (
        <div className="table-skeleton">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={44} />
          ))}
        </div>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

type Place = { to: string; label: string };

/**
 * Where a page that is not there for a person sends them (issue 15: a refusal with no way on): the page
 * above it when they are refused it (a team's settings: the team), else the teams they can open (none
 * for someone signed out: `teamsPath` null).
 */
export function wayBack(error: unknown, teamsPath: string | null, parent?: Place): Place | undefined {
  const refused = error instanceof ApiError && error.status === 403;
  if (refused && parent) return parent;
  return teamsPath === null ? undefined : { to: teamsPath, label: 'See the teams you can open' };
}

/** A read that failed, in place of what it would show. Retry only where asking again can help. */
export function ErrorState({
  error,
  onRetry,
  page = false,
  back,
}: {
  error: unknown;
  onRetry?: () => void;
  /** It is the whole page (a team or project that is not there for them): its title is the page's h1. */
  page?: boolean;
  /** Where to go instead (wayBack), for a page that is refused or not there. */
  back?: Place;
}) {
  const reasons = error instanceof ApiError ? error.reasons.filter((r) => r.effect === 'deny') : [];
  return (
    <div className="error-state" role="alert">
      {page ? (
        <h1 className="error-title">{errorTitle(error)}</h1>
      ) : (
        <p className="error-title">{errorTitle(error)}</p>
      )}
      <p>{errorMessage(error)}</p>
      {reasons.length > 1 ? (
        <ul className="reason-list">
          {reasons.map((r, i) => (
            <li key={i}>{r.text}</li>
          ))}
        </ul>
      ) : null}
      {onRetry && canRetry(error) ? (
        <Button onClick={onRetry} variant="secondary">
          Retry
        </Button>
      ) : null}
      {back && !canRetry(error) ? (
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
    </div>
  );
}

/** What RefreshFailed needs of a TanStack query result. */
export interface RefreshingQuery {
  isRefetchError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * A refresh failed (after the query client's own retries) while earlier answers are on screen. They
 * stay: they are what the server last confirmed, and blanking the page would lose the person's
 * place. Says so, and offers to ask again. Pages show a refusal (isRefusal) as an error instead.
 */
export function RefreshFailed({ query, what }: { query: RefreshingQuery; what: string }) {
  // A refusal is not a failed refresh: the page shows it instead of what the viewer may no longer see.
  if (!query.isRefetchError || isRefusal(query.error)) return null;
  return (
    <Banner
      tone="warning"
      action={
        <Button size="sm" disabled={query.isFetching} onClick={() => void query.refetch()}>
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </Button>
      }
    >
      <strong>Could not refresh {what}.</strong> {errorMessage(query.error)} You see what the server last
      confirmed.
    </Banner>
  );
}

export function Banner({
  tone,
  children,
  action,
}: {
  tone: 'info' | 'warning' | 'danger';
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="banner-text">{children}</div>
      {action ? <div className="banner-action">{action}</div> : null}
    </div>
  );
}
