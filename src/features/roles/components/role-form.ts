// The role builder's form: validated as you type for what the client can know (a name is there, at
// least one permission is added); the server's live check and its answer to Create decide the rest.
import { z } from 'zod';
import { ROLE_DESCRIPTION_MAX, ROLE_NAME_MAX, baseRoleSchema } from '../../../api/roles';

export const roleFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for the role')
    .max(ROLE_NAME_MAX, `Use at most ${ROLE_NAME_MAX} characters`),
  description: z.string().max(ROLE_DESCRIPTION_MAX, `Use at most ${ROLE_DESCRIPTION_MAX} characters`),
  base: baseRoleSchema,
  added: z.array(z.string()).min(1, 'Add at least one permission the base role does not have'),
});
export type RoleFormValues = z.input<typeof roleFormSchema>;
