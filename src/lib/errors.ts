// The error policy: what a failed read or change means for the person, and where it is shown. The one
// mapping of HTTP statuses to surfaces (docs/decisions/0016-client-house.md):
//   401  nobody is acting any more: the session is read again, so the header and pages follow;
//   403  refused, with the engine's reasons: on a page, in place of what may not be seen; on a
//        change, beside its control or in its dialog. Never a Retry: asking again is refused again;
//   404  gone or never there: the page says so, without Retry;
//   409  a guard or someone else's change: beside the control, which shows the confirmed value;
//   422  invalid input: on the form's fields (applyServerErrors);
//   429  too many failed sign-ins (the shared server): on the sign-in form, saying when to try again;
//   else the backend could not be reached or failed: retried for reads, then Retry is offered.
import { ApiError } from '../api/client';

export type ErrorKind = 'signed-out' | 'refused' | 'not-found' | 'conflict' | 'invalid' | 'failed';

const KIND_OF_STATUS: Readonly<Record<number, ErrorKind>> = {
  401: 'signed-out',
  412: 'conflict',
  403: 'refused',
  404: 'not-found',
  409: 'conflict',
  400: 'invalid',
  422: 'invalid',
};

export function errorKind(error: unknown): ErrorKind {
  return (error instanceof ApiError && KIND_OF_STATUS[error.status]) || 'failed';
}

/** The one way to say what went wrong: the server's message, else the fallback. */
export function errorMessage(error: unknown, fallback = 'Something went wrong.'): string {
  return error instanceof Error && error.message ? error.message : fallback;
}

/**
 * The backend could not be reached, or said it is briefly unavailable (503: also the demo panel's
 * "Simulated network failure"). Asking again may well work, and a read changes nothing.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
}

/**
 * The server refused the read (401, 403, 404, …): asking again does not help, and what was shown before
 * must go, since the viewer may no longer see it.
 */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * Whether asking again could help: only when the backend failed or could not be reached. The server
 * answered a refusal, a 404 or a guard on purpose: a Retry would meet the same answer.
 */
export const canRetry = (error: unknown): boolean => !isRefusal(error);

/** The title above a failed read's message. */
export function errorTitle(error: unknown): string {
  switch (errorKind(error)) {
    case 'refused':
      return 'Not allowed';
    case 'signed-out':
      return 'Not signed in';
    case 'not-found':
      return 'Not found';
    default:
      return 'Could not load this';
  }
}
