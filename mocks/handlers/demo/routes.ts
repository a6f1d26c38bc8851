// /api/demo: scenario switch, reset, network realism. Exempt from injected latency and failures.
import type { HttpHandler } from 'msw';
import type { Db } from '../../db/db';
import { isScenarioName, SCENARIOS } from '../../db/scenarios/index';
import { demoSettingsBodySchema, resetBodySchema, type Demo } from '../../../src/api/demo';
import { restartFailurePattern } from '../http/failure-injection';
import { ok, parseBody } from '../http/respond';
import { route } from '../http/route';

function demoBody(db: Db): Demo {
  return {
    // A server's `empty` start is never a demo's (the server refuses /api/demo): shown as the default.
    scenario: isScenarioName(db.scenario) ? db.scenario : 'default',
    scenarios: SCENARIOS.map((s) => ({ name: s.name, label: s.label, description: s.description })),
    latencyMs: db.demo.latencyMs,
    failureRate: db.demo.failureRate,
    failurePattern: [...db.demo.failurePattern],
    failureScope: db.demo.failureScope,
  };
}

export function demoHandlers(db: Db): HttpHandler[] {
  const opts = { realism: false };
  return [
    route(db, 'get', '/demo', () => ok(demoBody(db)), opts),
    route(
      db,
      'post',
      '/demo/reset',
      async ({ request }) => {
        const body = await parseBody(request, resetBodySchema);
        if (!body.ok) return body.response;
        db.reset(body.data.scenario ?? db.scenario);
        return ok(demoBody(db));
      },
      opts,
    ),
    route(
      db,
      'patch',
      '/demo',
      async ({ request }) => {
        const body = await parseBody(request, demoSettingsBodySchema);
        if (!body.ok) return body.response;
        db.setDemo(body.data);
        // Whoever sets a pattern expects its first entry on the next request, not wherever it was.
        if (body.data.failurePattern !== undefined || body.data.failureScope !== undefined)
          restartFailurePattern(db);
        return ok(demoBody(db));
      },
      opts,
    ),
    route(
      db,
      'post',
      '/demo/dismiss-problem',
      () => {
        db.dismissLoadProblem();
        return ok(demoBody(db));
      },
      opts,
    ),
  ];
}
