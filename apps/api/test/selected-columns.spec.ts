import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getNamedType, type GraphQLObjectType, type GraphQLSchema, isLeafType } from 'graphql';
import { expectData } from './support/factories.js';
import { elementAt } from './support/lists.js';
import {
  argumentsFor,
  comparable,
  seedDemoForReaders,
  selectEverything,
} from './support/schema-walk.js';
import { sqlDuring } from './support/statement-count.js';
import { BACKGROUND_JOBS_ASLEEP, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Lists read only the columns the query asks of their items (ColumnChoice). A field whose needs
 * are declared wrongly would answer from a column not read: each field is asked alone (the
 * narrow read) and beside `references` (declared nowhere, so the whole row is read), and the two
 * answers must be equal, for every reader and accord of the demo.
 */
const LISTS = [
  {
    type: 'Amendment',
    query: (accordId: string, selection: string) =>
      `{ accord(id: "${accordId}") { amendments { id ${selection} } } }`,
    items: (accord: Listed) => accord.amendments ?? [],
  },
  {
    type: 'Comment',
    query: (accordId: string, selection: string) =>
      `{ accord(id: "${accordId}") { clauses { id comments { id ${selection} } } } }`,
    items: (accord: Listed) => (accord.clauses ?? []).flatMap((c) => c.comments),
  },
];
const WHOLE_ROW = 'references { start }';

type Item = Record<string, unknown>;
type Listed = { amendments?: Item[]; clauses?: { comments: Item[] }[] };

describe('lists read the columns their fields need', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let accordIds: string[];
  let tokens: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApp({ ...BACKGROUND_JOBS_ASLEEP, PLENARY_READ_CACHE_ENTRIES: '0' });
    ({ tokens, schema, accordIds } = await seedDemoForReaders(api));
    await discussClauses(api, elementAt(accordIds, 0), tokens.delegate!);
  });

  afterAll(async () => {
    await api?.close();
  });

  it.each(LISTS)(
    'answers each $type field read narrowly as from the whole row',
    async ({ type, query, items }) => {
      const fields = (schema.getType(type) as GraphQLObjectType).getFields();
      let compared = 0;
      let listed = 0;
      for (const accordId of accordIds) {
        for (const field of Object.values(fields)) {
          const args = argumentsFor(field, { accordId });
          if (args === null || field.name === 'references') continue;
          const named = getNamedType(field.type);
          const inner = isLeafType(named) ? '' : selectEverything(named, 3, { accordId });
          if (!isLeafType(named) && !inner) continue;
          const selection = `${field.name}${args}${inner ? ` { ${inner} }` : ''}`;
          for (const token of Object.values(tokens)) {
            const [narrow, whole] = await Promise.all([
              api.gql(query(accordId, selection), {}, token),
              api.gql(query(accordId, `${selection} ${WHOLE_ROW}`), {}, token),
            ]);
            expect({ selection, answer: comparable(narrow) }).toEqual({
              selection,
              answer: comparable(withoutProbe(whole, items)),
            });
            compared++;
            const accord = (narrow.data as { accord: Listed | null } | undefined)?.accord;
            if (accord) listed += items(accord).length;
          }
        }
      }
      expect(compared).toBeGreaterThan(Object.keys(fields).length);
      // The demo's lists have items: the comparisons were of answers, not only of empty lists.
      expect(listed).toBeGreaterThan(Object.keys(fields).length);
    },
  );

  it("answers a clause's threads of one version as from whole rows", async () => {
    const accordId = elementAt(accordIds, 0);
    const ask = (selection: string) =>
      api.gql<{ accord: Listed }>(
        `{ accord(id: "${accordId}") { clauses { id comments(version: 1) { ${selection} } } } }`,
        {},
        tokens.delegate,
      );
    const narrow = expectData(await ask('id'));
    const whole = expectData(await ask(`id ${WHOLE_ROW}`));
    for (const item of (whole.accord.clauses ?? []).flatMap((c) => c.comments))
      delete item.references;
    expect(narrow).toEqual(whole);
    expect((narrow.accord.clauses ?? []).flatMap((c) => c.comments).length).toBeGreaterThan(0);
  });

  it("answers an amendment's clause asked only by id without reading it", async () => {
    for (const accordId of accordIds) {
      const ask = (clause: string) =>
        api.gql<{ accord: { amendments: { clause: Item | null }[] } }>(
          `{ accord(id: "${accordId}") { amendments { id clause { ${clause} } } } }`,
          {},
          tokens.facilitator,
        );
      let identified: unknown;
      const sql = await sqlDuring(api, async () => (identified = await ask('id __typename')));
      expect(sql.join('\n')).not.toMatch(/FROM "clause"/);
      const read = expectData(await ask('id __typename number'));
      for (const { clause } of read.accord.amendments) if (clause) delete clause.number;
      expect(identified).toEqual({ data: read });
    }
  });

  it('reads neither texts nor tallies for a list of ids and statuses, and whole rows for the probe', async () => {
    const accordId = elementAt(accordIds, 0);
    const read = async (amendments: string, comments: string) =>
      (
        await sqlDuring(api, () =>
          api.gql(
            `{ accord(id: "${accordId}") { amendments { ${amendments} } clauses { comments { ${comments} } } } }`,
            {},
            tokens.facilitator,
          ),
        )
      ).join('\n');
    const narrow = await read('id kind status clause { id }', 'id createdAt');
    expect(narrow).toMatch(/FROM "amendment" t/);
    expect(narrow).not.toMatch(/"ballot_counts"|"merged"|t\."text"|t\."rationale"/);
    expect(narrow).not.toMatch(/t\."body"|t\."quote_start"/);
    // What the comparisons above rely on: the probe reads whole rows.
    const probed = await read(`id ${WHOLE_ROW}`, `id ${WHOLE_ROW}`);
    expect(probed).toMatch(/"ballot_counts".*"merged"/);
    expect(probed).toMatch(/t\."body".*t\."quote_start"/);
  });
});

/**
 * Comments on the accord's first two clauses (the demo discusses amendments): one quoting the
 * text, a reply, one edited and one deleted, so that every Comment field has a value to compare.
 */
async function discussClauses(api: TestApp, accordId: string, token: string): Promise<void> {
  const { accord } = expectData(
    await api.gql(`{ accord(id: "${accordId}") { clauses { id } } }`, {}, token),
  );
  const clauses = (accord as { clauses: { id: string }[] }).clauses.slice(0, 2);
  const post = async (input: Record<string, unknown>) => {
    const { postComment } = expectData(
      await api.gql(
        `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
        { i: { accordId, ...input } },
        token,
      ),
    );
    return (postComment as { id: string }).id;
  };
  for (const { id: clauseId } of clauses) {
    const quoting = await post({ clauseId, body: 'These words', quoteStart: 0, quoteEnd: 5 });
    await post({ clauseId, parentId: quoting, body: 'A reply' });
    const edited = await post({ clauseId, body: 'First thought' });
    expectData(
      await api.gql(
        `mutation($c: ID!) { editComment(commentId: $c, body: "Second thought") { id } }`,
        { c: edited },
        token,
      ),
    );
    const deleted = await post({ clauseId, body: 'Withdrawn' });
    expectData(
      await api.gql(
        `mutation($c: ID!) { deleteComment(commentId: $c) { id } }`,
        { c: deleted },
        token,
      ),
    );
  }
}

/** The answer without the field that made it read whole rows (`references` of each item). */
function withoutProbe<A extends { data?: unknown }>(answer: A, items: (accord: Listed) => Item[]) {
  const data = structuredClone(answer.data) as { accord: Listed | null } | undefined;
  if (data?.accord) for (const item of items(data.accord)) delete item.references;
  return { ...answer, data };
}
