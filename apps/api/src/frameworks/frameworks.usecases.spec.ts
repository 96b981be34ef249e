import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FrameworkFileFormat, NormativeForce } from '@plenary/contracts';
import { readFileSync } from 'node:fs';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { frameworkToCsv, frameworkToJson, parseFrameworkFile } from './framework-file.js';
import { FrameworksModule } from './frameworks.module.js';
import { ImportFrameworkUseCase } from './import-framework.usecase.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/frameworks/${name}`, import.meta.url), 'utf8');
const GGE = fixture('un-gge-2015.json');
const DGC = fixture('digital-geneva-convention-2017.csv');

/** A small framework file, with `change` applied to its one norm. */
const tiny = (shortName: string, norm: Record<string, unknown> = {}) =>
  JSON.stringify({
    shortName,
    title: `${shortName} principles`,
    year: 2018,
    norms: [{ key: '1', text: 'States behave.', force: 'VOLUNTARY', ...norm }],
  });

describe('frameworks use cases', () => {
  let h: UseCaseHarness;
  let importFramework: ImportFrameworkUseCase;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([FrameworksModule]);
    importFramework = h.get(ImportFrameworkUseCase);
  });
  afterAll(() => h.close());

  const normsOf = (frameworkId: string) =>
    h.db.query<{ id: string; key: string; force: string; position: number }[]>(
      `SELECT id, key, force, position FROM norm WHERE framework_id = $1 ORDER BY position`,
      [frameworkId],
    );

  it('importFramework: an operator imports the UN GGE 2015 norms from the JSON fixture, a facilitator the Digital Geneva Convention from the CSV one, cross-linked', async () => {
    const operator = await h.operator();
    const gge = await importFramework.execute({
      callerId: operator.id,
      content: GGE,
      format: FrameworkFileFormat.JSON,
    });
    expect(gge).toMatchObject({
      shortName: 'UN GGE 2015',
      year: 2015,
      publishedOn: '2015-07-22',
      createdBy: operator.id,
    });
    const ggeNorms = await normsOf(gge.id);
    expect(ggeNorms.map((n) => n.key)).toEqual(
      'abcdefghijk'.split('').map((letter) => `13(${letter})`),
    );
    expect(new Set(ggeNorms.map((n) => n.force))).toEqual(new Set([NormativeForce.VOLUNTARY]));

    const facilitator = await h.user('facilitator');
    await h.accord(facilitator);
    const dgc = await importFramework.execute({
      callerId: facilitator.id,
      content: DGC,
      format: FrameworkFileFormat.CSV,
    });
    const dgcNorms = await normsOf(dgc.id);
    expect(dgcNorms.map((n) => [n.key, n.force])).toEqual(
      ['1', '2', '3', '4', '5', '6'].map((key) => [key, NormativeForce.BINDING]),
    );
    const pairs = await h.db.query<{ dgc: string; gge: string }[]>(
      `SELECT d.key AS dgc, g.key AS gge FROM norm_correspondence c
       JOIN norm d ON d.id IN (c.norm_id, c.other_norm_id) AND d.framework_id = $1
       JOIN norm g ON g.id IN (c.norm_id, c.other_norm_id) AND g.framework_id = $2
       ORDER BY d.position`,
      [dgc.id, gge.id],
    );
    expect(pairs).toEqual([
      { dgc: '1', gge: '13(f)' },
      { dgc: '3', gge: '13(j)' },
      { dgc: '5', gge: '13(i)' },
    ]);
  });

  it('importFramework: only operators and facilitators; a party delegate is refused', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const stranger = await h.user('stranger');
    for (const caller of [party.representative, stranger]) {
      await expectRefusal(
        importFramework.execute({
          callerId: caller.id,
          content: tiny('Refused'),
          format: FrameworkFileFormat.JSON,
        }),
        'FORBIDDEN',
        Code.NOT_A_FRAMEWORK_EDITOR,
      );
    }
    const [row] = await h.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM framework WHERE short_name = 'Refused'`,
    );
    expect(row!.n).toBe(0);
  });

  it('importFramework: bad files are refused with where the problem is (JSON path, CSV row and column)', async () => {
    const operator = await h.operator();
    const refusal = (content: string, format = FrameworkFileFormat.JSON) =>
      expectRefusal(
        importFramework.execute({ callerId: operator.id, content, format }),
        'BAD_USER_INPUT',
        Code.INVALID_INPUT,
      );
    expect((await refusal('{"shortName": ')).message).toMatch(/not valid JSON/);
    expect((await refusal(tiny('X', { force: 'MANDATORY' }))).message).toBe(
      'norms[0].force: must be BINDING or VOLUNTARY',
    );
    expect((await refusal(tiny('X', { sourceUrl: 'javascript:alert(1)' }))).details).toEqual({
      location: 'norms[0].sourceUrl',
      field: 'sourceUrl',
    });
    expect((await refusal(tiny('X', { correspondsTo: ['Nowhere:1'] }))).message).toMatch(
      /^norms\[0\]\.correspondsTo: no norm “Nowhere:1”/,
    );
    const badRow = DGC.replace(',BINDING,,UN GGE 2015:13(j)', ',SHALL,,UN GGE 2015:13(j)');
    const csv = await refusal(badRow, FrameworkFileFormat.CSV);
    expect(csv.message).toBe('row 4, column norm_force: must be BINDING or VOLUNTARY');
    expect(csv.details).toMatchObject({ row: 4, field: 'norm_force' });
    expect((await refusal('x'.repeat(90_001))).message).toMatch(/too large/);
  });

  it('importFramework refuses a short name already taken, whatever its case, even at the same moment', async () => {
    const operator = await h.operator();
    const results = await Promise.allSettled(
      ['Paris Call 2018', 'PARIS CALL 2018', 'paris call 2018'].map((name) =>
        importFramework.execute({
          callerId: operator.id,
          content: tiny(name),
          format: FrameworkFileFormat.JSON,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === 'rejected'))
      await expectRefusal(
        Promise.reject(refused.reason as Error),
        'CONFLICT',
        Code.FRAMEWORK_NAME_TAKEN,
      );
  });

  it('importFramework with frameworkId replaces it: norms keep their ids by key; a cited norm cannot be dropped', async () => {
    const operator = await h.operator();
    const framework = await importFramework.execute({
      callerId: operator.id,
      content: JSON.stringify({
        shortName: 'Tech Accord 2018',
        title: 'Cybersecurity Tech Accord',
        year: 2018,
        norms: [
          { key: '1', text: 'Stronger defense', force: 'VOLUNTARY' },
          { key: '2', text: 'No offense', force: 'VOLUNTARY' },
        ],
      }),
      format: FrameworkFileFormat.JSON,
    });
    const [one, two] = await normsOf(framework.id);
    const replacement = (keys: string[]) =>
      JSON.stringify({
        shortName: 'Tech Accord 2018',
        title: 'Cybersecurity Tech Accord (2018)',
        year: 2018,
        norms: keys.map((key) => ({ key, text: `Commitment ${key}`, force: 'VOLUNTARY' })),
      });
    const replaced = await importFramework.execute({
      callerId: operator.id,
      content: replacement(['2', '1', '3']),
      format: FrameworkFileFormat.JSON,
      frameworkId: framework.id,
    });
    expect(replaced.title).toBe('Cybersecurity Tech Accord (2018)');
    const after = await normsOf(framework.id);
    expect(after.map((n) => [n.key, n.position])).toEqual([
      ['2', 1],
      ['1', 2],
      ['3', 3],
    ]);
    expect(after.slice(0, 2).map((n) => n.id)).toEqual([two!.id, one!.id]);

    // A clause cites norm 1: the file may not drop it; the trigger refuses a bare DELETE too.
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const clause = await h.clause(accordId, 'Signatories protect all customers.');
    await h.db.query(`UPDATE clause_version SET norm_ids = $2 WHERE clause_id = $1`, [
      clause.id,
      JSON.stringify([one!.id]),
    ]);
    const refusal = await expectRefusal(
      importFramework.execute({
        callerId: operator.id,
        content: replacement(['2', '3']),
        format: FrameworkFileFormat.JSON,
        frameworkId: framework.id,
      }),
      'CONFLICT',
      Code.NORM_CITED,
    );
    expect(refusal.details).toEqual({ keys: ['1'] });
    await expect(h.db.query(`DELETE FROM norm WHERE id = $1`, [one!.id])).rejects.toThrow(
      /is cited/,
    );
    expect(await normsOf(framework.id)).toHaveLength(3);
  });

  it('importFramework with an unknown frameworkId: not found', async () => {
    const operator = await h.operator();
    await expectRefusal(
      importFramework.execute({
        callerId: operator.id,
        content: tiny('Ghost'),
        format: FrameworkFileFormat.JSON,
        frameworkId: '00000000-0000-4000-8000-000000000000',
      }),
      'NOT_FOUND',
      Code.FRAMEWORK_NOT_FOUND,
    );
  });

  it('the JSON and CSV a framework is written to read back as the same framework', () => {
    const gge = parseFrameworkFile(GGE, FrameworkFileFormat.JSON);
    expect(parseFrameworkFile(frameworkToJson(gge), FrameworkFileFormat.JSON)).toEqual(gge);
    expect(parseFrameworkFile(frameworkToCsv(gge), FrameworkFileFormat.CSV)).toEqual(gge);
    const dgc = parseFrameworkFile(DGC, FrameworkFileFormat.CSV);
    expect(parseFrameworkFile(frameworkToCsv(dgc), FrameworkFileFormat.CSV)).toEqual(dgc);
  });
});
