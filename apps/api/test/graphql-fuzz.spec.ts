import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Discussion } from './support/discussion.js';
import { expectData, Given, type TestUser } from './support/factories.js';
import {
  Dice,
  type KnownIds,
  mulberry32,
  NASTY_STRINGS,
  Operations,
  Values,
} from './support/fuzz.js';
import {
  ACCEPTS,
  deeplyNested,
  directiveTricks,
  type FuzzRequest,
  fragmentTricks,
  httpShapes,
  introspection,
  manyAliases,
  manyTokens,
  mutated,
  postJson,
  problemsOf,
  truncated,
  UNACCEPTABLE,
  withExtraBraces,
} from './support/fuzz-requests.js';
import { Negotiation } from './support/negotiation.js';
import { TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { elementAt } from './support/lists.js';

/**
 * The Hardening contract (issue 12): nothing a user can send gets a 5xx, a stack trace or an
 * INTERNAL_SERVER_ERROR. Thousands of random, broken and abusive requests from a fixed seed, so a
 * failure comes back on every run; each failure is printed with the request that caused it.
 * FUZZ_SEED=n runs another seed, to explore; inputs found that way join the corpus below.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 12);
const CONCURRENCY = 8;
/** How many requests of each kind (about 3,000 in all). */
const COUNTS = {
  'valid:literals': 900,
  'valid:variables': 900,
  'broken:truncated': 150,
  'broken:braces': 100,
  'broken:mutated': 300,
  'abuse:nesting': 40,
  'abuse:aliases': 30,
  'abuse:tokens': 20,
  'abuse:fragments': 50,
  'abuse:directives': 60,
  'abuse:introspection': 20,
  http: 400,
};

const SCHEMA = buildSchema(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.gql'), 'utf8'),
);

const clip = (text: string, n: number) =>
  text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text;

/** The error codes of an answer, and DATA when it carries data (to see how deep requests went). */
function codesOf(answer: string): string[] {
  try {
    const body = JSON.parse(answer) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'none');
    return body.data ? [...codes, 'DATA'] : codes;
  } catch {
    return ['not JSON'];
  }
}

const printable = (body: FuzzRequest['body']) =>
  body === undefined
    ? ''
    : typeof body === 'string'
      ? body
      : `hex ${Buffer.from(body).toString('hex')}`;

interface Offence {
  request: FuzzRequest;
  status: number;
  answer: string;
  problems: string[];
}

function report(offences: Offence[]): string {
  return offences
    .slice(0, 5)
    .map(
      ({ request, status, answer, problems }) =>
        `[${request.category}] ${problems.join(', ')}\n  ${request.method} ${clip(request.path, 300)} ` +
        `${JSON.stringify(request.headers)}\n  body: ${clip(printable(request.body), 500)}\n` +
        `  answer ${status}: ${clip(answer, 800)}`,
    )
    .join('\n\n');
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(elementAt(items, next++));
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

describe('fuzzing the API: random, broken and abusive requests (fixed seed)', () => {
  let api: TestApp;
  let facilitator: TestUser;
  let representative: TestUser;
  let operator: TestUser;
  let accordId: string;
  let clauseId: string;
  let ids: KnownIds;

  beforeAll(async () => {
    api = await startTestApp();
    const given = new Given(api);
    const seeded = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    ({ accordId, facilitator } = seeded);
    const party = seeded.parties[0];
    representative = party.representative;
    operator = await given.operator();
    const negotiation = new Negotiation(api, accordId, facilitator);
    clauseId = await negotiation.adoptClause(party, 'States should not harm emergency services.');
    const amendment = await negotiation.propose(party, {
      kind: 'ADD_CLAUSE',
      text: 'States should share threat information.',
      force: 'VOLUNTARY',
      position: 2,
    });
    const comment = await new Discussion(api, accordId).post(representative, { clauseId });
    const invitee = await given.user('Invitee');
    const invited = expectData(
      await api.gql<{ inviteMember: { id: string } }>(
        `mutation($o: ID!, $e: String!) { inviteMember(organizationId: $o, email: $e, role: MEMBER) { id } }`,
        { o: party.organizationId, e: invitee.email },
        representative.token,
      ),
    );
    ids = {
      accord: [accordId],
      amendment: [amendment.id],
      organization: [party.organizationId],
      user: [facilitator.id, representative.id, operator.id, invitee.id],
      clause: [clauseId],
      comment: [comment.id],
      invitation: [invited.inviteMember.id],
    };
  });
  afterAll(() => api?.close());

  /** Inputs the fuzzer once answered with a 5xx or INTERNAL_SERVER_ERROR, replayed on every run. */
  function corpus(): FuzzRequest[] {
    const withToken = (request: FuzzRequest) => {
      request.headers.authorization = `Bearer ${facilitator.token}`;
      return request;
    };
    return [
      // Several operations and no operationName, or one that names none: the read cache (500).
      postJson('corpus', { query: 'query A { me { id } } query B { accords { id } }' }),
      postJson('corpus', { query: '{ me { id } }', operationName: 'DoesNotExist' }),
      // A date before 4713 BC: PostgreSQL's 22008.
      withToken(
        postJson('corpus', {
          query: 'query($a: ID!, $at: DateTime) { accordAt(accordId: $a, at: $at) { seq } }',
          variables: { a: accordId, at: '-271821-04-20T00:00:00.000Z' },
        }),
      ),
    ];
  }

  function generate(dice: Dice): FuzzRequest[] {
    const operations = new Operations(SCHEMA, dice, new Values(dice, ids));
    const valid = () => operations.build(dice.chance(0.5));
    const document = (category: string, query: string) => postJson(category, { query });
    const makers: Record<keyof typeof COUNTS, () => FuzzRequest> = {
      'valid:literals': () => postJson('valid:literals', operations.build(false)),
      'valid:variables': () => postJson('valid:variables', operations.build(true)),
      'broken:truncated': () => document('broken:truncated', truncated(dice, valid().query)),
      'broken:braces': () => document('broken:braces', withExtraBraces(dice, valid().query)),
      'broken:mutated': () => document('broken:mutated', mutated(dice, valid().query)),
      'abuse:nesting': () => document('abuse:nesting', deeplyNested(dice)),
      'abuse:aliases': () => document('abuse:aliases', manyAliases(dice)),
      'abuse:tokens': () => document('abuse:tokens', manyTokens(dice)),
      'abuse:fragments': () => document('abuse:fragments', fragmentTricks(dice)),
      'abuse:directives': () => document('abuse:directives', directiveTricks(dice)),
      'abuse:introspection': () => document('abuse:introspection', introspection(dice)),
      http: () => httpShapes(dice, valid()),
    };
    const tokens = [null, facilitator.token, representative.token, operator.token];
    const forged = [
      'garbage',
      `${facilitator.token.slice(0, -3)}abc`,
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      'a.b.c',
    ];
    const requests: FuzzRequest[] = corpus();
    for (const [category, count] of Object.entries(COUNTS) as [keyof typeof COUNTS, number][]) {
      for (let i = 0; i < count; i++) {
        const request = makers[category]();
        const token = dice.chance(0.1) ? dice.pick(forged) : dice.pick(tokens);
        if (token)
          request.headers.authorization = `${dice.chance(0.95) ? 'Bearer' : 'Basic'} ${token}`;
        if (dice.chance(0.8)) request.headers.accept = dice.pick(ACCEPTS);
        else if (dice.chance(0.2)) request.headers.accept = dice.pick(UNACCEPTABLE);
        requests.push(request);
      }
    }
    // Interleaved, so that queries run between the mutations that change the seeded data.
    for (let i = requests.length - 1; i > 0; i--) {
      const j = dice.int(i + 1);
      [requests[i], requests[j]] = [elementAt(requests, j), elementAt(requests, i)];
    }
    return requests;
  }

  it('never answers a 5xx, INTERNAL_SERVER_ERROR or a stack trace over HTTP', async () => {
    const requests = generate(new Dice(mulberry32(SEED)));
    const offences: Offence[] = [];
    const statuses = new Map<string, number>();
    const codes = new Map<string, number>();
    await pool(requests, CONCURRENCY, async (request) => {
      let response: Response;
      let answer: string;
      try {
        response = await fetch(`${api.url}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        answer = await response.text();
      } catch (error) {
        // A connection cut or reset is no answer at all: as bad as a 5xx.
        offences.push({ request, status: 0, answer: String(error), problems: ['no answer'] });
        return;
      }
      const key = `${request.category.split(':')[0]} ${response.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      for (const code of codesOf(answer)) codes.set(code, (codes.get(code) ?? 0) + 1);
      const problems = problemsOf(response.status, answer);
      if (problems.length) offences.push({ request, status: response.status, answer, problems });
    });
    process.stdout.write(
      `graphql fuzz: ${requests.length} requests, ${offences.length} offending; ` +
        `${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n` +
        `codes: ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}\n`,
    );
    if (offences.length)
      throw new Error(`${offences.length} offending answers:\n\n${report(offences)}`);
    // Still serving, and the seeded data still reads.
    expect(expectData(await api.gql('{ me { id } }', {}, facilitator.token))).toEqual({
      me: { id: facilitator.id },
    });
  }, 900_000); // 30–55 s on a quiet machine; over 240 s at load 25 on 2 cores: the bound is only against a hang

  it('answers random socket.io messages with coded refusals, never internal ones, and stays up', async () => {
    const dice = new Dice(mulberry32(SEED + 1));
    await expect(TestSocket.connect(api.url, 'garbage')).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
    const sockets = await Promise.all(
      [facilitator, representative, operator].map((u) => TestSocket.connect(api.url, u.token)),
    );
    const events = [
      'join',
      'leave',
      'presence',
      'vote',
      '',
      'constructor',
      '__proto__',
      'x'.repeat(500),
    ];
    const values = [
      accordId,
      clauseId,
      dice.uuid(),
      ...NASTY_STRINGS,
      null,
      -1,
      1e308,
      2 ** 31,
      true,
      [],
      {},
    ];
    const payload = (): unknown =>
      dice.chance(0.2)
        ? dice.pick(values)
        : {
            accordId: dice.pick(values),
            ...(dice.chance(0.5)
              ? { afterSeq: dice.pick([0, 1, -1, 1.5, 1e9, 'zero', null]) }
              : {}),
            ...(dice.chance(0.5) ? { clauseId: dice.pick(values) } : {}),
            ...(dice.chance(0.5) ? { typing: dice.pick([true, false, 'yes', null]) } : {}),
          };
    const offences: string[] = [];
    // 80 rounds at the refill rate of a socket's message bucket: few answers are RATE_LIMITED.
    for (let round = 0; round < 80; round++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await Promise.all(
        sockets.map(async (socket) => {
          const event = dice.pick(events);
          const args = dice.chance(0.1) ? [] : [payload()];
          const ack = (await socket.raw(event, ...args)) as {
            ok?: unknown;
            error?: { code?: unknown; message?: unknown };
          };
          const code = ack.error?.code;
          if (ack.ok !== true && (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR')) {
            offences.push(`${event} ${clip(JSON.stringify(args), 200)} -> ${JSON.stringify(ack)}`);
          }
        }),
      );
    }
    expect(offences.slice(0, 5)).toEqual([]);
    expect(sockets.map((s) => s.socket.connected)).toEqual([true, true, true]);
    expect(await elementAt(sockets, 0).join(accordId)).toMatchObject({ ok: true });
    for (const socket of sockets) socket.close();
  }, 300_000);
});
