// What a change does to a project's "People with access" (its Users tab), person by person: the list
// of whoHasAccess() before and after, compared. A preview built from it says what the Users tab shows
// once the change is saved, label for label, and its headline counts the same people it lists (issue 15).
import type { AccessEntry } from './access-types';
import { NOT_JOINED_LABEL } from './chain-facts';
import { projectLabel } from './lookup';
import type { World } from './model';
import type { TeamPermission } from './permissions';
import { whoHasAccess } from './who-has-access';

export type ListedChangeKind = 'loses' | 'manages-only' | 'changes' | 'gains';

export interface ListedChange {
  principalId: string;
  name: string;
  /** loses: off the list; manages-only: an admin who keeps management, not the content, until joining. */
  kind: ListedChangeKind;
  /** The Users tab's label before and after (null: not listed). */
  before: string | null;
  after: string | null;
  /** The sentence behind `after` when it is not a plain role. */
  afterDetail: string | null;
  lost: TeamPermission[];
  gained: TeamPermission[];
}

const KIND_ORDER: ListedChangeKind[] = ['loses', 'manages-only', 'changes', 'gains'];

function kindOf(b: AccessEntry | undefined, a: AccessEntry | undefined): ListedChangeKind {
  if (!a) return 'loses';
  if (!b) return 'gains';
  return a.roleLabel === NOT_JOINED_LABEL && b.roleLabel !== NOT_JOINED_LABEL ? 'manages-only' : 'changes';
}

/** Everyone whose line on the project's Users tab changes (appears, goes, or reads differently). */
export function listedChanges(before: World, after: World, projectId: string): ListedChange[] {
  const listed = (w: World) => new Map(whoHasAccess(w, projectId).map((e) => [e.principalId, e]));
  const was = listed(before);
  const now = listed(after);
  const changes: ListedChange[] = [];
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(id);
    const a = now.get(id);
    const lost = (b?.permissions ?? []).filter((p) => !a?.permissions.includes(p));
    const gained = (a?.permissions ?? []).filter((p) => !b?.permissions.includes(p));
    if (b && a && b.roleLabel === a.roleLabel && lost.length === 0 && gained.length === 0) continue;
    changes.push({
      principalId: id,
      name: (a ?? b)?.principalName ?? id,
      kind: kindOf(b, a),
      before: b?.roleLabel ?? null,
      after: a?.roleLabel ?? null,
      afterDetail: a?.roleDetail ?? null,
      lost,
      gained,
    });
  }
  return changes.sort(
    (x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.name.localeCompare(y.name),
  );
}

const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);

/**
 * The headline of those changes, each person counted once, in the list's groups; and, when the project
 * stops being Open or Public, the people outside the list who could see it (never enumerated).
 */
export function summarizeListed(
  changes: ListedChange[],
  before: World,
  after: World,
  projectId: string,
): string {
  const project = after.projects.get(projectId) ?? before.projects.get(projectId);
  const where = project ? projectLabel(after, project) : projectId;
  const count = (kind: ListedChangeKind) => changes.filter((c) => c.kind === kind).length;
  const parts: string[] = [];
  const loses = count('loses');
  if (loses) parts.push(`${people(loses)} ${loses === 1 ? 'loses' : 'lose'} access to ${where}`);
  const managers = count('manages-only');
  if (managers)
    parts.push(
      `${managers === 1 ? '1 admin keeps' : `${managers} admins keep`} managing it but ${managers === 1 ? 'sees' : 'see'} its content only after joining`,
    );
  const changed = count('changes');
  if (changed)
    parts.push(`${people(changed)} ${changed === 1 ? 'has' : 'have'} a different role or permissions`);
  const gains = count('gains');
  if (gains) parts.push(`${people(gains)} ${gains === 1 ? 'gains' : 'gain'} access`);
  const wasOpen = ['open', 'public'].includes(before.projects.get(projectId)?.visibility ?? '');
  const isOpen = ['open', 'public'].includes(after.projects.get(projectId)?.visibility ?? '');
  if (wasOpen && !isOpen) parts.push('anyone outside the team who could view it no longer can');
  return parts.length === 0 ? "No one's access changes" : parts.join('; ');
}
