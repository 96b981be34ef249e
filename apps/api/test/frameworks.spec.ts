import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  expectData,
  expectError,
  Given,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { oneStateNegotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/frameworks/${name}`, import.meta.url), 'utf8');

const IMPORT = `mutation($c: String!, $f: FrameworkFileFormat!, $id: ID) {
  importFramework(content: $c, format: $f, frameworkId: $id) { id shortName year publishedOn
    norms { id key force title } } }`;
const FRAMEWORKS = `{ frameworks { id shortName norms { key } } mayEditFrameworks }`;
const FRAMEWORK = `query($id: ID!) { framework(id: $id) { shortName title publisher sourceUrl
  norms { id key position text force sourceUrl framework { shortName }
    correspondsTo { key framework { shortName } } } } }`;
const NORM = `query($id: ID!) { norm(id: $id) { key text force framework { shortName } } }`;

describe('norm frameworks over GraphQL', () => {
  let api: TestApp;
  let given: Given;
  let operator: TestUser;
  let facilitator: TestUser;
  let party: TestParty;
  let outsider: TestUser;
  let ggeId: string;

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    operator = await given.operator();
    ({ facilitator, party, outsider } = await oneStateNegotiation(api));
  });

  afterAll(() => api?.close());

  it('imports the UN GGE 2015 norms from a JSON file (operator) and the Digital Geneva Convention from a CSV file (facilitator), cross-linked', async () => {
    const gge = expectData(
      await api.gql(IMPORT, { c: fixture('un-gge-2015.json'), f: 'JSON' }, operator.token),
    ).importFramework;
    ggeId = gge.id;
    expect(gge).toMatchObject({ shortName: 'UN GGE 2015', year: 2015, publishedOn: '2015-07-22' });
    expect(gge.norms).toHaveLength(11);
    expect(gge.norms[5]).toMatchObject({
      key: '13(f)',
      force: 'VOLUNTARY',
      title: 'Do not damage critical infrastructure',
    });

    const dgc = expectData(
      await api.gql(
        IMPORT,
        { c: fixture('digital-geneva-convention-2017.csv'), f: 'CSV' },
        facilitator.token,
      ),
    ).importFramework;
    const { framework } = expectData(await api.gql(FRAMEWORK, { id: dgc.id }, outsider.token));
    expect(framework).toMatchObject({ shortName: 'DGC 2017', publisher: 'Microsoft' });
    expect(framework.norms[0]).toMatchObject({
      key: '1',
      position: 1,
      force: 'BINDING',
      framework: { shortName: 'DGC 2017' },
      correspondsTo: [{ key: '13(f)', framework: { shortName: 'UN GGE 2015' } }],
    });

    // Correspondence reads both ways.
    const thirteenF = gge.norms[5].id as string;
    const back = expectData(
      await api.gql(
        `query($id: ID!) { norm(id: $id) { correspondsTo { key framework { shortName } } } }`,
        { id: thirteenF },
        party.representative.token,
      ),
    );
    expect(back.norm.correspondsTo).toEqual([{ key: '1', framework: { shortName: 'DGC 2017' } }]);
  });

  it('lets any signed-in user read frameworks and norms, and says who may import', async () => {
    const asParty = expectData(await api.gql(FRAMEWORKS, {}, party.representative.token));
    expect(asParty.frameworks.map((f: { shortName: string }) => f.shortName)).toEqual(
      expect.arrayContaining(['UN GGE 2015', 'DGC 2017']),
    );
    expect(asParty.mayEditFrameworks).toBe(false);
    expect(expectData(await api.gql(FRAMEWORKS, {}, facilitator.token)).mayEditFrameworks).toBe(
      true,
    );
    expect(expectData(await api.gql(FRAMEWORKS, {}, operator.token)).mayEditFrameworks).toBe(true);
    const { framework } = expectData(await api.gql(FRAMEWORK, { id: ggeId }, outsider.token));
    const norm = expectData(await api.gql(NORM, { id: framework.norms[2].id }, outsider.token));
    expect(norm.norm).toMatchObject({ key: '13(c)', force: 'VOLUNTARY' });

    expectError(await api.gql(FRAMEWORKS, {}), 'UNAUTHENTICATED');
    expectError(await api.gql(FRAMEWORK, { id: 'nope' }, outsider.token), 'NOT_FOUND');
    expectError(
      await api.gql(NORM, { id: '00000000-0000-4000-8000-000000000000' }, outsider.token),
      'NOT_FOUND',
    );
  });

  it('refuses imports from parties, strangers and anonymous callers', async () => {
    const content = JSON.stringify({
      shortName: 'Mine',
      title: 'My norms',
      year: 2020,
      norms: [{ key: '1', text: 'Be good.', force: 'BINDING' }],
    });
    expectError(
      await api.gql(IMPORT, { c: content, f: 'JSON' }, party.representative.token),
      'FORBIDDEN',
    );
    expectError(await api.gql(IMPORT, { c: content, f: 'JSON' }, outsider.token), 'FORBIDDEN');
    expectError(await api.gql(IMPORT, { c: content, f: 'JSON' }), 'UNAUTHENTICATED');
  });

  it('answers a bad file with BAD_USER_INPUT that points at the row and field', async () => {
    const csv = fixture('digital-geneva-convention-2017.csv').replace(
      'DGC 2017,,,,,,4,',
      'DGC 2017,,,,,,,',
    );
    const response = await api.gql(
      IMPORT,
      { c: csv.replace(/DGC 2017/g, 'DGC copy'), f: 'CSV' },
      operator.token,
    );
    const error = expectError(response, 'BAD_USER_INPUT');
    expect(error).toMatchObject({
      message: 'row 5, column norm_key: is required',
      extensions: { row: 5, field: 'norm_key' },
    });
    const tooBig = await api.gql(IMPORT, { c: 'x'.repeat(90_001), f: 'JSON' }, operator.token);
    expectError(tooBig, 'BAD_USER_INPUT');
    const taken = await api.gql(
      IMPORT,
      { c: fixture('un-gge-2015.json'), f: 'JSON' },
      facilitator.token,
    );
    expectError(taken, 'CONFLICT');
  });

  it('exports a framework over HTTP as JSON and CSV that import back to the same norms', async () => {
    const download = (file: string, token?: string) =>
      fetch(`${api.url}/frameworks/${ggeId}/${file}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const json = await download('export.json', party.representative.token);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="un-gge-2015.json"');
    const exported = (await json.json()) as { shortName: string; norms: { key: string }[] };
    const original = JSON.parse(fixture('un-gge-2015.json')) as typeof exported;
    expect(exported).toMatchObject({ ...original, format: 'plenary-framework/1' });

    const csv = await download('export.csv', outsider.token);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const copy = (await csv.text()).replace(/UN GGE 2015,/g, 'UN GGE 2015 copy,');
    const reimported = expectData(
      await api.gql(IMPORT, { c: copy, f: 'CSV' }, operator.token),
    ).importFramework;
    expect(reimported.norms.map((n: { key: string }) => n.key)).toEqual(
      original.norms.map((n) => n.key),
    );

    expect((await download('export.json')).status).toBe(401);
    expect((await download('export.xml', operator.token)).status).toBe(404);
    const missing = await fetch(
      `${api.url}/frameworks/00000000-0000-4000-8000-000000000000/export.csv`,
      { headers: { authorization: `Bearer ${operator.token}` } },
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      error: { code: 'NOT_FOUND', reason: 'FRAMEWORK_NOT_FOUND' },
    });
  });
});
