// Every non-2xx answer has this body, so the UI can show the server's reasons and field errors in place.
import { z } from 'zod';
import { reasonSchema } from './common';

export const errorCodeSchema = z.enum([
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid',
  /** Too many failed sign-ins (the shared server): try again after the answer's Retry-After. */
  'rate_limited',
  'unavailable',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    reasons: z.array(reasonSchema).default([]),
    /** field path → message, for 400/422 answers. */
    fieldErrors: z.record(z.string(), z.string()).default({}),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
