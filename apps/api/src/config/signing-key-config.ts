import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type NodeEnv } from './config.js';

export interface SigningConfig {
  /** Signs the checkpoints of every accord's log (Ed25519). */
  signingKey: KeyObject;
  /** Public keys of earlier signing keys: still trusted for the checkpoints they signed. */
  retiredSigningKeys: KeyObject[];
  /** The head of each accord's log is signed at least every this many events. */
  checkpointEvery: number;
}

const KEY_FORMS = 'PKCS#8 PEM or its base64 DER (openssl genpkey -algorithm ed25519)';

/** A PEM (literal "\n" accepted, as env files often carry it) or base64 DER. */
function keyMaterial(raw: string): { key: string } | { key: Buffer; format: 'der' } {
  const text = raw.trim().replace(/\\n/g, '\n');
  if (text.includes('-----BEGIN')) return { key: text };
  return { key: Buffer.from(text, 'base64'), format: 'der' };
}

function parsePrivateKey(variable: string, raw: string): KeyObject {
  let key: KeyObject;
  try {
    const material = keyMaterial(raw);
    key = createPrivateKey('format' in material ? { ...material, type: 'pkcs8' } : material);
  } catch {
    throw new ConfigError(variable, `must be an Ed25519 private key, ${KEY_FORMS}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new ConfigError(
      variable,
      `must be an Ed25519 private key (got ${key.asymmetricKeyType ?? 'another kind'})`,
    );
  }
  return key;
}

function readSigningKey(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv, dataDir: string): KeyObject {
  const raw = env.PLENARY_SIGNING_KEY;
  if (raw !== undefined && raw.trim() !== '') return parsePrivateKey('PLENARY_SIGNING_KEY', raw);
  if (nodeEnv === 'production') {
    throw new ConfigError(
      'PLENARY_SIGNING_KEY',
      `is required when NODE_ENV=production (an Ed25519 private key, ${KEY_FORMS})`,
    );
  }
  // Development: generated once and kept beside the JWT secret, so checkpoints stay verifiable
  // across restarts.
  const file = join(dataDir, 'signing-key.pem');
  if (existsSync(file)) return parsePrivateKey(file, readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return privateKey;
}

/** PEM blocks, or base64 DER (SubjectPublicKeyInfo) separated by commas or spaces. */
function readRetiredKeys(env: NodeJS.ProcessEnv): KeyObject[] {
  const raw = env.PLENARY_RETIRED_SIGNING_KEYS?.trim().replace(/\\n/g, '\n');
  if (!raw) return [];
  const entries = raw.includes('-----BEGIN')
    ? (raw.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [])
    : raw.split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    let key: KeyObject;
    try {
      key = createPublicKey(
        entry.startsWith('-----BEGIN')
          ? entry
          : { key: Buffer.from(entry, 'base64'), format: 'der', type: 'spki' },
      );
    } catch {
      throw new ConfigError(
        'PLENARY_RETIRED_SIGNING_KEYS',
        'must list Ed25519 public keys, PEM or base64 DER, separated by commas',
      );
    }
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new ConfigError('PLENARY_RETIRED_SIGNING_KEYS', 'must list Ed25519 public keys');
    }
    return key;
  });
}

export function readSigningConfig(
  env: NodeJS.ProcessEnv,
  nodeEnv: NodeEnv,
  dataDir: string,
): SigningConfig {
  const everyRaw = env.PLENARY_CHECKPOINT_EVERY ?? '50';
  const every = Number(everyRaw);
  if (!/^\d+$/.test(everyRaw) || every < 1 || every > 100_000) {
    throw new ConfigError(
      'PLENARY_CHECKPOINT_EVERY',
      `must be an integer number of events from 1 to 100000 (got "${everyRaw}")`,
    );
  }
  return {
    signingKey: readSigningKey(env, nodeEnv, dataDir),
    retiredSigningKeys: readRetiredKeys(env),
    checkpointEvery: every,
  };
}
