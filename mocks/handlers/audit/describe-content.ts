// Audit entries for a project's content (ADR 0026): reports (create, edit, delete, follow, comment,
// share), sweeps (create, a run an agent logged, delete) and runs logged with a key, with whom a run
// logged with a service account's key was attributed to.
import type { Operation, World } from '../../engine/index';
import { diff, principalName, projectLabel, projectOrg, type DescribeContext, type Described } from './names';

type ContentOp = Extract<
  Operation,
  { type: `report.${string}` | `sweep.${string}` | `artifact.${string}` | 'run.log' }
>;

const reportIn = (ctx: DescribeContext, id: string) =>
  ctx.before.reports.get(id) ?? ctx.after.reports.get(id);
const sweepIn = (ctx: DescribeContext, id: string) => ctx.before.sweeps.get(id) ?? ctx.after.sweeps.get(id);
const sharing = (w: World, id: string): string | null => {
  const r = w.reports.get(id);
  return r ? (typeof r.magicLink === 'string' ? 'Magic link' : 'Project only') : null;
};

/** A report's text as a log field: its start, and its length when longer. */
const excerpt = (w: World, id: string): string | null => {
  const body = w.reports.get(id)?.body;
  if (!body) return null;
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}… (${body.length.toLocaleString('en')} characters)` : flat;
};

function describeReport(
  ctx: DescribeContext,
  op: Extract<ContentOp, { type: `report.${string}` }>,
): Described {
  const id = op.type === 'report.create' ? op.report.id : op.reportId;
  const report = reportIn(ctx, id);
  const projectId = report?.projectId ?? (op.type === 'report.create' ? op.report.projectId : '');
  const where = projectLabel(ctx, projectId);
  const title = report?.title ?? 'a deleted report';
  const target = { kind: 'report' as const, id, name: title, within: where };
  const base = { orgId: projectOrg(ctx, projectId), target };
  const titles = diff([
    ['Title', ctx.before.reports.get(id)?.title ?? null, ctx.after.reports.get(id)?.title ?? null],
  ]);
  switch (op.type) {
    case 'report.create':
      return {
        ...base,
        description: `${ctx.actor} created the report “${title}” in ${where}`,
        changes: titles,
      };
    case 'report.update':
      return {
        ...base,
        description: `${ctx.actor} edited the report “${title}” in ${where}`,
        changes: diff([
          ['Title', ctx.before.reports.get(id)?.title ?? null, ctx.after.reports.get(id)?.title ?? null],
          ['Text', excerpt(ctx.before, id), excerpt(ctx.after, id)],
        ]),
      };
    case 'report.delete': {
      const by = report ? principalName(ctx, report.authorId) : 'someone';
      return {
        ...base,
        description: `${ctx.actor} deleted ${by}'s report “${title}” in ${where}`,
        changes: titles,
      };
    }
    case 'report.follow':
      return {
        ...base,
        description: `${ctx.actor} ${op.follow ? 'followed' : 'stopped following'} the report “${title}”`,
        changes: diff([['Following', op.follow ? 'No' : 'Yes', op.follow ? 'Yes' : 'No']]),
      };
    case 'report.comment':
      return {
        ...base,
        description: `${ctx.actor} commented on the report “${title}”`,
        changes: diff([['Comment', null, op.comment.text.trim()]]),
      };
    case 'report.deleteComment': {
      const comment = ctx.before.reports.get(id)?.comments?.find((c) => c.id === op.commentId);
      const by = comment ? principalName(ctx, comment.authorId) : 'someone';
      const own = comment !== undefined && comment.authorId === ctx.actorId;
      return {
        ...base,
        description: `${ctx.actor} deleted ${own ? 'their own' : `${by}'s`} comment on the report “${title}”`,
        changes: diff([['Comment', comment?.text ?? null, null]]),
      };
    }
    case 'report.share':
      return {
        ...base,
        description: `${ctx.actor} ${op.magicLink === null ? 'turned off the magic link of' : 'shared by magic link'} the report “${title}”`,
        changes: diff([['Sharing', sharing(ctx.before, id), sharing(ctx.after, id)]]),
      };
  }
}

function describeSweep(ctx: DescribeContext, op: Extract<ContentOp, { type: `sweep.${string}` }>): Described {
  const id = op.type === 'sweep.create' ? op.sweep.id : op.sweepId;
  const sweep = sweepIn(ctx, id);
  const projectId = sweep?.projectId ?? (op.type === 'sweep.create' ? op.sweep.projectId : '');
  const where = projectLabel(ctx, projectId);
  const name = sweep?.name ?? 'a deleted sweep';
  const target = { kind: 'sweep' as const, id, name, within: where };
  const base = { orgId: projectOrg(ctx, projectId), target };
  if (op.type === 'sweep.create')
    return {
      ...base,
      description: `${ctx.actor} created the sweep ${name} (${op.sweep.method}) in ${where}`,
      changes: diff([['Sweep', null, name]]),
    };
  if (op.type === 'sweep.logRun')
    return {
      ...base,
      description: `${ctx.actor} logged the run ${op.run.name} for the sweep ${name} in ${where}`,
      changes: diff([['Run', null, op.run.name]]),
    };
  const runs = ctx.before.runs.values().filter((r) => r.sweepId === id).length;
  return {
    ...base,
    description: `${ctx.actor} deleted the sweep ${name} and its ${runs} run${runs === 1 ? '' : 's'} in ${where}`,
    changes: diff([['Sweep', name, null]]),
  };
}

function describeLoggedRun(ctx: DescribeContext, op: Extract<ContentOp, { type: 'run.log' }>): Described {
  const where = projectLabel(ctx, op.run.projectId);
  const run = ctx.after.runs.get(op.run.id);
  const author = run ? principalName(ctx, run.authorId) : null;
  const key = run?.loggedById ? principalName(ctx, run.loggedById) : null;
  return {
    orgId: projectOrg(ctx, op.run.projectId),
    target: { kind: 'run', id: op.run.id, name: op.run.name, within: where },
    description: key
      ? `${key} logged the run ${op.run.name} in ${where}, attributed to ${author ?? 'nobody'}`
      : `${ctx.actor} logged the run ${op.run.name} in ${where}`,
    changes: diff([
      ['Attributed to', null, author],
      ['Logged with the key of', null, key],
    ]),
  };
}

function describeArtifact(
  ctx: DescribeContext,
  op: Extract<ContentOp, { type: `artifact.${string}` }>,
): Described {
  const id = op.type === 'artifact.create' ? op.artifact.id : op.artifactId;
  const a = ctx.before.artifacts.get(id) ?? ctx.after.artifacts.get(id);
  const projectId = a?.projectId ?? (op.type === 'artifact.create' ? op.artifact.projectId : '');
  const where = projectLabel(ctx, projectId);
  const name = a ? `${a.name}:v${a.version ?? 0}` : 'a deleted artifact';
  const aliases = (w: World) => {
    const row = w.artifacts.get(id);
    return row ? (row.aliases ?? []).join(', ') || '(none)' : null;
  };
  const description = {
    'artifact.create': `${ctx.actor} logged the artifact version ${name} in ${where}`,
    'artifact.delete': `${ctx.actor} deleted the artifact version ${name} in ${where}`,
    'artifact.addAlias': `${ctx.actor} added the alias ${'alias' in op ? op.alias : ''} to ${name} in ${where}`,
    'artifact.removeAlias': `${ctx.actor} removed the alias ${'alias' in op ? op.alias : ''} from ${name} in ${where}`,
  }[op.type];
  return {
    orgId: projectOrg(ctx, projectId),
    target: { kind: 'artifact', id, name, within: where },
    description,
    changes: diff([
      ['Version', ctx.before.artifacts.get(id) ? name : null, ctx.after.artifacts.get(id) ? name : null],
      ['Aliases', aliases(ctx.before), aliases(ctx.after)],
    ]),
  };
}

export function describeContent(ctx: DescribeContext, op: ContentOp): Described {
  if (op.type === 'run.log') return describeLoggedRun(ctx, op);
  if (op.type.startsWith('artifact.'))
    return describeArtifact(ctx, op as Extract<ContentOp, { type: `artifact.${string}` }>);
  if (op.type.startsWith('report.'))
    return describeReport(ctx, op as Extract<ContentOp, { type: `report.${string}` }>);
  return describeSweep(ctx, op as Extract<ContentOp, { type: `sweep.${string}` }>);
}
