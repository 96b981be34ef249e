import { describe, expect, it } from '@jest/globals';
import { snippetParts, START_MARK as S, STOP_MARK as E } from './snippet.js';

describe('snippetParts', () => {
  it('splits a headline into plain and highlighted parts', () => {
    expect(snippetParts(`States ${S}shall${E} not allow ${S}attacks${E}.`)).toEqual([
      { text: 'States ', highlighted: false },
      { text: 'shall', highlighted: true },
      { text: ' not allow ', highlighted: false },
      { text: 'attacks', highlighted: true },
      { text: '.', highlighted: false },
    ]);
  });

  it('joins adjacent highlighted words of a phrase', () => {
    expect(snippetParts(`${S}due${E}${S}diligence${E}`)).toEqual([
      { text: 'duediligence', highlighted: true },
    ]);
  });

  it('keeps markup as text and drops a mark left open', () => {
    expect(snippetParts(`<script>x</script> ${S}open`)).toEqual([
      { text: '<script>x</script> open', highlighted: false },
    ]);
  });

  it('gives nothing for an empty headline', () => {
    expect(snippetParts('')).toEqual([]);
  });
});
