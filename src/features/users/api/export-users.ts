// Export CSV: the server builds the whole filtered list (all pages). The file is fetched, then handed
// to the browser as a download: the mock backend is a service worker, which answers fetches but not
// navigations, so a plain download link would miss it.
import { ApiError, apiUrl } from '../../../api/client';
import { errorBodySchema } from '../../../api/errors';
import type { UsersQuery } from '../../../api/users';

export function exportSearch(query: UsersQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'role', 'seat', 'status', 'sort', 'dir'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export async function downloadUsersCsv(org: string, query: UsersQuery): Promise<void> {
  const response = await fetch(
    apiUrl(`/orgs/${encodeURIComponent(org)}/users/export.csv?${exportSearch(query)}`),
  );
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
    const e = parsed.success ? parsed.data.error : null;
    throw new ApiError(
      response.status,
      e?.code ?? 'unavailable',
      e?.message ?? 'The export failed.',
      e?.reasons,
    );
  }
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? `${org}-users.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
