import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PER_CALLER_FIELDS } from './cacheable-operation.js';
import { VIEWER_FIELDS } from './viewer-standing.js';

// The read cache shares an answer between everyone who may see the accord: that holds only
// while no field resolver reads who is asking. A field that must (a user's email) is declared
// in PER_CALLER_FIELDS, and an answer selecting it is never cached. A field computed from the
// caller's standing in the accord (viewerCanVote…) reads it through the viewer loaders, is
// declared in VIEWER_FIELDS, and an answer selecting it is shared by callers of one standing only.
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
  it('never read the caller (answers are shared by the read cache), viewer fields aside', () => {
    const offenders: string[] = [];
    const files = resolverFiles(SRC);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      // Each field resolver: from its decorator to the next decorated member.
      const chunks = readFileSync(file, 'utf8').split('@ResolveField').slice(1);
      for (const chunk of chunks) {
        const [body = ''] = chunk.split(/\n {2}@(?:Query|Mutation|ResolveField)\b/);
        const field = /\n\s+async (\w+)\(/.exec(body)?.[1] ?? '';
        if (PER_CALLER_FIELDS.has(field)) continue;
        if (VIEWER_FIELDS.has(field) && !/CurrentUser|\bctx\.user\b|\.req\.headers/.test(body))
          continue;
        if (/CurrentUser|\bctx\.user\b|\.req\.headers|viewerLoaders/.test(body)) {
          offenders.push(`${file.slice(SRC.length + 1)}: ${body.slice(0, 80).trim()}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('declare every viewer field, and read the caller in those through the viewer loaders only', () => {
    const declared: string[] = [];
    for (const file of resolverFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\n\s+async (viewer\w+)\(/g))
        declared.push(match[1]!);
    }
    expect(declared.sort()).toEqual([...VIEWER_FIELDS].sort());
  });
});
