// Wraps every API handler with the demo panel's network realism and a last-resort error answer.
import { delay, http, type HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { failureMessage, injectFailure } from './failure-injection';
import { fail } from './respond';

export type Params = Record<string, string | readonly string[] | undefined>;
export interface RouteArgs {
  request: Request;
  params: Params;
}
export type Resolver = (args: RouteArgs) => Response | Promise<Response>;
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteOptions {
  /** The demo panel's own endpoints must keep working while failures are injected. */
  realism?: boolean;
}

export function route(
  db: Db,
  method: Method,
  path: string,
  resolve: Resolver,
  options: RouteOptions = {},
): HttpHandler {
  return http[method](`*/api${path}`, async ({ request, params }) => {
    if (options.realism !== false) {
      // Decided on arrival, before the delay: a fixed pattern then falls on requests in the order sent.
      const failing = injectFailure(db, request.method);
      if (db.demo.latencyMs > 0) await delay(db.demo.latencyMs);
      if (failing) return fail(503, 'unavailable', failureMessage(db));
    }
    try {
      return await resolve({ request, params });
    } catch (error) {
      // A bug in the demo backend, never a user's mistake: say so rather than hang the UI.
      const message = error instanceof Error ? error.message : String(error);
      return fail(500, 'unavailable', `The demo backend hit an unexpected error: ${message}`);
    }
  });
}

/** A path parameter as one string ('' when absent). */
export function param(params: Params, name: string): string {
  const value = params[name];
  return typeof value === 'string' ? value : '';
}
