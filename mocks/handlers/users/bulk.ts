// POST /api/orgs/:org/users/bulk/preview and /bulk: change the org role of, or remove, several members.
// Both walk the people in order and check() each against the world the earlier ones leave (simulated
// for the preview, committed at once for the apply), so later items see earlier ones.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import {
  refusalText,
  transaction,
  decide,
  impact,
  type Actor,
  type Decision,
  type Operation,
  type Org,
  type World,
  memberOf,
} from '../../engine/index';
import { bulkBodySchema, type BulkBody, type BulkItem, type BulkResult } from '../../../src/api/users-bulk';
import { ok, parseBody, refuse } from '../http/respond';
import { route } from '../http/route';
import { findOrg } from '../http/resolvers';
import { viewingAs } from '../http/transact';
import { toApiDecision } from '../http/api-values';
import { bulkSummary } from './bulk-summary';
import { impactChanges } from '../previews/impact-changes';

type Mode = 'preview' | 'apply';

export function bulkHandlers(db: Db): HttpHandler[] {
  const handler =
    (mode: Mode) =>
    async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      const found = findOrg(db, params);
      if (!found.ok) return found.response;
      const body = await parseBody(request, bulkBodySchema);
      if (!body.ok) return body.response;
      const permission =
        body.data.action.type === 'remove' ? 'organization:remove_user' : 'organization:update_member';
      const gate = decide(db.world, found.actor, permission, { kind: 'org', orgId: found.org.id });
      if (!gate.allowed) return refuse(gate);
      return ok(runBulk(db, found.actor, found.org, body.data, mode));
    };
  return [
    route(db, 'post', '/orgs/:org/users/bulk/preview', handler('preview')),
    route(db, 'post', '/orgs/:org/users/bulk', handler('apply')),
  ];
}

function opFor(body: BulkBody, orgId: string, userId: string): Operation {
  return body.action.type === 'remove'
    ? { type: 'member.remove', orgId, userId }
    : { type: 'member.setOrgRole', orgId, userId, role: body.action.role };
}

const allowed: Decision = { allowed: true, reasons: [] };

const notInOrg: Decision = {
  allowed: false,
  refusal: 'not-found',
  reasons: [{ step: 'input', text: 'No such member in this organization', effect: 'deny' }],
};

function runBulk(db: Db, actor: Actor, org: Org, body: BulkBody, mode: Mode): BulkResult {
  let world: World = db.world;
  const items: BulkItem[] = [];
  const youId = actor.kind === 'user' ? actor.userId : null;
  for (const userId of [...new Set(body.userIds)]) {
    const user = memberOf(world, userId, org.id);
    const base = {
      userId,
      name: user?.name ?? world.users.get(userId)?.name ?? userId,
      isYou: userId === youId,
    };
    if (!user) {
      items.push({
        ...base,
        outcome: 'refused',
        summary: 'Not a member of this organization',
        decision: toApiDecision(notInOrg),
      });
      continue;
    }
    if (body.action.type === 'setRole' && user.orgRole === body.action.role) {
      items.push({
        ...base,
        outcome: 'unchanged',
        summary: 'Already has this role',
        decision: { allowed: true, reasons: [] },
      });
      continue;
    }
    const op = opFor(body, org.id, userId);
    const before = world;
    // Checked and applied once; the apply mode commits that same result at once, so the next person
    // is checked against the world this change left (each its own audit entry, as before).
    const planned = transaction(before, actor, [op]);
    const verdict = planned.ok ? (planned.steps[0]?.decision ?? allowed) : planned.refused;
    if (planned.ok) {
      if (mode === 'apply') db.commitApplied(actor, planned.steps, { viewAs: viewingAs(db) });
      world = planned.after;
    }
    // The review names what each person loses, before anything is applied (ADR 0009).
    const changes =
      mode === 'preview' && planned.ok
        ? impactChanges(impact(before, actor, op, planned.after).entries, userId).filter(
            (c) => c.losesPermissions,
          )
        : [];
    const summary = verdict.allowed ? bulkSummary(before, world, op, base.isYou) : reasonOf(verdict);
    const outcome = !verdict.allowed ? 'refused' : mode === 'apply' ? 'done' : 'change';
    items.push({
      ...base,
      outcome,
      summary,
      decision: toApiDecision(verdict),
      ...(changes.length > 0 ? { changes } : {}),
    });
  }
  const tally = (o: BulkItem['outcome'][]) => items.filter((i) => o.includes(i.outcome)).length;
  return {
    items,
    counts: {
      change: tally(['change', 'done']),
      unchanged: tally(['unchanged']),
      refused: tally(['refused']),
    },
  };
}

const reasonOf = refusalText;
