// What a change takes away from one person, per organization, team and project, as the server's
// impact preview says. The server sends places that change the same way (same before → after, same
// permissions lost) as one entry, so a demotion that touches ten projects reads as three lines, not
// ten; each entry names its places (capped: "and N more") and opens to the exact permissions lost.
import type { HeldRoleChange, ImpactChange } from '../../api/member-preview';
import { plural } from '../../lib/format';
import { Badge } from './badge';
import './impact-changes.css';

const GROUP_ORDER = ['projects', 'runs', 'reports', 'artifacts', 'sweeps', 'launch', 'team', 'organization'];
const GROUP_WORDS: Record<string, string> = { team: 'the team', organization: 'the organization' };

/** "Member → View-Only", or "Stays Member" when only the permissions change (a seat change). */
export function roleChangeText({ before, after }: Pick<ImpactChange, 'before' | 'after'>): string {
  if (before !== null && before === after) return `Stays ${before}`;
  return `${before ?? 'No role'} → ${after ?? 'no access'}`;
}

const listText = (words: string[]): string =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? '');

/** "Loses 17 permissions on projects, runs, reports, artifacts, sweeps and launch". */
export function lostSummary(lost: ImpactChange['lost']): string {
  const groups = [...new Set(lost.map((l) => l.group))].sort(
    (a, b) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b),
  );
  return `Loses ${plural(lost.length, 'permission')} on ${listText(groups.map((g) => GROUP_WORDS[g] ?? g))}`;
}

/** "the organization, 2 teams and 8 projects". */
export function placesText(changes: readonly ImpactChange[]): string {
  const count = (kind: ImpactChange['kind']) =>
    changes.filter((c) => c.kind === kind).reduce((n, c) => n + c.count, 0);
  return listText(
    [
      count('organization') > 0 ? 'the organization' : '',
      count('team') > 0 ? plural(count('team'), 'team') : '',
      count('project') > 0 ? plural(count('project'), 'project') : '',
    ].filter(Boolean),
  );
}

/** Roles the person holds that the change replaces, each "where: before → after". */
export function HeldRoleChanges({ changes, label }: { changes: readonly HeldRoleChange[]; label: string }) {
  return (
    <ul className="impact-changes" aria-label={label}>
      {changes.map((c) => (
        <li key={c.where} className="impact-change">
          <span className="impact-change-head">
            <span className="impact-change-roles">{roleChangeText(c)}</span>
          </span>
          <span className="impact-change-where">{c.where}</span>
        </li>
      ))}
    </ul>
  );
}

export function ImpactChanges({
  changes,
  limit = 6,
  placeLimit = 4,
  label = 'Impact of this change',
}: {
  changes: readonly ImpactChange[];
  /** Entries shown before "and N more teams and projects". */
  limit?: number;
  /** Places named per entry before "and N more". */
  placeLimit?: number;
  label?: string;
}) {
  const shown = changes.slice(0, limit);
  const hiddenPlaces = changes.slice(limit).reduce((n, c) => n + c.count, 0);
  return (
    <ul className="impact-changes" aria-label={label}>
      {shown.map((change) => {
        const named = change.places.slice(0, placeLimit);
        const more = change.count - named.length;
        return (
          <li key={`${change.kind}:${change.places[0] ?? ''}`} className="impact-change">
            <span className="impact-change-head">
              <span className="impact-change-roles">{roleChangeText(change)}</span>
              {change.losesAccess ? <Badge tone="danger">loses access</Badge> : null}
            </span>
            <span className="impact-change-where">
              {named.join(', ')}
              {more > 0 ? ` and ${more} more` : ''}
            </span>
            {change.lost.length > 0 ? (
              <details className="impact-change-lost">
                <summary>{lostSummary(change.lost)}</summary>
                <ul aria-label="Permissions lost">
                  {change.lost.map((l) => (
                    <li key={l.permission}>{l.description}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
      {hiddenPlaces > 0 ? (
        <li className="impact-change-more">
          and {plural(hiddenPlaces, 'more team or project', 'more teams and projects')}
        </li>
      ) : null}
    </ul>
  );
}
