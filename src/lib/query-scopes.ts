// What each kind of change makes stale, said once: the subtrees of query-keys.ts it touches. Each
// returns the invalidation's promise (awaited where a dialog waits for fresh lists, or left running).
import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

type OrgPart = 'users' | 'invites' | 'teams' | 'roles' | 'audit' | 'access' | 'settings';

const refresh = (queryClient: QueryClient, keys: readonly QueryKey[]) =>
  Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/** The same parts of every org's tree: team and project pages do not know their org's slug. */
export const refreshInEveryOrg = (queryClient: QueryClient, parts: readonly OrgPart[]) =>
  queryClient.invalidateQueries({
    queryKey: queryKeys.org.all,
    predicate: (q) => parts.some((part) => part === q.queryKey[2]),
  });

/** A member's role or seats, or an invite: the Users list (which shows invites) and the invite choices. */
export const refreshPeople = (queryClient: QueryClient, org: string) =>
  refresh(queryClient, [queryKeys.org.users.all(org), queryKeys.org.invites.all(org)]);

/**
 * People left the org or changed in bulk: every team and project they were in, and the org's lists,
 * counts, roles' holders and access answers.
 */
export const refreshAfterMembership = (queryClient: QueryClient, org: string) =>
  refresh(queryClient, [
    queryKeys.org.one(org),
    queryKeys.team.all,
    queryKeys.project.all,
    queryKeys.access.all,
  ]);

/** Every answer the backend's world decides: all but the demo panel's own settings. */
const WORLD: readonly QueryKey[] = [
  queryKeys.session.all,
  queryKeys.arrivals.options(),
  queryKeys.org.all,
  queryKeys.team.all,
  queryKeys.project.all,
  queryKeys.access.all,
  queryKeys.preview.all,
  queryKeys.me.all,
];

/**
 * Who is asking changed (View as, demoting oneself) or the world did (an arrival, a stored state
 * replaced, an org setting): every answer may differ. `except` keeps a subtree the caller has just
 * set from the server's answer.
 */
export const refreshWorld = (queryClient: QueryClient, { except }: { except?: QueryKey } = {}) =>
  Promise.all(
    WORLD.map((queryKey) =>
      queryClient.invalidateQueries({
        queryKey,
        predicate: (q) => except === undefined || !partialMatchKey(q.queryKey, except),
      }),
    ),
  );

/**
 * Someone signed in or out: nothing asked as the last person may be shown to the next, so every
 * answer of the world and of the person is dropped (not refetched: the page that follows asks).
 */
export const forgetEveryone = (queryClient: QueryClient) => {
  for (const queryKey of WORLD) queryClient.removeQueries({ queryKey });
};

/** A reset: the world and the demo's scenario start over, so every answer goes back to loading. */
export const resetEverything = (queryClient: QueryClient) =>
  Promise.all(
    [...WORLD, queryKeys.demo.settings()].map((queryKey) => queryClient.resetQueries({ queryKey })),
  );
