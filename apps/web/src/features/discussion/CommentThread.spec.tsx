import { describe, expect, it, jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { elementAt, firstOf } from '../../test/lists';
import { type CommentDraft, CommentThread, type CommentView } from './CommentThread';

const text = 'States shall not conduct ICT activity that damages critical infrastructure.';

function comment(overrides: Partial<CommentView>): CommentView {
  return {
    id: 'c1',
    body: 'A comment',
    parentId: null,
    quoteStart: null,
    quoteEnd: null,
    createdAt: '2026-11-26T10:00:00.000Z',
    editedAt: null,
    deleted: false,
    author: { id: 'u-alice', displayName: 'Alice Martin' },
    replies: [],
    ...overrides,
  };
}

function renderThread(
  comments: CommentView[],
  overrides: Partial<Parameters<typeof CommentThread>[0]> = {},
) {
  const onPost = jest.fn<(draft: CommentDraft) => Promise<boolean>>().mockResolvedValue(true);
  const onEdit = jest.fn<(id: string, body: string) => Promise<boolean>>().mockResolvedValue(true);
  const onDelete = jest.fn<(id: string) => Promise<boolean>>().mockResolvedValue(true);
  const onClearQuote = jest.fn();
  render(
    <CommentThread
      comments={comments}
      sourceText={text}
      currentUserId="u-alice"
      pendingQuote={null}
      onClearQuote={onClearQuote}
      onPost={onPost}
      onEdit={onEdit}
      onDelete={onDelete}
      {...overrides}
    />,
  );
  return { onPost, onEdit, onDelete, onClearQuote };
}

describe('CommentThread', () => {
  it('renders markdown, but raw HTML and javascript: links stay inert', () => {
    renderThread([
      comment({ id: 'a', body: '**Agreed** <img src=x onerror=alert(1)>' }),
      comment({ id: 'b', body: '[click me](javascript:alert(1)) and [GGE](https://un.org/gge)' }),
    ]);
    const [first, second] = firstOf(screen.getAllByTestId('comment-body'), 2);
    expect(first.querySelector('strong')?.textContent).toBe('Agreed');
    expect(first.querySelector('img')).toBeNull();
    expect(first.querySelector('[onerror]')).toBeNull();

    expect(within(second).queryByRole('link', { name: 'click me' })).toBeNull();
    expect(within(second).getByText('click me')).toBeTruthy();
    const safe = within(second).getByRole('link', { name: 'GGE' });
    expect(safe.getAttribute('href')).toBe('https://un.org/gge');
    expect(safe.getAttribute('rel')).toContain('noopener');
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('shows the quoted passage of the text, replies nested under their comment', () => {
    renderThread([
      comment({
        id: 'a',
        body: 'Too broad',
        quoteStart: 44,
        quoteEnd: 75,
        replies: [
          comment({
            id: 'b',
            parentId: 'a',
            body: 'I disagree',
            author: { id: 'u-bob', displayName: 'Bob Okafor' },
          }),
        ],
      }),
    ]);
    expect(
      screen.getByText('critical infrastructure', { exact: false, selector: 'blockquote' })
        .textContent,
    ).toContain(text.slice(44, 75));
    const outer = elementAt(screen.getAllByTestId('comment'), 0);
    expect(within(outer).getByText('I disagree')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Discussion (2)' })).toBeTruthy();
  });

  it('posts a comment with the pending quote, and a reply with its parent', async () => {
    const user = userEvent.setup();
    const { onPost, onClearQuote } = renderThread([comment({ id: 'a' })], {
      pendingQuote: { start: 0, end: 6 },
    });
    await user.type(screen.getByLabelText('Add a comment'), 'Why "States" only?');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(onPost).toHaveBeenCalledWith({
      body: 'Why "States" only?',
      quote: { start: 0, end: 6 },
    });
    expect(onClearQuote).toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reply' }));
    await user.type(screen.getByLabelText('Reply to Alice Martin'), 'Good point');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(onPost).toHaveBeenLastCalledWith({ body: 'Good point', parentId: 'a' });
  });

  it('lets the author edit and delete his comment, not others', async () => {
    const user = userEvent.setup();
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    const { onEdit, onDelete } = renderThread([
      comment({ id: 'mine', body: 'First draft' }),
      comment({ id: 'theirs', author: { id: 'u-bob', displayName: 'Bob Okafor' } }),
    ]);
    const [mine, theirs] = firstOf(screen.getAllByTestId('comment'), 2);
    expect(within(theirs).queryByRole('button', { name: 'Edit' })).toBeNull();

    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    const box = within(mine).getByLabelText('Edit your comment');
    await user.clear(box);
    await user.type(box, 'Second draft');
    await user.click(within(mine).getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith('mine', 'Second draft');

    await user.click(within(mine).getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith('mine');
    confirm.mockRestore();
  });

  it('shows a deleted comment as such, keeping its replies', () => {
    renderThread([
      comment({
        id: 'a',
        deleted: true,
        body: '',
        replies: [comment({ id: 'b', parentId: 'a', body: 'Still here' })],
      }),
    ]);
    expect(screen.getByText('This comment was deleted.')).toBeTruthy();
    expect(screen.getByText('Still here')).toBeTruthy();
  });

  it('read only (an older version): no form, no reply, edit or delete', () => {
    renderThread([comment({ id: 'mine' })], {
      readOnly: true,
      title: 'Discussion of version 1',
      headingLevel: 3,
    });
    expect(
      screen.getByRole('heading', { level: 3, name: 'Discussion of version 1 (1)' }),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Add a comment')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
