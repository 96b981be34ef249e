import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

/** A public key as a deployment publishes it, so that anyone can check its checkpoints. */
export interface PublishedKey {
  /** Names the key in each checkpoint it signed: the first 16 hex digits of the fingerprint. */
  keyId: string;
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM. */
  publicKey: string;
  /** sha256 hex of the DER SubjectPublicKeyInfo: what a verifier pins. */
  fingerprint: string;
}

const KEY_ID_LENGTH = 16;

/** The published form of an Ed25519 key (private or public). @throws TypeError for another algorithm. */
export function publishKey(key: KeyObject): PublishedKey {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(
      `An Ed25519 key is expected (got ${publicKey.asymmetricKeyType ?? 'none'})`,
    );
  }
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const fingerprint = createHash('sha256').update(der).digest('hex');
  return {
    keyId: fingerprint.slice(0, KEY_ID_LENGTH),
    algorithm: 'Ed25519',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint,
  };
}

/**
 * The keys a verifier trusts, by key id. A published key whose id or fingerprint does not match
 * its key material is left out: a file cannot make one key pass for another.
 */
export function keyRing(keys: Iterable<PublishedKey>): Map<string, KeyObject> {
  const ring = new Map<string, KeyObject>();
  for (const published of keys) {
    let key: KeyObject;
    try {
      key = createPublicKey(published.publicKey);
    } catch {
      continue;
    }
    if (key.asymmetricKeyType !== 'ed25519') continue;
    const actual = publishKey(key);
    if (actual.keyId !== published.keyId || actual.fingerprint !== published.fingerprint) continue;
    ring.set(actual.keyId, key);
  }
  return ring;
}
