// What removing a member does, as the server's impact preview says it.
import type { RemovalImpact } from '../../../api/users-removal';
import { plural } from '../../../lib/format';

export function RemovalImpactView({ impact }: { impact: RemovalImpact }) {
  const { teams, projects, ownedProjects, authored } = impact;
  return (
    <div className="removal-impact">
      <section aria-label="Teams they leave">
        <h3 className="impact-heading">Leaves {plural(teams.length, 'team')}</h3>
        {teams.length ? (
          <ul className="impact-list">
            {teams.map((t) => (
              <li key={t.name}>
                <span className="team-name">{t.name}</span> <span className="muted">({t.roleLabel})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Not in any team.</p>
        )}
      </section>
      {impact.decision.allowed ? (
        <section aria-label="Projects they lose">
          <h3 className="impact-heading">Loses access to {plural(projects.length, 'project')}</h3>
          {projects.length ? (
            <ul className="impact-list impact-list-columns">
              {projects.map((p) => (
                <li key={p.label}>{p.label}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {ownedProjects.length ? (
        <section aria-label="Projects they own">
          <h3 className="impact-heading">Owns {plural(ownedProjects.length, 'project')}</h3>
          <p className="muted small">
            The owner stays on record, flagged “owner is no longer in the team”, until a team admin picks a
            new owner.
          </p>
          <ul className="impact-list">
            {ownedProjects.map((p) => (
              <li key={p.label}>{p.label}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="impact-stays">
        Their {plural(authored.runs, 'run')}, {plural(authored.reports, 'report')} and{' '}
        {plural(authored.artifacts, 'artifact')} stay, authored by them.
      </p>
    </div>
  );
}
