// "Your access": the acting person's effective role here and every permission it grants or refuses,
// each with the engine's chain of reasons.
import type { ProjectOverview } from '../../../api/projects';
import { Badge } from '../../../components/ui/badge';

export function YourAccess({ access }: { access: ProjectOverview['yourAccess'] }) {
  const granted = access.permissions.filter((p) => p.allowed);
  const refused = access.permissions.filter((p) => !p.allowed);
  return (
    <section className="panel your-access" aria-labelledby="your-access-title">
      <h2 id="your-access-title" className="panel-title">
        Your access
      </h2>
      <p>
        {access.who}: <Badge tone="accent">{access.roleLabel}</Badge>
      </p>
      {access.source.length > 0 ? (
        <ol className="reason-chain" aria-label="Why">
          {access.source.map((r, i) => (
            <li key={i} className={`reason reason-${r.effect}`}>
              {r.text}
            </li>
          ))}
        </ol>
      ) : null}
      <details>
        <summary>
          {granted.length} permissions granted, {refused.length} refused
        </summary>
        <ul className="permission-list" aria-label="Permissions">
          {access.permissions.map((p) => (
            <li key={p.permission} className={p.allowed ? 'perm-allowed' : 'perm-refused'}>
              <span aria-hidden="true">{p.allowed ? '✓' : '✕'}</span>
              <span>
                <span className="perm-text">
                  {p.description} <code>{p.permission}</code>
                  <span className="visually-hidden">{p.allowed ? ' (allowed)' : ' (refused)'}</span>
                </span>
                {!p.allowed ? (
                  <span className="muted small block">
                    {p.reasons
                      .filter((r) => r.effect === 'deny')
                      .map((r) => r.text)
                      .join('; ')}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
