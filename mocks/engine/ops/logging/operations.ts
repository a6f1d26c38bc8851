// Logging a run (§8 run:create, ADR 0026): by a person with their own key, or by a team service
// account's key, attributed through WANDB_USERNAME (attribution.ts).
import { decide } from '../../decide';
import { conflict, invalid, notFound } from '../../reason';
import { defineFamily, noScope, operation } from '../define';
import { first, thenCheck } from '../rules';
import { attribution } from './attribution';
import { nameRule } from './run-name';

export const loggingOperations = defineFamily({
  'run.log': operation<{
    run: { id: string; projectId: string; name: string; createdAt: string };
    /** WANDB_USERNAME as the SDK would send it (only read for a service account's key). */
    username: string | null;
  }>({
    check: (world, actor, op) => {
      const project = world.projects.get(op.run.projectId);
      if (!project) return notFound('No such project');
      return thenCheck(decide(world, actor, 'run:create', { kind: 'project', projectId: project.id }), () =>
        first(
          () => (world.runs.get(op.run.id) ? conflict('A run with this id already exists') : null),
          () => nameRule('name', op.run.name),
          () =>
            actor.kind === 'user' && op.username !== null
              ? invalid('username', 'WANDB_USERNAME attributes runs logged with a service account key only')
              : null,
          () => (attribution(world, actor, op.username) ? null : notFound('No such principal')),
        ),
      );
    },
    apply: (draft, actor, op) => {
      const who = attribution(draft.base, actor, op.username);
      if (!who) return;
      draft.set('runs', op.run.id, {
        ...op.run,
        authorId: who.authorId,
        state: 'running',
        ...(who.loggedById ? { loggedById: who.loggedById } : {}),
      });
    },
    impactScope: noScope,
  }),
});
