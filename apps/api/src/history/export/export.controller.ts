import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ExportFormat } from '@plenary/contracts';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { sendRefusal } from '../../common/http/send-refusal.js';
import { OperationLimits } from '../../rate-limits/operation-limits.js';
import { slug } from './akoma-ntoso-export.js';
import { ExportService, type OpenedExport } from './export.service.js';

/** The downloads, by file name. */
const FILES: Record<string, { format: ExportFormat; contentType: string; extension: string }> = {
  'export.md': {
    format: ExportFormat.MARKDOWN,
    contentType: 'text/markdown; charset=utf-8',
    extension: 'md',
  },
  'export.json': {
    format: ExportFormat.JSON,
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
  },
  'export.akn.xml': {
    format: ExportFormat.AKOMA_NTOSO,
    contentType: 'application/xml; charset=utf-8',
    extension: 'akn.xml',
  },
};

/** An export costs this many operations of the caller's allowance (README, "Limits"). */
export const EXPORT_WEIGHT = 10;

/**
 * `GET /accords/:id/export.md`, `.json` and `.akn.xml`: an accord's exports over plain HTTP,
 * with `Authorization: Bearer <token>` and the same access rule as GraphQL (a hidden accord is
 * not found, like a missing one). The response is streamed: the JSON's events are read and sent
 * a page at a time, with the socket's back-pressure, and a client that goes away stops the reads.
 */
@Controller('accords')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(
    private readonly exports: ExportService,
    private readonly tokens: TokenService,
    private readonly limits: OperationLimits,
  ) {}

  @Get(':accordId/:file')
  async download(
    @Param('accordId') accordId: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const kind = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
    let opened: OpenedExport;
    try {
      if (!kind) throw new DomainError(DomainErrorCode.ACCORD_NOT_FOUND, 'No such export');
      const user = this.tokens.fromAuthorizationHeader(req.headers.authorization);
      if (!user) {
        throw new DomainError(
          DomainErrorCode.NOT_SIGNED_IN,
          'Sign in first: send Authorization: Bearer <token>',
        );
      }
      this.limits.admit(user, req, EXPORT_WEIGHT);
      opened = await this.exports.open(user.userId, accordId, kind.format, sinceOf(req.query));
    } catch (error) {
      sendRefusal(res, error, this.logger);
      return;
    }
    res.status(200).set({
      'Content-Type': kind.contentType,
      'Content-Disposition': `attachment; filename="${slug(opened.title)}.${kind.extension}"`,
      'Cache-Control': 'no-store',
    });
    try {
      await pipeline(Readable.from(opened.chunks()), res);
    } catch (error) {
      // Headers are sent: a failure can only cut the download short (the client sees it end
      // early), and a client that went away is no failure at all.
      if (!req.destroyed) this.logger.error({ err: error, accordId }, 'export interrupted');
      res.destroy();
    }
  }
}

/**
 * `?sinceSeq=12` or `?sinceMilestone=<id>`: the moment a Markdown or Akoma Ntoso export marks
 * its changes since (see exportAccord's `since`); null when neither is given.
 */
function sinceOf(query: Request['query']): { seq?: number; milestoneId?: string } | null {
  const { sinceSeq, sinceMilestone } = query;
  if (sinceSeq === undefined && sinceMilestone === undefined) return null;
  if (sinceSeq !== undefined && sinceMilestone !== undefined)
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      'Give sinceSeq or sinceMilestone, not both',
    );
  if (sinceMilestone !== undefined) {
    if (typeof sinceMilestone !== 'string')
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'sinceMilestone is one id');
    return { milestoneId: sinceMilestone };
  }
  if (typeof sinceSeq !== 'string' || !/^\d{1,9}$/.test(sinceSeq))
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'sinceSeq is an event number');
  return { seq: Number(sinceSeq) };
}
