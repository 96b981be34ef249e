import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';

/** Paths that belong to the API, never to the web app. */
const API_PREFIXES = ['/graphql', '/health', '/socket.io', '/metrics', '/unsubscribe'];

/** An accord's export files (history/export/export.controller.ts). */
const EXPORT_FILE = /^\/accords\/[^/]+\/export\.(md|json|akn\.xml)$/;
/** A norm framework's export files (frameworks/framework-export.controller.ts). */
const FRAMEWORK_EXPORT_FILE = /^\/frameworks\/[^/]+\/export\.(json|csv)$/;

/** A public page's JSON (public-page/public-page.controller.ts); its HTML is the web app's. */
const PUBLIC_PAGE_FILE = /^\/public\/accords\/[^/]+\.json$/;

export const isApiPath = (path: string): boolean =>
  API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ||
  EXPORT_FILE.test(path) ||
  FRAMEWORK_EXPORT_FILE.test(path) ||
  PUBLIC_PAGE_FILE.test(path);

/**
 * Serves the built web app (apps/web/dist): its files, and index.html for any other GET that a
 * browser navigates to (/accords/…), so client-side routes survive a reload.
 */
export function serveWebApp(distDir: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // originalUrl: how Nest mounts a middleware may make req.path relative to its route.
    const path = new URL(req.originalUrl, 'http://localhost').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(path)) return next();
    if (!existsSync(distDir)) return next();
    const hashedAsset = path.startsWith('/assets/');
    res.sendFile(
      path === '/' ? 'index.html' : path,
      {
        root: distDir,
        dotfiles: 'deny',
        // Vite puts a content hash in asset names: they never change. index.html always may.
        maxAge: hashedAsset ? '365d' : 0,
        immutable: hashedAsset,
      },
      (error?: Error) => {
        if (!error) return;
        if (res.headersSent) return next(error);
        // A missing file with an extension is a real 404; a route is the app's to answer.
        if (extname(path) !== '' || !req.accepts('html')) return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile('index.html', { root: distDir }, (fallbackError?: Error) => {
          if (fallbackError && !res.headersSent) next();
        });
      },
    );
  };
}
