import { RequestRefused } from '../../data/errors';
import { tokenStore } from '../../data/session';

export type ExportFile = 'export.md' | 'export.json' | 'export.akn.xml';

/** The name the server gives the file (Content-Disposition), or ours. */
function fileName(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * Downloads an accord's export from `GET /accords/:id/<file>` (streamed by the server, with the
 * same access rule as the rest of the API) and hands it to the browser as a file.
 */
export async function downloadExport(
  accordId: string,
  file: ExportFile,
  /** Markdown and Akoma Ntoso: mark what changed since this event, or this milestone. */
  since?: { seq: number } | { milestoneId: string },
): Promise<void> {
  const token = tokenStore.get();
  const query = !since
    ? ''
    : 'seq' in since
      ? `?sinceSeq=${since.seq}`
      : `?sinceMilestone=${encodeURIComponent(since.milestoneId)}`;
  const response = await fetch(`/accords/${encodeURIComponent(accordId)}/${file}${query}`, {
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
  link.download = fileName(response.headers.get('content-disposition'), `accord.${file.slice(7)}`);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
