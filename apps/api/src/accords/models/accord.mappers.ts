import type { DecisionRule } from '@plenary/contracts';
import { smallChambers } from '@plenary/decision-rules';
import type { AccordEntity } from '../../accord-log/accord.entity.js';
import type { ParticipantEntity } from '../participant.entity.js';
import { AccordModel, DecisionRuleModel, ParticipantModel } from './accord.models.js';

export const toDecisionRuleModel = (rule: DecisionRule): DecisionRuleModel =>
  Object.assign(new DecisionRuleModel(), {
    kind: rule.kind,
    threshold: rule.threshold ?? null,
    quorum: rule.quorum ?? null,
    weights: rule.weights?.length
      ? rule.weights.map((w) => ({ group: w.group, weight: w.weight }))
      : null,
    secretBallot: rule.secretBallot ?? false,
    minSponsors: rule.minSponsors ?? null,
    minSponsorGroups: rule.minSponsorGroups ?? null,
  });

export const toAccordModel = (accord: AccordEntity): AccordModel =>
  Object.assign(new AccordModel(), {
    id: accord.id,
    title: accord.title,
    preamble: accord.preamble,
    rule: toDecisionRuleModel(accord.rule),
    facilitatorId: accord.facilitatorId,
    lastSeq: accord.lastSeq,
    headHash: accord.headHash,
    createdAt: accord.createdAt,
    smallChambers: smallChambers(accord.partiesPerGroup),
    proposalsOpenFrom: accord.proposalsOpenFrom,
    proposalsCloseAt: accord.proposalsCloseAt,
    finalSeq: accord.finalSeq,
    finalHash: accord.finalHash,
    declaredFinalAt: accord.declaredFinalAt,
    previousVersionId: accord.previousVersionId,
    publicSlug: accord.publicSlug,
    publishedAt: accord.publishedAt,
  });

export const toParticipantModel = (participant: ParticipantEntity): ParticipantModel =>
  Object.assign(new ParticipantModel(), {
    accordId: participant.accordId,
    organizationId: participant.organizationId,
    role: participant.role,
  });
