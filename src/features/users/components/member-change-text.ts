// The words of a member change's toast, and the inverse change that Undo sends.
import { ORG_ROLE_LABELS, SEAT_LABELS } from '../../../api/role-labels';
import type { MemberAccess, UpdateMemberBody, UpdateMemberResult } from '../../../api/users';

const teams = (n: number) => (n === 1 ? '1 team' : `${n} teams`);

export function changeTitle({ name, before, after }: UpdateMemberResult): string {
  if (before.orgRole !== after.orgRole) return `${name} is now ${ORG_ROLE_LABELS[after.orgRole]}`;
  if (before.modelsSeat !== after.modelsSeat)
    return `${name}: Models seat ${SEAT_LABELS[before.modelsSeat]} → ${SEAT_LABELS[after.modelsSeat]}`;
  return `${name}: Weave access ${SEAT_LABELS[before.weaveAccess]} → ${SEAT_LABELS[after.weaveAccess]}`;
}

/**
 * What else followed from a role change (the seat, team roles), so nothing happens silently, and what
 * Undo cannot bring back, in the server's words.
 */
export function changeDescription({
  before,
  after,
  teamRolesChanged,
  undoNote,
}: UpdateMemberResult): string | undefined {
  const parts: string[] = [];
  if (before.orgRole !== after.orgRole && before.modelsSeat !== after.modelsSeat)
    parts.push(`Models seat ${SEAT_LABELS[before.modelsSeat]} → ${SEAT_LABELS[after.modelsSeat]}.`);
  if (teamRolesChanged > 0) parts.push(`Team role changed in ${teams(teamRolesChanged)}.`);
  if (undoNote) parts.push(undoNote);
  return parts.join(' ') || undefined;
}

/** The fields that changed, back to their values before. */
export function inverseOf({ before, after }: UpdateMemberResult): UpdateMemberBody {
  const body: UpdateMemberBody = {};
  const keys: (keyof MemberAccess)[] = ['orgRole', 'modelsSeat', 'weaveAccess'];
  for (const key of keys) if (before[key] !== after[key]) Object.assign(body, { [key]: before[key] });
  return body;
}

/** The toast after Undo: the undo's own result says what came back. */
export function undoneTitle({ name, before, after }: UpdateMemberResult): string {
  if (before.orgRole !== after.orgRole) return `Undone: ${name} is ${ORG_ROLE_LABELS[after.orgRole]} again`;
  if (before.modelsSeat !== after.modelsSeat)
    return `Undone: ${name}'s Models seat is ${SEAT_LABELS[after.modelsSeat]} again`;
  return `Undone: ${name}'s Weave access is ${SEAT_LABELS[after.weaveAccess]} again`;
}

const CONTROL_LABELS = {
  orgRole: 'Org role',
  modelsSeat: 'Models seat',
  weaveAccess: 'Weave access',
} as const;

/** A row's select for one field, by its accessible name ("Org role for Mateo Garcia"). */
export const controlLabel = (field: keyof typeof CONTROL_LABELS, name: string): string =>
  `${CONTROL_LABELS[field]} for ${name}`;
