// Who may read an org's audit log, and the log filtered as asked (newest first).
import type { Db } from '../../db/db';
import { decide, type Org } from '../../engine/index';
import type { AuditEntry, AuditQuery } from '../../../src/api/audit';
import { loggedEntries } from './log';
import { refuse } from '../http/respond';
import { type Params } from '../http/route';
import { findOrg } from '../http/resolvers';

/** 401 signed out, 404 unknown org, 403 with the engine's reasons (not an org admin, or no Enterprise). */
export function auditAccess(
  db: Db,
  params: Params,
): { ok: true; org: Org } | { ok: false; response: Response } {
  const found = findOrg(db, params);
  if (!found.ok) return found;
  const read = decide(db.world, found.actor, 'organization:read_audit_log', {
    kind: 'org',
    orgId: found.org.id,
  });
  if (!read.allowed) return { ok: false, response: refuse(read) };
  return { ok: true, org: found.org };
}

/** The org's entries, oldest first. */
export function orgEntries(db: Db, orgId: string): AuditEntry[] {
  return loggedEntries(db)
    .filter((l) => l.orgId === orgId)
    .map((l) => l.entry);
}

/** `to` is inclusive: the whole day, in UTC. */
function inRange(at: string, from: string | undefined, to: string | undefined): boolean {
  const day = at.slice(0, 10);
  return (from === undefined || day >= from) && (to === undefined || day <= to);
}

export function filterEntries(
  entries: AuditEntry[],
  query: Omit<AuditQuery, 'page' | 'pageSize'>,
): AuditEntry[] {
  const needle = query.target.trim().toLowerCase();
  return entries
    .filter((e) => {
      if (query.actor && (e.actor?.id ?? 'anonymous') !== query.actor) return false;
      if (query.action && e.action !== query.action) return false;
      if (needle && !`${e.target.name}\n${e.target.within ?? ''}`.toLowerCase().includes(needle))
        return false;
      return inRange(e.at, query.from, query.to);
    })
    .reverse();
}

/** Everyone who acted in these entries, by name. */
export function actorOptions(entries: AuditEntry[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const e of entries) byId.set(e.actor?.id ?? 'anonymous', e.actor?.name ?? 'Someone signed out');
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
