import type { Request } from 'express';
import { isIPv6 } from 'node:net';

let warnedAboutProxy = false;

/**
 * The client's address as the limits count it: Express's `req.ip`, which believes
 * `X-Forwarded-For` only from the proxies named in PLENARY_TRUST_PROXY. An IPv6 client is
 * counted by its /64, the block one subscriber usually holds (he could otherwise change address
 * at every request).
 */
export function clientAddress(req: Request, warn?: (message: string) => void): string {
  if (!warnedAboutProxy && warn && req.headers['x-forwarded-for'] && !req.app.get('trust proxy')) {
    warnedAboutProxy = true;
    warn(
      'requests carry X-Forwarded-For but PLENARY_TRUST_PROXY is off: every client behind ' +
        'that proxy shares its address for the limits',
    );
  }
  return normalizeAddress(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return mapped;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [withoutZone = ''] = address.split('%');
  const [head, tail] = withoutZone.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map(
    (group) => group.toLowerCase().replace(/^0+(?=.)/, '') || '0',
  );
}
