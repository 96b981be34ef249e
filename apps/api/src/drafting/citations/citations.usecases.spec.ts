import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainErrorCode as Code } from '../../common/errors/domain-error.js';
import { importParisCall } from '../../../test/support/paris-call.js';
import { expectRefusal, UseCaseHarness } from '../../../test/support/use-case-harness.js';
import { DraftingModule } from '../drafting.module.js';
import { LinkSourceUseCase } from './link-source.usecase.js';

describe('citations use cases', () => {
  let h: UseCaseHarness;
  let link: LinkSourceUseCase;
  let normId: string;
  let otherNormId: string;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([DraftingModule]);
    link = h.get(LinkSourceUseCase);
    [normId, otherNormId] = (await importParisCall(h, 'Paris Call 2018')).normIds;
  });
  afterAll(() => h.close());

  /** A clause citing `sources`, written by `organizationId`'s amendment (as if adopted). */
  async function givenClause(sources: string[], organizationId: string | null = null) {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const clause = await h.clause(accordId, 'Parties protect hospitals.');
    await h.db.query(
      `UPDATE clause_version SET sources = $2, author_organization_id = $3 WHERE clause_id = $1`,
      [clause.id, JSON.stringify(sources), organizationId],
    );
    return { facilitator, accordId, clauseId: clause.id };
  }

  const linksOf = (clauseId: string) =>
    h.db.query<{ source: string; norm_id: string }[]>(
      `SELECT source, norm_id FROM clause_source_link WHERE clause_id = $1 ORDER BY source`,
      [clauseId],
    );
  const eventsOf = (accordId: string) =>
    h.db.query<{ payload: { norm: unknown } }[]>(
      `SELECT payload FROM accord_event WHERE accord_id = $1 AND type = 'clause.sourceLinked' ORDER BY seq`,
      [accordId],
    );

  it('linkSource: the facilitator links, relinks and unlinks; each change one event, a repeat none', async () => {
    const { facilitator, accordId, clauseId } = await givenClause(['Paris Call principle 1']);
    const command = { callerId: facilitator.id, clauseId, source: 'Paris Call principle 1' };
    await link.execute({ ...command, normId });
    await link.execute({ ...command, normId }); // the same: nothing to record
    expect(await linksOf(clauseId)).toEqual([
      { source: 'Paris Call principle 1', norm_id: normId },
    ]);
    await link.execute({ ...command, normId: otherNormId });
    await link.execute({ ...command, normId: null });
    expect(await linksOf(clauseId)).toEqual([]);
    expect((await eventsOf(accordId)).map((e) => e.payload.norm)).toEqual([
      expect.objectContaining({ normId, key: '1', frameworkShortName: 'Paris Call 2018' }),
      expect.objectContaining({ normId: otherNormId, key: '5' }),
      null,
    ]);
  });

  it("linkSource: a member of the clause's drafting party may; another party may not; strangers see nothing", async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const drafter = await h.party(facilitator, accordId, 'drafter');
    const other = await h.party(facilitator, accordId, 'other');
    const clause = await h.clause(accordId, 'Parties protect hospitals.');
    await h.db.query(
      `UPDATE clause_version SET sources = '["Paris Call principle 1"]', author_organization_id = $2
       WHERE clause_id = $1`,
      [clause.id, drafter.organizationId],
    );
    const command = { clauseId: clause.id, source: 'Paris Call principle 1', normId };
    await expectRefusal(
      link.execute({ ...command, callerId: other.representative.id }),
      'FORBIDDEN',
      Code.NOT_A_MEMBER,
    );
    await expectRefusal(
      link.execute({ ...command, callerId: (await h.user('stranger')).id }),
      'NOT_FOUND',
      Code.CLAUSE_NOT_FOUND,
    );
    await link.execute({ ...command, callerId: drafter.representative.id });
    expect(await linksOf(clause.id)).toHaveLength(1);
  });

  it('linkSource: only a source of the current version, an existing norm, a clause still in the text', async () => {
    const { facilitator, clauseId } = await givenClause(['Paris Call principle 5']);
    const command = { callerId: facilitator.id, clauseId, source: 'Paris Call principle 5' };
    await expectRefusal(
      link.execute({ ...command, source: 'Paris Call principle 9', normId }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
    await expectRefusal(
      link.execute({ ...command, normId: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
      Code.NORM_NOT_FOUND,
    );
    await h.db.query(`UPDATE clause SET removed_at = now(), position = NULL WHERE id = $1`, [
      clauseId,
    ]);
    await expectRefusal(link.execute({ ...command, normId }), 'CONFLICT', Code.CLAUSE_REMOVED);
  });

  it('a linked norm cannot be deleted (foreign key)', async () => {
    const { facilitator, clauseId } = await givenClause(['Paris Call principle 1']);
    await link.execute({
      callerId: facilitator.id,
      clauseId,
      source: 'Paris Call principle 1',
      normId,
    });
    await expect(h.db.query(`DELETE FROM norm WHERE id = $1`, [normId])).rejects.toThrow(
      /foreign key/,
    );
  });
});
