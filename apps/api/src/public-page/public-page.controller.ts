import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OperationLimits } from '../rate-limits/operation-limits.js';
import { RateLimited } from '../rate-limits/rate-limited.js';
import { PublicAccordReader } from './public-accord.reader.js';
import { pageEtag, PublicPages } from './public-pages.js';

/**
 * Any cache may keep the page but must ask again (with its ETag) before showing it: a withdrawn
 * signature or page is never shown as current. Asking again is cheap: a 304 is one statement.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, no-cache';

/**
 * `GET /public/accords/<slug>.json`: the public page of a final accord its facilitator
 * published, without a token. Cacheable by anyone, revalidated on every use; its ETag is the
 * accord's log head, so a client that has it gets a 304 until a signature, a report or a change
 * of publication moves the head (or another version of the accord is published). Every request
 * checks the head (one statement); the document at that head is kept in memory (PublicPages).
 * 404 when there is no such page (never published, withdrawn, or not final), the same answer for
 * an accord that does not exist.
 */
@Controller('public/accords')
export class PublicPageController {
  constructor(
    private readonly reader: PublicAccordReader,
    private readonly pages: PublicPages,
    private readonly limits: OperationLimits,
  ) {}

  @Get(':file')
  async page(
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      this.limits.admit(null, req);
    } catch (error) {
      if (!(error instanceof RateLimited)) throw error;
      res.set('Retry-After', String(error.retryAfterSeconds));
      res.status(429).json({
        error: { code: 'RATE_LIMITED', reason: 'RATE_LIMITED', message: error.message },
      });
      return;
    }
    const slug = file.endsWith('.json') ? file.slice(0, -'.json'.length) : null;
    const accord = slug === null ? null : await this.reader.head(slug);
    if (!accord) {
      res.set('Cache-Control', 'no-cache');
      res.status(404).json({
        error: {
          code: 'NOT_FOUND',
          reason: 'ACCORD_NOT_FOUND',
          message: 'No published accord at this address',
        },
      });
      return;
    }
    const etag = pageEtag(accord);
    res.set({
      'Cache-Control': PUBLIC_PAGE_CACHE_CONTROL,
      ETag: etag,
      Vary: 'Accept-Encoding',
    });
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res
      .status(200)
      .type('application/json; charset=utf-8')
      .send(await this.pages.json(accord));
  }
}

/** If-None-Match holds the tag (weak or strong, in a list, or `*`). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
