// One person on one team or project: the effective role, where it comes from, and every permission,
// allowed or refused, each with the engine's chain. The permission from a "Why?" link opens first.
import { useEffect, useState } from 'react';
import type { Explanation, ExplainedPermission } from '../../../api/access';
import { Badge } from '../../../components/ui/badge';
import { Select } from '../../../components/ui/select';
import { ReasonChain, VerdictLines } from '../../../components/ui/reason-chain';

const GROUP_LABELS: Record<string, string> = {
  projects: 'Projects',
  runs: 'Runs',
  reports: 'Reports',
  artifacts: 'Artifacts',
  sweeps: 'Sweeps',
  launch: 'Launch',
  team: 'Team',
  organization: 'Organization',
};

function PermissionItem({ p, focused }: { p: ExplainedPermission; focused: boolean }) {
  return (
    <li className={`access-perm ${p.allowed ? 'access-perm-allowed' : 'access-perm-denied'}`}>
      <details open={focused} id={`perm-${p.permission}`}>
        <summary>
          <span className="access-perm-mark" aria-hidden="true">
            {p.allowed ? '✓' : '✕'}
          </span>
          <span className="access-perm-name">
            {p.description} <code>{p.permission}</code>
            <span className="visually-hidden">{p.allowed ? ' (allowed)' : ' (refused)'}</span>
          </span>
          <span className="access-perm-why">
            <VerdictLines allowed={p.allowed} reasons={p.reasons} />
          </span>
        </summary>
        <ReasonChain reasons={p.reasons} />
      </details>
    </li>
  );
}

export function ExplanationView({ data, permission }: { data: Explanation; permission: string }) {
  const [show, setShow] = useState<'all' | 'allowed' | 'denied'>('all');
  useEffect(() => {
    if (permission) document.getElementById(`perm-${permission}`)?.scrollIntoView({ block: 'center' });
  }, [permission, data]);
  const shown = data.permissions.filter((p) => show === 'all' || (show === 'allowed') === p.allowed);
  const groups = Object.keys(GROUP_LABELS)
    .map((g) => ({ group: g, items: shown.filter((p) => p.group === g) }))
    .filter((g) => g.items.length > 0);
  const focused = data.permissions.find((p) => p.permission === permission);
  return (
    <section className="panel access-explanation" aria-labelledby="explain-title">
      <h2 id="explain-title" className="panel-title">
        {data.subject.name}{' '}
        {data.target.kind === 'org'
          ? `in organization ${data.target.label}`
          : data.target.kind === 'team'
            ? `on team ${data.target.label}`
            : `on ${data.target.label}`}
      </h2>
      <p>
        Effective role: <Badge tone="accent">{data.roleLabel}</Badge>{' '}
        <span className="muted">
          {data.counts.allowed} allowed, {data.counts.denied} refused
        </span>
      </p>
      {data.roleSource.length > 0 ? <ReasonChain reasons={data.roleSource} decides={false} /> : null}
      {focused ? (
        <div
          className={`access-focus ${focused.allowed ? 'access-focus-allowed' : 'access-focus-denied'}`}
          role="status"
        >
          <p>
            <strong>
              {focused.allowed ? 'Allowed' : 'Refused'}: {focused.description}
            </strong>{' '}
            <code>{focused.permission}</code>
          </p>
          <ReasonChain reasons={focused.reasons} />
        </div>
      ) : null}
      <div className="access-toolbar">
        <Select
          label="Show"
          value={show}
          onChange={(v) => setShow(v === 'allowed' || v === 'denied' ? v : 'all')}
          options={[
            { value: 'all', label: 'All permissions' },
            { value: 'allowed', label: 'Allowed only' },
            { value: 'denied', label: 'Refused only' },
          ]}
        />
      </div>
      {groups.map((g) => (
        <div key={g.group} className="access-group">
          <h3 className="access-group-title">{GROUP_LABELS[g.group]}</h3>
          <ul className="plain-list plain-list-tight" aria-label={`${GROUP_LABELS[g.group]} permissions`}>
            {g.items.map((p) => (
              <PermissionItem key={p.permission} p={p} focused={p.permission === permission} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
