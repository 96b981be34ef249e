import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AmendmentKind,
  AmendmentStatus,
  BallotChoice,
  DecisionRuleKind,
  ImplementationStatus,
  MembershipRole,
  NormativeForce,
  ParticipantRole,
  StakeholderGroup,
} from '@plenary/contracts';
import { SetDecisionRuleUseCase } from '../accords/set-decision-rule.usecase.js';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { SupportAmendmentUseCase } from '../cosponsors/support-amendment.usecase.js';
import { CosponsorsModule } from '../cosponsors/cosponsors.module.js';
import { LinkSourceUseCase } from '../drafting/citations/link-source.usecase.js';
import { ProposeAmendmentUseCase } from '../drafting/propose-amendment.usecase.js';
import { RenumberClausesUseCase } from '../drafting/renumber-clauses.usecase.js';
import { CastBallotUseCase } from '../voting/cast-ballot.usecase.js';
import { CloseVotingUseCase } from '../voting/close-voting.usecase.js';
import { OpenVotingUseCase } from '../voting/open-voting.usecase.js';
import { VotingModule } from '../voting/voting.module.js';
import {
  expectRefusal,
  type SeededParty,
  type SeededUser,
  UseCaseHarness,
} from '../../test/support/use-case-harness.js';
import { importParisCall } from '../../test/support/paris-call.js';
import { DeclareFinalUseCase } from './declare-final.usecase.js';
import { FileImplementationReportUseCase } from './file-implementation-report.usecase.js';
import { PublishAccordUseCase } from './publish-accord.usecase.js';
import { SignAccordUseCase } from './sign-accord.usecase.js';
import { SignatoriesModule } from './signatories.module.js';
import { StartNewVersionUseCase } from './start-new-version.usecase.js';
import { UnpublishAccordUseCase } from './unpublish-accord.usecase.js';
import { WithdrawSignatureUseCase } from './withdraw-signature.usecase.js';

describe('signatories use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([VotingModule, CosponsorsModule, SignatoriesModule]);
  });
  afterAll(() => h.close());

  const events = (accordId: string, type: string) =>
    h.db.query<{ seq: number; payload: Record<string, unknown>; actor_id: string }[]>(
      `SELECT seq, payload, actor_id FROM accord_event WHERE accord_id = $1 AND type = $2 ORDER BY seq`,
      [accordId, type],
    );

  const propose = (party: SeededParty, accordId: string, text = 'States shall cooperate.') =>
    h.get(ProposeAmendmentUseCase).execute({
      callerId: party.representative.id,
      input: {
        accordId,
        onBehalfOf: party.organizationId,
        kind: AmendmentKind.ADD_CLAUSE,
        text,
        force: NormativeForce.BINDING,
        rationale: 'Needed',
      },
    });

  /** An accord with two articles ("1" and "1 A", inserted before it) and one party. */
  async function givenDraft() {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const first = await h.clause(accordId, 'States shall not damage critical infrastructure.');
    const before = await h.clause(accordId, 'States should protect their own infrastructure.', 1);
    return { facilitator, accordId, party, first, before };
  }

  async function givenFinal() {
    const draft = await givenDraft();
    await h.get(DeclareFinalUseCase).execute({
      callerId: draft.facilitator.id,
      accordId: draft.accordId,
    });
    return draft;
  }

  it('declareFinal: the facilitator only, never while a vote runs; open amendments lapse', async () => {
    const { facilitator, accordId, party } = await givenDraft();
    const stranger = await h.user('stranger');
    const declare = h.get(DeclareFinalUseCase);
    await expectRefusal(
      declare.execute({ callerId: stranger.id, accordId }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
    await expectRefusal(
      declare.execute({ callerId: party.representative.id, accordId }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    const voted = await propose(party, accordId, 'States shall report.');
    const open = await propose(party, accordId, 'States should share.');
    await h.get(OpenVotingUseCase).execute({
      callerId: facilitator.id,
      amendmentId: voted.id,
      closesAt: null,
    });
    const refusal = await expectRefusal(
      declare.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.VOTES_STILL_RUNNING,
    );
    expect(refusal.details).toEqual({ amendmentIds: [voted.id] });
    await h.get(CastBallotUseCase).execute({
      callerId: party.representative.id,
      amendmentId: voted.id,
      organizationId: party.organizationId,
      choice: BallotChoice.FOR,
      explanation: null,
    });
    await h.get(CloseVotingUseCase).execute({ callerId: facilitator.id, amendmentId: voted.id });

    const [head] = await h.db.query<{ last_seq: number; head_hash: string }[]>(
      `SELECT last_seq, head_hash FROM accord WHERE id = $1`,
      [accordId],
    );
    const { last_seq: headSeq, head_hash: headHash } = head!;
    const accord = await declare.execute({ callerId: facilitator.id, accordId });
    const [event] = await events(accordId, 'accord.declaredFinal');
    expect(event).toMatchObject({
      seq: headSeq + 1,
      actor_id: facilitator.id,
      payload: { headSeq, headHash, articleCount: 3, lapsedAmendmentIds: [open.id] },
    });
    expect(accord).toMatchObject({ finalSeq: headSeq + 1, declaredFinalBy: facilitator.id });
    const [lapsed] = await h.db.query<{ status: string }[]>(
      `SELECT status FROM amendment WHERE id = $1`,
      [open.id],
    );
    expect(lapsed!.status).toBe(AmendmentStatus.WITHDRAWN);
    await expectRefusal(
      declare.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.ACCORD_TEXT_FINAL,
    );
  });

  it('declareFinal refuses an accord without an article', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    await expectRefusal(
      h.get(DeclareFinalUseCase).execute({ callerId: facilitator.id, accordId }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
  });

  it('a final text refuses every drafting, voting and co-sponsoring write (strangers still see nothing)', async () => {
    const { facilitator, accordId, party } = await givenDraft();
    const lapsing = await propose(party, accordId);
    await h.get(DeclareFinalUseCase).execute({ callerId: facilitator.id, accordId });
    const frozen = (run: Promise<unknown>) =>
      expectRefusal(run, 'CONFLICT', Code.ACCORD_TEXT_FINAL);
    await frozen(propose(party, accordId));
    await frozen(
      h.get(OpenVotingUseCase).execute({
        callerId: facilitator.id,
        amendmentId: lapsing.id,
        closesAt: null,
      }),
    );
    await frozen(
      h.get(SetDecisionRuleUseCase).execute({
        callerId: facilitator.id,
        accordId,
        rule: { kind: DecisionRuleKind.CONSENSUS },
      }),
    );
    await frozen(h.get(RenumberClausesUseCase).execute({ callerId: facilitator.id, accordId }));
    await frozen(
      h.get(SupportAmendmentUseCase).execute({
        callerId: party.representative.id,
        amendmentId: lapsing.id,
        organizationId: party.organizationId,
      }),
    );
    const stranger = await h.user('stranger');
    const strangersParty = { ...party, representative: stranger };
    await expectRefusal(propose(strangersParty, accordId), 'NOT_FOUND', Code.ACCORD_NOT_FOUND);
  });

  it('signAccord: a representative of a party, once the text is final, with a statement and reservations', async () => {
    const { facilitator, accordId, party, first } = await givenDraft();
    const sign = h.get(SignAccordUseCase);
    const command = {
      callerId: party.representative.id,
      accordId,
      organizationId: party.organizationId,
      statement: '  We sign in good faith. ',
      reservations: [{ clauseId: first.id, text: 'Subject to our constitution.' }],
    };
    await expectRefusal(sign.execute(command), 'CONFLICT', Code.ACCORD_NOT_FINAL);
    await h.get(DeclareFinalUseCase).execute({ callerId: facilitator.id, accordId });

    const member = await h.user('member');
    await h.member(party.organizationId, member, MembershipRole.MEMBER);
    await expectRefusal(
      sign.execute({ ...command, callerId: member.id }),
      'FORBIDDEN',
      Code.NOT_A_REPRESENTATIVE,
    );
    const observerRep = await h.user('observer');
    const observer = await h.organization(observerRep, { group: StakeholderGroup.ACADEMIA });
    await h.participant(facilitator, accordId, observer, ParticipantRole.OBSERVER);
    await expectRefusal(
      sign.execute({ ...command, callerId: observerRep.id, organizationId: observer }),
      'FORBIDDEN',
      Code.NOT_A_PARTY,
    );
    await expectRefusal(
      sign.execute({
        ...command,
        reservations: [{ clauseId: facilitator.id, text: 'No such article' }],
      }),
      'NOT_FOUND',
      Code.CLAUSE_NOT_FOUND,
    );
    await expectRefusal(
      sign.execute({
        ...command,
        reservations: [
          { clauseId: first.id, text: 'One' },
          { clauseId: first.id, text: 'Two' },
        ],
      }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );

    const signature = await sign.execute(command);
    expect(signature).toMatchObject({
      statement: 'We sign in good faith.',
      reservations: [{ clauseId: first.id, number: '1', text: 'Subject to our constitution.' }],
      signedBy: party.representative.id,
    });
    const [event] = await events(accordId, 'signature.added');
    expect(event!.payload).toMatchObject({
      signatureId: signature.id,
      organizationId: party.organizationId,
      group: StakeholderGroup.GOVERNMENT,
      reservations: [{ clauseId: first.id, number: '1', text: 'Subject to our constitution.' }],
    });
    await expectRefusal(sign.execute(command), 'CONFLICT', Code.ALREADY_SIGNED);
  });

  it('signAccord: two representatives of one organization signing at once make one signature', async () => {
    const { accordId, party } = await givenFinal();
    const second = await h.user('second-rep');
    await h.member(party.organizationId, second, MembershipRole.REPRESENTATIVE);
    const sign = h.get(SignAccordUseCase);
    const results = await Promise.allSettled(
      [party.representative, second].map((rep: SeededUser) =>
        sign.execute({ callerId: rep.id, accordId, organizationId: party.organizationId }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    await expectRefusal(
      Promise.reject((refused as PromiseRejectedResult).reason as Error),
      'CONFLICT',
      Code.ALREADY_SIGNED,
    );
    const rows = await h.db.query(`SELECT 1 FROM signature WHERE accord_id = $1`, [accordId]);
    expect(rows).toHaveLength(1);
    expect(await events(accordId, 'signature.added')).toHaveLength(1);
  });

  it('withdrawSignature keeps the signature on record; the organization may sign again', async () => {
    const { accordId, party } = await givenFinal();
    const base = {
      callerId: party.representative.id,
      accordId,
      organizationId: party.organizationId,
    };
    const withdraw = h.get(WithdrawSignatureUseCase);
    await expectRefusal(withdraw.execute(base), 'CONFLICT', Code.NOT_A_SIGNATORY);
    const signed = await h.get(SignAccordUseCase).execute(base);
    const withdrawn = await withdraw.execute({ ...base, reason: 'Our parliament refused it' });
    expect(withdrawn).toMatchObject({
      id: signed.id,
      withdrawalReason: 'Our parliament refused it',
      withdrawnBy: party.representative.id,
    });
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    const again = await h.get(SignAccordUseCase).execute(base);
    expect(again.id).not.toBe(signed.id);
    expect((await events(accordId, 'signature.withdrawn'))[0]!.payload).toEqual({
      signatureId: signed.id,
      organizationId: party.organizationId,
      reason: 'Our parliament refused it',
    });
  });

  it('fileImplementationReport: a signatory’s representative, on an article of the text', async () => {
    const { accordId, party, first } = await givenFinal();
    const report = h.get(FileImplementationReportUseCase);
    const command = {
      callerId: party.representative.id,
      accordId,
      organizationId: party.organizationId,
      clauseId: first.id,
      status: ImplementationStatus.IN_PROGRESS,
      text: 'A national CERT is being set up.',
    };
    await expectRefusal(report.execute(command), 'CONFLICT', Code.NOT_A_SIGNATORY);
    await h.get(SignAccordUseCase).execute({
      callerId: party.representative.id,
      accordId,
      organizationId: party.organizationId,
    });
    await expectRefusal(
      report.execute({ ...command, clauseId: accordId }),
      'NOT_FOUND',
      Code.CLAUSE_NOT_FOUND,
    );
    await expectRefusal(
      report.execute({ ...command, text: '   ' }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
    const stranger = await h.user('stranger');
    await expectRefusal(
      report.execute({ ...command, callerId: stranger.id }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
    const filed = await report.execute(command);
    expect(filed).toMatchObject({ status: ImplementationStatus.IN_PROGRESS, clauseId: first.id });
    expect((await events(accordId, 'implementation.reported'))[0]!.payload).toMatchObject({
      reportId: filed.id,
      number: '1',
      status: 'IN_PROGRESS',
    });
  });

  it('publish and unpublish: the facilitator of a final accord; the slug is kept', async () => {
    const { facilitator, accordId, party } = await givenDraft();
    const publish = h.get(PublishAccordUseCase);
    const unpublish = h.get(UnpublishAccordUseCase);
    await expectRefusal(
      publish.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.ACCORD_NOT_FINAL,
    );
    await h.get(DeclareFinalUseCase).execute({ callerId: facilitator.id, accordId });
    await expectRefusal(
      publish.execute({ callerId: party.representative.id, accordId }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    await expectRefusal(
      unpublish.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.NOT_PUBLISHED,
    );
    const published = await publish.execute({ callerId: facilitator.id, accordId });
    expect(published.publicSlug).toMatch(/^tech-accord-[0-9a-f]{8}$/);
    expect(published.publishedAt).toBeInstanceOf(Date);
    await expectRefusal(
      publish.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.ALREADY_PUBLISHED,
    );
    const withdrawn = await unpublish.execute({ callerId: facilitator.id, accordId });
    expect(withdrawn).toMatchObject({ publishedAt: null, publicSlug: published.publicSlug });
    const again = await publish.execute({ callerId: facilitator.id, accordId });
    expect(again.publicSlug).toBe(published.publicSlug);
    expect((await events(accordId, 'accord.published')).map((e) => e.payload)).toEqual([
      { slug: published.publicSlug },
      { slug: published.publicSlug },
    ]);
  });

  it('startNewVersion: seeded with the final text and its numbers, the participants copied, linked both ways, once', async () => {
    const { facilitator, accordId, party } = await givenDraft();
    const start = h.get(StartNewVersionUseCase);
    await expectRefusal(
      start.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.ACCORD_NOT_FINAL,
    );
    const final = await h.get(DeclareFinalUseCase).execute({ callerId: facilitator.id, accordId });
    await expectRefusal(
      start.execute({ callerId: party.representative.id, accordId }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
    const next = await start.execute({
      callerId: facilitator.id,
      accordId,
      title: 'Tech Accord, second version',
    });
    expect(next).toMatchObject({
      title: 'Tech Accord, second version',
      previousVersionId: accordId,
      facilitatorId: facilitator.id,
      finalSeq: null,
    });
    const text = (id: string) =>
      h.db.query<{ number: string; text: string }[]>(
        `SELECT c.number, v.text FROM clause c
         JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
         WHERE c.accord_id = $1 AND c.removed_at IS NULL ORDER BY c.position`,
        [id],
      );
    expect(await text(next.id)).toEqual(await text(accordId));
    expect((await text(next.id)).map((c) => c.number)).toEqual(['1 A', '1']);
    const participants = await h.db.query(
      `SELECT organization_id, role FROM participant WHERE accord_id = $1`,
      [next.id],
    );
    expect(participants).toEqual([{ organization_id: party.organizationId, role: 'PARTY' }]);
    expect((await events(next.id, 'accord.versionOf'))[0]).toMatchObject({
      seq: 2,
      payload: {
        previousVersionId: accordId,
        finalSeq: final.finalSeq,
        finalHash: final.finalHash,
      },
    });
    expect((await events(accordId, 'accord.newVersionStarted'))[0]!.payload).toEqual({
      nextVersionId: next.id,
      title: 'Tech Accord, second version',
    });
    await expectRefusal(
      start.execute({ callerId: facilitator.id, accordId }),
      'CONFLICT',
      Code.NEXT_VERSION_EXISTS,
    );
    // The new version is open to drafting again.
    const amendment = await propose(party, next.id, 'States shall also assist.');
    expect(amendment.status).toBe(AmendmentStatus.OPEN);
  });

  it('startNewVersion: the free-text sources linked to norms stay linked, each link a clause.sourceLinked in the new log', async () => {
    const { facilitator, accordId, first, before } = await givenDraft();
    const shortName = `Paris Call ${Math.random().toString(36).slice(2, 8)}`;
    const {
      frameworkId,
      normIds: [protect, proliferation],
    } = await importParisCall(h, shortName);
    await h.db.query(`UPDATE clause_version SET sources = $2 WHERE clause_id = $1`, [
      first.id,
      JSON.stringify(['Paris Call principle 5', 'Free text', 'Paris Call principle 1']),
    ]);
    await h.db.query(`UPDATE clause_version SET sources = $2 WHERE clause_id = $1`, [
      before.id,
      JSON.stringify(['Paris Call principle 1']),
    ]);
    const link = (clauseId: string, source: string, normId: string | undefined) =>
      h
        .get(LinkSourceUseCase)
        .execute({ callerId: facilitator.id, clauseId, source, normId: normId! });
    await link(first.id, 'Paris Call principle 1', protect);
    await link(first.id, 'Paris Call principle 5', proliferation);
    await link(before.id, 'Paris Call principle 1', protect);
    // A link kept for a source its clause no longer cites (a later version dropped it) stays behind.
    await h.db.query(`UPDATE clause_version SET sources = '[]' WHERE clause_id = $1`, [before.id]);
    await h.get(DeclareFinalUseCase).execute({ callerId: facilitator.id, accordId });

    const next = await h
      .get(StartNewVersionUseCase)
      .execute({ callerId: facilitator.id, accordId });
    const links = await h.db.query<
      { number: string; source: string; norm_id: string; linked_by: string; seq: number }[]
    >(
      `SELECT c.number, l.source, l.norm_id, l.linked_by, l.linked_seq AS seq
       FROM clause_source_link l JOIN clause c ON c.id = l.clause_id
       WHERE l.accord_id = $1 ORDER BY l.linked_seq`,
      [next.id],
    );
    // In the order the article cites them.
    expect(links.map(({ number, source, norm_id }) => [number, source, norm_id])).toEqual([
      ['1', 'Paris Call principle 5', proliferation],
      ['1', 'Paris Call principle 1', protect],
    ]);
    expect(links.every((l) => l.linked_by === facilitator.id)).toBe(true);
    const logged = await events(next.id, 'clause.sourceLinked');
    expect(logged.map((e) => e.seq)).toEqual(links.map((l) => l.seq));
    const article1 = await h.db.query<{ id: string }[]>(
      `SELECT id FROM clause WHERE accord_id = $1 AND number = '1'`,
      [next.id],
    );
    expect(logged[0]!.payload).toEqual({
      clauseId: article1[0]!.id,
      version: 1,
      source: 'Paris Call principle 5',
      norm: {
        normId: proliferation,
        frameworkId,
        frameworkShortName: shortName,
        key: '5',
      },
    });
    // Each link follows its article's clause.versioned.
    const versioned = await events(next.id, 'clause.versioned');
    const ofArticle1 = versioned.find((e) => e.payload.clauseId === article1[0]!.id)!;
    expect(logged[0]!.seq).toBe(ofArticle1.seq + 1);
    // The final accord's links are untouched.
    expect(
      await h.db.query(`SELECT count(*)::int AS n FROM clause_source_link WHERE accord_id = $1`, [
        accordId,
      ]),
    ).toEqual([{ n: 3 }]);
  });
});
