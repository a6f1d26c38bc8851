// "What can this user access": every team and project with the effective role and its source.
import { useState } from 'react';
import { VIA_LABELS, type UserAccessView as Data } from '../../../api/access';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/table';
import { Banner, EmptyState } from '../../../components/ui/states';

const why = (reasons: { text: string }[]) => reasons.map((r) => r.text).join(' → ');

const PAGE = 100;
const ACTIONS = { key: 'actions', node: <span className="visually-hidden">Actions</span> };

export function UserAccessView({
  data,
  onExplain,
  compact = false,
}: {
  /** In the drawer: fewer columns (the chain is one "Explain" away). */
  compact?: boolean;
  data: Data;
  onExplain: (kind: 'team' | 'project', value: string) => void;
}) {
  // An org admin of a large org reaches thousands of projects: filter, and show a page at a time.
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const needle = filter.trim().toLowerCase();
  const matching = data.projects.filter((p) => !needle || p.label.toLowerCase().includes(needle));
  const shown = matching.slice(0, limit);
  return (
    <section className={compact ? 'panel drawer-list' : 'panel'} aria-labelledby="user-access-title">
      <h2 id="user-access-title" className="panel-title">
        What {data.subject.name} can access
      </h2>
      {data.scope === 'administered-teams' ? (
        <Banner tone="info">Only the teams you administer, and their projects, are shown.</Banner>
      ) : null}
      <h3 className="access-group-title">Teams ({data.teams.length})</h3>
      {data.teams.length === 0 ? (
        <EmptyState title="No teams" />
      ) : (
        <DataTable
          caption={`Teams ${data.subject.name} can access`}
          columns={compact ? ['Team', 'Role', 'Source', ACTIONS] : ['Team', 'Role', 'Source', 'Why', ACTIONS]}
        >
          {data.teams.map((t) => (
            <tr key={t.team}>
              <td>{t.team}</td>
              <td>
                <Badge tone="accent">{t.roleLabel}</Badge>
              </td>
              <td>{VIA_LABELS[t.via]}</td>
              {compact ? null : <td className="small muted">{why(t.reasons)}</td>}
              <td>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onExplain('team', t.team)}
                  aria-label={`Explain team ${t.team}`}
                >
                  Explain
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3 className="access-group-title">Projects ({data.projects.length})</h3>
      {data.projects.length > PAGE ? (
        <div className="access-toolbar">
          <input
            className="input"
            type="search"
            aria-label="Filter projects"
            placeholder="Filter projects"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      ) : null}
      {data.projects.length === 0 ? (
        <EmptyState title="No projects with a named way in" />
      ) : (
        <DataTable
          caption={`Projects ${data.subject.name} can access`}
          columns={
            compact
              ? ['Project', 'Role', 'Source', 'Content', ACTIONS]
              : ['Project', 'Role', 'Source', 'Content', 'Writes', ACTIONS]
          }
        >
          {shown.map((p) => (
            <tr key={p.label}>
              <td>{p.label}</td>
              <td>
                <Badge tone="accent">{p.roleLabel}</Badge>
                {p.overridden ? <span title="Project role differs from the team role"> *</span> : null}
              </td>
              <td title={why(p.reasons)}>{VIA_LABELS[p.via]}</td>
              <td>{p.canRead ? 'Sees runs' : <span className="muted">Listed only</span>}</td>
              {compact ? null : <td>{p.canWrite ? 'Yes' : 'No'}</td>}
              <td>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => onExplain('project', p.label)}
                  aria-label={`Explain ${p.label}`}
                >
                  Explain
                </Button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {matching.length > shown.length ? (
        <p className="muted small">
          Showing {shown.length} of {matching.length}.{' '}
          <Button size="sm" onClick={() => setLimit(limit + PAGE)}>
            Show {Math.min(PAGE, matching.length - shown.length)} more
          </Button>
        </p>
      ) : null}
    </section>
  );
}
