// Issue 15: the project page's "Your access" and the Access page's explanation are one engine answer,
// so for the same person and project they list the same permissions, with the same verdicts, chains and
// counts ("6 allowed, 27 refused" on both); and a 403 leads with the same cause, in the same order.
import { describe, expect, it } from 'vitest';
import { explanationSchema } from '../../src/api/access';
import { projectOverviewSchema } from '../../src/api/projects';
import { ACME_CAST as CAST } from '../../mocks/db/scenarios/default-cast';
import { errorOf, startBackend } from './backend';
import { readJson } from './read-json';

const PEOPLE = [
  CAST.orgViewer,
  CAST.orgAdmin,
  CAST.member,
  CAST.viewerSeatMember,
  CAST.launchManager,
  CAST.artifactCurator,
  CAST.billingAdmin,
  CAST.teamAdmins.vision,
];
const PROJECTS = [
  'vision/vision-baselines',
  'ml-research/llm-finetune',
  'ml-research/rlhf-experiments',
  'vision/medical-imaging',
  ...CAST.projects.open,
  ...CAST.projects.public,
  'infra/launch-queues',
];

describe('the project page and the Access page count the same list', () => {
  it('for every person and project they both show, the lists, verdicts, chains and counts agree', async () => {
    const b = startBackend();
    let compared = 0;
    for (const userId of PEOPLE) {
      for (const label of PROJECTS) {
        b.actAs(b.db.world.users.get(userId) ?? null);
        const page = await b.call('GET', `/projects/${label}`);
        if (page.status === 404) continue; // a project this person may not see has no page for them
        const mine = readJson(page, projectOverviewSchema).yourAccess;
        b.actAs(b.db.world.users.get(CAST.orgAdmin) ?? null);
        const explained = readJson(
          await b.call('GET', `/orgs/${CAST.org.slug}/access/explain?user=${userId}&project=${label}`),
          explanationSchema,
        );
        const where = `${userId} on ${label}`;
        expect(mine.counts, where).toEqual(explained.counts);
        expect(mine.roleLabel, where).toBe(explained.roleLabel);
        expect(mine.source, where).toEqual(explained.roleSource);
        expect(
          mine.permissions.map((p) => [p.permission, p.allowed, p.reasons]),
          where,
        ).toEqual(explained.permissions.map((p) => [p.permission, p.allowed, p.reasons]));
        expect(mine.counts.allowed, where).toBe(mine.permissions.filter((p) => p.allowed).length);
        expect(mine.counts.allowed + mine.counts.denied, where).toBe(mine.permissions.length);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('the org Viewer on vision-baselines: the counts the issue saw disagree no more', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.orgViewer) ?? null);
    const mine = readJson(await b.call('GET', '/projects/vision/vision-baselines'), projectOverviewSchema)
      .yourAccess.counts;
    const explained = readJson(
      await b.call(
        'GET',
        `/orgs/${CAST.org.slug}/access/explain?user=${CAST.orgViewer}&project=vision/vision-baselines`,
      ),
      explanationSchema,
    ).counts;
    expect(mine).toEqual(explained);
    expect(mine.allowed + mine.denied).toBe(33);
  });
});

describe('a 403 leads with the cause the explanation leads with', () => {
  it('an org Viewer editing a project: the org role first, then every other refusing step, in order', async () => {
    const b = startBackend();
    b.actAs(b.db.world.users.get(CAST.orgViewer) ?? null);
    const mine = readJson(await b.call('GET', '/projects/vision/vision-baselines'), projectOverviewSchema);
    const update = mine.yourAccess.permissions.find((p) => p.permission === 'project:update');
    const refused = await b.call('PATCH', '/projects/vision/vision-baselines', { description: 'x' });
    expect(refused.status).toBe(403);
    const error = errorOf(refused.json);
    expect(error.reasons).toEqual(update?.reasons);
    const denials = error.reasons.filter((r) => r.effect === 'deny');
    expect(denials.map((r) => r.step)).toEqual(['org-role', 'role']);
    expect(error.message.startsWith(`${denials[0]?.text}. Also: `)).toBe(true);
    expect(error.message).toMatch(/^Erin Walsh is an org Viewer of Acme ML/);
  });
});
