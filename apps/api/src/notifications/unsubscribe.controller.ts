import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { asDomainError } from '../common/errors/as-domain-error.js';
import { DomainErrorCode } from '../common/errors/domain-error.js';
import { kindName } from './mail/mail-composer.js';
import type { UnsubscribeScope } from './mail/unsubscribe-token.js';
import { UnsubscribeUseCase } from './unsubscribe.usecase.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const what = (scope: UnsubscribeScope): string =>
  scope === 'ALL' ? 'every mail from Plenary' : `mails about ${kindName(scope)}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)} — Plenary</title></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/**
 * `/unsubscribe?token=…`, the link in every mail; it needs no sign-in (the signed token is the
 * credential). GET asks to confirm, so that a mail scanner following links turns nothing off;
 * POST does it — from the page's button, or from a mail client's one-click unsubscribe
 * (RFC 8058: `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, a POST to the same address).
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeUseCase) {}

  @Get()
  confirm(@Query('token') token: unknown, @Res() res: Response): void {
    let scope: UnsubscribeScope;
    try {
      scope = this.unsubscribe.check(typeof token === 'string' ? token : '').scope;
    } catch (error) {
      this.refuse(res, error);
      return;
    }
    const action = `/unsubscribe?token=${encodeURIComponent(String(token))}`;
    this.send(
      res,
      200,
      page(
        'Unsubscribe',
        `<p>Stop ${escapeHtml(what(scope))}? You will still see notifications in the app.</p>
<form method="post" action="${escapeHtml(action)}"><button type="submit">Unsubscribe</button></form>`,
      ),
    );
  }

  @Post()
  @HttpCode(200)
  async confirmed(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    try {
      const { scope } = await this.unsubscribe.execute({
        token: typeof token === 'string' ? token : '',
      });
      this.send(
        res,
        200,
        page(
          'Unsubscribed',
          `<p>You will no longer receive ${escapeHtml(what(scope))}. Sign in and open your notification settings to change this.</p>`,
        ),
      );
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private refuse(res: Response, error: unknown): void {
    const refusal = asDomainError(error);
    if (!refusal) throw error;
    if (refusal.code === DomainErrorCode.DATABASE_UNAVAILABLE) {
      // The link may be good: the database is away for a moment.
      this.send(res, 503, page('Try again shortly', `<p>${escapeHtml(refusal.message)}</p>`));
      return;
    }
    this.send(
      res,
      400,
      page(
        'This link does not work',
        '<p>The unsubscribe link is not valid. Copy it whole from the mail, or change your notification settings in the app.</p>',
      ),
    );
  }

  private send(res: Response, status: number, html: string): void {
    res
      .status(status)
      .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      .send(html);
  }
}
