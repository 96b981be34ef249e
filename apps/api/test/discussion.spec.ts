import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Discussion, type CommentView } from './support/discussion.js';
import {
  expectData,
  expectError,
  Given,
  type PartyList,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { sqlDuring } from './support/statement-count.js';
import { BACKGROUND_JOBS_ASLEEP, startTestApp, type TestApp } from './support/test-app.js';

const CLAUSE_TEXT = 'States should not knowingly allow their territory to be used for ICT attacks.';
const AMENDMENT_TEXT =
  'States shall not knowingly allow their territory to be used for ICT attacks.';

const THREADS = `query($id: ID!) { amendment(id: $id) { commentCount comments {
  id body deleted parentId author { id } replies { id body deleted parentId replies { id body } } } } }`;

describe('comments and threads', () => {
  let api: TestApp;
  let given: Given;
  let accordId: string;
  let facilitator: TestUser;
  let parties: PartyList<{ GOVERNMENT: 2 }>;
  let observer: TestParty;
  let colleague: TestUser;
  let outsider: TestUser;
  let clauseId: string;
  let amendmentId: string;
  let talk: Discussion;

  const events = async (afterSeq: number) =>
    expectData(
      await api.gql(
        `query($a: ID!, $after: Int) { accordEvents(accordId: $a, afterSeq: $after, first: 1000) { seq type actorId payload } }`,
        { a: accordId, after: afterSeq },
        facilitator.token,
      ),
    ).accordEvents as {
      seq: number;
      type: string;
      actorId: string;
      payload: Record<string, unknown>;
    }[];
  const lastSeq = async () =>
    expectData(
      await api.gql(
        `query($a: ID!) { accord(id: $a) { lastSeq } }`,
        { a: accordId },
        facilitator.token,
      ),
    ).accord.lastSeq as number;

  beforeAll(async () => {
    // Asleep: the periodic jobs' statements would be counted with a comment's.
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
    given = new Given(api);
    const setup = await given.accordWithParties({ parties: { GOVERNMENT: 2 }, observers: 1 });
    ({ accordId, facilitator, parties } = setup);
    observer = setup.observers[0];
    colleague = await given.user('Colleague');
    await given.member(parties[0].representative, parties[0].organizationId, colleague, 'MEMBER');
    outsider = await given.user('Outsider');
    const n = new Negotiation(api, accordId, facilitator);
    await n.decide(
      parties[0],
      { kind: 'ADD_CLAUSE', heading: 'Due diligence', text: CLAUSE_TEXT, force: 'VOLUNTARY' },
      parties.map((p) => [p, 'FOR']),
    );
    clauseId = (await n.text()).clauses[0].id;
    amendmentId = (
      await n.propose(parties[1], {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: AMENDMENT_TEXT,
      })
    ).id;
    talk = new Discussion(api, accordId);
  });
  afterAll(() => api.close());

  it('lets members of party and observer organizations, and the facilitator, comment', async () => {
    for (const author of [
      parties[0].representative,
      colleague,
      observer.representative,
      facilitator,
    ]) {
      const comment = await talk.post(author, {
        amendmentId,
        body: `${author.displayName} agrees.`,
      });
      expect(comment).toMatchObject({
        accordId,
        amendmentId,
        clauseId: null,
        clauseVersion: null,
        parentId: null,
        body: `${author.displayName} agrees.`,
        deleted: false,
        editedAt: null,
        author: { id: author.id, displayName: author.displayName },
      });
    }
  });

  it('refuses anyone outside the accord as if it did not exist', async () => {
    expectError(await talk.postRaw(outsider, { amendmentId }), 'NOT_FOUND');
    const own = await given.accord(outsider);
    expectError(await new Discussion(api, own).postRaw(outsider, { amendmentId }), 'NOT_FOUND');
  });

  it('comments on a clause version, with a quoted range of its text', async () => {
    const quoted = CLAUSE_TEXT.indexOf('knowingly');
    const comment = await talk.post(parties[1].representative, {
      clauseId,
      body: '"Knowingly" sets the bar too high.',
      quoteStart: quoted,
      quoteEnd: quoted + 'knowingly'.length,
    });
    expect(comment).toMatchObject({
      clauseId,
      clauseVersion: 1,
      amendmentId: null,
      quoteStart: quoted,
      quoteEnd: quoted + 9,
    });
    const onVersion = await talk.post(parties[1].representative, {
      clauseId,
      clauseVersion: 1,
      body: 'On v1.',
    });
    expect(onVersion.clauseVersion).toBe(1);
    expectError(
      await talk.postRaw(parties[1].representative, { clauseId, clauseVersion: 7 }),
      'NOT_FOUND',
    );
    const clause = expectData(
      await api.gql(
        `query($id: ID!) { clause(id: $id) { commentCount comments(version: 1) { id quoteStart quoteEnd } } }`,
        { id: clauseId },
        observer.representative.token,
      ),
    ).clause;
    expect(clause.commentCount).toBe(2);
    expect(clause.comments.map((c: { id: string }) => c.id)).toEqual([comment.id, onVersion.id]);
    // A field's arguments are validated like a mutation's (class-validator on the args class).
    expectError(
      await api.gql(
        `query($id: ID!) { clause(id: $id) { comments(version: 0) { id } } }`,
        { id: clauseId },
        observer.representative.token,
      ),
      'BAD_USER_INPUT',
    );
  });

  it('refuses a quoted range outside the commented text, or only one end of it', async () => {
    const by = parties[0].representative;
    const length = AMENDMENT_TEXT.length;
    for (const range of [
      { quoteStart: 0, quoteEnd: length + 1 },
      { quoteStart: 5, quoteEnd: 5 },
      { quoteStart: 9, quoteEnd: 3 },
      { quoteStart: -1, quoteEnd: 3 },
      { quoteStart: 2 },
      { quoteEnd: 2 },
    ]) {
      expectError(await talk.postRaw(by, { amendmentId, ...range }), 'BAD_USER_INPUT');
    }
    const whole = await talk.post(by, { amendmentId, quoteStart: 0, quoteEnd: length });
    expect([whole.quoteStart, whole.quoteEnd]).toEqual([0, length]);
    // The clause's text is shorter than the amendment's: its own length bounds the range.
    expectError(
      await talk.postRaw(by, { clauseId, quoteStart: 0, quoteEnd: CLAUSE_TEXT.length + 1 }),
      'BAD_USER_INPUT',
    );
  });

  it('needs exactly one target, of this accord', async () => {
    const by = parties[0].representative;
    expectError(await talk.postRaw(by, {}), 'BAD_USER_INPUT');
    expectError(await talk.postRaw(by, { amendmentId, clauseId }), 'BAD_USER_INPUT');
    expectError(await talk.postRaw(by, { amendmentId, clauseVersion: 1 }), 'BAD_USER_INPUT');
    expectError(await talk.postRaw(by, { amendmentId: 'not-an-id' }), 'NOT_FOUND');
    // A target of another accord is not found in this one.
    const other = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const foreign = await new Negotiation(api, other.accordId, other.facilitator).propose(
      other.parties[0],
      {
        kind: 'ADD_CLAUSE',
        text: 'Elsewhere.',
        force: 'VOLUNTARY',
      },
    );
    await given.member(
      other.parties[0].representative,
      other.parties[0].organizationId,
      by,
      'MEMBER',
    );
    expectError(await talk.postRaw(by, { amendmentId: foreign.id }), 'NOT_FOUND');
  });

  it('keeps bodies as plain text within 1 to 10000 characters', async () => {
    const by = parties[0].representative;
    for (const body of ['', '   \n ', 'x'.repeat(10_001), 'nul \u0000 byte']) {
      expectError(await talk.postRaw(by, { amendmentId, body }), 'BAD_USER_INPUT');
    }
    expect((await talk.post(by, { amendmentId, body: 'x'.repeat(10_000) })).body).toHaveLength(
      10_000,
    );
    const html = '<script>alert(1)</script> **bold** <img src=x onerror=alert(2)>';
    expect((await talk.post(by, { amendmentId, body: html })).body).toBe(html);
  });

  it('forms threads; replies stay on the same target and in the same accord', async () => {
    const root = await talk.post(parties[0].representative, { amendmentId, body: 'Why "shall"?' });
    const reply = await talk.post(parties[1].representative, {
      amendmentId,
      parentId: root.id,
      body: 'Because.',
    });
    const nested = await talk.post(observer.representative, {
      amendmentId,
      parentId: reply.id,
      body: 'Agreed.',
    });
    expect(reply.parentId).toBe(root.id);
    expectError(
      await talk.postRaw(parties[0].representative, { clauseId, parentId: root.id }),
      'BAD_USER_INPUT',
    );
    expectError(
      await talk.postRaw(parties[0].representative, {
        amendmentId,
        parentId: '00000000-0000-4000-8000-000000000000',
      }),
      'NOT_FOUND',
    );
    // A reply on a clause inherits the version of the comment it answers.
    const onClause = await talk.post(parties[0].representative, {
      clauseId,
      body: 'On the clause.',
    });
    const clauseReply = await talk.post(parties[1].representative, {
      clauseId,
      parentId: onClause.id,
      body: 'Yes.',
    });
    expect(clauseReply.clauseVersion).toBe(onClause.clauseVersion);

    const { amendment } = expectData(
      await api.gql(THREADS, { id: amendmentId }, observer.representative.token),
    );
    const thread = amendment.comments.find((c: CommentView) => c.id === root.id);
    expect(thread.replies).toEqual([
      {
        id: reply.id,
        body: 'Because.',
        deleted: false,
        parentId: root.id,
        replies: [{ id: nested.id, body: 'Agreed.' }],
      },
    ]);
    expect(amendment.comments.every((c: CommentView) => c.parentId === null)).toBe(true);
  });

  it('lets only the author edit, keeping every earlier text', async () => {
    const author = parties[0].representative;
    const comment = await talk.post(author, { amendmentId, body: 'First thought.' });
    for (const other of [colleague, parties[1].representative, facilitator]) {
      expectError(await talk.editRaw(other, comment.id, 'Not mine to change.'), 'FORBIDDEN');
    }
    expectError(await talk.editRaw(outsider, comment.id, 'Hidden.'), 'NOT_FOUND');
    expectError(await talk.editRaw(author, comment.id, ''), 'BAD_USER_INPUT');
    const edited = await talk.edit(author, comment.id, 'Second thought.');
    expect(edited).toMatchObject({ id: comment.id, body: 'Second thought.', deleted: false });
    expect(edited.editedAt).not.toBeNull();
    await talk.edit(author, comment.id, 'Third thought.');
    const revisions = await api.app
      .get(DataSource)
      .query(
        `SELECT revision, body FROM comment_revision WHERE comment_id = $1 ORDER BY revision`,
        [comment.id],
      );
    expect(revisions).toEqual([
      { revision: 1, body: 'First thought.' },
      { revision: 2, body: 'Second thought.' },
      { revision: 3, body: 'Third thought.' },
    ]);
  });

  it('lets the author or the facilitator delete; the thread and the history stay', async () => {
    const root = await talk.post(parties[1].representative, {
      amendmentId,
      body: 'To be withdrawn.',
    });
    const reply = await talk.post(parties[0].representative, {
      amendmentId,
      parentId: root.id,
      body: 'A reply that stays.',
    });
    expectError(await talk.deleteRaw(parties[0].representative, root.id), 'FORBIDDEN');
    expectError(await talk.deleteRaw(observer.representative, root.id), 'FORBIDDEN');
    expectError(await talk.deleteRaw(outsider, root.id), 'NOT_FOUND');

    const deleted = await talk.delete(facilitator, root.id);
    expect(deleted).toMatchObject({
      id: root.id,
      body: '',
      deleted: true,
      author: { id: parties[1].representative.id },
    });
    expectError(await talk.editRaw(parties[1].representative, root.id, 'Back again.'), 'CONFLICT');
    expectError(await talk.deleteRaw(parties[1].representative, root.id), 'CONFLICT');
    const own = await talk.delete(parties[0].representative, reply.id);
    expect(own.deleted).toBe(true);

    const { amendment } = expectData(
      await api.gql(THREADS, { id: amendmentId }, parties[0].representative.token),
    );
    const thread = amendment.comments.find((c: CommentView) => c.id === root.id);
    expect(thread).toMatchObject({
      body: '',
      deleted: true,
      replies: [{ id: reply.id, body: '', deleted: true }],
    });
    const stored = await api.app
      .get(DataSource)
      .query(`SELECT body FROM comment_revision WHERE comment_id = $1`, [root.id]);
    expect(stored).toEqual([{ body: 'To be withdrawn.' }]);
  });

  it('logs comment.posted, comment.edited and comment.deleted with the change', async () => {
    const before = await lastSeq();
    const author = observer.representative;
    const comment = await talk.post(author, {
      amendmentId,
      body: 'On the record.',
      quoteStart: 0,
      quoteEnd: 6,
    });
    await talk.edit(author, comment.id, 'On the record, amended.');
    await talk.delete(author, comment.id);
    expect(await events(before)).toEqual([
      {
        seq: before + 1,
        type: 'comment.posted',
        actorId: author.id,
        payload: {
          commentId: comment.id,
          amendmentId,
          clauseId: null,
          clauseVersion: null,
          parentId: null,
          authorId: author.id,
          body: 'On the record.',
          quoteStart: 0,
          quoteEnd: 6,
        },
      },
      {
        seq: before + 2,
        type: 'comment.edited',
        actorId: author.id,
        payload: { commentId: comment.id, body: 'On the record, amended.', revision: 2 },
      },
      {
        seq: before + 3,
        type: 'comment.deleted',
        actorId: author.id,
        payload: { commentId: comment.id, byFacilitator: false },
      },
    ]);
  });

  it('posts a comment in three statements under the lock; an edit writes text, revision and event in one', async () => {
    // Every round trip under the lock is on the way from the click to every reader's screen.
    const author = observer.representative;
    const underLock = (sql: string[]) => {
      const start = sql.indexOf('START TRANSACTION');
      return sql.slice(start + 1, sql.indexOf('COMMIT', start)).map((s) => s.trim().slice(0, 40));
    };
    let posted: CommentView | undefined;
    const posting = await sqlDuring(api, async () => {
      posted = await talk.post(author, { clauseId, clauseVersion: 1, body: 'See the text.' });
    });
    expect(underLock(posting)).toEqual([
      expect.stringMatching(/^SELECT id, last_seq/), // the accord, locked, and whether it is visible
      expect.stringMatching(/^SELECT coalesce/), // the clause and the quoted version
      expect.stringMatching(/^WITH w0 AS \(INSERT INTO comment /), // comment, revision, event
    ]);
    const editing = await sqlDuring(api, () => talk.edit(author, posted!.id, 'See article 1.'));
    expect(underLock(editing)).toEqual([
      expect.stringMatching(/^SELECT id, last_seq/),
      expect.stringMatching(/^SELECT/), // the comment
      expect.stringMatching(/^SELECT/), // whether the caller may see its accord, and as whom
      expect.stringMatching(/^WITH gone AS \(DELETE FROM cross_ref/), // the text's references
      expect.stringMatching(/^SELECT id, number FROM clause/), // "article 1" is one
      expect.stringMatching(/^INSERT INTO cross_reference/),
      expect.stringMatching(/^WITH w0 AS \(UPDATE comment /), // text, revision, event
    ]);
    const [revisions] = await api.app
      .get(DataSource)
      .query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM comment_revision WHERE comment_id = $1`,
        [posted!.id],
      );
    expect(revisions).toEqual({ n: 2 });
  });

  it('appends one event per comment, without gaps, when many comment at once', async () => {
    const before = await lastSeq();
    const authors = [
      ...parties.map((p) => p.representative),
      observer.representative,
      colleague,
      facilitator,
    ];
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        talk.postRaw(elementAt(authors, i % authors.length), { amendmentId, body: `Voice ${i}` }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const logged = await events(before);
    expect(logged.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => before + 1 + i));
    expect(new Set(logged.map((e) => e.payload.commentId)).size).toBe(30);
  });

  it('reads a comment count with the log position it includes, while comments are posted', async () => {
    const n = new Negotiation(api, accordId, facilitator);
    const target = (
      await n.propose(parties[0], {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: `${CLAUSE_TEXT} Counted.`,
      })
    ).id;
    const readCount = async () =>
      expectData(
        await api.gql(
          `query($id: ID!) { amendment(id: $id) { commentCount commentCountSeq } }`,
          { id: target },
          facilitator.token,
        ),
      ).amendment as { commentCount: number; commentCountSeq: number };
    const posting = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        talk.post(elementAt(parties, i % 2).representative, { amendmentId: target, body: `${i}` }),
      ),
    );
    const reads: { commentCount: number; commentCountSeq: number }[] = [];
    for (let i = 0; i < 20; i++) reads.push(await readCount());
    await posting;
    reads.push(await readCount());
    // A live page adds the comment events after commentCountSeq: so the count must hold exactly
    // those up to it, never one more (counted twice) or one fewer (never counted).
    const postedOn = (await events(0)).filter(
      (e) => e.type === 'comment.posted' && e.payload.amendmentId === target,
    );
    for (const read of reads) {
      expect(read.commentCount).toBe(postedOn.filter((e) => e.seq <= read.commentCountSeq).length);
    }
    expect(reads.at(-1)?.commentCount).toBe(20);
  });
});
