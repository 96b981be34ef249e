import { describe, expect, it, jest } from '@jest/globals';
import { migrateCommand } from './migrate-command.js';

// The success path runs in test/production-image.spec.ts (the image's `main.js migrate` on an
// empty database); here, the refusals that stop it before it connects.
describe('main.js migrate', () => {
  const stderr = () => jest.spyOn(process.stderr, 'write').mockImplementation(() => true);

  it('needs a database URL, from DATABASE_URL or DATABASE_URL_FILE', async () => {
    const written = stderr();
    await expect(migrateCommand({ LOG_LEVEL: 'silent' })).resolves.toBe(78);
    expect(String(written.mock.calls[0]?.[0])).toContain('DATABASE_URL is required');
    written.mockRestore();
  });

  it('refuses a URL that is not PostgreSQL, and a secret file that cannot be read', async () => {
    const written = stderr();
    await expect(
      migrateCommand({ LOG_LEVEL: 'silent', DATABASE_URL: 'mysql://db/plenary' }),
    ).resolves.toBe(78);
    await expect(
      migrateCommand({ LOG_LEVEL: 'silent', DATABASE_URL_FILE: '/nonexistent/database-url' }),
    ).resolves.toBe(78);
    const messages = written.mock.calls.map((call) => String(call[0]));
    expect(messages[0]).toContain('DATABASE_URL must start with postgres://');
    expect(messages[1]).toContain('DATABASE_URL_FILE names a file that cannot be read');
    written.mockRestore();
  });
});
