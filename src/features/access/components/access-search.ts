// The Access page's URL: who, where, which view, and each view's filters, so any link prefills it.
import { z } from 'zod';

export const accessSearchSchema = z.object({
  user: z.string().catch(''),
  team: z.string().catch(''),
  /** "team/project" */
  project: z.string().catch(''),
  /** "org": explain the organization's own permissions. */
  scope: z.enum(['', 'org']).catch(''),
  /** A permission to open and highlight in the explanation ("Why?" links). */
  permission: z.string().catch(''),
  view: z.enum(['explain', 'user', 'who', 'matrix']).catch('explain'),
  q: z.string().catch(''),
  via: z.string().catch(''),
  kind: z.string().catch(''),
  page: z.coerce.number().int().min(1).catch(1),
});
export type AccessSearch = z.infer<typeof accessSearchSchema>;

export const ACCESS_DEFAULTS: AccessSearch = {
  user: '',
  team: '',
  project: '',
  scope: '',
  permission: '',
  view: 'explain',
  q: '',
  via: '',
  kind: '',
  page: 1,
};
