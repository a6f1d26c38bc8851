// How pages sit at 1440×900 and 1024×768 for the people who open them (issue 15): headers that do not
// move when their actions arrive, boxes as tall as what they hold, lists that end on a whole item, and
// disabled buttons that look disabled. Each check measures the page; each failed before its fix.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { actAs, SIZES, type Persona } from './support/personas';
import { setDemo } from './support/demo-api';

const ORG_PAGES = {
  users: '/account-settings/acme-ml/users',
  teams: '/account-settings/acme-ml/teams',
  roles: '/account-settings/acme-ml/roles',
  'audit-log': '/account-settings/acme-ml/audit-log',
} as const;

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

/** The header's shape: its height and where the line under the title starts. */
const headerShape = (page: Page) =>
  page.locator('.page-header').evaluate((header) => ({
    height: Math.round(header.getBoundingClientRect().height),
    subtitleTop: Math.round(header.querySelector('.page-subtitle')?.getBoundingClientRect().top ?? 0),
  }));

test.describe('header actions that arrive with the data (PendingActions)', () => {
  for (const persona of ['org-admin', 'member'] as Persona[]) {
    test(`as ${persona}: the header keeps its shape without them, and they hold one line`, async ({
      page,
      expectRefusal,
    }) => {
      if (persona === 'member')
        expectRefusal(403, '/api/orgs/acme-ml/audit-log?page=1&pageSize=25', { count: 2 });
      await actAs(page, persona);
      for (const size of [SIZES.wide, SIZES.narrow]) {
        await page.setViewportSize(size);
        for (const path of Object.values(ORG_PAGES)) {
          await page.goto(path);
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          // The actions: what sits beside the title (whatever the header's markup).
          await page.locator('.page-header h1').evaluate((h1) => {
            const beside = [h1.nextElementSibling, h1.parentElement?.nextElementSibling].find(
              (e) => e && !e.matches('.page-subtitle, .breadcrumb'),
            );
            beside?.setAttribute('data-header-actions', '');
          });
          const actions = page.locator('[data-header-actions]');
          const loaded = await headerShape(page);
          if ((await actions.count()) > 0) {
            // On one line, inside the page: nothing wraps or is cut at the right.
            const a = await box(actions);
            expect(a.height, `${path} at ${size.width}: actions on one line`).toBeLessThanOrEqual(36);
            expect(a.x + a.width, `${path} at ${size.width}`).toBeLessThanOrEqual(size.width);
            // As the page is while they load: an empty placeholder in their place.
            await actions.evaluate((el) => el.replaceChildren());
          }
          expect(await headerShape(page), `${path} at ${size.width}: the header moved`).toEqual(loaded);
        }
      }
    });
  }
});

test('Access: the chosen person is not stretched beside the open list, which ends on a whole option', async ({
  page,
}) => {
  await actAs(page, 'member');
  for (const size of [SIZES.wide, SIZES.narrow]) {
    await page.setViewportSize(size);
    await page.goto('/account-settings/acme-ml/access');
    const person = page.getByRole('group', { name: 'Person' });
    await expect(person).toContainText('Mateo Garcia');
    const list = page.getByRole('list', { name: 'Organization, team or project matches' });
    await expect(list.getByRole('listitem')).not.toHaveCount(0);
    const listBox = await box(list);
    expect((await box(person)).height, `at ${size.width}`).toBeLessThan(listBox.height / 2);
    // Every option is wholly inside the list's visible part or wholly below it.
    const cut = await list.evaluate((ul) => {
      const { top, bottom } = ul.getBoundingClientRect();
      return [...ul.querySelectorAll('li')]
        .map((li) => li.getBoundingClientRect())
        .filter((r) => r.top < bottom - 1 && r.bottom > bottom + 1 && r.top >= top).length;
    });
    expect(cut, `an option cut at the list's edge at ${size.width}`).toBe(0);
  }
});

test('Users: the stat cards share the row, two for a member and three for an admin', async ({ page }) => {
  for (const [persona, cards] of [
    ['member', 2],
    ['org-admin', 3],
  ] as const) {
    await actAs(page, persona);
    for (const size of [SIZES.wide, SIZES.narrow]) {
      await page.setViewportSize(size);
      await page.goto(ORG_PAGES.users);
      await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
      const row = page.locator('dl.summary-cards');
      await expect(row.locator('.summary-card')).toHaveCount(cards);
      const last = await box(row.locator('.summary-card').last());
      const whole = await box(row);
      expect(
        Math.abs(last.x + last.width - (whole.x + whole.width)),
        `${persona} at ${size.width}`,
      ).toBeLessThan(2);
    }
  }
});

test('Users: while the list loads, the stat cards are the page’s own, and they do not move when it arrives', async ({
  page,
}) => {
  for (const [persona, cards] of [
    ['member', 2],
    ['org-admin', 3],
  ] as const) {
    await actAs(page, persona);
    // A slow network (the demo's latency) keeps the skeleton on screen long enough to measure it.
    await setDemo(page, { latencyMs: 1500 });
    await page.goto(ORG_PAGES.users);
    const row = page.locator('dl.summary-cards');
    await expect(page.locator('.table-skeleton[aria-busy="true"]')).toBeVisible();
    const loading = { count: await row.locator('.summary-card').count(), box: await box(row) };
    await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
    await expect(row.locator('.summary-card')).toHaveCount(cards);
    expect(loading.count, persona).toBe(cards);
    expect(await box(row), persona).toEqual(loading.box);
    await setDemo(page, { latencyMs: 0 });
  }
});

test('Roles at 1024 px: no count under Held by is broken across lines', async ({ page }) => {
  await actAs(page, 'org-admin');
  await page.setViewportSize(SIZES.narrow);
  await page.goto(ORG_PAGES.roles);
  const table = page.getByRole('table', { name: 'Custom roles' });
  await expect(table.getByRole('row')).not.toHaveCount(0);
  const broken = await table.evaluate((t) => {
    const split: string[] = [];
    const column = [...t.querySelectorAll('th')].findIndex((th) => th.textContent === 'Held by');
    for (const row of t.querySelectorAll('tbody tr')) {
      const cell = row.children[column];
      if (!cell) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(
          /\d+ (?:people|person|team roles?|project roles?)/g,
        )) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (range.getClientRects().length > 1) split.push(m[0]);
        }
      }
    }
    return split;
  });
  expect(broken).toEqual([]);
});

test('a disabled primary button looks disabled, not like the main action', async ({ page }) => {
  await actAs(page, 'member');
  await page.goto('/account-settings/acme-ml/settings');
  const claim = page.getByRole('button', { name: 'Claim domain' });
  await expect(claim).toBeDisabled();
  const look = await claim.evaluate((b) => {
    const s = getComputedStyle(b);
    const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    const accentRgb = getComputedStyle(probe).color;
    probe.remove();
    return { background: s.backgroundColor, accentRgb, opacity: s.opacity };
  });
  expect(look.background).not.toBe(look.accentRgb);
  expect(look.opacity).toBe('1');
  await expectNoSeriousA11yViolations(page);
});

test('the project page says an org Viewer’s refusal once, in its read-only note', async ({ page }) => {
  await actAs(page, 'org-viewer');
  for (const path of ['/llm-platform/llm-eval-harness/overview', '/vision/vision-baselines/overview']) {
    await page.goto(path);
    await expect(page.getByRole('table', { name: 'Reports' })).toBeVisible();
    const note = page.locator('.banner', { hasText: 'Read-only.' });
    await expect(note).toContainText('org Viewer of Acme ML, who is read-only everywhere');
    // Seen on the page (Your access explains the whole chain, step by step: not a refusal said again).
    const said = await page.locator('main').evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      let times = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('.your-access, .visually-hidden, [hidden]')) continue;
        if (el.getClientRects().length === 0) continue;
        times += (node.textContent ?? '').split('who is read-only everywhere').length - 1;
      }
      return times;
    });
    expect(said, path).toBe(1);
    // One Why? for it: the note's. Another cause (a Viewer seat, for artifacts) is said on its own.
    await expect(note.getByRole('button', { name: 'Why?' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Create report' })).toBeDisabled();
    await expect(
      page.getByRole('region', { name: 'Reports' }).getByRole('button', { name: 'Why?' }),
    ).toHaveCount(0);
  }
});

test('the header’s Demo button is never cut, whatever the scenario’s name', async ({ page }) => {
  for (const size of [SIZES.wide, SIZES.narrow]) {
    await page.setViewportSize(size);
    // The longest scenario label, beside an org name and a deployment badge of its own.
    await page.goto('/?scenario=dedicated');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const demo = page.getByRole('button', { name: 'Demo · Northwind Health (Dedicated Cloud)' });
    const cut = await demo.evaluate((b) => b.scrollWidth > b.clientWidth + 1);
    expect(cut, `at ${size.width}`).toBe(false);
  }
});

test('an email address breaks only after its “@”, in the Users list, the Audit log and a person’s second line', async ({
  page,
}) => {
  await actAs(page, 'org-admin');
  for (const size of [SIZES.wide, SIZES.narrow]) {
    await page.setViewportSize(size);
    for (const path of [ORG_PAGES.users, ORG_PAGES['audit-log']]) {
      await page.goto(path);
      await expect(page.locator('main table tbody tr').first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      // Each piece of an address in one text (the whole, or its part before or after the "@" that
      // email.tsx breaks between) must sit on one line: "kenji.watanab / e@acme- / ml.com" did not.
      const broken = await page.locator('main table').evaluate((table) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(/\S*@\S*|\S+\.com\b/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(m[0]);
          }
        }
        return found;
      });
      expect(broken, `${path} at ${size.width}`).toEqual([]);
    }
    // "@handle · address" on one line sit on one baseline (the clipped address sat above its handle).
    await page.goto('/vision/settings');
    const details = page.locator('.person-text > .muted').filter({ hasText: '@' });
    await expect(details.first()).toBeVisible();
    const misaligned = await details.evaluateAll((lines) =>
      lines.flatMap((line) => {
        const tops = [...line.querySelectorAll('.person-detail-part')].map(
          (p) => p.getBoundingClientRect().top,
        );
        const first = tops[0] ?? 0;
        // On one line (not wrapped under it) but not at the same height.
        return tops.some((t) => Math.abs(t - first) > 1 && Math.abs(t - first) < 8) ? [line.textContent] : [];
      }),
    );
    expect(misaligned, `team settings at ${size.width}`).toEqual([]);
  }
});

test('Users at 1024 px, as a Member: the name column has the room of the row’s controls, and no email is cut', async ({
  page,
}) => {
  await actAs(page, 'member');
  await page.setViewportSize(SIZES.narrow);
  await page.goto(ORG_PAGES.users);
  const table = page.getByRole('table', { name: 'Users of the organization' });
  await expect(table.locator('.email').first()).toBeVisible();
  // The list holds no invites for a Member: its count says members only.
  await expect(page.getByText(/^1–25 of 30 members$/)).toBeVisible();
  // No `…` menu on any row for someone who may change no one: no empty column either.
  await expect(table.locator('th[data-column="actions"]')).toHaveCount(0);
  const cut = await table.evaluate((t) =>
    [...t.querySelectorAll<HTMLElement>('.email')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent),
  );
  expect(cut).toEqual([]);
});
