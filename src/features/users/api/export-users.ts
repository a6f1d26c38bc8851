// Export CSV: the server builds the whole filtered list (all pages).
import type { UsersQuery } from '../../../api/users';
import { downloadFromApi } from '../../../lib/download';

export function exportSearch(query: UsersQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'role', 'seat', 'status', 'sort', 'dir'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export function downloadUsersCsv(org: string, query: UsersQuery): Promise<void> {
  return downloadFromApi(
    `/orgs/${encodeURIComponent(org)}/users/export.csv?${exportSearch(query)}`,
    `${org}-users.csv`,
  );
}
