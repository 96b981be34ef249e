import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The read cache shares an answer between everyone who may see the accord: that holds only
// while no field resolver reads who is asking. A field that must would make answers per user.
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? resolverFiles(join(dir, entry.name))
      : entry.name.endsWith('.resolver.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('field resolvers', () => {
  it('never read the caller (answers are shared by the read cache)', () => {
    const offenders: string[] = [];
    const files = resolverFiles(SRC);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      // Each field resolver: from its decorator to the next decorated member.
      const chunks = readFileSync(file, 'utf8').split('@ResolveField').slice(1);
      for (const chunk of chunks) {
        const body = chunk.split(/\n {2}@(?:Query|Mutation|ResolveField)\b/)[0];
        if (/CurrentUser|\bctx\.user\b|\.req\.headers/.test(body)) {
          offenders.push(`${file.slice(SRC.length + 1)}: ${body.slice(0, 80).trim()}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
