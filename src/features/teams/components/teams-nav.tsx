// The left navigation's team list: only the teams the acting user can see.
import { useState } from 'react';
import { NavLink } from 'react-router';
import { Guarded } from '../../../components/ui/guarded';
import { Skeleton } from '../../../components/ui/states';
import { useTeams } from '../api/get-teams';
import { isRefusal } from '../../../lib/errors';
import { count } from '../../../lib/format';
import { CreateTeamOnOpen } from './create-team-on-open';

const NAV_LIMIT = 10;

export function TeamsNav({ org }: { org: string }) {
  const teams = useTeams(org);
  const [creating, setCreating] = useState(false);
  // Your own teams first, then the others you may see, each group by name, so the order is the same
  // for everyone; an admin of a 200-team org gets a short list and a link to all of them.
  const items = [...(teams.data?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const shown = [
    ...items.filter((t) => t.yourRoleLabel !== null),
    ...items.filter((t) => t.yourRoleLabel === null),
  ].slice(0, NAV_LIMIT);
  const groups = [
    { label: 'Your teams', teams: shown.filter((t) => t.yourRoleLabel !== null) },
    { label: 'Other teams', teams: shown.filter((t) => t.yourRoleLabel === null) },
  ].filter((g) => g.teams.length > 0);
  return (
    <section aria-labelledby="nav-teams" className="nav-section">
      <h2 id="nav-teams" className="nav-heading">
        Teams
      </h2>
      {teams.isPending ? (
        <div className="stack-sm" aria-hidden="true">
          <Skeleton height={20} />
          <Skeleton height={20} />
          <Skeleton height={20} />
        </div>
      ) : teams.isLoadingError || isRefusal(teams.error) ? (
        <p className="muted small">Teams could not be loaded.</p>
      ) : teams.data.items.length === 0 ? (
        <p className="muted small">You are not in any team yet.</p>
      ) : (
        <>
          {groups.map((g) => (
            <div key={g.label}>
              <h3
                className="nav-subheading"
                id={`nav-teams-${g.label === 'Your teams' ? 'yours' : 'others'}`}
              >
                {g.label}
              </h3>
              <ul
                className="nav-list"
                aria-labelledby={`nav-teams-${g.label === 'Your teams' ? 'yours' : 'others'}`}
              >
                {g.teams.map((t) => (
                  <li key={t.id}>
                    <NavLink to={`/${t.name}`} className="nav-link">
                      <span className="nav-team-dot" aria-hidden="true" />
                      {t.name}
                      {t.hidden ? <span className="visually-hidden"> (hidden team)</span> : null}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {items.every((t) => t.yourRoleLabel === null) ? (
            // In no team yet: the Teams page lists the teams they may join or ask to join.
            <ul className="nav-list">
              <li>
                <NavLink
                  to={`/account-settings/${org}/teams#teams-to-join`}
                  end
                  className="nav-link nav-more"
                >
                  Teams you can join →
                </NavLink>
              </li>
            </ul>
          ) : null}
          {teams.data.items.length > shown.length ? (
            <ul className="nav-list">
              <li>
                <NavLink to={`/account-settings/${org}/teams`} end className="nav-link nav-more">
                  All {count(teams.data.items.length)} teams →
                </NavLink>
              </li>
            </ul>
          ) : null}
        </>
      )}
      {teams.data ? (
        <>
          <Guarded
            decision={teams.data.viewer.canCreateTeam}
            explain={{ org: true, permission: 'organization:create_team' }}
          >
            <button
              type="button"
              className="nav-link nav-action"
              disabled={!teams.data.viewer.canCreateTeam.allowed}
              onClick={() => setCreating(true)}
            >
              <span aria-hidden="true">+</span> Create a team to collaborate
            </button>
          </Guarded>
          <CreateTeamOnOpen
            org={org}
            open={creating}
            onOpenChange={setCreating}
            externalStorage={teams.data.viewer.externalStorage}
          />
        </>
      ) : null}
    </section>
  );
}
