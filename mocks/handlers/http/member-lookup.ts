// The acting user and the org member a /orgs/:org/users/:userId path names, or the answer refusing it.
import type { Db } from '../../db/db';
import { notFound } from './respond';
import { findOrgBySlug, requireUser } from './session-actor';
import { param } from './route';

type Params = Record<string, string | readonly string[] | undefined>;

export function resolveMember(db: Db, params: Params) {
  const auth = requireUser(db);
  if (!auth.ok) return auth;
  const found = findOrgBySlug(db, param(params, 'org'));
  if (!found.ok) return found;
  const target = db.world.users.get(param(params, 'userId'));
  if (!target || target.orgId !== found.org.id)
    return { ok: false as const, response: notFound('That member') };
  return { ok: true as const, actor: auth.actor, org: found.org, target };
}
