// @ts-check
// The events the bench writes by bulk SQL, built as the API builds them. `npm run typecheck`
// checks this file against AccordEventPayloads (tsconfig.check.json), so when the API changes a
// payload the bench's fixtures cannot silently drift from it.
import { AmendmentKind, BallotChoice, ParticipantRole } from '@plenary/contracts';
import { openTally, sealedTally } from '@plenary/decision-rules';

/**
 * @import { AccordEventPayloads, AccordEventType, DecisionRule, NormativeForce, StakeholderGroup } from '@plenary/contracts'
 * @import { Tally } from '@plenary/decision-rules'
 */

/**
 * @template {AccordEventType} T
 * @typedef {{ type: T, actorId: string | null, payload: AccordEventPayloads[T] }} EventDraft
 */

/** @typedef {{ organizationId: string, name: string, group: StakeholderGroup }} BenchParty */

/**
 * @template {AccordEventType} T
 * @param {T} type
 * @param {string | null} actorId
 * @param {AccordEventPayloads[T]} payload
 * @returns {EventDraft<T>}
 */
const draft = (type, actorId, payload) => ({ type, actorId, payload });

/** A verified organization added as a PARTY (AddParticipantUseCase). */
export const participantAdded = (/** @type {string} */ actorId, /** @type {BenchParty} */ party) =>
  draft('participant.added', actorId, {
    organizationId: party.organizationId,
    organizationName: party.name,
    group: party.group,
    role: ParticipantRole.PARTY,
    verified: true,
  });

/**
 * A party's first ballot (CastBallotUseCase): a secret ballot is logged with turnout only and
 * without its actor; otherwise with the choice and the tally after it.
 * @param {{ amendmentId: string, castBy: string, party: BenchParty, choice: BallotChoice,
 *   tally: Tally, rule: DecisionRule }} ballot
 */
export function ballotCast({ amendmentId, castBy, party, choice, tally, rule }) {
  if (rule.secretBallot === true)
    return draft('ballot.cast', null, { amendmentId, secret: true, tally: sealedTally(tally) });
  return draft('ballot.cast', castBy, {
    amendmentId,
    organizationId: party.organizationId,
    organizationName: party.name,
    group: party.group,
    changed: false,
    choice,
    explanation: null,
    tally: {
      for: tally.for,
      against: tally.against,
      abstain: tally.abstain,
      cast: tally.cast,
      eligible: tally.eligible,
      passed: tally.passed,
      explanation: tally.explanation,
    },
  });
}

/**
 * The events of one MODIFY_CLAUSE amendment proposed, voted FOR by its party and adopted, making
 * version `version` of the clause (ProposeAmendmentUseCase, OpenVotingUseCase, CastBallotUseCase,
 * CloseVotingUseCase, ClauseWriter.addVersion).
 * @param {{ amendmentId: string, facilitatorId: string, proposerId: string, party: BenchParty,
 *   clauseId: string, version: number, position: number | null, heading: string | null,
 *   text: string, force: NormativeForce, sources: string[], tally: Tally, rule: DecisionRule }} adopted
 */
export function adoptedModification(adopted) {
  const { amendmentId, facilitatorId, proposerId, party, clauseId, version, tally, rule } = adopted;
  return [
    draft('amendment.proposed', proposerId, {
      amendmentId,
      kind: AmendmentKind.MODIFY_CLAUSE,
      clauseId,
      baseVersion: version - 1,
      heading: null,
      text: adopted.text,
      force: null,
      sources: [],
      position: null,
      rationale: 'Because it matters.',
      onBehalfOf: party.organizationId,
      newArticle: null,
    }),
    draft('voting.opened', facilitatorId, { amendmentId, closesAt: null, round: 1 }),
    ballotCast({ amendmentId, castBy: proposerId, party, choice: BallotChoice.FOR, tally, rule }),
    draft('voting.closed', facilitatorId, {
      amendmentId,
      outcome: 'ADOPTED',
      tally: openTally(tally, rule.secretBallot === true),
    }),
    draft('clause.versioned', facilitatorId, {
      clauseId,
      version,
      position: adopted.position,
      created: false,
      heading: adopted.heading,
      text: adopted.text,
      force: adopted.force,
      sources: adopted.sources,
      amendmentId,
      authorOrganizationId: party.organizationId,
    }),
  ];
}
