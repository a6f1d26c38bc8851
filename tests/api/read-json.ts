// Handler tests read every JSON answer through the contract (src/api's zod schemas, what the UI parses),
// never with a cast: an answer that drifts from the contract fails the test here, with zod's issues.
import { z } from 'zod';
import { errorBodySchema } from '../../src/api/errors';

/** What startBackend().call() returns (a test that destructured it may pass just { json }). */
export type Answer = { status?: number; json: unknown };

/** The body of an answer, parsed with the contract's schema for it. */
export function readJson<S extends z.ZodType>(answer: Answer, schema: S): z.output<S> {
  const what = answer.status === undefined ? 'The answer' : `The ${answer.status} answer`;
  return parseOrFail(answer.json, schema, what);
}

/** The error of a refusal's body, parsed with the one error schema every non-2xx answer has. */
export function errorOf(json: unknown) {
  return parseOrFail(json, errorBodySchema, 'The error answer').error;
}

function parseOrFail<S extends z.ZodType>(json: unknown, schema: S, what: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const body = JSON.stringify(json) ?? String(json);
  throw new Error(
    `${what} does not match its contract:\n${z.prettifyError(parsed.error)}\n${body.slice(0, 600)}`,
  );
}
