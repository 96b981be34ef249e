import type { INestApplication } from '@nestjs/common';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';
import type { AppConfig } from '../../config/config.js';

/**
 * What the web app needs, and nothing more: its own scripts, styles and connections (GraphQL,
 * socket.io, the exports), images from itself or `data:` (the icon); no plugin, no other
 * origin, never in a frame. React sets `style` props through the CSSOM, which CSP does not
 * govern, so no inline style is allowed either.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
  },
} as const;

// HSTS tells a browser to use HTTPS for a year: said only on a request that came over TLS
// (directly, or through a proxy trusted by PLENARY_TRUST_PROXY that says so in X-Forwarded-Proto).
const hsts = strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });

/**
 * The HTTP policies of every response: which client address to believe (Express's `trust
 * proxy`), and helmet's security headers — the CSP above, `X-Frame-Options: DENY`, `nosniff`,
 * `Referrer-Policy: no-referrer`, HSTS over TLS only, no `X-Powered-By`.
 */
export function applyHttpPolicies(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.set('trust proxy', config.trustProxy);
  express.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: false,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.secure ? hsts(req, res, next) : next(),
  );
}
