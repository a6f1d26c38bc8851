// An org role or Models seat change, previewed: the engine's impact on each team and project, the
// organization's own permissions the person loses, and what the confirmation must say (a self-demotion,
// what Undo cannot bring back). Its `version` names what it was computed on, so a confirmation made
// after someone else's change is checked again (stillHolds) instead of trusted.
import type { Db } from '../../db/db';
import {
  decide,
  ORG_PERMISSIONS,
  type Actor,
  type Decision,
  type Operation,
  type Org,
  memberOf,
  type OrgMember,
  type World,
} from '../../engine/index';
import { ORG_ROLE_LABELS } from '../../../src/api/role-labels';
import type { ImpactChange } from '../../../src/api/member-preview';
import type { MemberChangeStale, OrgMemberPreview } from '../../../src/api/users';
import { lostPermissions, memberPreview } from '../previews/impact-changes';
import { ok } from '../http/respond';

/** What Undo cannot do, said by the server (the UI words no rule of its own). */
export const UNDO_NOTES = {
  self: 'Only another admin can make you Admin again.',
  heldRoles: 'Undo restores the org role and seat, not the team and project roles.',
} as const;

/** The acting person loses their own right to change members (e.g. an admin making themselves Member). */
export function isSelfDemotion(
  before: World,
  after: World,
  actor: Actor,
  org: Org,
  target: OrgMember,
): boolean {
  if (actor.kind !== 'user' || actor.userId !== target.id) return false;
  const resource = { kind: 'org', orgId: org.id } as const;
  return (
    decide(before, actor, 'organization:update_member', resource).allowed &&
    !decide(after, actor, 'organization:update_member', resource).allowed
  );
}

export function undoNote(selfDemotion: boolean, rolesChanged: number): string | null {
  if (selfDemotion) return UNDO_NOTES.self;
  return rolesChanged > 0 ? UNDO_NOTES.heldRoles : null;
}

/** The preview of one member operation, or the engine's refusal of it. */
export async function orgMemberPreview(
  db: Db,
  actor: Actor,
  org: Org,
  target: OrgMember,
  op: Operation,
): Promise<{ ok: true; preview: OrgMemberPreview } | { ok: false; refused: Decision }> {
  const world = db.world;
  const built = memberPreview(world, actor, op, target.id, (before, after) => {
    const orgLoss = orgChange(before, after, org, target);
    return orgLoss ? [orgLoss] : [];
  });
  if (!built.ok) return built;
  const selfDemotion = isSelfDemotion(world, built.after, actor, org, target);
  const content = {
    ...built.preview,
    selfDemotion,
    undoNote: undoNote(selfDemotion, built.preview.heldRoles.length),
  };
  // The person's current access is part of what was shown ("Member → Viewer"), so it is hashed too.
  const digest = await digestOf({ content, access: [target.orgRole, target.modelsSeat, target.weaveAccess] });
  return { ok: true, preview: { ...content, version: `${stampOf(db)}.${digest}` } };
}

/** Whether anything in the preview asks for a confirmation: a loss, a held role, a self-demotion. */
export const needsConfirmation = (p: OrgMemberPreview): boolean =>
  p.selfDemotion || p.heldRoles.length > 0 || p.changes.some((c) => c.losesPermissions);

/** Nothing was committed since this version was computed: what it says still holds. */
export const isCurrent = (db: Db, version: string): boolean => version.startsWith(`${stampOf(db)}.`);

/** Two versions of a preview that say the same (computed on different states, perhaps). */
export const sameContent = (a: string, b: string): boolean => digestPart(a) === digestPart(b);

const digestPart = (version: string): string => version.slice(version.lastIndexOf('.') + 1);

/** The state's place in its history: the seed and the last committed change. */
function stampOf(db: Db): string {
  const seq = db.log[db.log.length - 1]?.seq ?? 0;
  return `${Date.parse(db.baseTime).toString(36)}-${seq}`;
}

async function digestOf(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 409: the preview the person confirmed no longer holds; nothing changed; here is the fresh one. */
export function staleAnswer(message: string, preview: OrgMemberPreview): Response {
  const body: MemberChangeStale = {
    error: { code: 'conflict', message, reasons: [], fieldErrors: {} },
    preview,
  };
  return ok(body, 409);
}

/** The organization's own permissions (manage users, settings, roles…) the person would lose, if any. */
function orgChange(before: World, after: World, org: Org, user: OrgMember): ImpactChange | null {
  const subject = { kind: 'user', userId: user.id } as const;
  const resource = { kind: 'org', orgId: org.id } as const;
  const lost = ORG_PERMISSIONS.filter(
    (p) => decide(before, subject, p, resource).allowed && !decide(after, subject, p, resource).allowed,
  );
  if (lost.length === 0) return null;
  const roleAfter = memberOf(after, user.id, org.id)?.orgRole ?? user.orgRole;
  return {
    kind: 'organization',
    places: [`organization ${org.name}`],
    count: 1,
    before: ORG_ROLE_LABELS[user.orgRole],
    after: ORG_ROLE_LABELS[roleAfter],
    losesAccess: false,
    losesPermissions: true,
    lost: lostPermissions(lost),
  };
}
