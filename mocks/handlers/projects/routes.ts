// Projects: create (from a team), overview, edit details with a preview first (change-preview.ts), join.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { check, decide, roleLabel, type Operation, type Visibility } from '../../engine/index';
import {
  createProjectBodySchema,
  updateProjectBodySchema,
  type CreateProjectOptions,
  type UpdateProjectBody,
} from '../../../src/api/projects';
import { VISIBILITY_INFO } from '../../../src/api/team';
import { ok, parseBody } from '../http/respond';
import { transact } from '../http/transact';
import { newId, toApiDecision } from '../http/api-values';
import { invitees } from './invitees';
import { projectOverviewBody } from './overview';
import { changePreview } from './change-preview';
import { route } from '../http/route';
import { withProject, withTeam } from '../http/resolvers';

const VISIBILITIES: Visibility[] = ['open', 'public', 'team', 'restricted'];

function updateOp(
  projectId: string,
  body: UpdateProjectBody,
  at: string,
): Extract<Operation, { type: 'project.update' }> {
  return { type: 'project.update', projectId, at, ...body };
}

export function projectHandlers(db: Db): HttpHandler[] {
  return [
    route(
      db,
      'get',
      '/teams/:team/projects/options',
      withTeam(db, (found) => {
        const { team, actor } = found;
        const world = db.world;
        const probe = (visibility: Visibility): Operation => ({
          type: 'project.create',
          project: {
            id: '__probe__',
            teamId: team.id,
            name: 'probe-project-0000',
            description: '',
            ownerId: actor.kind === 'user' ? actor.userId : '',
            visibility,
            restrictedMembers: [],
            createdAt: db.now(),
            updatedAt: db.now(),
          },
        });
        const body: CreateProjectOptions = {
          canCreate: toApiDecision(decide(world, actor, 'project:create', { kind: 'team', teamId: team.id })),
          visibilities: VISIBILITIES.map((v) => ({
            value: v,
            label: VISIBILITY_INFO[v].label,
            decision: toApiDecision(check(world, actor, probe(v))),
          })),
          invitees: invitees(world, team.members.keys()),
        };
        return ok(body);
      }),
    ),
    route(
      db,
      'post',
      '/teams/:team/projects',
      withTeam(db, async ({ request, ...found }) => {
        const body = await parseBody(request, createProjectBodySchema);
        if (!body.ok) return body.response;
        const now = db.now();
        const { team, actor } = found;
        const done = transact(db, actor, {
          type: 'project.create',
          project: {
            id: newId('project'),
            teamId: team.id,
            name: body.data.name,
            description: body.data.description,
            ownerId: actor.kind === 'user' ? actor.userId : '',
            visibility: body.data.visibility,
            restrictedMembers: body.data.visibility === 'restricted' ? body.data.invitees : [],
            createdAt: now,
            updatedAt: now,
          },
        });
        if (!done.ok) return done.response;
        return ok({ team: team.name, name: body.data.name }, 201);
      }),
    ),
    route(
      db,
      'get',
      '/projects/:team/:project',
      withProject(db, (found) => {
        return ok(projectOverviewBody(db, found.actor, found.team, found.project));
      }),
    ),
    route(
      db,
      'post',
      '/projects/:team/:project/preview',
      withProject(db, async ({ request, ...found }) => {
        const body = await parseBody(request, updateProjectBodySchema);
        if (!body.ok) return body.response;
        const op = updateOp(found.project.id, body.data, db.now());
        const preview = changePreview(db, found.actor, found.team, found.project, op);
        return ok(preview);
      }),
    ),
    route(
      db,
      'patch',
      '/projects/:team/:project',
      withProject(db, async ({ request, ...found }) => {
        const body = await parseBody(request, updateProjectBodySchema);
        if (!body.ok) return body.response;
        const done = transact(db, found.actor, updateOp(found.project.id, body.data, db.now()));
        if (!done.ok) return done.response;
        const project = db.world.projects.get(found.project.id) ?? found.project;
        return ok(projectOverviewBody(db, found.actor, found.team, project));
      }),
    ),
    route(
      db,
      'post',
      '/projects/:team/:project/join',
      withProject(db, (found) => {
        const done = transact(db, found.actor, {
          type: 'project.join',
          projectId: found.project.id,
          at: db.now(),
        });
        if (!done.ok) return done.response;
        const userId = found.actor.kind === 'user' ? found.actor.userId : '';
        const team = db.world.teams.get(found.team.id);
        const role = team?.members.get(userId)?.role;
        return ok({ joined: true, roleLabel: role ? roleLabel(db.world, role) : null });
      }),
    ),
  ];
}
