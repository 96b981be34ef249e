import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import { firstOf } from '../../test/lists';
import { CommentThread } from '../discussion/CommentThread';
import { sourceOffset } from '../discussion/useQuoteSelection';
import { type ClauseReference, ReferencedText } from './ArticleReference';

const reference = (over: Partial<ClauseReference>): ClauseReference => ({
  __typename: 'ClauseReference',
  field: 'TEXT',
  start: 0,
  end: 1,
  written: '6',
  clauseId: 'c6',
  number: '7',
  removed: false,
  ...over,
});

const inAccord = (children: ReactNode) =>
  render(
    <MemoryRouter initialEntries={['/accords/a1/amendments/x']}>
      <Routes>
        <Route path="/accords/:accordId/amendments/:amendmentId" element={children} />
      </Routes>
    </MemoryRouter>,
  );

describe('cited articles', () => {
  const text = 'Subject to article 6 and article 4 bis.';
  const references = [
    reference({ start: 19, end: 20 }),
    reference({ start: 33, end: 38, written: '4 bis', number: '5', clauseId: 'c4bis' }),
  ];

  it('show the number now, link to the article and keep the words written', () => {
    inAccord(
      <p data-testid="text">
        <ReferencedText text={text} references={references} />
      </p>,
    );
    const links = screen.getAllByTestId('article-reference');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/accords/a1#clause-c6',
      '/accords/a1#clause-c4bis',
    ]);
    expect(links[0]?.getAttribute('title')).toBe(
      'Written as article 6; that article is now numbered 7',
    );
    expect(links[0]?.getAttribute('data-written')).toBe('6');
    expect(screen.getByTestId('text').textContent).toBe(
      'Subject to article 7 (written as 6) and article 5 (written as 4 bis).',
    );
  });

  it('count quotes in the text as stored, taking a reference whole', () => {
    inAccord(
      <p data-testid="text">
        <ReferencedText text={text} references={references} />
      </p>,
    );
    const root = screen.getByTestId('text');
    const [before, link, between] = firstOf([...root.childNodes], 3);
    // "and" after the first reference: offset 21 in the stored text.
    expect(sourceOffset(root, between, 1, 'start')).toBe(text.indexOf('and'));
    expect(sourceOffset(root, before, 11, 'start')).toBe(text.indexOf('article'));
    // A point inside the reference moves to its edges.
    const inside = link.firstChild!;
    expect(sourceOffset(root, inside, 1, 'start')).toBe(19);
    expect(sourceOffset(root, inside, 1, 'end')).toBe(20);
    expect(sourceOffset(root, root, root.childNodes.length, 'end')).toBe(text.length);
  });

  it('show in a comment body, but not inside a link the delegate wrote', () => {
    const body = '**Note** article 6, and [article 6](https://example.org).';
    inAccord(
      <CommentThread
        comments={[
          {
            id: 'c',
            body,
            parentId: null,
            quoteStart: null,
            quoteEnd: null,
            createdAt: '2026-11-26T10:00:00.000Z',
            editedAt: null,
            deleted: false,
            author: { id: 'u', displayName: 'Alice' },
            references: [
              reference({ field: 'BODY', start: 17, end: 18 }),
              reference({ field: 'BODY', start: 33, end: 34 }),
            ],
          },
        ]}
        sourceText=""
        currentUserId="u"
        pendingQuote={null}
        onClearQuote={() => undefined}
        onPost={() => Promise.resolve(true)}
        onEdit={() => Promise.resolve(true)}
        onDelete={() => Promise.resolve(true)}
      />,
    );
    const links = screen.getAllByTestId('article-reference');
    expect(links).toHaveLength(1);
    expect(links[0]?.textContent).toBe('7 (written as 6)');
    expect(screen.getByTestId('comment-body').textContent).toBe(
      'Note article 7 (written as 6), and article 6.',
    );
  });
});
