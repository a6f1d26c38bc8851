// Org invites (§3): the dialog's options, send (with a dry run for validation as you type), the
// invite's detail with what the viewer may do, resend / revoke / edit, and CSV import.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { Actor, Invite, Operation, Org } from '../../engine/index';
import { check, decide, inviteExpiry } from '../../engine/index';
import {
  createInviteBodySchema,
  importBodySchema,
  updateInviteBodySchema,
  type InviteCheck,
  type InviteDetailResponse,
} from '../../../src/api/invites';
import { buildInvite, describeInvite, inviteeOf, toRoleRef } from './build';
import { importInvites } from './import';
import { inviteOptions } from './options';
import { transact } from '../http/transact';
import { newId, toApiDecision } from '../http/api-values';
import { fail, notFound, ok, parseBody, refuse } from '../http/respond';
import { param, route, type Params } from '../http/route';
import { findOrg } from '../http/resolvers';

type Context = { ok: true; actor: Actor; userId: string; org: Org } | { ok: false; response: Response };

function context(db: Db, params: Params): Context {
  const found = findOrg(db, params);
  if (!found.ok) return found;
  return { ok: true, actor: found.actor, userId: found.user.id, org: found.org };
}

/** An invite of this org (pending or not: the engine answers 409 for a revoked or accepted one). */
function inviteIn(db: Db, org: Org, params: Params): Invite | null {
  const invite = db.world.invites.get(param(params, 'id'));
  return invite && invite.orgId === org.id ? invite : null;
}

/** 403 with the engine's reasons unless the viewer may invite people to the org. */
function requireInviter(db: Db, actor: Actor, org: Org): Response | null {
  const d = decide(db.world, actor, 'organization:invite_user', { kind: 'org', orgId: org.id });
  return d.allowed ? null : refuse({ ...d, refusal: 'forbidden' });
}

export function invitesHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/orgs/:org/invites/options', ({ request, params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      // Any org member may ask (the page labels its button from this); outsiders get the engine's 403.
      const member = decide(db.world, ctx.actor, 'organization:list_users', {
        kind: 'org',
        orgId: ctx.org.id,
      });
      if (!member.allowed) return refuse({ ...member, refusal: 'forbidden' });
      const editId = new URL(request.url).searchParams.get('invite');
      const editing = editId ? db.world.invites.get(editId) : null;
      if (editId && (!editing || editing.orgId !== ctx.org.id)) return notFound('That invite');
      return ok(inviteOptions(db.world, ctx.actor, ctx.org, db.now(), editing ?? null));
    }),

    route(db, 'post', '/orgs/:org/invites', async ({ request, params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      const body = await parseBody(request, createInviteBodySchema);
      if (!body.ok) return body.response;
      const now = db.now();
      const { invite, person } = buildInvite(db.world, {
        id: newId('invite'),
        org: ctx.org,
        invitedById: ctx.userId,
        now,
        draft: body.data,
      });
      const op: Operation = { type: 'invite.create', invite };
      if (new URL(request.url).searchParams.get('dryRun') === '1') {
        // Validation as you type: the engine's verdict on the would-be invite, answered 200.
        const verdict = check(db.world, ctx.actor, op);
        const answer: InviteCheck = {
          invitee: inviteeOf(db.world, person),
          decision: toApiDecision(verdict),
          field: verdict.field ?? null,
        };
        return ok(answer);
      }
      const done = transact(db, ctx.actor, op);
      if (!done.ok) return done.response;
      const emailSent = ctx.org.deployment === 'saas' || body.data.sendEmail;
      return ok(
        { invite: describeInvite(db.world, invite, now), invitee: inviteeOf(db.world, person), emailSent },
        201,
      );
    }),

    route(db, 'post', '/orgs/:org/invites/import', async ({ request, params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      const denied = requireInviter(db, ctx.actor, ctx.org);
      if (denied) return denied;
      const body = await parseBody(request, importBodySchema);
      if (!body.ok) return body.response;
      const dryRun = new URL(request.url).searchParams.get('dryRun') === '1';
      const outcome = importInvites(db, ctx.actor, ctx.org, body.data.csv, dryRun);
      if (!outcome.ok)
        return fail(422, 'invalid', outcome.message, { fieldErrors: { csv: outcome.message } });
      return ok(outcome.result);
    }),

    route(db, 'get', '/orgs/:org/invites/:id', ({ params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      const invite = inviteIn(db, ctx.org, params);
      if (!invite || invite.status !== 'pending') return notFound('That invite');
      const now = db.now();
      const world = db.world;
      const can = {
        resend: check(world, ctx.actor, resendOp(invite.id, now)),
        revoke: check(world, ctx.actor, { type: 'invite.revoke', inviteId: invite.id }),
        update: check(world, ctx.actor, { type: 'invite.update', inviteId: invite.id }),
      };
      // Only those who may act on an invite learn what it holds.
      if (!can.update.allowed && can.update.refusal === 'forbidden') return refuse(can.update);
      const body: InviteDetailResponse = {
        invite: describeInvite(world, invite, now),
        can: {
          resend: toApiDecision(can.resend),
          revoke: toApiDecision(can.revoke),
          update: toApiDecision(can.update),
        },
      };
      return ok(body);
    }),

    route(db, 'post', '/orgs/:org/invites/:id/resend', ({ params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      const invite = inviteIn(db, ctx.org, params);
      if (!invite) return notFound('That invite');
      const now = db.now();
      const done = transact(db, ctx.actor, resendOp(invite.id, now));
      if (!done.ok) return done.response;
      return ok({ invite: describeInvite(db.world, db.world.invites.get(invite.id) ?? invite, now) });
    }),

    route(db, 'delete', '/orgs/:org/invites/:id', ({ params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      const invite = inviteIn(db, ctx.org, params);
      if (!invite) return notFound('That invite');
      const done = transact(db, ctx.actor, { type: 'invite.revoke', inviteId: invite.id });
      if (!done.ok) return done.response;
      return ok({ id: invite.id, email: invite.email });
    }),

    route(db, 'patch', '/orgs/:org/invites/:id', async ({ request, params }) => {
      const ctx = context(db, params);
      if (!ctx.ok) return ctx.response;
      const invite = inviteIn(db, ctx.org, params);
      if (!invite) return notFound('That invite');
      const body = await parseBody(request, updateInviteBodySchema);
      if (!body.ok) return body.response;
      const { teams, ...rest } = body.data;
      const op: Operation = {
        type: 'invite.update',
        inviteId: invite.id,
        ...rest,
        ...(teams ? { teams: teams.map((t) => ({ teamId: t.teamId, role: toRoleRef(t.role) })) } : {}),
      };
      const done = transact(db, ctx.actor, op);
      if (!done.ok) return done.response;
      const now = db.now();
      return ok({ invite: describeInvite(db.world, db.world.invites.get(invite.id) ?? invite, now) });
    }),
  ];
}

function resendOp(inviteId: string, now: string): Operation {
  return { type: 'invite.resend', inviteId, sentAt: now, expiresAt: inviteExpiry(now) };
}
