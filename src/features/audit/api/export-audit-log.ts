// Export CSV / JSON: the server builds every matching entry.
import type { AuditQuery } from '../../../api/audit';
import { downloadFromApi } from '../../../lib/download';
import { auditSearch } from './get-audit-log';

export type AuditFormat = 'csv' | 'json';

export function downloadAuditLog(org: string, query: AuditQuery, format: AuditFormat): Promise<void> {
  return downloadFromApi(
    `/orgs/${encodeURIComponent(org)}/audit-log/export.${format}?${auditSearch(query, false)}`,
    `${org}-audit-log.${format}`,
  );
}
