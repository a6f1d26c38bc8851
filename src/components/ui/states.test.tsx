// @vitest-environment jsdom
// A 403 or a 404 never offers Retry (asking again meets the same answer); a failure that asking again
// may fix does.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { MemoryRouter } from 'react-router';
import { ErrorState, RefreshFailed, wayBack } from './states';

const retry = () => undefined;
afterEach(cleanup);
const refused = new ApiError(403, 'forbidden', 'Not in Acme ML', [
  { step: 'identity', text: 'Sven Berg is not in organization Acme ML', effect: 'deny' },
]);
const missing = new ApiError(404, 'not_found', 'Team "vision" not found');
const conflict = new ApiError(409, 'conflict', 'Someone else changed it');
const down = new ApiError(503, 'unavailable', 'Simulated network failure');
const unreachable = new ApiError(0, 'unavailable', 'The console could not reach its backend.');

describe('ErrorState', () => {
  it.each([
    ['403', refused],
    ['404', missing],
    ['409', conflict],
  ])('a %s says what the server said, without Retry', (_, error) => {
    render(<ErrorState error={error} onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toContain(error.message);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it.each([
    ['503', down],
    ['no answer', unreachable],
  ])('a %s offers Retry', (_, error) => {
    render(<ErrorState error={error} onRetry={retry} />);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDefined();
  });
});

describe('a page that is not there for them says where to go instead', () => {
  const team = { to: '/vision', label: 'Go to team vision' };
  const page = (error: unknown) =>
    render(
      <MemoryRouter>
        <ErrorState
          page
          error={error}
          onRetry={retry}
          back={wayBack(error, '/account-settings/acme-ml/teams', team)}
        />
      </MemoryRouter>,
    );
  it('refused (403): the page above it; not there (404): the teams they can open', () => {
    page(refused);
    expect(screen.getByRole('link', { name: 'Go to team vision' }).getAttribute('href')).toBe('/vision');
    cleanup();
    page(missing);
    expect(screen.getByRole('link', { name: 'See the teams you can open' }).getAttribute('href')).toBe(
      '/account-settings/acme-ml/teams',
    );
  });
  it('a failure a retry may fix offers Retry, not a way elsewhere', () => {
    page(down);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDefined();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('RefreshFailed', () => {
  const query = (error: unknown) => ({
    isRefetchError: true,
    isFetching: false,
    error,
    refetch: () => Promise.resolve(),
  });
  it('offers Retry for a refresh that failed, never for a refusal', () => {
    const { rerender } = render(<RefreshFailed query={query(down)} what="the users" />);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDefined();
    rerender(<RefreshFailed query={query(refused)} what="the users" />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    rerender(<RefreshFailed query={query(missing)} what="the users" />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
