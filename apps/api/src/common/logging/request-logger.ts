import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** A request id a proxy may hand us: short and plain, or we make our own. */
const FORWARDED_ID = /^[\w.:-]{1,64}$/;

type IdentifiedRequest = IncomingMessage & { id?: string };

/**
 * Gives every request its id before anything else runs, whatever the log level: the id goes
 * back in `X-Request-Id`, into each log line of the request and into GraphQL errors.
 */
export function assignRequestId(req: IdentifiedRequest, res: ServerResponse, next: () => void) {
  const forwarded = req.headers['x-request-id'];
  req.id = typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
  res.setHeader('x-request-id', req.id);
  next();
}

const requestIdOf = (req: IdentifiedRequest): string => req.id ?? randomUUID();

/** The path alone: a query string may carry a GraphQL document, variables or a token. */
const pathOf = (url: string | undefined) => (url ?? '').replace(/\?.*$/s, '').slice(0, 200);

/**
 * One line per request at `info` (`warn` for a 5xx): request id, method, path, status, time.
 * Never a header, a query string or a body — so never a token or a cookie.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestIdOf,
    // Our serializers read the raw objects: the standard ones copy every header first.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => pathOf(req.url).startsWith('/health') },
  });
}
