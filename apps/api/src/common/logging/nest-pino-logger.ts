import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { LogLevel } from '../../config/config.js';

/** The API's one pino logger: JSON lines (to stdout unless told), credentials redacted. */
export function createRootLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    name: 'plenary',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's start-up chatter (a line per module and per route): `debug`, not `info`. */
const START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'WebSocketsController',
  'GraphQLModule',
  'NestFactory',
]);

/**
 * Nest's log calls written by pino. There is no per-request logger bound through
 * AsyncLocalStorage (as nestjs-pino does): on Node 20 that turns on promise hooks for the whole
 * process, which cost ~7% of the CPU of a page read; request lines come from pino-http.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    const context = params.at(-1);
    this.write(
      typeof context === 'string' && START_UP_CONTEXTS.has(context) ? 'debug' : 'info',
      message,
      params,
    );
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]) {
    if (!this.pino.isLevelEnabled(level)) return;
    // Nest's Logger appends its context (the class name) as the last parameter.
    const rest = [...params];
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? rest.pop() : undefined;
    const text = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (message instanceof Error) {
      this.pino[level]({ context, err: message }, text ?? message.message);
    } else if (message !== null && typeof message === 'object') {
      // logger.warn({ err }, 'what failed'): fields first, then the message.
      this.pino[level]({ context, ...message }, text);
    } else if (level === 'error' && text) {
      this.pino.error({ context, stack: text }, String(message)); // error(message, stack)
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}
