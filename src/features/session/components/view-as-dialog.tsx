// View as: pick anyone in the scenario; every screen and every API answer then follows that person.
import { useDeferredValue, useState } from 'react';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useCandidates } from '../api/get-candidates';
import { useSetViewAs } from '../api/set-view-as';
import { count } from '../../../lib/format';
import { SERVER_MODE } from '../../../lib/backend-mode';

export function ViewAsDialog({
  open,
  onOpenChange,
  currentUserId,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  currentUserId: string | null;
}) {
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const candidates = useCandidates(deferred, open);
  const setViewAs = useSetViewAs();

  const choose = (userId: string | null) => {
    setViewAs.mutate(userId, {
      onSuccess: () => {
        setQ('');
        onOpenChange(false);
      },
    });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="View as"
      description="Act as another person in this demo. Every page and every API answer follows what they may see and do."
    >
      <label className="field">
        <span className="field-label">Search people</span>
        <input
          className="input"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Name, username or email"
          autoComplete="off"
        />
      </label>
      {setViewAs.error ? <ErrorState error={setViewAs.error} /> : null}
      {candidates.isPending ? (
        <div className="candidate-list" aria-busy="true">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={40} />
          ))}
        </div>
      ) : candidates.isError ? (
        <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : (
        <>
          <ul className="candidate-list" aria-label="People">
            {candidates.data.items.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="candidate"
                  aria-current={c.id === currentUserId ? 'true' : undefined}
                  onClick={() => choose(c.id)}
                  disabled={setViewAs.isPending}
                >
                  <Avatar name={c.name} id={c.id} />
                  <span className="candidate-text">
                    <span className="candidate-name">
                      {c.name}
                      {c.id === currentUserId ? <Badge tone="accent">Current</Badge> : null}
                    </span>
                    <span className="muted">
                      {c.username} · {c.email}
                    </span>
                  </span>
                  <Badge tone={c.orgRole === 'admin' ? 'accent' : c.orgRole ? 'neutral' : 'warning'}>
                    {c.description}
                  </Badge>
                </button>
              </li>
            ))}
          </ul>
          {candidates.data.items.length === 0 ? <p className="muted">Nobody matches “{deferred}”.</p> : null}
          {candidates.data.total > candidates.data.items.length ? (
            <p className="muted small">
              Showing {candidates.data.items.length} of {count(candidates.data.total)}. Type to
              narrow the list.
            </p>
          ) : null}
          <button type="button" className="link-button" onClick={() => choose(null)}>
            {SERVER_MODE ? 'Stop viewing as someone else' : 'Sign out (act as an anonymous visitor)'}
          </button>
        </>
      )}
    </Dialog>
  );
}
