#!/usr/bin/env node
// Recomputes the hash chain of an accord exported as JSON, offline, trusting nothing but the file.
// Usage: npm run verify -- <export.json>      exit 0 when the chain holds, 1 when it is broken.
import { readFileSync } from 'node:fs';
import { ChainVerifier } from '../libs/ledger/dist/index.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run verify -- <export.json>\n');
  process.exit(2);
}

let record;
try {
  record = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  process.stdout.write(`broken: cannot read ${file} as JSON (${error.message})\n`);
  process.exit(1);
}
const events = Array.isArray(record?.events) ? record.events : null;
if (!events) {
  process.stdout.write('broken: the file has no "events" array (is it an exportAccord JSON?)\n');
  process.exit(1);
}
const head = record.hashChain?.head;
const verifier = new ChainVerifier({
  accordId: record.accord?.id,
  expectedHead:
    head && Number.isInteger(head.seq) && typeof head.hash === 'string' ? head : undefined,
});
verifier.pushAll(events);
const result = verifier.result();
if (result.ok) {
  process.stdout.write(`ok ${result.checked} events, head ${result.headHash}\n`);
  process.exit(0);
}
const why = verifier.firstBreak()?.reason ?? 'unknown';
process.stdout.write(
  `broken at seq ${result.firstBrokenSeq} (${why}); ${result.checked} events verified before it\n`,
);
process.exit(1);
