import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import {
  advanceAttribution,
  attribute,
  sameVersion,
  startAttribution,
  type AttributedSpan,
} from './attribution.js';
import { clauseHistory } from './clause-text.arbitrary.js';

interface Credit {
  version: number;
  delegate: string;
}

const v1: Credit = { version: 1, delegate: 'Drafting committee' };
const v2: Credit = { version: 2, delegate: 'Kenya' };
const v3: Credit = { version: 3, delegate: 'Norway' };

/** Each span as "text@version", easy to read in a failing test. */
const blame = (spans: AttributedSpan<Credit>[]): string[] =>
  spans.map((span) => `${span.text}@${span.meta.version}`);

const joined = <M>(spans: readonly AttributedSpan<M>[]): string =>
  spans.map((s) => s.text).join('');

describe('attribution', () => {
  const history = [
    { text: 'The parties shall cooperate.', meta: v1 },
    // v2 inserts a word.
    { text: 'The parties shall actively cooperate.', meta: v2 },
    // v3 changes two words, deletes "The" and adds a word at the end.
    { text: 'All parties must actively cooperate today.', meta: v3 },
  ] as const;

  it('credits the whole first version to its author', () => {
    expect(startAttribution('The parties shall cooperate.', v1)).toEqual([
      { text: 'The parties shall cooperate.', meta: v1 },
    ]);
    expect(startAttribution('', v1)).toEqual([]);
  });

  it('credits an inserted word to the version that inserted it', () => {
    const spans = advanceAttribution(startAttribution(history[0].text, v1), history[1].text, v2);
    expect(blame(spans)).toEqual(['The parties shall @1', 'actively @2', 'cooperate.@1']);
  });

  it('follows a three-version history where words are inserted, changed and deleted', () => {
    const spans = attribute(history);
    expect(blame(spans)).toEqual([
      'All@3',
      ' parties @1',
      'must@3',
      ' @1',
      'actively @2',
      'cooperate@1',
      ' today@3',
      '.@1',
    ]);
    expect(joined(spans)).toBe(history[2].text);
  });

  it('gives the same spans whether folded over the history or advanced version by version', () => {
    const stepByStep = history
      .slice(1)
      .reduce(
        (spans, version) => advanceAttribution(spans, version.text, version.meta),
        startAttribution(history[0].text, history[0].meta),
      );
    expect(stepByStep).toEqual(attribute(history));
  });

  it('keeps each credit of a word whose spans were split', () => {
    // Spans as an import from another system might give them, cutting through "cooperate".
    const imported: AttributedSpan<Credit>[] = [
      { text: 'The parties shall coop', meta: v1 },
      { text: 'erate.', meta: v2 },
    ];
    expect(blame(advanceAttribution(imported, 'The parties must cooperate.', v3))).toEqual([
      'The parties @1',
      'must@3',
      ' coop@1',
      'erate.@2',
    ]);
  });

  it('joins neighbouring spans by `sameMeta`, e.g. credits read back from storage', () => {
    const stored: AttributedSpan<Credit>[] = JSON.parse(
      JSON.stringify([
        { text: 'The parties ', meta: v1 },
        { text: 'shall', meta: v1 },
        { text: ' cooperate.', meta: v1 },
      ]),
    ) as AttributedSpan<Credit>[];
    const next = 'The parties shall cooperate fully.';
    // Rebuilt metas are never the same object, so by default spans stay apart.
    expect(advanceAttribution(stored, next, v2)).toHaveLength(5);
    expect(blame(advanceAttribution(stored, next, v2, { sameMeta: sameVersion }))).toEqual([
      'The parties shall cooperate@1',
      ' fully@2',
      '.@1',
    ]);
  });

  it('handles a clause emptied and written again', () => {
    expect(
      blame(
        attribute([
          { text: 'Text.', meta: v1 },
          { text: '', meta: v2 },
          { text: 'New text.', meta: v3 },
        ]),
      ),
    ).toEqual(['New text.@3']);
    expect(attribute([])).toEqual([]);
  });

  it('keeps Unicode text whole in the spans', () => {
    const spans = attribute([
      { text: 'le cafe\u0301 👩🏽‍⚖️ 我喜欢猫', meta: v1 },
      { text: 'le cafe\u0301 👩🏽‍⚖️🇫🇷 我喜欢狗', meta: v2 },
    ]);
    expect(blame(spans)).toEqual(['le cafe\u0301 👩🏽‍⚖️@1', '🇫🇷@2', ' 我喜欢@1', '狗@2']);
  });

  describe('for any history of amendments', () => {
    const versionsOf = (texts: string[]): { text: string; meta: Credit }[] =>
      texts.map((text, i) => ({ text, meta: { version: i + 1, delegate: `d${i % 3}` } }));

    it('gives spans that join to exactly the last text', () => {
      fc.assert(
        fc.property(clauseHistory(1), (texts) => {
          expect(joined(attribute(versionsOf(texts)))).toBe(texts.at(-1));
        }),
      );
    });

    it('gives no empty span and never two neighbouring spans with the same credit', () => {
      fc.assert(
        fc.property(clauseHistory(2), (texts) => {
          const spans = attribute(versionsOf(texts), { sameMeta: sameVersion });
          expect(spans.every((span) => span.text.length > 0)).toBe(true);
          expect(
            spans.every((span, i) => {
              const before = spans[i - 1];
              return before === undefined || !sameVersion(before.meta, span.meta);
            }),
          ).toBe(true);
          expect(spans.every((span) => span.meta.version <= texts.length)).toBe(true);
        }),
      );
    });

    it('keeps every credit when a version does not change the text', () => {
      fc.assert(
        fc.property(clauseHistory(2), (texts) => {
          const spans = attribute(versionsOf(texts));
          const unchanged: Credit = { version: texts.length + 1, delegate: 'nobody' };
          const last = texts.at(-1);
          if (last === undefined) throw new Error('clauseHistory(2) gives at least two versions');
          expect(advanceAttribution(spans, last, unchanged)).toEqual(spans);
        }),
      );
    });
  });
});
