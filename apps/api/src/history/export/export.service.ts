import { Injectable } from '@nestjs/common';
import { ExportFormat } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../../accord-log/accord-access.service.js';
import { CheckpointSigner, SIGNED_EVENT_TYPES } from '../../accord-log/checkpoint-signer.js';
import { toAkomaNtosoExport } from './akoma-ntoso-export.js';
import { loadExportData, readEventPages } from './export-data.js';
import { toJsonExport } from './json-export.js';
import { toMarkdownExport } from './markdown-export.js';

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
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly signer: CheckpointSigner,
  ) {}

  /**
   * Checks that the caller may see the accord (a hidden one is not found, like a missing one)
   * and reads it in one snapshot, so that whatever refuses the export does so before anything is
   * sent. The Markdown and Akoma Ntoso texts hold the text and the adopted amendments (their size
   * is the text's, made at once); the JSON's events, which grow with the log, are read as written.
   */
  async open(callerId: string, accordId: string, format: ExportFormat): Promise<OpenedExport> {
    await this.access.requireVisibleAs(accordId, callerId);
    // One snapshot of the data: the export must be consistent with its own chain head.
    const data = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      loadExportData(manager, accordId),
    );
    const now = new Date();
    const signing = {
      every: this.signer.every,
      signedEventTypes: SIGNED_EVENT_TYPES,
      keys: this.signer.published,
    };
    const chunks = (): AsyncIterable<string> | Iterable<string> => {
      switch (format) {
        case ExportFormat.MARKDOWN:
          return [toMarkdownExport(data, now, signing)];
        case ExportFormat.JSON: {
          const pages = readEventPages(this.dataSource.manager, accordId, data.accord.lastSeq);
          return toJsonExport(data, pages, now, signing);
        }
        case ExportFormat.AKOMA_NTOSO:
          return [toAkomaNtosoExport(data, now, signing)];
      }
    };
    return { title: data.accord.title, lastSeq: data.accord.lastSeq, chunks };
  }

  /** The whole export as one string (GraphQL's `exportAccord`, for small clients). */
  async exportAccord(callerId: string, accordId: string, format: ExportFormat): Promise<string> {
    const opened = await this.open(callerId, accordId, format);
    const parts: string[] = [];
    for await (const part of opened.chunks()) parts.push(part);
    return parts.join('');
  }
}
