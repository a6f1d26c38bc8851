// The one fetch wrapper: JSON in, zod-parsed JSON out, and a typed ApiError for every non-2xx answer.
import type { z } from 'zod';
import { errorBodySchema, type ErrorCode } from './errors';
import type { Reason } from './common';
import { backendReady } from './backend-ready';
import { ifMatchFor, noteVersion } from './row-versions';
import { apiUrl } from './api-url';
import { TAB_HEADER, THIS_TAB } from './changes-channel';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly reasons: Reason[];
  readonly fieldErrors: Record<string, string>;
  /** The whole answer, for the few endpoints that say more than the error (read with their own schema). */
  readonly body: unknown;

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    reasons: Reason[] = [],
    fieldErrors = {},
    body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.reasons = reasons;
    this.fieldErrors = fieldErrors;
    this.body = body;
  }
}

export interface ApiRequestInit {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
}

function headersOf(path: string, method: string, init: ApiRequestInit): Record<string, string> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const ifMatch = ifMatchFor(method, path);
  if (ifMatch !== undefined) headers['if-match'] = ifMatch;
  if (!READS.has(method)) headers[TAB_HEADER] = THIS_TAB;
  return headers;
}

export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: ApiRequestInit = {},
): Promise<z.infer<S>> {
  let response: Response;
  const method = init.method ?? 'GET';
  try {
    await backendReady();
    response = await fetch(apiUrl(path), {
      method,
      headers: headersOf(path, method, init),
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'unavailable',
      'The console could not reach its backend. Check the connection and retry.',
    );
  }
  noteVersion(method, path, response);
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : null;
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const e = parsed.data.error;
      throw new ApiError(response.status, e.code, e.message, e.reasons, e.fieldErrors, json);
    }
    throw new ApiError(
      response.status,
      'unavailable',
      `Unexpected answer from the backend (${response.status}).`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, 'unavailable', 'The backend answered in an unexpected shape.');
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
