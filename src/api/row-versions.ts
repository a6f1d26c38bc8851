// Versions of the rows this tab read (issue 16). The shared server answers a path that names a row (an
// org's settings, an invite, a team's settings…) with its ETag, and refuses a write sent with a stale
// If-Match with 412, so two admins never overwrite each other's change unseen. A write to a path this
// tab read sends the version it read. After any change this tab makes, only the version that change's
// own answer gave is kept: the tab's own changes may have moved other rows, and must not count as
// someone else's (the refreshes that follow every change read the others again). The in-browser
// backend sends no ETags, so nothing is ever sent there.
const versions = new Map<string, string>();

const keyOf = (path: string): string => path.split('?')[0] ?? path;
const READS = new Set(['GET', 'HEAD']);

/** The If-Match a request sends: the version of the row a write changes, as this tab last read it. */
export function ifMatchFor(method: string, path: string): string | undefined {
  return READS.has(method) ? undefined : versions.get(keyOf(path));
}

/** Keeps what an answer says of its row's version. */
export function noteVersion(method: string, path: string, response: Response): void {
  const key = keyOf(path);
  const etag = response.ok ? response.headers.get('etag') : null;
  if (!READS.has(method) && response.ok) versions.clear();
  if (etag) versions.set(key, etag);
  else if (READS.has(method) || response.status === 412) versions.delete(key);
}
