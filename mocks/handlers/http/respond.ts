// How every handler answers: JSON bodies of the src/api contract, errors with the engine's reasons.
import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { Decision, Refusal } from '../../engine/decision';
import { refusalText } from '../../engine/reason';
import type { ErrorBody, ErrorCode } from '../../../src/api/errors';

export function ok<T>(body: T, status = 200): Response {
  return HttpResponse.json(body as Parameters<typeof HttpResponse.json>[0], { status });
}

export function fail(
  status: number,
  code: ErrorCode,
  message: string,
  extra: Partial<Pick<ErrorBody['error'], 'reasons' | 'fieldErrors'>> = {},
): Response {
  const body: ErrorBody = {
    error: { code, message, reasons: extra.reasons ?? [], fieldErrors: extra.fieldErrors ?? {} },
  };
  return HttpResponse.json(body, { status });
}

const REFUSAL_STATUS: Record<Refusal, [number, ErrorCode]> = {
  forbidden: [403, 'forbidden'],
  conflict: [409, 'conflict'],
  invalid: [422, 'invalid'],
  'not-found': [404, 'not_found'],
};

/** Answer a refused engine decision: 403/409/422/404 with the engine's reasons, never 5xx. */
export function refuse(decision: Decision): Response {
  const [status, code] = REFUSAL_STATUS[decision.refusal ?? 'forbidden'];
  const message = refusalText(decision);
  const fieldErrors = decision.field ? { [decision.field]: message } : {};
  return fail(status, code, message, { reasons: decision.reasons, fieldErrors });
}

/** The demo's words, or a shared server's (ADR 0027), where people sign in themselves. */
export const unauthenticated = (onServer = false): Response =>
  fail(
    401,
    'unauthenticated',
    onServer
      ? 'Sign in with your username and API key.'
      : 'Nobody is signed in. Pick someone with "View as" in the user menu.',
  );

export const notFound = (what: string): Response => fail(404, 'not_found', `${what} was not found.`);

/** Parse a JSON body: 400 for malformed JSON, 422 with field errors for a body of the wrong shape. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    const text = await request.text();
    json = text ? (JSON.parse(text) as unknown) : {};
  } catch {
    return { ok: false, response: fail(400, 'bad_request', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    fieldErrors[key] ??= issue.message;
  }
  const first = Object.entries(fieldErrors)[0];
  const message = first ? (first[0] === '_' ? first[1] : `${first[0]}: ${first[1]}`) : 'Invalid request';
  return { ok: false, response: fail(422, 'invalid', message, { fieldErrors }) };
}

/** Query-string parameters as a plain object, for zod. */
export function searchParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
