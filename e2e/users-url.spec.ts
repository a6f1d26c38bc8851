import { expect, test } from './support/fixtures';
import { columnTexts, openUsers, USERS_URL } from './support/console';

test('search, filter, sort and page live in the URL and survive a reload', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('searchbox', { name: 'Search users' }).fill('ben');
  await expect(page).toHaveURL(/q=ben/);
  await expect(page.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Role', exact: true }).click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  await expect(page).toHaveURL(/role=viewer/);
  // Admins see each row's role as a dropdown: read the chosen values.
  await expect
    .poll(async () => new Set(await page.getByRole('combobox', { name: /^Org role for / }).allInnerTexts()))
    .toEqual(new Set([expect.stringMatching(/^Viewer/)]));

  await page.getByRole('button', { name: /Last active/ }).click();
  await expect(page).toHaveURL(/sort=lastActive/);
  await expect(page.getByRole('columnheader', { name: /Last active/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.getByRole('button', { name: /Last active/ }).click();
  await expect(page.getByRole('columnheader', { name: /Last active/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const before = await columnTexts(page, 'name');

  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Last active/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.getByRole('combobox', { name: 'Role', exact: true })).toHaveText(/Viewer/);
  await expect.poll(() => columnTexts(page, 'name')).toEqual(before);
});

test('paging moves through the list and the page number is in the URL', async ({ page }) => {
  await openUsers(page, '?pageSize=10');
  await expect(page.getByText(/^1–10 of \d+ members and invites/)).toBeVisible();
  const first = await columnTexts(page, 'name');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^11–20 of/)).toBeVisible();
  await expect.poll(() => columnTexts(page, 'name')).not.toEqual(first);
  await page.goBack();
  await expect(page.getByText(/^1–10 of/)).toBeVisible();
});

test('a deep link with a filter opens that view; invalid values fall back to defaults', async ({ page }) => {
  await openUsers(page, '?status=expired');
  await expect
    .poll(async () => new Set(await columnTexts(page, 'status')))
    .toEqual(new Set([expect.stringContaining('Invite expired')]));
  await page.goto(`${USERS_URL}?role=owner&sort=shoe&page=-4&pageSize=3`);
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
  await expect(page.getByText(/^1–25 of \d+ members and invites/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Role', exact: true })).toHaveText(/All roles/);
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await page.goto(`${USERS_URL}?q=zzzz-nobody`);
  await expect(page.getByText('No users match these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('table', { name: 'Users of the organization' })).toBeVisible();
});

test('Explain access from a member row opens the drawer for that person, and the Access page', async ({
  page,
}) => {
  await openUsers(page, '?q=erin');
  await page.getByRole('button', { name: 'Actions for Erin Walsh' }).click();
  await page.getByRole('menuitem', { name: 'Explain access…' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { name: 'What Erin Walsh can access' })).toBeVisible();
  // The Users page keeps its filter underneath.
  await expect(page).toHaveURL(/\/users\?q=erin/);
  await drawer.getByRole('link', { name: 'Open on the Access page' }).click();
  await expect(page).toHaveURL(/\/access\?user=user-ewalsh&view=user/);
  await expect(page.getByRole('heading', { name: 'Access', level: 1 })).toBeVisible();
});

test('sort by email from the Name header (email sits under the name)', async ({ page }) => {
  await openUsers(page);
  const header = page.getByRole('columnheader', { name: /Name/ });
  await header.getByRole('button', { name: /^Email/ }).click();
  await expect(page).toHaveURL(/sort=email/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const emails = await page.locator('td[data-column="name"]').allInnerTexts();
  const addresses = emails.map((t) => t.match(/\S+@\S+/)?.[0] ?? '').filter(Boolean);
  expect(addresses.length).toBeGreaterThan(1);
  expect(addresses).toEqual([...addresses].sort((a, b) => a.localeCompare(b)));
});

test('typing a search asks at each key, and Back returns to the list before the search', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('button', { name: /Last active/ }).click();
  await expect(page).toHaveURL(/sort=lastActive/);
  const search = page.getByRole('searchbox', { name: 'Search users' });
  await search.pressSequentially('ben', { delay: 80 });
  await expect(page).toHaveURL(/q=ben/);
  await expect(page.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();
  // One history entry for the whole search: Back leaves it, not one letter at a time.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page).toHaveURL(/sort=lastActive/);
  await expect(search).toHaveValue('');
  // Typing again after Back starts a new entry: Back leaves this search too.
  await search.pressSequentially('ava', { delay: 80 });
  await expect(page).toHaveURL(/q=ava/);
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

test('each keystroke of a search asks for its list once: the page asks as it types, not twice', async ({ page }) => {
  await openUsers(page);
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('/users') && url.searchParams.has('q')) asked.push(url.searchParams.get('q') ?? '');
  });
  await page.getByRole('searchbox', { name: 'Search users' }).pressSequentially('ben', { delay: 120 });
  await expect(page.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();
  await expect(page.locator('table[aria-busy="false"]')).toBeVisible();
  // The keystroke's own request is the one the page reads (the same query key): none is sent again.
  expect(asked).toEqual(['b', 'be', 'ben']);
});

test('the columns keep their widths when a search leaves one row, at 1440 and 1024 px', async ({ page }) => {
  const widths = () =>
    page
      .getByRole('table', { name: 'Users of the organization' })
      .locator('thead th')
      .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await openUsers(page);
    const all = await widths();
    await page.getByRole('searchbox', { name: 'Search users' }).fill('ben okafor');
    await expect(
      page.getByRole('table', { name: 'Users of the organization' }).locator('tbody tr'),
    ).toHaveCount(1);
    expect(await widths()).toEqual(all);
  }
});
