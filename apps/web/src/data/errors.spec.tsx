import { describe, expect, it } from '@jest/globals';
import { friendlyError, RequestRefused } from './errors';

describe('refusals in our words', () => {
  it('words every domain reason, the ones added since the list was first written included', () => {
    expect(friendlyError(new RequestRefused('CONFLICT', 'COMMENT_DELETED', 'gone'))).toBe(
      'That comment has been deleted.',
    );
    expect(friendlyError(new RequestRefused('CONFLICT', 'AMENDMENT_IN_CONFLICT', 'x'))).toMatch(
      /must rebase it/,
    );
  });

  it("quotes the server's plain sentence for invalid input, and falls back on the code", () => {
    expect(
      friendlyError(new RequestRefused('BAD_USER_INPUT', 'INVALID_INPUT', 'Give a title')),
    ).toBe('Please check what you entered: give a title');
    expect(friendlyError(new RequestRefused('NOT_FOUND', 'SOMETHING_NEW', 'x'))).toBe(
      'This could not be found, or you do not have access to it.',
    );
  });
});
