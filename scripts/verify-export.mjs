#!/usr/bin/env node
// Checks an accord exported as JSON, offline, trusting nothing but the file (and the key you pin):
// recomputes the hash chain, checks every signed checkpoint, and where a ballot receipt stands.
//
// Usage: npm run verify -- <export.json> [--pin <fingerprint>]… [--receipt [<accordId>:]<seq>:<hash>]
//   --pin      trust only the signing key with this fingerprint (sha256 of the public key, as
//              the deployment publishes it; repeat for retired keys). Without it, the keys
//              written in the file are trusted, which proves nothing against a forged file.
//   --receipt  the receipt copied from the vote card: is that entry still in the log?
// Exit status: 0 when everything holds, 1 when something is broken, 2 for a usage error.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  ChainVerifier,
  describeBreak,
  describeReceipt,
  keyRing,
} from '../libs/ledger/dist/index.js';

const USAGE =
  'usage: npm run verify -- <export.json> [--pin <fingerprint>]… [--receipt [<accordId>:]<seq>:<hash>]\n';
const say = (line) => process.stdout.write(`${line}\n`);
const fail = (line) => {
  say(line);
  process.exit(1);
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { pin: { type: 'string', multiple: true }, receipt: { type: 'string' } },
  });
} catch (error) {
  process.stderr.write(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const pins = (args.values.pin ?? []).map((p) => p.trim().toLowerCase());
let receipt;
if (args.values.receipt !== undefined) {
  const parts = args.values.receipt.trim().split(':');
  const [accordId, seq, hash] = parts.length === 3 ? parts : [null, ...parts];
  if (parts.length < 2 || parts.length > 3 || !/^\d+$/.test(seq) || !/^[0-9a-f]{64}$/i.test(hash)) {
    process.stderr.write(`--receipt must be [<accordId>:]<seq>:<hash>\n${USAGE}`);
    process.exit(2);
  }
  receipt = { accordId, seq: Number(seq), hash: hash.toLowerCase() };
}

let record;
try {
  record = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`broken: cannot read ${file} as JSON (${error.message})`);
}
const events = Array.isArray(record?.events) ? record.events : null;
if (!events) fail('broken: the file has no "events" array (is it an exportAccord JSON?)');
if (receipt?.accordId && receipt.accordId !== record.accord?.id) {
  fail(
    `broken: the receipt is for accord ${receipt.accordId}; this export is of ${record.accord?.id}`,
  );
}

// Checkpoints (exports of format 2 on); the keys come from the file, narrowed to the pinned ones.
const section = record.checkpoints;
let checkpoints;
if (section) {
  const published = Array.isArray(section.keys) ? section.keys : [];
  const keys = keyRing(published.filter((k) => pins.length === 0 || pins.includes(k.fingerprint)));
  for (const pin of pins.filter((p) => !published.some((k) => k.fingerprint === p))) {
    say(`note: no key in the file has the pinned fingerprint ${pin}`);
  }
  checkpoints = {
    signed: Array.isArray(section.signed) ? section.signed : [],
    keys,
    every: Number.isSafeInteger(section.every) && section.every > 0 ? section.every : undefined,
    signedEventTypes: Array.isArray(section.signedEventTypes) ? section.signedEventTypes : [],
  };
} else if (pins.length > 0) {
  fail('broken: the file carries no signed checkpoints to check against the pinned key');
}

const head = record.hashChain?.head;
const verifier = new ChainVerifier({
  accordId: record.accord?.id,
  expectedHead:
    head && Number.isInteger(head.seq) && typeof head.hash === 'string' ? head : undefined,
  checkpoints,
  receipt: receipt && { seq: receipt.seq, hash: receipt.hash },
});
verifier.pushAll(events);
const result = verifier.result();
const broken = verifier.firstBreak();

if (result.ok) {
  say(`ok ${result.checked} events, head ${result.headHash}`);
} else {
  say(
    `broken at seq ${result.firstBrokenSeq} (${broken?.reason ?? 'unknown'}): ${broken ? describeBreak(broken) : ''}; ` +
      `${result.checked} events verified before it`,
  );
}
if (checkpoints) {
  const verified = verifier.verifiedCheckpoints();
  const latest = verified.at(-1);
  const key = latest && section.keys.find((k) => k.keyId === latest.keyId);
  say(
    latest
      ? `signed: ${verified.length} checkpoint(s) verified, the latest at event ${latest.seq}, ` +
          `key ${latest.keyId} (Ed25519, fingerprint ${key?.fingerprint ?? '?'})`
      : 'signed: no checkpoint verified',
  );
  if (pins.length === 0 && verified.length > 0) {
    say(
      'note: trusted the key(s) written in the file; pass --pin <fingerprint> to trust only the deployment key',
    );
  }
} else {
  say(
    'note: this export carries no signed checkpoints (format 1): only the hash chain was checked',
  );
}
let receiptHolds = true;
if (receipt) {
  const verdict = verifier.receiptVerdict();
  receiptHolds = verdict.inChain;
  say(`receipt: ${describeReceipt(receipt, verdict, result.ok)}`);
}
process.exit(result.ok && receiptHolds ? 0 : 1);
