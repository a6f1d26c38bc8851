// The read retry policy: transient failures (the demo's simulated 503s among them) are asked again a
// few times, refusals never, anything else once. Changes are never retried on their own.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { createQueryClient, retryDelay, shouldRetryRead } from './query-client';

const unavailable = new ApiError(503, 'unavailable', 'Simulated network failure.');
const unreachable = new ApiError(0, 'unavailable', 'The console could not reach its backend.');
const refused = new ApiError(403, 'forbidden', 'Not allowed.');
const bug = new ApiError(500, 'unavailable', 'The demo backend hit an unexpected error.');

describe('shouldRetryRead', () => {
  it('asks again three times after a transient failure', () => {
    for (const error of [unavailable, unreachable]) {
      expect([0, 1, 2, 3].map((n) => shouldRetryRead(n, error))).toEqual([true, true, true, false]);
    }
  });
  it('never retries a refusal, and a backend bug once', () => {
    expect(shouldRetryRead(0, refused)).toBe(false);
    expect([0, 1].map((n) => shouldRetryRead(n, bug))).toEqual([true, false]);
  });
  it('waits briefly, growing, and never long', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([300, 600, 1200, 2000, 2000]);
  });
  it('is the client default for reads; changes are not retried', () => {
    const options = createQueryClient().getDefaultOptions();
    expect(options.queries?.retry).toBe(shouldRetryRead);
    expect(options.mutations?.retry).toBe(false);
  });
});
