import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ParticipantRole } from '@plenary/contracts';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { DeleteCommentUseCase } from './delete-comment.usecase.js';
import { DiscussionModule } from './discussion.module.js';
import type { PostCommentInput } from './dto/comment.args.js';
import { EditCommentUseCase } from './edit-comment.usecase.js';
import { PostCommentUseCase } from './post-comment.usecase.js';

describe('discussion use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([DiscussionModule]);
  });
  afterAll(() => h.close());

  const TEXT = 'States shall cooperate.';

  /** An accord with one clause, a party and an observer. */
  async function givenThread() {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const observer = await h.user('observer');
    const observing = await h.organization(observer, { verified: false });
    await h.participant(facilitator, accordId, observing, ParticipantRole.OBSERVER);
    const clause = await h.clause(accordId, TEXT);
    const on = (input: Partial<PostCommentInput>): PostCommentInput => ({
      accordId,
      clauseId: clause.id,
      body: 'A remark',
      ...input,
    });
    return { facilitator, accordId, party, observer, clause, on };
  }

  it('postComment: whoever sees the accord, observers too; the quote must be in the text', async () => {
    const { facilitator, observer, on } = await givenThread();
    const post = h.get(PostCommentUseCase);
    const quoted = await post.execute({
      callerId: observer.id,
      input: on({ quoteStart: 0, quoteEnd: 6 }),
    });
    expect(quoted).toMatchObject({ authorId: observer.id, clauseVersion: 1, revision: 1 });
    const reply = await post.execute({
      callerId: facilitator.id,
      input: on({ parentId: quoted.id, body: 'Noted' }),
    });
    expect(reply.parentId).toBe(quoted.id);
    await expectRefusal(
      post.execute({ callerId: observer.id, input: on({ quoteStart: 0, quoteEnd: 500 }) }),
      'BAD_USER_INPUT',
      Code.INVALID_QUOTE_RANGE,
    );
    const stranger = await h.user('stranger');
    await expectRefusal(
      post.execute({ callerId: stranger.id, input: on({}) }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
  });

  it('editComment and deleteComment: the author edits; the author or the facilitator deletes', async () => {
    const { facilitator, party, observer, on } = await givenThread();
    const comment = await h
      .get(PostCommentUseCase)
      .execute({ callerId: observer.id, input: on({ body: 'First thoughts' }) });
    const edit = h.get(EditCommentUseCase);
    const remove = h.get(DeleteCommentUseCase);
    const stranger = await h.user('stranger');
    await expectRefusal(
      edit.execute({ callerId: stranger.id, commentId: comment.id, body: 'Mine' }),
      'NOT_FOUND',
      Code.COMMENT_NOT_FOUND,
    );
    await expectRefusal(
      edit.execute({ callerId: facilitator.id, commentId: comment.id, body: 'Mine' }),
      'FORBIDDEN',
      Code.NOT_THE_AUTHOR,
    );
    const edited = await edit.execute({
      callerId: observer.id,
      commentId: comment.id,
      body: 'Second thoughts',
    });
    expect(edited).toMatchObject({ body: 'Second thoughts', revision: 2 });
    await expectRefusal(
      remove.execute({ callerId: party.representative.id, commentId: comment.id }),
      'FORBIDDEN',
      Code.NOT_THE_AUTHOR,
    );
    const deleted = await remove.execute({ callerId: facilitator.id, commentId: comment.id });
    expect(deleted.deletedBy).toBe(facilitator.id);
    await expectRefusal(
      edit.execute({ callerId: observer.id, commentId: comment.id, body: 'Again' }),
      'CONFLICT',
      Code.COMMENT_DELETED,
    );
  });
});
