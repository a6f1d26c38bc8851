// Test helpers: a fresh backend per test, a fetch that speaks to it, and people picked by role.
import { afterEach } from 'vitest';
import { createTestBackend } from '../../mocks/node';
import { asMember, memberOf } from '../../mocks/engine/index';
import type { OrgMember, OrgRole, User } from '../../mocks/engine/model';
import type { ScenarioName } from '../../src/api/demo';

const running: { close: () => void }[] = [];
afterEach(() => {
  while (running.length) running.pop()?.close();
});

export function startBackend(scenario: ScenarioName = 'default') {
  const { db, server } = createTestBackend({ scenario });
  server.listen({ onUnhandledRequest: 'error' });
  running.push(server);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://localhost/api${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // unknown until a test reads it with the contract's schema (readJson / readError in ./read-json).
    const json: unknown = await response.json();
    return { status: response.status, json };
  };
  /** The home org's people, each as that org sees them (role and seats there). */
  const homeUsers = (): OrgMember[] =>
    db.world.users.values().flatMap((u) => asMember(u, db.homeOrgId) ?? []);
  /** A person as the home org sees them now. */
  const member = (id: string): OrgMember | undefined => memberOf(db.world, id, db.homeOrgId);
  const person = (role: OrgRole, skip = 0): OrgMember => {
    const found = homeUsers().filter((u) => u.orgRole === role)[skip];
    if (!found) throw new Error(`The scenario has no ${role} #${skip}`);
    return found;
  };
  const outsider = (): User => {
    const found = db.world.users
      .values()
      .find((u) => u.orgs.length > 0 && !u.orgs.some((m) => m.orgId === db.homeOrgId));
    if (!found) throw new Error('The scenario has no outsider');
    return found;
  };
  const slug = db.world.orgs.get(db.homeOrgId)?.slug ?? '';
  return {
    db,
    call,
    person,
    outsider,
    homeUsers,
    member,
    slug,
    actAs: (u: { id: string } | null) => db.setActingUser(u?.id ?? null),
  };
}

// Refusals are read with the contract's error schema; kept here for the tests that import it from here.
export { errorOf } from './read-json';
