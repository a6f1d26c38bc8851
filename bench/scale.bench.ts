// The same questions at three sizes, default → large (10,000 users) → huge (50,000): a Users list
// request through the real handler (no network: msw's getResponse, as the backend host answers), who
// has access to the org's biggest project, the teams a Member may join, and one change applied. The
// summary prints large ÷ default and huge ÷ large for each. Goals (issue 13): list ≤ 100 ms and who has access ≤ 10 ms on huge; a
// change costs the change, not the size of the world (ADR 0014). Run: npm run bench
import { getResponse } from 'msw';
import { bench, describe } from 'vitest';
import { createDb } from '../mocks/db/db';
import type { ScenarioName } from '../mocks/db/scenarios/index';
import { memoryStorage } from '../mocks/db/storage';
import { createHandlers } from '../mocks/handlers/index';
import {
  apply,
  membershipOf,
  whoHasAccess,
  type Operation,
  type Project,
  type World,
} from '../mocks/engine/index';

const SLOW = { iterations: 10, warmupIterations: 2 };

function biggestProject(world: World, orgId: string): Project {
  const size = (p: Project) => world.teams.get(p.teamId)?.members.size ?? 0;
  const own = world.projects.values().filter((p) => world.teams.get(p.teamId)?.orgId === orgId);
  return own.reduce((best, p) => (size(p) > size(best) ? p : best));
}

for (const scenario of ['default', 'large', 'huge'] as const satisfies readonly ScenarioName[]) {
  describe(`at scale: ${scenario}`, () => {
    const db = createDb({ storage: memoryStorage(), scenario, baseTime: '2025-06-01T00:00:00.000Z' });
    const handlers = createHandlers(db);
    const world = db.world;
    const slug = world.orgs.get(db.homeOrgId)?.slug ?? '';
    const project = biggestProject(world, db.homeOrgId);
    const admin = { kind: 'user', userId: db.defaultActorId } as const;
    const member = world.users.values().find((u) => membershipOf(u, db.homeOrgId)?.orgRole === 'member');
    const changes: Operation[] = [
      { type: 'member.setSeat', orgId: db.homeOrgId, userId: member?.id ?? '', modelsSeat: 'viewer' },
      { type: 'member.setSeat', orgId: db.homeOrgId, userId: member?.id ?? '', modelsSeat: 'full' },
    ];
    let n = 0;
    // Changes follow each other (each on the world the last one left), so the overlay's folds into a
    // new base (every ~2√n changes) are in the median and the mean, as in a session of edits.
    let current = world;

    // Each run searches for a needle not asked before (the handler remembers recent needles per order,
    // list-search.ts): the cost of a fresh search over every member, not of a remembered answer.
    let needle = 0;
    bench(
      `Users list request: a new two-letter search, sorted by last active, first page (${scenario})`,
      async () => {
        const q = String.fromCharCode(97 + (needle % 26), 97 + (Math.floor(needle / 26) % 26));
        needle += 1;
        const url = `http://localhost/api/orgs/${slug}/users?q=${q}&sort=lastActive&dir=desc&page=1`;
        const res = await getResponse(handlers, new Request(url));
        if (res?.status !== 200) throw new Error(`list answered ${res?.status}`);
        await res.text();
      },
      SLOW,
    );
    // A role pick as the Users page sends it (ask: true): a promotion is answered at once, and the
    // demotion back asks first, so each round trip is a pick, its answer, and the confirmed demotion.
    const patch = (body: object) =>
      getResponse(
        handlers,
        new Request(`http://localhost/api/orgs/${slug}/users/${member?.id ?? ''}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
    bench(
      `PATCH an org role: promote (ask first), then demote back with the preview's version (${scenario})`,
      async () => {
        const up = await patch({ orgRole: 'admin', ask: true });
        if (up?.status !== 200) throw new Error(`promotion answered ${up?.status}`);
        await up.text();
        const ask = await patch({ orgRole: 'member', ask: true });
        const answer = (await ask?.json()) as { confirm?: { version: string } };
        const back = await patch({ orgRole: 'member', expected: answer.confirm?.version });
        if (back?.status !== 200) throw new Error(`demotion answered ${back?.status}`);
        await back.text();
      },
      SLOW,
    );
    // The Teams page's "Teams you can join" for a Member: each team of their org with the engine's two
    // answers (each org's teams come from the engine's index, org-teams.ts, not a scan of every team).
    const asMember = { signedInUserId: member?.id ?? null, actingUserId: member?.id ?? null };
    bench(
      `joinable teams request, as a Member (${scenario})`,
      async () => {
        const [status] = await db.withSession(asMember, async () => {
          const answer = await getResponse(
            handlers,
            new Request('http://localhost/api/session/joinable-teams'),
          );
          await answer?.text();
          return answer?.status;
        });
        if (status !== 200) throw new Error(`joinable teams answered ${status}`);
      },
      SLOW,
    );
    bench(`who has access to the biggest project (${scenario})`, () => {
      whoHasAccess(world, project.id);
    });
    bench(`apply() one change: a member's seat (${scenario})`, () => {
      current = apply(current, admin, changes[n++ % changes.length] as Operation);
    });
  });
}
