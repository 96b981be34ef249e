import { FrameworkFileFormat } from '@plenary/contracts';
import { ImportFrameworkUseCase } from '../../src/frameworks/import-framework.usecase.js';
import type { UseCaseHarness } from './use-case-harness.js';

/**
 * Imports two principles of the Paris Call (2018) under `shortName` (unique per framework);
 * returns the framework's id and its norm ids: principle 1 (protect individuals and
 * infrastructure), then 5.
 */
export async function importParisCall(
  h: UseCaseHarness,
  shortName: string,
): Promise<{ frameworkId: string; normIds: [protect: string, nonProliferation: string] }> {
  const framework = await h.get(ImportFrameworkUseCase).execute({
    callerId: (await h.operator()).id,
    content: JSON.stringify({
      shortName,
      title: 'Paris Call for Trust and Security in Cyberspace',
      year: 2018,
      norms: [
        { key: '1', text: 'Protect individuals and infrastructure.', force: 'VOLUNTARY' },
        { key: '5', text: 'Non-proliferation.', force: 'VOLUNTARY' },
      ],
    }),
    format: FrameworkFileFormat.JSON,
  });
  const ids = (
    await h.db.query<{ id: string }[]>(
      `SELECT id FROM norm WHERE framework_id = $1 ORDER BY position`,
      [framework.id],
    )
  ).map((r) => r.id);
  return { frameworkId: framework.id, normIds: [ids[0]!, ids[1]!] };
}
