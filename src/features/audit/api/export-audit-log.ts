// Export CSV / JSON: the server builds every matching entry. The file is fetched, then handed to the
// browser as a download: the mock backend is a service worker, which answers fetches but not navigations.
import { ApiError, apiUrl } from '../../../api/client';
import { errorBodySchema } from '../../../api/errors';
import type { AuditQuery } from '../../../api/audit';
import { auditSearch } from './get-audit-log';

export type AuditFormat = 'csv' | 'json';

export async function downloadAuditLog(org: string, query: AuditQuery, format: AuditFormat): Promise<void> {
  const response = await fetch(
    apiUrl(`/orgs/${encodeURIComponent(org)}/audit-log/export.${format}?${auditSearch(query, false)}`),
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
  link.download = name ?? `${org}-audit-log.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
