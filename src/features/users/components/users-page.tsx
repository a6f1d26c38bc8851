// /account-settings/:org/users — who is in the org, with what role and seats; admins change them here
// (row dropdowns, `…` > Remove member, bulk actions) and everyone may export what they see.
import { ReadOnlyNote } from '../../../components/ui/read-only-note';
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  PAGE_SIZES,
  USERS_QUERY_DEFAULTS,
  usersQuerySchema,
  type UsersPage as UsersPageData,
  type UsersQuery,
} from '../../../api/users';
import { Banner, EmptyState, ErrorState, RefreshFailed, TableSkeleton } from '../../../components/ui/states';
import { Pagination } from '../../../components/ui/pagination';
import { useUrlState, type UrlStateOptions } from '../../../lib/url-state';
import { usersQueryOptions, useUsers } from '../api/get-users';
import { UsersSummary, UsersSummarySkeleton } from './users-summary';
import { UsersTable } from './users-table';
import { UsersToolbar } from './users-toolbar';
import { BulkBar } from './bulk-bar';
import { ExportButton } from './export-button';
import { MemberChangeProvider } from './member-change';
import type { InviteSlots } from './invite-slots';
import { useSelection } from './use-selection';
import './users.css';
import { isRefusal } from '../../../lib/errors';
import { PageHeader, PendingActions } from '../../../components/ui/page-header';
import { orgPageIntro } from '../../../lib/page-intros';
import { useDeferredArrival } from '../../../lib/use-deferred-arrival';

/** What the session already says the viewer may do here: the list's own flags are the same decisions. */
export type ExpectedViewer = Pick<UsersPageData['viewer'], 'canInvite' | 'canUpdateMembers'>;

export function UsersPage({
  org,
  orgName,
  invites,
  expected,
}: {
  org: string;
  orgName: string;
  invites: InviteSlots;
  /** The session's decisions while the list loads, so the read-only note and the cards do not pop in. */
  expected?: ExpectedViewer;
}) {
  const [query, setQuery] = useUrlState(usersQuerySchema, USERS_QUERY_DEFAULTS);
  const users = useUsers(org, query);
  const queryClient = useQueryClient();
  // The new view's list is asked for at once, and travels to the backend while React renders the new
  // URL around the rows still on screen (a keystroke's answer came a render later: issue 13).
  const onChange = useCallback(
    (patch: Partial<UsersQuery>, options?: UrlStateOptions) => {
      void queryClient.prefetchQuery(usersQueryOptions(org, setQuery(patch, options)));
    },
    [setQuery, queryClient, org],
  );
  const onSort = useCallback(
    (sort: UsersQuery['sort'], dir: UsersQuery['dir']) => setQuery({ sort, dir, page: 1 }),
    [setQuery],
  );
  const data = useDeferredArrival(users.data);
  const { selection, selectedRows, clear } = useSelection(query, data?.items);
  const canUpdate = data?.viewer.canUpdateMembers.allowed ?? false;
  const viewer = data?.viewer ?? expected;
  // Neither invite nor change anyone: one note says so, instead of refused buttons beside it (ADR 0023).
  const noneOfIt = viewer !== undefined && !viewer.canUpdateMembers.allowed && !viewer.canInvite.allowed;

  return (
    <MemberChangeProvider org={org} orgName={orgName}>
      <div className="page">
        <PageHeader
          {...orgPageIntro('users', orgName)}
          actions={
            data ? (
              <div className="page-actions">
                <ExportButton org={org} query={query} total={data.total} />
                {noneOfIt ? null : <invites.Buttons org={org} page={data} />}
              </div>
            ) : (
              <PendingActions />
            )
          }
        />
        {data && data.viewer.canUpdateMembers.allowed && data.summary.admins === 1 ? (
          <Banner tone="warning">
            <strong>{orgName} has only one admin.</strong> W&B recommends at least two, so the organization is
            never locked out if one leaves.
          </Banner>
        ) : null}
        {viewer && !viewer.canUpdateMembers.allowed ? (
          <ReadOnlyNote
            refusals={[
              { label: 'Change members', decision: viewer.canUpdateMembers },
              ...(noneOfIt ? [{ label: 'Invite or import users', decision: viewer.canInvite }] : []),
            ]}
            explain={{ org: true, permission: 'organization:update_member' }}
          >
            {noneOfIt ? `You can see who is in ${orgName} but not invite, import or change anyone:` : null}
          </ReadOnlyNote>
        ) : null}
        {/* The seats card is for whoever may invite (inviting spends seats): one server decision,
            organization:invite_user, in the list's answer and in the session while the list loads, so
            the skeleton has the cards the page will have (not a guess from another flag). */}
        {data ? (
          <UsersSummary summary={data.summary} showSeats={data.viewer.canInvite.allowed} />
        ) : (
          <UsersSummarySkeleton seats={expected?.canInvite.allowed ?? true} />
        )}
        <UsersToolbar query={query} onChange={onChange} seesInvites={data?.viewer.seesInvites ?? false} />
        {canUpdate ? <BulkBar org={org} selected={selectedRows} onClear={clear} /> : null}
        {users.isLoadingError || isRefusal(users.error) ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : !data ? (
          <TableSkeleton label="Loading users" rows={8} />
        ) : (
          <>
            <RefreshFailed query={users} what="the list of users" />
            {data.items.length === 0 ? (
              <EmptyState title="No users match these filters">
                Try another search, or clear the filters.
              </EmptyState>
            ) : (
              <UsersTable
                org={org}
                orgName={orgName}
                selection={canUpdate ? selection : null}
                rows={data.items}
                sorting={{ sort: query.sort, dir: query.dir, onSort }}
                busy={users.isFetching}
                invites={invites}
                // A member's row has a menu only for someone who may change it; invites have theirs.
                rowActions={canUpdate || data.viewer.seesInvites}
              />
            )}
            <Pagination
              of={data}
              pageSizes={PAGE_SIZES}
              // For whoever sees invites the list holds pending and expired ones too: the count says so (the
              // Members card counts members); for anyone else it is members only.
              noun={data.viewer.seesInvites ? 'members and invites' : 'members'}
              onPage={(page) => onChange({ page })}
              onPageSize={(pageSize) => onChange({ pageSize, page: 1 })}
            />
          </>
        )}
      </div>
    </MemberChangeProvider>
  );
}
