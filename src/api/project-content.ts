// A project's reports, sweeps and artifacts (ADR 0026), each with what the acting person may do to it
// (the engine's decisions, with reasons), and the requests that change them.
import { z } from 'zod';
import { decisionSchema } from './common';

export const SWEEP_METHOD_VALUES = ['grid', 'random', 'bayes'] as const;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const NAME_RULE = 'Start with a letter or digit; use letters, digits, ., - or _ (up to 64)';

const reportRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The report's text (markdown-ish plain text). */
  body: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  followers: z.number(),
  following: z.boolean(),
  comments: z.array(
    z.object({
      id: z.string(),
      authorName: z.string(),
      text: z.string(),
      at: z.string(),
      /** Delete: one's own with report:comment, anyone's for team and org admins. */
      remove: decisionSchema,
    }),
  ),
  sharing: z.object({
    /** The report has a magic link. */
    shared: z.boolean(),
    /** The link works now (the team's report sharing setting deactivates it in private projects). */
    active: z.boolean(),
    /** The link's path, for those who may edit the report. */
    link: z.string().nullable(),
    /** Why the link is deactivated, or why the report may not be shared. */
    blockedBy: z.string().nullable(),
  }),
  actions: z.object({
    edit: decisionSchema,
    remove: decisionSchema,
    follow: decisionSchema,
    comment: decisionSchema,
    share: decisionSchema,
  }),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

const sweepRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  method: z.enum(SWEEP_METHOD_VALUES),
  authorName: z.string(),
  createdAt: z.string(),
  runs: z.number(),
  actions: z.object({ logRun: decisionSchema, remove: decisionSchema }),
});
export type SweepRow = z.infer<typeof sweepRowSchema>;

const artifactRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  /** Each alias with the decision to remove it ("latest" is W&B's own: never removable by hand). */
  aliases: z.array(z.object({ name: z.string(), remove: decisionSchema })),
  authorName: z.string(),
  createdAt: z.string(),
  actions: z.object({ download: decisionSchema, remove: decisionSchema, addAlias: decisionSchema }),
});
export type ArtifactRow = z.infer<typeof artifactRowSchema>;

export const projectContentSchema = z.object({
  /** Runs, reports, sweeps and artifacts are hidden (with the reason) when this is refused. */
  canSeeContent: decisionSchema,
  reports: z.object({ create: decisionSchema, items: z.array(reportRowSchema) }),
  sweeps: z.object({ create: decisionSchema, items: z.array(sweepRowSchema) }),
  artifacts: z.object({ create: decisionSchema, items: z.array(artifactRowSchema) }),
});
export type ProjectContent = z.infer<typeof projectContentSchema>;

export const reportTitleBodySchema = z.object({
  title: z.string().trim().min(1, 'Give the report a title').max(128, 'At most 128 characters'),
  /** Left out: the text stays as it is. */
  body: z.string().max(20000, 'At most 20,000 characters').optional(),
});
export const followBodySchema = z.object({ follow: z.boolean() });
export const commentBodySchema = z.object({
  text: z.string().trim().min(1, 'Write a comment').max(2000, 'At most 2,000 characters'),
});
export const sharingBodySchema = z.object({ magicLink: z.boolean() });
export const sharingResultSchema = z.object({ link: z.string().nullable() });

/** GET /api/shared-reports/:token: what a magic link shows anyone, signed out too. */
export const sharedReportSchema = z.object({
  title: z.string(),
  body: z.string(),
  project: z.string(),
  authorName: z.string(),
  updatedAt: z.string(),
});
export type SharedReport = z.infer<typeof sharedReportSchema>;

export const createSweepBodySchema = z.object({
  name: z.string().trim().regex(NAME, NAME_RULE),
  method: z.enum(SWEEP_METHOD_VALUES).default('random'),
});
export type CreateSweepBody = z.input<typeof createSweepBodySchema>;

export const createArtifactBodySchema = z.object({ name: z.string().trim().regex(NAME, NAME_RULE) });
export const aliasBodySchema = z.object({
  alias: z
    .string()
    .trim()
    .regex(NAME, 'Start with a letter or digit; use letters, digits, ., - or _ (up to 64)'),
});

export const downloadResultSchema = z.object({ fileName: z.string(), bytes: z.number() });

// The demo panel's CI job: a run logged with a team service account's API key.
export const serviceAccountChoicesSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    team: z.string(),
    projects: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
);
export type ServiceAccountChoices = z.infer<typeof serviceAccountChoicesSchema>;
export const serviceRunBodySchema = z.object({
  serviceAccountId: z.string().min(1),
  projectId: z.string().min(1, 'Pick a project'),
  /** WANDB_USERNAME (a username or an email); empty: not set. */
  username: z.string().trim().max(254).default(''),
  name: z.string().trim().regex(NAME, NAME_RULE).default('ci-run'),
});
export type ServiceRunBody = z.input<typeof serviceRunBodySchema>;
export const serviceRunResultSchema = z.object({
  runId: z.string(),
  project: z.string(),
  attributedTo: z.string(),
  loggedWith: z.string(),
  /** Why the run went to whom it went to (the engine's words). */
  note: z.string(),
});
export type ServiceRunResult = z.infer<typeof serviceRunResultSchema>;
