import {
  type ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  IntrinsicException,
  Logger,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { prefersGraphqlResponseJson } from '../graphql/graphql-over-http.js';

/**
 * Nest's last word on an exception, before its default filter:
 * - in a GraphQL resolver, the error goes on to Apollo untouched and unlogged: `formatError`
 *   maps it and logs it at the level it deserves (Nest's default logs every refusal, wrong
 *   password and missing accord included, at `error` with a stack);
 * - on `/graphql` before Apollo runs (a body that is not JSON, too large, in an unknown charset),
 *   the answer is a GraphQL response (`errors[0].extensions.code` = `BAD_REQUEST`), per the
 *   GraphQL-over-HTTP spec, in the media type the client accepts;
 * - anywhere else, Nest's default answer.
 */
@Catch()
export class PlenaryExceptionFilter extends BaseExceptionFilter {
  private readonly log = new Logger('HttpErrors');

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    if (host.getType() === 'http') {
      const request = host.switchToHttp().getRequest<Request>();
      if (isGraphqlPath(request)) {
        this.answerAsGraphql(exception, request, host.switchToHttp().getResponse<Response>());
        return;
      }
    }
    super.catch(exception, host);
  }

  private answerAsGraphql(exception: unknown, request: Request, response: Response): void {
    const refused = exception instanceof HttpException && exception.getStatus() < 500;
    if (!refused && !(exception instanceof IntrinsicException)) {
      this.log.error(exception instanceof Error ? exception : String(exception));
    }
    const status = refused ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const error = refused
      ? { message: messageOf(exception), extensions: { code: 'BAD_REQUEST' } }
      : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    if (response.headersSent) return;
    response
      .status(status)
      .type(mediaTypeFor(request))
      .send(`${JSON.stringify({ errors: [error] })}\n`);
  }
}

function isGraphqlPath(request: Request): boolean {
  const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
  return path === '/graphql' || path === '/graphql/';
}

/** What Apollo would answer: the new media type only for a client that prefers it. */
function mediaTypeFor(request: Request): string {
  return prefersGraphqlResponseJson(request.headers.accept)
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}

function messageOf(exception: HttpException): string {
  // body-parser's messages quote the start of the body ("Unexpected token n in JSON at …"):
  // the client's own bytes, safe to show back; nothing of the server's.
  return exception.message || 'Bad request';
}
