// /api/teams/:team/settings and the team's members, settings, service accounts and deletion.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { decide, roleLabel, type RoleRef } from '../../engine/index';
import { TEAM_SETTING_KEYS } from '../../engine/model';
import {
  createServiceAccountBodySchema,
  setTeamRoleBodySchema,
  updateTeamSettingsBodySchema,
  type TeamSettings,
} from '../../../src/api/team-settings';
import { notFound, ok, parseBody, refuse } from '../http/respond';
import { transact } from '../http/transact';
import { newId } from '../http/api-values';
import { param, route } from '../http/route';
import { teamSettingsBody } from './settings-view';
import { teamInviteHandler } from './invite';
import { teamPreviewHandler } from './preview';
import { projectRoleNote } from './role-note';
import { withTeam } from '../http/resolvers';

const KNOWN_SETTINGS = new Set<string>(TEAM_SETTING_KEYS);

export function teamSettingsHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/teams/:team/settings',
      withTeam(db, (found) => {
        // Members and org admins read a team's settings; others are told why not.
        const read = decide(db.world, found.actor, 'project:read', { kind: 'team', teamId: found.team.id });
        if (!read.allowed) return refuse(read);
        const body: TeamSettings = teamSettingsBody(db, found.actor, found.team);
        return ok(body);
      }),
    ),
    teamInviteHandler(db),
    teamPreviewHandler(db),
    route(
      db,
      'patch',
      '/teams/:team/members/:principalId',
      withTeam(db, async ({ request, params, ...found }) => {
        const body = await parseBody(request, setTeamRoleBodySchema);
        if (!body.ok) return body.response;
        const principalId = param(params, 'principalId');
        const previous = found.team.members.get(principalId)?.role;
        const before = db.world;
        const role = body.data.role as RoleRef;
        const done = transact(db, found.actor, {
          type: 'team.setRole',
          teamId: found.team.id,
          principalId,
          role,
        });
        if (!done.ok) return done.response;
        return ok({
          previousRole: previous ?? role,
          roleLabel: roleLabel(db.world, role),
          projectNote: projectRoleNote(before, db.world, found.team.id, principalId),
        });
      }),
    ),
    route(
      db,
      'delete',
      '/teams/:team/members/:principalId',
      withTeam(db, ({ params, ...found }) => {
        const principalId = param(params, 'principalId');
        const done = transact(db, found.actor, {
          type: 'team.removeMember',
          teamId: found.team.id,
          principalId,
        });
        if (!done.ok) return done.response;
        return ok({ removed: principalId });
      }),
    ),
    route(
      db,
      'patch',
      '/teams/:team/settings',
      withTeam(db, async ({ request, ...found }) => {
        const body = await parseBody(request, updateTeamSettingsBodySchema);
        if (!body.ok) return body.response;
        const unknown = Object.keys(body.data).filter((k) => !KNOWN_SETTINGS.has(k));
        if (unknown.length > 0)
          return refuse({
            allowed: false,
            refusal: 'invalid',
            field: unknown[0],
            reasons: [
              { step: 'input', effect: 'deny', text: `There is no team setting called ${unknown[0]}` },
            ],
          });
        const done = transact(db, found.actor, {
          type: 'team.updateSettings',
          teamId: found.team.id,
          settings: body.data,
        });
        if (!done.ok) return done.response;
        return ok(teamSettingsBody(db, found.actor, db.world.teams.get(found.team.id) ?? found.team));
      }),
    ),
    route(
      db,
      'post',
      '/teams/:team/service-accounts',
      withTeam(db, async ({ request, ...found }) => {
        const body = await parseBody(request, createServiceAccountBodySchema);
        if (!body.ok) return body.response;
        const apiKey = Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) =>
          b.toString(16).padStart(2, '0'),
        ).join('');
        const id = newId('sa');
        const done = transact(db, found.actor, {
          type: 'serviceAccount.create',
          account: {
            id,
            teamId: found.team.id,
            name: body.data.name,
            apiKeyLast4: apiKey.slice(-4),
            createdById: found.actor.kind === 'user' ? found.actor.userId : '',
            createdAt: db.now(),
          },
        });
        if (!done.ok) return done.response;
        return ok({ id, name: body.data.name, apiKey }, 201);
      }),
    ),
    route(
      db,
      'delete',
      '/teams/:team/service-accounts/:id',
      withTeam(db, ({ params, ...found }) => {
        const account = db.world.serviceAccounts.get(param(params, 'id'));
        if (!account || account.teamId !== found.team.id) return notFound('That service account');
        const done = transact(db, found.actor, {
          type: 'serviceAccount.delete',
          serviceAccountId: account.id,
        });
        if (!done.ok) return done.response;
        return ok({ deleted: account.id });
      }),
    ),
    route(
      db,
      'delete',
      '/teams/:team',
      withTeam(db, (found) => {
        const done = transact(db, found.actor, { type: 'team.delete', teamId: found.team.id });
        if (!done.ok) return done.response;
        return ok({ deleted: found.team.name });
      }),
    ),
  ];
}
