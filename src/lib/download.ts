// File downloads. The backend is a service worker, which answers fetches but not navigations, so an
// export is fetched and then handed to the browser as a blob, never opened as a plain link.
import { apiUrl } from '../api/api-url';
import { ApiError } from '../api/client';
import { backendReady } from '../api/backend-ready';
import { errorBodySchema } from '../api/errors';

/** Saves a blob (or text) as a file. */
export function downloadBlob(fileName: string, data: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Fetches an export from the API and saves it under the server's file name (or the fallback). */
export async function downloadFromApi(path: string, fallbackName: string): Promise<void> {
  await backendReady();
  const response = await fetch(apiUrl(path));
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
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  downloadBlob(name ?? fallbackName, await response.blob());
}
