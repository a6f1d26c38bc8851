// GET /api/teams/:team — the team dashboard: its projects (only those the viewer may see) and members.
import { z } from 'zod';
import { decisionSchema, seatSchema } from './common';

export const visibilitySchema = z.enum(['open', 'public', 'team', 'restricted']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const VISIBILITY_INFO: Record<Visibility, { label: string; meaning: string }> = {
  open: { label: 'Open', meaning: 'Anyone who knows the project can view it and submit runs and reports.' },
  public: { label: 'Public', meaning: 'Anyone who knows the project can view it; only the team can submit.' },
  team: { label: 'Team', meaning: 'Only members of the team can view it and submit.' },
  restricted: { label: 'Restricted', meaning: 'Only people invited to the project can view it and submit.' },
};

export const teamDetailSchema = z.object({
  team: z.object({
    id: z.string(),
    name: z.string(),
    hidden: z.boolean(),
    storage: z.string(),
    createdAt: z.string(),
    orgName: z.string(),
  }),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      visibility: visibilitySchema,
      ownerName: z.string(),
      ownerInTeam: z.boolean(),
      updatedAt: z.string(),
      runCount: z.number(),
      /** True when the viewer sees this Restricted project only because they administer the team or org. */
      managementOnly: z.boolean(),
    }),
  ),
  members: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['user', 'service']),
      name: z.string(),
      username: z.string().nullable(),
      roleLabel: z.string(),
      modelsSeat: seatSchema.nullable(),
      weaveAccess: seatSchema.nullable(),
      isYou: z.boolean(),
    }),
  ),
  viewer: z.object({ yourRoleLabel: z.string().nullable(), canOpenSettings: decisionSchema }),
});
export type TeamDetail = z.infer<typeof teamDetailSchema>;
