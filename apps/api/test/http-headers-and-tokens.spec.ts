import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Given, type TestUser } from './support/factories.js';
import { postGraphql } from './support/raw-http.js';
import { TestSocket } from './support/socket-client.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app.js';

const jwt = new JwtService({ secret: createSecretKey(Buffer.from(TEST_JWT_SECRET, 'utf8')) });

describe('HTTP security headers', () => {
  let api: TestApp;
  let behindProxy: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    behindProxy = await startTestApp({ PLENARY_TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await api.close();
    await behindProxy.close();
  });

  const get = (app: TestApp, path: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, { headers });

  it('sends a CSP fit for the web app, nosniff, no framing, no referrer, and no X-Powered-By', async () => {
    for (const headers of [
      (await get(api, '/')).headers,
      (await get(api, '/health')).headers,
      (await postGraphql(api, '{ me { id } }')).headers,
    ]) {
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp.split(';')).toEqual([
        "default-src 'self'",
        "base-uri 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "img-src 'self' data:",
        "manifest-src 'self'",
        "object-src 'none'",
        "script-src 'self'",
        "script-src-attr 'none'",
        "style-src 'self'",
      ]);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('asks for HTTPS only over TLS, as a proxy it trusts says', async () => {
    const overTls = { 'x-forwarded-proto': 'https' };
    expect(
      (await get(behindProxy, '/health', overTls)).headers.get('strict-transport-security'),
    ).toBe('max-age=31536000; includeSubDomains');
    expect((await get(behindProxy, '/health')).headers.get('strict-transport-security')).toBeNull();
    // Not behind a trusted proxy, anyone could say so: no HSTS on plain HTTP.
    expect(
      (await get(api, '/health', overTls)).headers.get('strict-transport-security'),
    ).toBeNull();
  });
});

describe('access tokens must expire', () => {
  let api: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    user = await new Given(api).user('Holder');
  });
  afterAll(() => api.close());

  // Signed with the deployment's secret: only the missing `exp` is wrong.
  const forever = () => jwt.sign({ sub: user.id, typ: 'access' }, { algorithm: 'HS256' });
  const expiring = () =>
    jwt.sign({ sub: user.id, typ: 'access' }, { algorithm: 'HS256', expiresIn: 600 });

  it('refuses a token without exp over HTTP', async () => {
    expect((await api.gql('{ me { id } }', {}, expiring())).data).toEqual({ me: { id: user.id } });
    const refused = await api.gql('{ me { id } }', {}, forever());
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    });
    expect(refused.data?.me ?? null).toBeNull();
  });

  it('refuses a token without exp on the socket handshake', async () => {
    (await TestSocket.connect(api.url, expiring())).close();
    const refusal = await TestSocket.connect(api.url, forever()).then(
      (socket) => {
        socket.close();
        return null;
      },
      (error: { data?: unknown }) => error.data,
    );
    expect(refusal).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
