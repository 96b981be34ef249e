import { Injectable } from '@nestjs/common';
import { ExportFormat } from '@plenary/contracts';
import { AccordAccessService } from '../../accord-log/accord-access.service.js';
import { ReadReplica } from '../../database/read-replica.js';
import { CheckpointSigner, SIGNED_EVENT_TYPES } from '../../accord-log/checkpoint-signer.js';
import { toAkomaNtosoExport } from './akoma-ntoso-export.js';
import { loadExportData, readEventPages } from './export-data.js';
import { toJsonExport } from './json-export.js';
import { toMarkdownExport } from './markdown-export.js';
import { AccordDiffService } from '../accord-diff.service.js';
import type { AccordMomentInput } from '../dto/history.args.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import type { ExportComparison } from './export-comparison.js';

/** An export whose access was checked and whose snapshot was read; its text is still to write. */
export interface OpenedExport {
  title: string;
  lastSeq: number;
  /** The text, in pieces as they are written (the JSON's events a page at a time). */
  chunks(): AsyncIterable<string> | Iterable<string>;
}

@Injectable()
export class ExportService {
  constructor(
    private readonly replica: ReadReplica,
    private readonly access: AccordAccessService,
    private readonly signer: CheckpointSigner,
    private readonly accordDiffs: AccordDiffService,
  ) {}

  /**
   * Checks that the caller may see the accord (a hidden one is not found, like a missing one)
   * and reads it in one snapshot, so that whatever refuses the export does so before anything is
   * sent. The Markdown and Akoma Ntoso texts hold the text and the adopted amendments (their size
   * is the text's, made at once); the JSON's events, which grow with the log, are read as written.
   */
  async open(
    callerId: string,
    accordId: string,
    format: ExportFormat,
    since: AccordMomentInput | null = null,
  ): Promise<OpenedExport> {
    await this.access.requireVisibleAs(accordId, callerId);
    if (since && format === ExportFormat.JSON) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'The JSON export is the whole record: compare in MARKDOWN or AKOMA_NTOSO, or with accordDiff',
      );
    }
    // One snapshot of the data: the export must be consistent with its own chain head. The read
    // replica may answer (the caller's own writes included, see ReadReplica); the redline is
    // computed up to that head, wherever it is read.
    const source = await this.replica.sourceFor(callerId);
    const data = await source.transaction('REPEATABLE READ', (manager) =>
      loadExportData(manager, accordId),
    );
    // The redline runs up to the snapshot's head, whatever was written since.
    const comparison: ExportComparison | undefined = since
      ? await this.accordDiffs.accordDiff(callerId, accordId, since, {
          seq: data.accord.lastSeq,
        })
      : undefined;
    const now = new Date();
    const signing = {
      every: this.signer.every,
      signedEventTypes: SIGNED_EVENT_TYPES,
      keys: this.signer.published,
    };
    const chunks = (): AsyncIterable<string> | Iterable<string> => {
      switch (format) {
        case ExportFormat.MARKDOWN:
          return [toMarkdownExport(data, now, signing, comparison)];
        case ExportFormat.JSON: {
          const pages = readEventPages(source.manager, accordId, data.accord.lastSeq);
          return toJsonExport(data, pages, now, signing);
        }
        case ExportFormat.AKOMA_NTOSO:
          return [toAkomaNtosoExport(data, now, signing, comparison)];
      }
    };
    return { title: data.accord.title, lastSeq: data.accord.lastSeq, chunks };
  }

  /** The whole export as one string (GraphQL's `exportAccord`, for small clients). */
  async exportAccord(
    callerId: string,
    accordId: string,
    format: ExportFormat,
    since: AccordMomentInput | null = null,
  ): Promise<string> {
    const opened = await this.open(callerId, accordId, format, since);
    const parts: string[] = [];
    for await (const part of opened.chunks()) parts.push(part);
    return parts.join('');
  }
}
