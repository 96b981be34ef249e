import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Discussion } from './support/discussion.js';
import {
  expectData,
  expectError,
  Given,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { eventually, TestSocket } from './support/socket-client.js';
import {
  BACKGROUND_JOBS_ASLEEP,
  startTestApp,
  startTestAppOn,
  type TestApp,
} from './support/test-app.js';

const DESK = `{ desk { asOf
  organizations { id name role
    votesAwaitingUs { closesAt weVoted amendment { id accordId accordTitle kind article heading proposedBy } }
    closingSoon { closesAt weVoted amendment { id } }
    cosponsorInvitations { invitedBy amendment { id } }
    myAmendments { status changedAt amendment { id } } }
  invitations { id organizationName role invitedBy }
  replies { id author excerpt accordId amendmentId }
  mentions { id author excerpt } } }`;

interface DeskView {
  organizations: {
    id: string;
    votesAwaitingUs: { closesAt: string | null; weVoted: boolean; amendment: { id: string } }[];
    closingSoon: { weVoted: boolean; amendment: { id: string } }[];
    cosponsorInvitations: { invitedBy: string; amendment: { id: string } }[];
    myAmendments: { status: string; amendment: { id: string } }[];
  }[];
  invitations: { id: string; organizationName: string; role: string }[];
  replies: { id: string; author: string }[];
  mentions: { id: string; author: string }[];
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

describe('the desk: what needs the signed-in user now', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
    given = new Given(api);
  });
  afterAll(() => api?.close());

  const deskOf = async (user: TestUser): Promise<DeskView> =>
    expectData(await api.gql<{ desk: DeskView }>(DESK, {}, user.token)).desk;
  const ofOrganization = (desk: DeskView, party: TestParty) => {
    const organization = desk.organizations.find((o) => o.id === party.organizationId);
    if (!organization) throw new Error(`no section for ${party.name}`);
    return organization;
  };
  const ids = (items: { amendment: { id: string } }[]) => items.map((i) => i.amendment.id);

  async function givenNegotiation() {
    const setup = await given.accordWithParties({ parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 } });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const d = new Discussion(api, setup.accordId);
    const [author, second, third] = setup.parties;
    return { ...setup, n, d, author, second, third };
  }

  it('asks for a sign-in', async () => {
    expectError(await api.gql(DESK), 'UNAUTHENTICATED');
  });

  it('lists votes awaiting each party, those closing soon, and drops a vote once cast', async () => {
    const { n, author, second } = await givenNegotiation();
    const soon = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Soon.',
      position: 1,
    });
    const later = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Later.',
      position: 1,
    });
    await n.open(soon.id, inHours(3));
    await n.open(later.id, inHours(72));

    const before = ofOrganization(await deskOf(second.representative), second);
    expect(ids(before.votesAwaitingUs)).toEqual([soon.id, later.id]);
    expect(ids(before.closingSoon)).toEqual([soon.id]);

    await n.vote(second, soon.id, 'FOR');
    const after = ofOrganization(await deskOf(second.representative), second);
    expect(ids(after.votesAwaitingUs)).toEqual([later.id]);
    // Still closing soon, marked as voted (the ballot may still change).
    expect(after.closingSoon).toEqual([
      { closesAt: expect.any(String), weVoted: true, amendment: { id: soon.id } },
    ]);
  });

  it('shows co-sponsoring and membership invitations, and his amendments once decided', async () => {
    const { n, author, second, third } = await givenNegotiation();
    const amendment = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Shared.',
      position: 1,
    });
    expectData(
      await api.gql(
        `mutation($a: ID!, $o: ID!) { inviteCoSponsor(amendmentId: $a, organizationId: $o) { id } }`,
        { a: amendment.id, o: third.organizationId },
        author.representative.token,
      ),
    );
    const invitee = await given.user('Invitee');
    expectData(
      await api.gql(
        `mutation($o: ID!, $e: String!) { inviteMember(organizationId: $o, email: $e, role: MEMBER) { id } }`,
        { o: second.organizationId, e: invitee.email },
        second.representative.token,
      ),
    );

    const thirdDesk = ofOrganization(await deskOf(third.representative), third);
    expect(thirdDesk.cosponsorInvitations).toEqual([
      { invitedBy: author.representative.displayName, amendment: { id: amendment.id } },
    ]);
    const inviteeDesk = await deskOf(invitee);
    expect(inviteeDesk.organizations).toEqual([]);
    expect(inviteeDesk.invitations).toEqual([
      {
        id: expect.any(String),
        organizationName: second.name,
        role: 'MEMBER',
        invitedBy: second.representative.displayName,
      },
    ]);

    await n.open(amendment.id);
    await n.vote(author, amendment.id, 'FOR');
    await n.vote(second, amendment.id, 'FOR');
    await n.close(amendment.id);
    const mine = ofOrganization(await deskOf(author.representative), author);
    expect(mine.myAmendments).toEqual([
      { status: 'ADOPTED', changedAt: expect.any(String), amendment: { id: amendment.id } },
    ]);
    // Decided: no longer an invitation to answer.
    expect(ofOrganization(await deskOf(third.representative), third).cosponsorInvitations).toEqual(
      [],
    );
  });

  it('lists replies and mentions until he answers in the thread', async () => {
    const { n, d, author, second, third } = await givenNegotiation();
    const amendment = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Talk.',
      position: 1,
    });
    const me = author.representative;
    const mine = await d.post(me, { amendmentId: amendment.id, body: 'Please support this.' });
    const reply = await d.post(second.representative, {
      amendmentId: amendment.id,
      parentId: mine.id,
      body: 'Why?',
    });
    const mention = await d.post(third.representative, {
      amendmentId: amendment.id,
      body: `I would ask @${me.displayName} first.`,
    });
    // A name that only starts like his is not a mention of him.
    await d.post(third.representative, {
      amendmentId: amendment.id,
      body: `@${me.displayName}x is someone else.`,
    });

    const desk = await deskOf(me);
    expect(desk.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(desk.mentions.map((m) => m.id)).toEqual([mention.id]);
    expect(desk.mentions[0]?.author).toBe(third.representative.displayName);
    // Nobody else is told of them.
    const theirs = await deskOf(second.representative);
    expect([...theirs.replies, ...theirs.mentions]).toEqual([]);

    await d.post(me, { amendmentId: amendment.id, parentId: mine.id, body: 'Because it helps.' });
    await d.post(me, { amendmentId: amendment.id, parentId: mention.id, body: 'Here I am.' });
    const answered = await deskOf(me);
    expect(answered.replies).toEqual([]);
    expect(answered.mentions).toEqual([]);
  });

  it('shows nothing of an accord the user may not read', async () => {
    const { n, d, author } = await givenNegotiation();
    const amendment = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Hidden.',
      position: 1,
    });
    await n.open(amendment.id, inHours(2));
    const outsider = await given.user('Outsider');
    // Named in a comment of an accord he cannot read: still nothing.
    await d.post(author.representative, {
      amendmentId: amendment.id,
      body: `@${outsider.displayName} should see this.`,
    });
    const desk = await deskOf(outsider);
    expect(desk).toEqual({
      asOf: expect.any(String),
      organizations: [],
      invitations: [],
      replies: [],
      mentions: [],
    });
  });

  it('reads the same number of statements however many votes and comments there are', async () => {
    const pool = (api.app.get(DataSource).driver as unknown as { master: Pool }).master;
    const counting = async (user: TestUser) => {
      let statements = 0;
      const original = pool.query.bind(pool);
      pool.query = ((...args: Parameters<Pool['query']>) => {
        // The operation counts shared between instances in the background are not the desk's.
        const [query] = args;
        const text = typeof query === 'string' ? query : (query as { text: string }).text;
        if (!text.includes('rate_limit')) statements++;
        return original(...args);
      }) as Pool['query'];
      try {
        await deskOf(user);
      } finally {
        pool.query = original;
      }
      return statements;
    };
    const deskWith = async (votes: number) => {
      const { n, d, author, second } = await givenNegotiation();
      for (let i = 0; i < votes; i++) {
        const { id } = await n.propose(author, {
          kind: 'ADD_CLAUSE',
          force: 'BINDING',
          text: `T${i}.`,
          position: 1,
        });
        await n.open(id, inHours(1 + i));
        const comment = await d.post(second.representative, { amendmentId: id, body: 'Mine.' });
        await d.post(author.representative, {
          amendmentId: id,
          parentId: comment.id,
          body: `@${second.representative.displayName}, yes.`,
        });
        // A mention outside his thread: the mentions are confirmed too.
        await d.post(author.representative, {
          amendmentId: id,
          body: `Ask @${second.representative.displayName}.`,
        });
      }
      return second.representative;
    };
    const few = await counting(await deskWith(1));
    const many = await counting(await deskWith(4));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it("tells a participant's sockets that their desk changed, and not a user of another accord", async () => {
    const { n, author, second } = await givenNegotiation();
    const elsewhere = await givenNegotiation();
    const [watcher, stranger] = await Promise.all([
      TestSocket.connect(api.url, second.representative.token),
      TestSocket.connect(api.url, elsewhere.second.representative.token),
    ]);
    const received = { watcher: [] as unknown[], stranger: [] as unknown[] };
    watcher.socket.on('deskChanged', (change) => received.watcher.push(change));
    stranger.socket.on('deskChanged', (change) => received.stranger.push(change));
    try {
      const amendment = await n.propose(author, {
        kind: 'ADD_CLAUSE',
        force: 'BINDING',
        text: 'Live.',
        position: 1,
      });
      await n.open(amendment.id);
      await eventually(
        () => received.watcher,
        (changes) => changes.length > 0,
        'deskChanged on the participant socket',
      );
      expect(received.watcher[0]).toEqual({ accordId: n.accordId });
      // The stranger's accord moves too, so his socket did hear the log by now.
      await elsewhere.n.propose(elsewhere.author, {
        kind: 'ADD_CLAUSE',
        force: 'BINDING',
        text: 'Other.',
        position: 1,
      });
      const other = await elsewhere.n.propose(elsewhere.author, {
        kind: 'ADD_CLAUSE',
        force: 'BINDING',
        text: 'Other 2.',
        position: 1,
      });
      await elsewhere.n.open(other.id);
      await eventually(
        () => received.stranger,
        (changes) => changes.length > 0,
        'deskChanged for his own accord',
      );
      expect(
        received.stranger.every((c) => (c as { accordId: string }).accordId !== n.accordId),
      ).toBe(true);
    } finally {
      watcher.socket.close();
      stranger.socket.close();
    }
  });

  it('tells the holder of an address that an invitation to him came, and went', async () => {
    const { second } = await givenNegotiation();
    const invitee = await given.user('Invited live');
    const socket = await TestSocket.connect(api.url, invitee.token);
    const received: unknown[] = [];
    socket.socket.on('deskChanged', (change) => received.push(change));
    try {
      const invited = expectData(
        await api.gql<{ inviteMember: { id: string } }>(
          `mutation($o: ID!, $e: String!) { inviteMember(organizationId: $o, email: $e, role: MEMBER) { id } }`,
          { o: second.organizationId, e: invitee.email },
          second.representative.token,
        ),
      );
      await eventually(
        () => received,
        (r) => r.length === 1,
        'deskChanged on the invitation',
      );
      expect(received).toEqual([{ accordId: null }]);
      expectData(
        await api.gql(
          `mutation($i: ID!) { revokeInvitation(invitationId: $i) { status } }`,
          { i: invited.inviteMember.id },
          second.representative.token,
        ),
      );
      await eventually(
        () => received,
        (r) => r.length === 2,
        'deskChanged on the revocation',
      );
    } finally {
      socket.socket.close();
    }
  });

  it('tells the facilitator when he is mentioned, and a ballot only its own party', async () => {
    const { n, d, facilitator, author, second, third } = await givenNegotiation();
    const amendment = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Ask the chair.',
      position: 1,
    });
    await n.open(amendment.id);
    const [chair, bystander] = await Promise.all([
      TestSocket.connect(api.url, facilitator.token),
      TestSocket.connect(api.url, third.representative.token),
    ]);
    const received = { chair: [] as unknown[], bystander: [] as unknown[] };
    chair.socket.on('deskChanged', (change) => received.chair.push(change));
    bystander.socket.on('deskChanged', (change) => received.bystander.push(change));
    try {
      await n.vote(second, amendment.id, 'FOR');
      await d.post(second.representative, {
        amendmentId: amendment.id,
        body: `@${facilitator.displayName} could you say when it closes?`,
      });
      await eventually(
        () => received.chair,
        (changes) => changes.length > 0,
        "deskChanged on the facilitator's socket",
      );
      await bystander.settle(500);
      expect(received.bystander).toEqual([]);
    } finally {
      chair.socket.close();
      bystander.socket.close();
    }
  });

  it('reaches a socket once when two instances hear the same ballot', async () => {
    const { n, author, second } = await givenNegotiation();
    const amendment = await n.propose(author, {
      kind: 'ADD_CLAUSE',
      force: 'BINDING',
      text: 'Twice heard.',
      position: 1,
    });
    await n.open(amendment.id);
    const other = await startTestAppOn(api.databaseUrl);
    const socket = await TestSocket.connect(other.url, second.representative.token);
    const received: unknown[] = [];
    socket.socket.on('deskChanged', (change) => received.push(change));
    try {
      // His party's ballot, cast through the first instance: both hear it, only the second has
      // the socket.
      await n.vote(second, amendment.id, 'FOR');
      await eventually(
        () => received,
        (r) => r.length > 0,
        'deskChanged from the other instance',
      );
      await socket.settle(500);
      expect(received).toEqual([{ accordId: n.accordId }]);
    } finally {
      socket.socket.close();
      await other.close();
    }
  });
});
