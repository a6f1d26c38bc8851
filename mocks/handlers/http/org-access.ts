// The signed-in viewer and the org named in the URL, if the viewer may read that org: 401 signed out,
// 404 unknown org, 403 (with the engine's reasons) for people outside it. Shared by org-level handlers.
import type { Db } from '../../db/db';
import { decide, type Actor, type Org } from '../../engine/index';
import { refuse } from './respond';
import { findOrgBySlug, requireUser } from './session-actor';
import { param } from './route';

export type Params = Record<string, string | readonly string[] | undefined>;
export type OrgAccess = { ok: true; actor: Actor; org: Org } | { ok: false; response: Response };

export function readableOrg(db: Db, params: Params): OrgAccess {
  const auth = requireUser(db);
  if (!auth.ok) return auth;
  const found = findOrgBySlug(db, param(params, 'org'));
  if (!found.ok) return found;
  const read = decide(db.world, auth.actor, 'organization:read', { kind: 'org', orgId: found.org.id });
  if (!read.allowed) return { ok: false, response: refuse(read) };
  return { ok: true, actor: auth.actor, org: found.org };
}
