// POST /api/projects/:team/:project/preview — what Edit Project Details would do, person by person, as
// the project's Users tab will show it once saved (the engine's listedChanges of the world before and
// after the one operation), and, when the project becomes Restricted, the team members who may be kept
// in the same step. Nothing changes.
import type { Db } from '../../db/db';
import {
  apply,
  check,
  listedChanges,
  summarizeListed,
  type Actor,
  type Operation,
  type Project,
  type Team,
} from '../../engine/index';
import type { ImpactPreview } from '../../../src/api/projects';
import { toApiDecision } from '../http/api-values';
import { invitees } from './invitees';

type UpdateOp = Extract<Operation, { type: 'project.update' }>;

export function changePreview(
  db: Db,
  actor: Actor,
  team: Team,
  project: Project,
  op: UpdateOp,
): ImpactPreview {
  const world = db.world;
  const allowed = check(world, actor, op);
  if (!allowed.allowed) return { summary: '', allowed: toApiDecision(allowed), changes: [], keepable: [] };
  const after = apply(world, actor, op);
  const changes = listedChanges(world, after, project.id);
  const restricting = op.visibility === 'restricted' && project.visibility !== 'restricted';
  // Who the change keeps by itself (the owner, the person making it, anyone listed before): the rest
  // of the team may be kept too, picked here.
  const keptAnyway = restricting
    ? (apply(world, actor, { ...op, members: [] }).projects.get(project.id)?.restrictedMembers ?? [])
    : [];
  const picked = new Set(op.members ?? []);
  return {
    summary: summarizeListed(changes, world, after, project.id),
    allowed: toApiDecision(allowed),
    changes: changes.map((c) => ({
      id: c.principalId,
      name: c.name,
      kind: c.kind,
      before: c.before,
      after: c.after,
      afterDetail: c.afterDetail,
      lost: c.lost,
      gained: c.gained,
    })),
    keepable: restricting
      ? invitees(
          world,
          team.members.keys().filter((id) => !keptAnyway.includes(id)),
        ).map((i) => ({ ...i, picked: picked.has(i.id) }))
      : [],
  };
}
