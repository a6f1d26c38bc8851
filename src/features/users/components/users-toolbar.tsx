// Search and filters of the Users page. Each keystroke updates the URL at once (a stale answer is
// cancelled by the query's signal, so a pause would only add latency: issue 13). The first keystroke of
// a search adds a history entry and the next ones replace it, so Back returns to the view before it.
import { useEffect, useRef, useState } from 'react';
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/role-labels';
import type { UsersQuery } from '../../../api/users';
import type { UrlStateOptions } from '../../../lib/url-state';
import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { SearchField } from '../../../components/ui/search-field';

const STATUS_LABELS = { active: 'Active', invited: 'Invited', expired: 'Invite expired' } as const;

export function UsersToolbar({
  query,
  onChange,
  seesInvites,
}: {
  query: UsersQuery;
  onChange: (patch: Partial<UsersQuery>, options?: UrlStateOptions) => void;
  seesInvites: boolean;
}) {
  // The draft is what this box typed over a URL value (`over`), with every value it has sent since
  // (`sent`): while the URL holds one of them it is catching up with the typing, and the draft wins;
  // any other value came from outside (Back, a link), and the URL wins.
  const [draft, setDraft] = useState<{ text: string; over: string | null; sent: readonly string[] }>({
    text: query.q,
    over: query.q,
    sent: [],
  });
  const typing = draft.over === query.q || draft.sent.includes(query.q);
  const text = typing ? draft.text : query.q;
  // A search session: the first keystroke adds a history entry, the next ones replace it. It ends when
  // anything else of the view changes (sort, filters) or on Back/Forward. Decided from what this box
  // did, not from the URL, which may not have caught up with the last keystroke yet.
  const others = JSON.stringify({ ...query, q: null, page: null });
  const session = useRef<string | null>(null);
  useEffect(() => {
    const end = () => {
      session.current = null;
      setDraft((d) => ({ ...d, over: null, sent: [] }));
    };
    window.addEventListener('popstate', end);
    return () => window.removeEventListener('popstate', end);
  }, []);
  const setText = (value: string) => {
    setDraft(
      typing
        ? { text: value, over: draft.over, sent: [...draft.sent.slice(-50), value] }
        : { text: value, over: query.q, sent: [value] },
    );
    if (value === query.q) return;
    onChange({ q: value, page: 1 }, { replace: session.current === others });
    session.current = others;
  };

  const filtered = query.q || query.role || query.seat || query.status;
  // A link may carry an invite status to someone who cannot see invites: keep it visible (it
  // matches nothing for them) so the filter never shows blank, and Clear filters undoes it.
  const statuses = seesInvites
    ? (['active', 'invited', 'expired'] as const)
    : (['active', ...(query.status && query.status !== 'active' ? [query.status] : [])] as const);
  const statusOptions = statuses.map((s) => ({
    value: s,
    label: STATUS_LABELS[s],
  }));
  return (
    <div className="toolbar" role="search">
      <SearchField
        label="Search users"
        className="search"
        placeholder="Search by name, username or email"
        value={text}
        onSearch={setText}
      />
      <Select
        label="Role"
        value={query.role ?? ''}
        anyLabel="All roles"
        options={Object.entries(ORG_ROLE_LABELS).map(([value, label]) => ({ value, label }))}
        onChange={(v) => onChange({ role: (v || undefined) as UsersQuery['role'], page: 1 })}
      />
      <Select
        label="Models seat"
        value={query.seat ?? ''}
        anyLabel="All seats"
        options={Object.entries(SEAT_LABELS).map(([value, label]) => ({ value, label }))}
        onChange={(v) => onChange({ seat: (v || undefined) as UsersQuery['seat'], page: 1 })}
      />
      <Select
        label="Status"
        value={query.status ?? ''}
        anyLabel="All statuses"
        options={statusOptions}
        onChange={(v) => onChange({ status: (v || undefined) as UsersQuery['status'], page: 1 })}
      />
      {filtered ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setText('');
            onChange({ q: '', role: undefined, seat: undefined, status: undefined, page: 1 });
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
