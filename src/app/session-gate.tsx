// Loads the session (org, acting user, capabilities) before any page: every page needs it. Once there is
// one, the tab hears of everyone else's changes (lib/live-updates.ts).
import { ErrorState, Skeleton } from '../components/ui/states';
import { useSession } from '../features/session/api/get-session';
import { Shell } from './layout/shell';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useLiveUpdates } from '../lib/live-updates';
import { SERVER_MODE } from '../lib/backend-mode';
import { errorKind, isRefusal } from '../lib/errors';
import { signInPath } from '../lib/return-to';
import { useDeferredArrival } from '../lib/use-deferred-arrival';

export function SessionGate({ notice }: { notice: string | null }) {
  const session = useSession();
  const location = useLocation();
  useLiveUpdates(useQueryClient(), session.data !== undefined);
  const arrived = useDeferredArrival(session.data);
  if (SERVER_MODE && errorKind(session.error) === 'signed-out') {
    // Nobody signed in (or no longer: a 401 from any read asks for the session again): sign in, then
    // back to this very page.
    return <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  if (session.isPending || (session.data !== undefined && arrived === undefined)) {
    return (
      <div className="boot" aria-busy="true" aria-label="Loading the console">
        <Skeleton height={56} />
        <Skeleton height={400} />
      </div>
    );
  }
  // Only a first load that failed, or a refusal, has nothing to show: after a refresh that failed
  // otherwise, the last answer stays.
  if (session.isLoadingError || isRefusal(session.error)) {
    return (
      <div className="boot">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  return <Shell session={session.data} notice={notice} outlet={<Outlet context={session.data} />} />;
}
