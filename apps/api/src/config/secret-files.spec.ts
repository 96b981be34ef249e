import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config.js';
import { withSecretFiles } from './secret-files.js';

const secretFile = (content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'plenary-secret-')), 'secret');
  writeFileSync(file, content);
  return file;
};

describe('secrets from files (<NAME>_FILE)', () => {
  it('reads the file into the setting, without its final line break', () => {
    const env = withSecretFiles({ JWT_SECRET_FILE: secretFile('s3cret-from-a-file\n') });
    expect(env.JWT_SECRET).toBe('s3cret-from-a-file');
  });

  it('keeps a multi-line PEM whole', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n';
    expect(withSecretFiles({ PLENARY_SIGNING_KEY_FILE: secretFile(pem) }).PLENARY_SIGNING_KEY).toBe(
      pem.trimEnd(),
    );
  });

  it('refuses both the setting and its file, and a file it cannot read', () => {
    expect(() => withSecretFiles({ JWT_SECRET: 'x', JWT_SECRET_FILE: secretFile('y') })).toThrow(
      /JWT_SECRET_FILE and JWT_SECRET are both set/,
    );
    expect(() => withSecretFiles({ DATABASE_URL_FILE: '/nonexistent/secret' })).toThrow(
      ConfigError,
    );
  });
});
