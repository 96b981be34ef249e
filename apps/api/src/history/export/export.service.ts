import { Injectable } from '@nestjs/common';
import { ExportFormat } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../../accords/accord-access.service.js';
import { CheckpointSigner, SIGNED_EVENT_TYPES } from '../checkpoint-signer.js';
import { toAkomaNtosoExport } from './akoma-ntoso-export.js';
import { loadExportData } from './export-data.js';
import { toJsonExport } from './json-export.js';
import { toMarkdownExport } from './markdown-export.js';

@Injectable()
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly signer: CheckpointSigner,
  ) {}

  async exportAccord(callerId: string, accordId: string, format: ExportFormat): Promise<string> {
    await this.access.requireVisible(callerId, accordId);
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
    switch (format) {
      case ExportFormat.MARKDOWN:
        return toMarkdownExport(data, now, signing);
      case ExportFormat.JSON:
        return toJsonExport(data, now, signing);
      case ExportFormat.AKOMA_NTOSO:
        return toAkomaNtosoExport(data, now, signing);
    }
  }
}
