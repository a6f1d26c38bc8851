// Who a logged change affected beyond the fields it touched: the engine's impact() of the same operation
// on the world it was made in (a team deletion or a visibility change reaches people the entry does not
// name). One line per person, capped, so the log stays readable.
import { impact, type Actor, type ImpactEntry, type Operation, type World } from '../../engine/index';
import type { AuditEntry } from '../../../src/api/audit';

const SHOWN = 10;

const listed = (labels: string[]): string =>
  labels.length <= 2
    ? labels.join(' and ')
    : `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more`;

const lostAccess = (e: ImpactEntry): boolean =>
  e.target.kind === 'team' ? e.roleBefore !== null && e.roleAfter === null : e.lost.includes('run:read');
const gainedAccess = (e: ImpactEntry): boolean =>
  e.target.kind === 'team' ? e.roleBefore === null && e.roleAfter !== null : e.gained.includes('run:read');

/**
 * "loses access to vision/x and team vision; a different role or permissions in 2 places". When the
 * change touched one place only, the summary names it and each line just says what happened.
 */
function personChange(entries: ImpactEntry[], onePlace: boolean): string {
  const loses = entries.filter(lostAccess);
  const gains = entries.filter(gainedAccess);
  const other = entries.length - loses.length - gains.length;
  const label = (e: ImpactEntry) => (e.target.kind === 'team' ? `team ${e.target.label}` : e.target.label);
  const where = (es: ImpactEntry[]) => (onePlace ? '' : ` to ${listed(es.map(label))}`);
  const places = onePlace ? '' : ` in ${other === 1 ? '1 place' : `${other} places`}`;
  return [
    loses.length ? `loses access${where(loses)}` : '',
    gains.length ? `gains access${where(gains)}` : '',
    other ? `a different role or permissions${places}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function affectedBy(before: World, actor: Actor, op: Operation): AuditEntry['affected'] {
  const { entries, summary } = impact(before, actor, op);
  if (entries.length === 0) return null;
  const onePlace = new Set(entries.map((e) => `${e.target.kind}:${e.target.id}`)).size === 1;
  const byPerson = new Map<string, ImpactEntry[]>();
  for (const e of entries) byPerson.set(e.principalId, [...(byPerson.get(e.principalId) ?? []), e]);
  const people = [...byPerson.values()].map((es) => ({
    id: es[0]?.principalId ?? '',
    name: es[0]?.principalName ?? '',
    change: personChange(es, onePlace),
  }));
  return { summary, people: people.slice(0, SHOWN), more: Math.max(0, people.length - SHOWN) };
}
