import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { openUsers, viewAs } from './support/console';

// The direct API calls are refused on purpose (each declared with expectRefusal).

for (const person of [
  { name: 'Carla Mendes', role: 'Member' },
  { name: 'Erin Walsh', role: 'Viewer' },
]) {
  test(`as a ${person.role}: plain values with the reason, and the API refuses 403`, async ({
    page,
    expectRefusal,
  }) => {
    // The four direct API calls below (PATCH and DELETE share a path).
    expectRefusal(403, '/api/orgs/acme-ml/users/user-mgarcia', { count: 2 });
    expectRefusal(403, '/api/orgs/acme-ml/users/user-mgarcia/removal');
    expectRefusal(403, '/api/orgs/acme-ml/users/bulk');
    await openUsers(page);
    await viewAs(page, person.name);
    const banner = page.getByRole('status').filter({ hasText: 'Read-only.' });
    await expect(banner).toContainText(/admin/i);
    await expect(page.getByRole('combobox', { name: /^Org role for/ })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /^Models seat for/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /^Select/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Actions for/ })).toHaveCount(0);
    await expect(page.getByRole('cell', { name: /Mateo Garcia/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, { include: 'main' });

    const answers = await page.evaluate(async () => {
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`/api/orgs/acme-ml/users${path}`, {
          method,
          headers: body ? { 'content-type': 'application/json' } : undefined,
          body: body ? JSON.stringify(body) : undefined,
        });
        const json = (await res.json()) as { error?: { message: string } };
        return { status: res.status, message: json.error?.message ?? '' };
      };
      return [
        await call('PATCH', '/user-mgarcia', { orgRole: 'admin' }),
        await call('DELETE', '/user-mgarcia'),
        await call('GET', '/user-mgarcia/removal'),
        await call('POST', '/bulk', { action: { type: 'remove' }, userIds: ['user-mgarcia'] }),
      ];
    });
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(answer.message).toMatch(/admin/i);
    }
  });
}
