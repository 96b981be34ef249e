import { RequestRefused } from './errors';
import { tokenStore } from './session';

/** The name the server gives the file (Content-Disposition), or ours. */
function fileName(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * Downloads `path` from the API with the session's token (plain links cannot send it) and hands
 * it to the browser as a file; a refusal is thrown as the API's RequestRefused.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = tokenStore.get();
  const response = await fetch(path, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; reason?: string; message?: string; retryAfterSeconds?: number };
    } | null;
    const error = body?.error;
    throw new RequestRefused(
      error?.code,
      error?.reason,
      error?.message ?? `HTTP ${response.status}`,
      error?.retryAfterSeconds,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
