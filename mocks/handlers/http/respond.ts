// How every handler answers: JSON bodies of the src/api contract, errors with the engine's reasons.
import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { Decision, Refusal } from '../../engine/decision';
import { refusalText } from '../../engine/reason';
import type { ErrorBody, ErrorCode } from '../../../src/api/errors';

export function ok<T>(body: T, status = 200): Response {
  return json(body, status);
}

/** Any character beyond ASCII (then the bytes are counted one by one). */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Bytes of `text` in UTF-8 (a lone surrogate is written as U+FFFD, three bytes, as TextEncoder does). */
export function utf8Length(text: string): number {
  if (!BEYOND_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A JSON answer with its Content-Length counted here: HttpResponse.json measures it with a Blob of the
 * whole body, about a millisecond of the backend worker's time for a page of 25 Users rows (issue 13).
 */
function json(body: unknown, status: number): Response {
  const text = JSON.stringify(body);
  return new HttpResponse(text, {
    status,
    headers: { 'content-type': 'application/json', 'content-length': String(utf8Length(text)) },
  });
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
  return json(body, status);
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
