// The invite form's values (the API body, as the dialog edits it), the words of each flow, and the
// server's options as select options.
import { z } from 'zod';
import { orgRoleSchema, seatSchema, type OrgRole, type Seat } from '../../../api/common';
import {
  emailOrUsernameSchema,
  inviteTeamSchema,
  type InviteOption,
  type InviteOptions,
  type InviteTeam,
} from '../../../api/invites';
import type { SelectOption } from '../../../components/ui/select';

export const inviteFormSchema = z.object({
  email: emailOrUsernameSchema,
  orgRole: orgRoleSchema,
  modelsSeat: seatSchema,
  teams: z.array(inviteTeamSchema),
  sendEmail: z.boolean(),
});
export type InviteFormValues = z.infer<typeof inviteFormSchema>;

export function inviteLabels(flow: InviteOptions['flow']) {
  return flow === 'invite'
    ? { open: 'Invite new user', title: 'Invite new user', submit: 'Send invite' }
    : { open: 'Add user', title: 'Add user', submit: 'Add new user' };
}

export interface AccessValues {
  orgRole: OrgRole;
  modelsSeat: Seat;
  teams: InviteTeam[];
}

export function toSelectOptions(
  options: InviteOption[],
  blurb?: (value: string) => string | undefined,
): SelectOption[] {
  return options.map((o) => ({
    value: o.value,
    label: o.label,
    refusal: o.decision,
    description: o.decision.allowed ? blurb?.(o.value) : undefined,
  }));
}

export const firstAllowed = (options: InviteOption[]): string | undefined =>
  options.find((o) => o.decision.allowed)?.value;
