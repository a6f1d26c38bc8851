// Demo panel: a CI job logs a run with a team service account's API key, with or without
// WANDB_USERNAME (ADR 0026). Like Arrivals, it acts as someone else — here the service account — and
// the engine decides and attributes as for any run.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { attribution, type Actor } from '../../engine/index';
import {
  serviceRunBodySchema,
  type ServiceAccountChoices,
  type ServiceRunResult,
} from '../../../src/api/project-content';
import { newId } from '../http/api-values';
import { notFound, ok, parseBody } from '../http/respond';
import { route } from '../http/route';
import { transact } from '../http/transact';
import { nameOf } from '../project-content/view';

export function serviceRunHandlers(db: Db): HttpHandler[] {
  return [
    route(db, 'get', '/demo/service-accounts', () => {
      const world = db.world;
      const choices: ServiceAccountChoices = world.serviceAccounts
        .values()
        .flatMap((sa) => {
          const team = world.teams.get(sa.teamId);
          if (!team || team.orgId !== db.homeOrgId) return [];
          const projects = world.projects
            .values()
            .filter((p) => p.teamId === team.id)
            .map((p) => ({ id: p.id, name: p.name }))
            .sort((a, b) => a.name.localeCompare(b.name));
          return [{ id: sa.id, name: sa.name, team: team.name, projects }];
        })
        .sort((a, b) => `${a.team}/${a.name}`.localeCompare(`${b.team}/${b.name}`));
      return ok(choices);
    }),
    route(db, 'post', '/demo/service-runs', async ({ request }) => {
      const body = await parseBody(request, serviceRunBodySchema);
      if (!body.ok) return body.response;
      const world = db.world;
      const account = world.serviceAccounts.get(body.data.serviceAccountId);
      if (!account) return notFound('That service account');
      const actor: Actor = { kind: 'service', serviceAccountId: account.id };
      const username = body.data.username === '' ? null : body.data.username;
      const who = attribution(world, actor, username);
      const runId = newId('run');
      const done = transact(db, actor, {
        type: 'run.log',
        run: { id: runId, projectId: body.data.projectId, name: body.data.name, createdAt: db.now() },
        username,
      });
      if (!done.ok) return done.response;
      const project = done.after.projects.get(body.data.projectId);
      const team = project ? done.after.teams.get(project.teamId) : undefined;
      const result: ServiceRunResult = {
        runId,
        project: project && team ? `${team.name}/${project.name}` : body.data.projectId,
        attributedTo: nameOf(done.after, done.after.runs.get(runId)?.authorId ?? account.id),
        loggedWith: account.name,
        note: who?.reason.text ?? '',
      };
      return ok(result, 201);
    }),
  ];
}
