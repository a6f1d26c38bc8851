// /account-settings/:org/audit-log — every change made through the API, newest first, with who made it,
// W&B's action name, the target and each field before and after. Filters and page live in the URL.
import { useCallback } from 'react';
import { ApiError } from '../../../api/client';
import {
  AUDIT_PAGE_SIZES,
  AUDIT_QUERY_DEFAULTS,
  auditQuerySchema,
  type AuditQuery,
} from '../../../api/audit';
import { EmptyState, TableSkeleton } from '../../../components/ui/states';
import { Pagination } from '../../../components/ui/pagination';
import { useUrlState } from '../../../lib/url-state';
import { useAuditLog } from '../api/get-audit-log';
import { AuditExport } from './audit-export';
import { AuditFilters } from './audit-filters';
import { AuditRefusal } from './audit-refusal';
import { AuditTable } from './audit-table';
import './audit.css';
import { PageHeader, PendingActions } from '../../../components/ui/page-header';
import { orgPageIntro } from '../../../lib/page-intros';

export function AuditPage({ org, orgName }: { org: string; orgName: string }) {
  const [query, setQuery] = useUrlState(auditQuerySchema, AUDIT_QUERY_DEFAULTS);
  const log = useAuditLog(org, query);
  const onChange = useCallback((patch: Partial<AuditQuery>) => setQuery(patch), [setQuery]);
  const data = log.data;
  // After View as, a refusal must replace the entries still cached from the previous person.
  const refused =
    log.isError && (!data || (log.error instanceof ApiError && [401, 403, 404].includes(log.error.status)));
  const filtered = Boolean(query.actor || query.action || query.target || query.from || query.to);

  return (
    <div className="page">
      <PageHeader
        {...orgPageIntro('audit-log', orgName)}
        actions={
          data && !refused ? (
            <div className="page-actions">
              <AuditExport org={org} query={query} total={data.total} filtered={filtered} />
            </div>
          ) : (
            <PendingActions />
          )
        }
      />
      {refused ? (
        <AuditRefusal error={log.error} orgName={orgName} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <AuditFilters query={query} options={data?.options} onChange={onChange} />
          {!data ? (
            <TableSkeleton label="Loading the audit log" rows={6} rowHeight={56} />
          ) : data.items.length === 0 ? (
            <EmptyState title={filtered ? 'No entries match these filters' : 'No changes yet'}>
              {filtered
                ? 'Try another actor, action or date range, or clear the filters.'
                : 'Changes made in the console (roles, seats, invites, teams, projects, settings) appear here.'}
            </EmptyState>
          ) : (
            <>
              <AuditTable entries={data.items} busy={log.isFetching} />
              <Pagination
                of={data}
                pageSizes={AUDIT_PAGE_SIZES}
                noun={data.total === 1 ? 'entry' : 'entries'}
                onPage={(page) => onChange({ page })}
                onPageSize={(pageSize) => onChange({ pageSize, page: 1 })}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
