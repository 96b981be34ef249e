import { downloadFile } from '../../data/download';

export type ExportFile = 'export.md' | 'export.json' | 'export.akn.xml';

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
  const query = !since
    ? ''
    : 'seq' in since
      ? `?sinceSeq=${since.seq}`
      : `?sinceMilestone=${encodeURIComponent(since.milestoneId)}`;
  await downloadFile(
    `/accords/${encodeURIComponent(accordId)}/${file}${query}`,
    `accord.${file.slice(7)}`,
  );
}
