// "Ask to join" (ADR 0025): POST /api/teams/:teamId/join-requests asks; DELETE …/join-requests/:userId
// withdraws one's own; POST …/join-requests/:userId/approve | decline, for whoever the engine lets
// decide (team admins, org admins). Teams by id: someone outside the org may ask, and sees no team pages.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import type { Operation } from '../../engine/index';
import type { JoinRequestResult } from '../../../src/api/teams';
import { notFound, ok } from '../http/respond';
import { param, route, type Params } from '../http/route';
import { requireUser } from '../http/session-actor';
import { transact } from '../http/transact';

type Step = (teamId: string, userId: string, at: string) => Operation;

export function joinRequestHandlers(db: Db): HttpHandler[] {
  const act = (params: Params, op: Step, status: JoinRequestResult['status']) => {
    const auth = requireUser(db);
    if (!auth.ok) return auth.response;
    const team = db.world.teams.get(param(params, 'teamId'));
    if (!team) return notFound('That team');
    const userId = params['userId'] === undefined ? auth.user.id : param(params, 'userId');
    const done = transact(db, auth.actor, op(team.id, userId, db.now()));
    const body: JoinRequestResult = { teamName: team.name, userId, status };
    return done.ok ? ok(body) : done.response;
  };
  const base = '/teams/:teamId/join-requests';
  return [
    route(db, 'post', base, ({ params }) =>
      act(params, (teamId, _userId, at) => ({ type: 'team.requestJoin', teamId, at }), 'pending'),
    ),
    route(db, 'delete', `${base}/:userId`, ({ params }) =>
      act(params, (teamId, userId) => ({ type: 'team.withdrawJoinRequest', teamId, userId }), 'withdrawn'),
    ),
    route(db, 'post', `${base}/:userId/approve`, ({ params }) =>
      act(
        params,
        (teamId, userId, at) => ({ type: 'team.approveJoinRequest', teamId, userId, at }),
        'approved',
      ),
    ),
    route(db, 'post', `${base}/:userId/decline`, ({ params }) =>
      act(params, (teamId, userId) => ({ type: 'team.declineJoinRequest', teamId, userId }), 'declined'),
    ),
  ];
}
