// "Your access": the acting person's effective role here, the chain it comes from (every §9 step, in
// order), and every permission it grants or refuses with the steps that refuse it. The list and its
// counts are the engine's, the same as the Access page's explanation of you (issue 15).
import type { ProjectOverview } from '../../../api/projects';
import { Badge } from '../../../components/ui/badge';
import { ReasonChain, VerdictLines } from '../../../components/ui/reason-chain';

export function YourAccess({ access }: { access: ProjectOverview['yourAccess'] }) {
  return (
    <section className="panel your-access" aria-labelledby="your-access-title">
      <h2 id="your-access-title" className="panel-title">
        Your access
      </h2>
      <p>
        {access.who}: <Badge tone={access.roleDetail ? 'neutral' : 'accent'}>{access.roleLabel}</Badge>
      </p>
      {access.roleDetail ? <p className="muted small">{access.roleDetail}.</p> : null}
      {access.source.length > 0 ? <ReasonChain reasons={access.source} decides={false} /> : null}
      <details>
        <summary>
          {access.counts.allowed} permissions allowed, {access.counts.denied} refused
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
                {!p.allowed ? <VerdictLines allowed={false} reasons={p.reasons} /> : null}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
