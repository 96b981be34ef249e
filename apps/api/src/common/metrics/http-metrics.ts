import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics.js';

/** The route label: a few fixed names, never the path itself (ids would make a series each). */
export function routeOf(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/socket.io/')) return 'socket.io';
  if (path.startsWith('/health')) return 'health';
  if (path === '/metrics') return 'metrics';
  if (/^\/accords\/[^/]+\/export\./.test(path)) return 'export';
  if (path.startsWith('/assets/') || path === '/' || !path.includes('.')) return 'web';
  return 'other';
}

/** Counts and times every HTTP request when its answer is finished (or the client left). */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    // Read now: a router mounted on a path rewrites req.url while it runs.
    const route = routeOf(req.path);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observeHttp(req.method, route, res.statusCode, seconds);
    });
    next();
  };
}
