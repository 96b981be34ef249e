import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { TokenService } from '../common/auth/token.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { sendRefusal } from '../common/http/send-refusal.js';
import { OperationLimits } from '../rate-limits/operation-limits.js';
import { FrameworkLoaders, frameworkNotFound } from './frameworks.loaders.js';
import { type FrameworkDraft, frameworkToCsv, frameworkToJson } from './framework-file.js';

/** The downloads, by file name: the formats importFramework reads (README, "Norm frameworks"). */
const FILES: Record<string, { write: (f: FrameworkDraft) => string; contentType: string }> = {
  'export.json': { write: frameworkToJson, contentType: 'application/json; charset=utf-8' },
  'export.csv': { write: frameworkToCsv, contentType: 'text/csv; charset=utf-8; header=present' },
};

/** What the export of a framework weighs in the caller's allowance (a GraphQL read is 1). */
const FRAMEWORK_EXPORT_WEIGHT = 2;

/**
 * `GET /frameworks/:id/export.json` and `.csv`: a framework as a file that importFramework reads
 * back, for any signed-in user (`Authorization: Bearer <token>`), like the GraphQL reads.
 */
@Controller('frameworks')
export class FrameworkExportController {
  private readonly logger = new Logger(FrameworkExportController.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limits: OperationLimits,
  ) {}

  @Get(':frameworkId/:file')
  async download(
    @Param('frameworkId') frameworkId: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const kind = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
      if (!kind) throw new DomainError(DomainErrorCode.FRAMEWORK_NOT_FOUND, 'No such export');
      const user = this.tokens.fromAuthorizationHeader(req.headers.authorization);
      if (!user) {
        throw new DomainError(
          DomainErrorCode.NOT_SIGNED_IN,
          'Sign in first: send Authorization: Bearer <token>',
        );
      }
      this.limits.admit(user, req, FRAMEWORK_EXPORT_WEIGHT);
      const draft = await this.read(frameworkId);
      res
        .status(200)
        .set({
          'Content-Type': kind.contentType,
          'Content-Disposition': `attachment; filename="${fileName(draft.shortName)}.${file.slice('export.'.length)}"`,
          'Cache-Control': 'no-store',
        })
        .send(kind.write(draft));
    } catch (error) {
      sendRefusal(res, error, this.logger);
    }
  }

  private async read(frameworkId: string): Promise<FrameworkDraft> {
    if (!isUuid(frameworkId)) throw frameworkNotFound();
    const loaders = new FrameworkLoaders(this.dataSource);
    const [framework, norms] = await Promise.all([
      loaders.frameworkById.load(frameworkId),
      loaders.normsByFramework.load(frameworkId),
    ]);
    if (!framework) throw frameworkNotFound();
    const frameworks = await loaders.correspondingNorms.loadMany(norms.map((n) => n.id));
    const others = new Map<string, string>();
    const references = async (index: number): Promise<string[]> => {
      const corresponding = frameworks[index];
      if (!corresponding || corresponding instanceof Error) return [];
      const names = await Promise.all(
        corresponding.map(async (n) => {
          let shortName = others.get(n.frameworkId);
          if (shortName === undefined) {
            shortName = (await loaders.frameworkById.load(n.frameworkId))?.shortName ?? '';
            others.set(n.frameworkId, shortName);
          }
          return `${shortName}:${n.key}`;
        }),
      );
      return names;
    };
    return {
      shortName: framework.shortName,
      title: framework.title,
      publisher: framework.publisher,
      year: framework.year,
      publishedOn: framework.publishedOn,
      sourceUrl: framework.sourceUrl,
      description: framework.description,
      norms: await Promise.all(
        norms.map(async (n, i) => ({
          key: n.key,
          title: n.title,
          text: n.text,
          force: n.force,
          sourceUrl: n.sourceUrl,
          correspondsTo: await references(i),
        })),
      ),
    };
  }
}

const fileName = (shortName: string) =>
  shortName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'framework';
