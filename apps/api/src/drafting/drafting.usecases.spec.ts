import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AmendmentKind, AmendmentStatus, NormativeForce } from '@plenary/contracts';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import {
  expectRefusal,
  type SeededParty,
  type SeededUser,
  UseCaseHarness,
} from '../../test/support/use-case-harness.js';
import { DraftingModule } from './drafting.module.js';
import type { ProposeAmendmentInput } from './dto/drafting.args.js';
import { ProposeAmendmentUseCase } from './propose-amendment.usecase.js';
import { RebaseAmendmentUseCase } from './rebase-amendment.usecase.js';
import { RenumberClausesUseCase } from './renumber-clauses.usecase.js';
import { WithdrawAmendmentUseCase } from './withdraw-amendment.usecase.js';

describe('drafting use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([DraftingModule]);
  });
  afterAll(() => h.close());

  /** An accord with one party and one clause. */
  async function givenText() {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const clause = await h.clause(accordId, 'States shall cooperate.');
    return { facilitator, accordId, party, clause };
  }

  const propose = (by: SeededUser, party: SeededParty, input: Partial<ProposeAmendmentInput>) =>
    h.get(ProposeAmendmentUseCase).execute({
      callerId: by.id,
      input: {
        onBehalfOf: party.organizationId,
        rationale: 'Because',
        accordId: '',
        kind: AmendmentKind.ADD_CLAUSE,
        ...input,
      },
    });

  it('proposeAmendment: each kind takes its own fields', async () => {
    const { accordId, party, clause } = await givenText();
    const rep = party.representative;
    const added = await propose(rep, party, {
      accordId,
      kind: AmendmentKind.ADD_CLAUSE,
      text: 'States shall share.',
      force: NormativeForce.VOLUNTARY,
      position: 1,
    });
    expect(added).toMatchObject({ status: AmendmentStatus.OPEN, clauseId: null, position: 1 });
    const modified = await propose(rep, party, {
      accordId,
      kind: AmendmentKind.MODIFY_CLAUSE,
      clauseId: clause.id,
      baseVersion: 1,
      text: 'States shall cooperate closely.',
    });
    expect(modified).toMatchObject({ clauseId: clause.id, baseVersion: 1, position: null });
    const removed = await propose(rep, party, {
      accordId,
      kind: AmendmentKind.REMOVE_CLAUSE,
      clauseId: clause.id,
      sources: [' UN GGE 2015 '],
    });
    expect(removed).toMatchObject({ text: null, sources: ['UN GGE 2015'] });
    await expectRefusal(
      propose(rep, party, { accordId, kind: AmendmentKind.MODIFY_CLAUSE, text: 'No clause' }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
    await expectRefusal(
      propose(rep, party, {
        accordId,
        kind: AmendmentKind.MOVE_CLAUSE,
        clauseId: clause.id,
        position: 1,
      }),
      'BAD_USER_INPUT',
      Code.POSITION_OUT_OF_RANGE,
    );
  });

  it('proposeAmendment: hidden from strangers, refused to the facilitator (not a party member)', async () => {
    const { facilitator, accordId, party } = await givenText();
    const stranger = await h.user('stranger');
    const input = { accordId, text: 'More', force: NormativeForce.BINDING };
    await expectRefusal(propose(stranger, party, input), 'NOT_FOUND', Code.ACCORD_NOT_FOUND);
    await expectRefusal(propose(facilitator, party, input), 'FORBIDDEN', Code.NOT_A_MEMBER);
  });

  it('withdrawAmendment and rebaseAmendment: by the author only', async () => {
    const { accordId, party, clause } = await givenText();
    const colleague = await h.user('colleague');
    await h.member(party.organizationId, colleague);
    const modify = await propose(party.representative, party, {
      accordId,
      kind: AmendmentKind.MODIFY_CLAUSE,
      clauseId: clause.id,
      baseVersion: 1,
      text: 'States shall cooperate, always.',
    });
    const rebase = h.get(RebaseAmendmentUseCase);
    await expectRefusal(
      rebase.execute({ callerId: colleague.id, amendmentId: modify.id, text: 'Mine' }),
      'FORBIDDEN',
      Code.NOT_THE_AUTHOR,
    );
    const rebased = await rebase.execute({
      callerId: party.representative.id,
      amendmentId: modify.id,
      text: 'States shall cooperate, in good faith.',
    });
    expect(rebased).toMatchObject({ status: AmendmentStatus.OPEN, baseVersion: 1 });
    const remove = await propose(party.representative, party, {
      accordId,
      kind: AmendmentKind.REMOVE_CLAUSE,
      clauseId: clause.id,
    });
    await expectRefusal(
      rebase.execute({ callerId: party.representative.id, amendmentId: remove.id, text: 'x' }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );

    const withdraw = h.get(WithdrawAmendmentUseCase);
    const stranger = await h.user('stranger');
    await expectRefusal(
      withdraw.execute({ callerId: stranger.id, amendmentId: modify.id }),
      'NOT_FOUND',
      Code.AMENDMENT_NOT_FOUND,
    );
    await expectRefusal(
      withdraw.execute({ callerId: colleague.id, amendmentId: modify.id }),
      'FORBIDDEN',
      Code.NOT_THE_AUTHOR,
    );
    const withdrawn = await withdraw.execute({
      callerId: party.representative.id,
      amendmentId: modify.id,
    });
    expect(withdrawn.status).toBe(AmendmentStatus.WITHDRAWN);
    await expectRefusal(
      withdraw.execute({ callerId: party.representative.id, amendmentId: modify.id }),
      'CONFLICT',
      Code.AMENDMENT_NOT_OPEN,
    );
  });

  it('renumberClauses: the facilitator numbers the text 1, 2 … once it is out of order', async () => {
    const { facilitator, accordId, party } = await givenText();
    const renumber = h.get(RenumberClausesUseCase);
    await expectRefusal(
      renumber.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.NOTHING_TO_RENUMBER,
    );
    await h.clause(accordId, 'Preamble-like first article.', 1);
    await expectRefusal(
      renumber.execute({ callerId: party.representative.id, accordId }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    const stranger = await h.user('stranger');
    await expectRefusal(
      renumber.execute({ callerId: stranger.id, accordId }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
    const done = await renumber.execute({ callerId: facilitator.id, accordId });
    expect(done.changes.map((c) => c.to)).toEqual(['1', '2']);
  });
});
