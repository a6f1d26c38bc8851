// The error policy: each status has one meaning, and Retry is offered only where asking again helps.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { canRetry, errorKind, errorMessage, errorTitle } from './errors';

const answer = (status: number) => new ApiError(status, 'unavailable', `Answer ${status}.`);

describe('the error policy', () => {
  it('names what each status means', () => {
    expect([401, 403, 404, 409, 422, 500, 0].map((s) => errorKind(answer(s)))).toEqual([
      'signed-out',
      'refused',
      'not-found',
      'conflict',
      'invalid',
      'failed',
      'failed',
    ]);
  });
  it('offers Retry only for failures a retry can fix', () => {
    expect([401, 403, 404, 409, 422].some((s) => canRetry(answer(s)))).toBe(false);
    expect([0, 500, 503].every((s) => canRetry(answer(s)))).toBe(true);
    expect(canRetry(new Error('render bug'))).toBe(true);
  });
  it('says the server’s message, or the fallback', () => {
    expect(errorMessage(answer(403))).toBe('Answer 403.');
    expect(errorMessage('not an error', 'The export failed.')).toBe('The export failed.');
    expect(errorTitle(answer(403))).toBe('Not allowed');
    expect(errorTitle(answer(503))).toBe('Could not load this');
  });
});
