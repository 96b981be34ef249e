import { generateKeyPairSync, type KeyObject } from 'node:crypto';

import { describe, expect, it } from '@jest/globals';

import type { ChainedEvent } from './chain-event.js';
import { ChainVerifier, type CheckpointOptions } from './chain-verifier.js';
import {
  canonicalCheckpointJson,
  checkpointSignatureValid,
  signCheckpoint,
  type SignedCheckpoint,
} from './checkpoint.js';
import { chainNext } from './hash-chain.js';
import { keyRing, publishKey } from './signing-key.js';
import { describeBreak, describeReceipt } from './verdict-words.js';

const deployment = generateKeyPairSync('ed25519').privateKey;
const forger = generateKeyPairSync('ed25519').privateKey;
const published = publishKey(deployment);
const trusted = keyRing([published]);

/** `list[index]`; throws when the fixture is shorter (a mistake in the test, not a verdict). */
function elementAt<T>(list: readonly T[], index: number): T {
  if (index < 0 || index >= list.length)
    throw new Error(`the fixture has no element at index ${index} (it has ${list.length})`);
  return list[index] as T;
}

/** `types[i]` is the type of event i + 1; hashes are real. */
function buildChain(types: string[], accordId = 'a1'): ChainedEvent[] {
  const chain: ChainedEvent[] = [];
  for (const [i, type] of types.entries()) {
    chain.push(
      chainNext(chain.at(-1) ?? null, {
        accordId,
        type,
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        actorId: 'u1',
        payload: { n: i + 1 },
      }),
    );
  }
  return chain;
}

/** Checkpoints at these seqs, linked, as the deployment signs them. */
function sign(chain: ChainedEvent[], seqs: number[], key: KeyObject = deployment) {
  const keyId = publishKey(key).keyId;
  return seqs.map((seq, i) =>
    signCheckpoint(
      {
        accordId: elementAt(chain, seq - 1).accordId,
        seq,
        hash: elementAt(chain, seq - 1).hash,
        previousSeq: seqs[i - 1] ?? null,
        every: 4,
        at: '2026-01-02T00:00:00.000Z',
        keyId,
      },
      key,
    ),
  );
}

/** A rewrite of the whole log: one payload changed, every hash after it recomputed. */
function rewrite(chain: ChainedEvent[], at: number): ChainedEvent[] {
  const out: ChainedEvent[] = [];
  for (const event of chain) {
    const payload = event.seq === at ? { n: event.seq, forged: true } : event.payload;
    out.push(chainNext(out.at(-1) ?? null, { ...event, payload }));
  }
  return out;
}

const TYPES = [
  'accord.created',
  'ballot.cast',
  'ballot.cast',
  'voting.closed', // 4
  'clause.versioned',
  'ballot.cast',
  'ballot.cast',
  'ballot.cast', // 8
  'comment.posted',
  'comment.posted',
];
const chain = buildChain(TYPES);
const signed = sign(chain, [4, 8]);
const policy = (checkpoints: SignedCheckpoint[] = signed): CheckpointOptions => ({
  signed: checkpoints,
  keys: trusted,
  every: 4,
  signedEventTypes: ['voting.closed'],
});

function verify(events: ChainedEvent[], checkpoints?: SignedCheckpoint[]) {
  const verifier = new ChainVerifier({ accordId: 'a1', checkpoints: policy(checkpoints) });
  verifier.pushAll(events);
  return {
    ...verifier.result(),
    brk: verifier.firstBreak(),
    verified: verifier.verifiedCheckpoints().map((c) => c.seq),
  };
}

describe('a signed checkpoint', () => {
  it('signs the canonical statement, named, with `at` normalised', () => {
    const checkpoint = elementAt(signed, 0);
    expect(canonicalCheckpointJson(checkpoint)).toBe(
      `{"accordId":"a1","at":"2026-01-02T00:00:00.000Z","every":4,"hash":"${elementAt(chain, 3).hash}",` +
        `"keyId":"${published.keyId}","previousSeq":null,"seq":4,"statement":"plenary.checkpoint/1"}`,
    );
    expect(Buffer.from(checkpoint.signature, 'base64')).toHaveLength(64);
    const key = trusted.get(published.keyId)!;
    expect(checkpointSignatureValid(checkpoint, key)).toBe(true);
    expect(checkpointSignatureValid({ ...checkpoint, hash: elementAt(chain, 4).hash }, key)).toBe(
      false,
    );
    expect(checkpointSignatureValid({ ...checkpoint, previousSeq: 1 }, key)).toBe(false);
    expect(checkpointSignatureValid({ ...checkpoint, every: 400 }, key)).toBe(false);
    expect(checkpointSignatureValid({ ...checkpoint, signature: 'not base64!' }, key)).toBe(false);
    expect(checkpointSignatureValid({ ...checkpoint, at: 'yesterday' }, key)).toBe(false);
  });

  it('names its key by the fingerprint of the public key, and a ring refuses a mislabelled key', () => {
    expect(published.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(published.keyId).toBe(published.fingerprint.slice(0, 16));
    expect(published.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const impostor = { ...publishKey(forger), keyId: published.keyId };
    expect(keyRing([impostor]).size).toBe(0);
    expect(keyRing([{ ...published, publicKey: 'garbage' }]).size).toBe(0);
    expect(() => publishKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)).toThrow(
      TypeError,
    );
  });
});

describe('ChainVerifier with checkpoints', () => {
  it('passes an untouched log through every checkpoint', () => {
    expect(verify(chain)).toMatchObject({ ok: true, checked: 10, brk: null, verified: [4, 8] });
  });

  it('finds a rewrite with recomputed hashes at the first checkpoint it changes', () => {
    const rewritten = rewrite(chain, 2);
    // Without checkpoints a thorough rewrite passes: the chain holds together.
    expect(new ChainVerifier({ accordId: 'a1' }).pushAll(rewritten)).toBe(true);
    const result = verify(rewritten);
    expect(result).toMatchObject({ ok: false, checked: 3, firstBrokenSeq: 4, verified: [] });
    expect(result.brk).toEqual({
      seq: 4,
      reason: 'checkpointHash',
      checkpoint: elementAt(signed, 0),
    });
    expect(describeBreak(result.brk!)).toContain(
      'the log does not match the checkpoint at event 4, signed by key',
    );
    // A rewrite after the last checkpoint is within the unsigned tail: not detectable.
    expect(verify(rewrite(chain, 9)).ok).toBe(true);
  });

  it('refuses checkpoints re-signed without the deployment key', () => {
    const rewritten = rewrite(chain, 2);
    const resigned = sign(rewritten, [4, 8], forger);
    expect(verify(rewritten, resigned).brk).toMatchObject({ seq: 4, reason: 'checkpointKey' });
    // Claiming the deployment's key id does not help: the signature does not verify.
    const relabelled = sign(rewritten, [4, 8], forger).map((c) => ({
      ...c,
      keyId: published.keyId,
    }));
    expect(verify(rewritten, relabelled).brk).toMatchObject({
      seq: 4,
      reason: 'checkpointSignature',
    });
  });

  it('finds a removed checkpoint: at a vote close, where the interval ran out, or by its link', () => {
    // The one at 4 removed: the vote closed at 4 has none.
    expect(verify(chain, [elementAt(signed, 1)]).brk).toEqual({
      seq: 4,
      reason: 'checkpointMissing',
    });
    const noClose = buildChain(TYPES.map((t) => (t === 'voting.closed' ? 'comment.posted' : t)));
    const extra = sign(noClose, [3, 4, 8]);
    expect(verify(noClose, extra)).toMatchObject({ ok: true, verified: [3, 4, 8] });
    // The last removed: 4 events after the one at 4 is more than it promised.
    expect(verify(chain, [elementAt(signed, 0)]).brk).toEqual({
      seq: 8,
      reason: 'checkpointMissing',
    });
    expect(verify(noClose, extra.slice(0, 2)).brk).toEqual({ seq: 8, reason: 'checkpointMissing' });
    // One removed within its interval: the next names it as its predecessor.
    const result = verify(noClose, extra.slice(1));
    expect(result.brk).toEqual({ seq: 4, reason: 'checkpointLink', checkpoint: extra[1] });
    expect(describeBreak(result.brk!)).toContain('(the one at event 3 is missing)');
    // All removed: the vote's close has none, and the first interval ran out.
    expect(verify(chain, []).brk).toEqual({ seq: 4, reason: 'checkpointMissing' });
    expect(verify(noClose, []).brk).toEqual({ seq: 4, reason: 'checkpointMissing' });
  });

  it('refuses a log that starts signing late, as when the signer is fed a stripped log', () => {
    // All checkpoints removed, then the deployment signs the rewritten head as a "first" one.
    const rewritten = rewrite(chain, 2);
    const late = sign(rewritten, [8]);
    expect(verify(rewritten, late).brk).toEqual({ seq: 4, reason: 'checkpointMissing' });
  });

  it('finds a log cut back before a signed checkpoint', () => {
    const result = verify(chain.slice(0, 6));
    expect(result.brk).toEqual({ seq: 7, reason: 'missingTail', checkpoint: elementAt(signed, 1) });
    expect(describeBreak(result.brk!)).toMatch(/^the log ends before event 8, which a checkpoint/);
  });

  it("refuses another accord's checkpoint", () => {
    const other = buildChain(TYPES, 'a2');
    const foreign = sign(other, [4, 8]);
    expect(verify(chain, foreign).brk).toMatchObject({ seq: 4, reason: 'accordId' });
  });
});

describe('a receipt', () => {
  const check = (events: ChainedEvent[], receipt: { seq: number; hash: string }) => {
    const verifier = new ChainVerifier({ accordId: 'a1', checkpoints: policy(), receipt });
    verifier.pushAll(events);
    const verdict = verifier.receiptVerdict();
    return { ...verdict, words: describeReceipt(receipt, verdict, verifier.result().ok) };
  };

  it('is in the chain, under the first checkpoint at or after it', () => {
    const verdict = check(chain, { seq: 2, hash: elementAt(chain, 1).hash });
    expect(verdict).toMatchObject({ inChain: true, coveredBy: elementAt(signed, 0) });
    expect(verdict.words).toMatch(
      /^Entry 2 \(.{12}…\) is in the log, under the checkpoint at event 4/,
    );
    expect(check(chain, { seq: 6, hash: elementAt(chain, 5).hash }).coveredBy).toEqual(
      elementAt(signed, 1),
    );
    expect(check(chain, { seq: 10, hash: elementAt(chain, 9).hash })).toMatchObject({
      inChain: true,
      coveredBy: null,
    });
  });

  it('is not in the chain once its entry changed, or when it was never there', () => {
    expect(check(rewrite(chain, 2), { seq: 2, hash: elementAt(chain, 1).hash }).inChain).toBe(
      false,
    );
    expect(check(chain, { seq: 2, hash: elementAt(chain, 2).hash }).inChain).toBe(false);
    expect(check(chain, { seq: 11, hash: elementAt(chain, 2).hash }).inChain).toBe(false);
    expect(check(chain.slice(0, 1), { seq: 2, hash: elementAt(chain, 1).hash }).words).toContain(
      'is not in the verified log',
    );
  });
});
