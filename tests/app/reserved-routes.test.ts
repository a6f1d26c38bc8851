// @vitest-environment jsdom
// A team's page is /<team name>, beside the console's own pages: every first segment of the router's own
// paths (in the in-browser build and in the shared server's) must be a name the engine refuses for a
// team, or that team's page would be shadowed by the console's (a team named "settings" would open User
// settings). A page added to the router without reserving its segment fails here.
import type { RouteObject } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reservedTeamName } from '../../mocks/engine/index';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The first segments of the paths at the router's top level (under pathless layouts), params aside. */
function topSegments(routes: readonly RouteObject[]): string[] {
  return routes.flatMap((r) => {
    if (r.path === undefined) return topSegments(r.children ?? []);
    const first = r.path.replace(/^\//, '').split('/')[0] ?? '';
    return first === '' || first.startsWith(':') || first === '*' ? [] : [first];
  });
}

async function segmentsOf(backend: 'browser' | 'http'): Promise<string[]> {
  vi.stubEnv('VITE_BACKEND', backend);
  const { createRouter } = await import('../../src/app/router');
  const router = createRouter(null);
  const segments = topSegments(router.routes);
  router.dispose();
  return segments;
}

describe('the console’s own paths are reserved team names', () => {
  it.each(['browser', 'http'] as const)('in the %s build', async (backend) => {
    const segments = await segmentsOf(backend);
    expect(segments).toContain('account-settings');
    expect(segments).toContain('settings');
    if (backend === 'http') expect(segments).toContain('sign-in');
    for (const segment of segments) expect(reservedTeamName(segment), segment).not.toBeNull();
  });
});
