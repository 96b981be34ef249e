// Shared by scenarios 3 and 4: an accord whose discussion 1,000 sockets follow, comments posted
// by GraphQL, and the time from the mutation's start to the last socket's delivery.
import { randomUUID } from 'node:crypto';
import { clauseText } from './fixtures.mjs';
import { gql } from './http.mjs';
import { percentile, summarize } from './stats.mjs';

export const POST_COMMENT = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;

/** Key of an event in the swarm: the body of a posted comment. */
export const commentKey = (event) =>
  event?.type === 'comment.posted' ? (event.payload?.body ?? null) : null;

/**
 * An accord with one clause and `users` delegates who may follow it (members of its party
 * organizations); sockets use their tokens round-robin.
 */
export async function discussedAccord(f, users, title) {
  const facilitator = await f.user('Facilitator');
  const accordId = await f.accord(facilitator, { kind: 'SIMPLE_MAJORITY' }, title);
  const parties = await f.parties(facilitator, accordId, 2, { prefix: title });
  await f.adopt(facilitator, parties[0], parties, accordId, {
    kind: 'ADD_CLAUSE',
    heading: 'Responsible disclosure',
    text: clauseText(11),
    force: 'VOLUNTARY',
  });
  const [clause] = await f.clauses(accordId, facilitator.token);
  const followers = [];
  for (let i = 0; i < users; i++) {
    const user = await f.user(`Follower ${i + 1}`);
    const party = parties[i % parties.length];
    await f.member(party.representative, party.organizationId, user);
    followers.push(user);
  }
  return {
    accordId,
    clauseId: clause.id,
    author: parties[0].representative,
    tokens: followers.map((u) => u.token),
  };
}

/** One comment by GraphQL: ms from the mutation's start to the last socket's delivery. */
export async function timeComment(apiUrl, accord, swarm) {
  const body = `bench ${randomUUID()}`;
  const t0 = performance.now();
  const delivered = swarm.expect(body);
  await gql(
    apiUrl,
    POST_COMMENT,
    { input: { accordId: accord.accordId, clauseId: accord.clauseId, body } },
    accord.author.token,
  );
  return (await delivered) - t0;
}

/** The same event, emitted by the bare server to its room: ms from the POST's start to the last delivery. */
export async function timeBareEmit(bareUrl, template, swarm) {
  const body = `bench ${randomUUID()}`;
  const event = { ...template, seq: template.seq + 1, payload: { ...template.payload, body } };
  const t0 = performance.now();
  const delivered = swarm.expect(body);
  const response = await fetch(`${bareUrl}/emit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ room: 'bench', event }),
  });
  await response.text();
  return (await delivered) - t0;
}

/** A real comment.posted event of the API, as a template for the bare server. */
export async function sampleEvent(apiUrl, accord, swarm) {
  let sample = null;
  const body = `bench sample ${randomUUID()}`;
  const socket = swarm.sockets[0];
  const grab = (event) => {
    if (commentKey(event) === body) sample = event;
  };
  socket.on('event', grab);
  const delivered = swarm.expect(body);
  await gql(
    apiUrl,
    POST_COMMENT,
    { input: { accordId: accord.accordId, clauseId: accord.clauseId, body } },
    accord.author.token,
  );
  await delivered;
  socket.off('event', grab);
  return sample;
}

/**
 * Rounds of `perRound` messages, the two sides alternating message by message; per round the
 * p50 and p99 of each side, then medians over rounds.
 */
export async function fanoutRounds(ctx, { perRound, figure, baseline }) {
  // Warm-up: a few of each, not counted.
  for (let i = 0; i < 3; i++) {
    await figure();
    await baseline();
  }
  const perRoundStats = { figure: { p50: [], p99: [] }, baseline: { p50: [], p99: [] } };
  const all = { figure: [], baseline: [] };
  for (let r = 0; r < ctx.profile.rounds; r++) {
    const samples = { figure: [], baseline: [] };
    for (let i = 0; i < perRound; i++) {
      samples.figure.push(await figure());
      await new Promise((resolve) => setTimeout(resolve, 20));
      samples.baseline.push(await baseline());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const side of ['figure', 'baseline']) {
      perRoundStats[side].p50.push(percentile(samples[side], 50));
      perRoundStats[side].p99.push(percentile(samples[side], 99));
      all[side].push(...samples[side]);
    }
  }
  return {
    p50: {
      figure: summarize(perRoundStats.figure.p50),
      baseline: summarize(perRoundStats.baseline.p50),
    },
    p99: {
      figure: summarize(perRoundStats.figure.p99),
      baseline: summarize(perRoundStats.baseline.p99),
    },
    overall: {
      figure: {
        samples: all.figure.length,
        p50: percentile(all.figure, 50),
        p99: percentile(all.figure, 99),
        max: Math.max(...all.figure),
      },
      baseline: {
        samples: all.baseline.length,
        p50: percentile(all.baseline, 50),
        p99: percentile(all.baseline, 99),
        max: Math.max(...all.baseline),
      },
    },
  };
}
