import { Injectable } from '@nestjs/common';
import type { DecisionRule } from '@plenary/contracts';
import { ParticipantRole } from '@plenary/contracts';
import { validateDecisionRule } from '@plenary/decision-rules';
import { DataSource } from 'typeorm';
import { inTransaction } from '../common/database/transaction.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { lockOrganization } from '../identity/organization-write.js';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import type { DecisionRuleInput } from './dto/accord.args.js';
import { ParticipantEntity } from './participant.entity.js';

/** Normalises and checks a rule; the stored form has no undefined fields. */
export function toDecisionRule(input: DecisionRuleInput): DecisionRule {
  const rule: DecisionRule = {
    kind: input.kind,
    threshold: input.threshold ?? null,
    quorum: input.quorum ?? null,
    weights: input.weights?.map((w) => ({ group: w.group, weight: w.weight })) ?? null,
    secretBallot: input.secretBallot ?? false,
  };
  const problems = validateDecisionRule(rule);
  if (problems.length > 0) {
    throw new DomainError(
      DomainErrorCode.INVALID_DECISION_RULE,
      `Invalid decision rule: ${problems.join('; ')}`,
    );
  }
  return rule;
}

@Injectable()
export class AccordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async createAccord(
    facilitatorId: string,
    title: string,
    preamble: string | null,
    ruleInput: DecisionRuleInput,
  ) {
    const rule = toDecisionRule(ruleInput);
    return inTransaction(this.dataSource, async (manager) => {
      const accord = await manager.save(
        manager.create(AccordEntity, {
          title: title.trim(),
          preamble: preamble?.trim() || null,
          rule,
          facilitatorId,
        }),
      );
      const write = await this.events.lockAccord(manager, accord.id);
      await write.append('accord.created', facilitatorId, {
        title: accord.title,
        preamble: accord.preamble,
        rule,
        facilitatorId,
      });
      return manager.findOneByOrFail(AccordEntity, { id: accord.id });
    });
  }

  async setDecisionRule(callerId: string, accordId: string, ruleInput: DecisionRuleInput) {
    const rule = toDecisionRule(ruleInput);
    await this.access.requireFacilitator(callerId, accordId);
    return this.events.writeToAccord(accordId, async (write) => {
      // Rules must not change under a vote: once any vote has opened they are fixed.
      const opened = await write.manager.query<unknown[]>(
        `SELECT 1 FROM amendment WHERE accord_id = $1 AND voting_opened_at IS NOT NULL LIMIT 1`,
        [accordId],
      );
      if (opened.length > 0) {
        throw new DomainError(
          DomainErrorCode.RULE_LOCKED,
          'The decision rule cannot change once a vote has opened',
        );
      }
      await write.manager.update(AccordEntity, { id: accordId }, { rule });
      await write.append('accord.ruleChanged', callerId, { rule });
      return write.manager.findOneByOrFail(AccordEntity, { id: accordId });
    });
  }

  /**
   * Only a verified organization may be a PARTY; an unverified one may observe if the
   * facilitator lets it (and is marked so wherever it is listed).
   */
  async addParticipant(
    callerId: string,
    accordId: string,
    organizationId: string,
    role: ParticipantRole,
  ) {
    await this.access.requireFacilitator(callerId, accordId);
    return inTransaction(this.dataSource, async (manager) => {
      // The organization before the accord: the order OrganizationWrite keeps too.
      const organization = await lockOrganization(manager, organizationId, 'SHARE');
      if (role === ParticipantRole.PARTY && !organization.verifiedAt) {
        throw new DomainError(
          DomainErrorCode.ORGANIZATION_NOT_VERIFIED,
          'Only an organization verified by a platform operator can be a party; it may observe meanwhile',
        );
      }
      const write = await this.events.lockAccord(manager, accordId);
      const existing = await manager.findOneBy(ParticipantEntity, { accordId, organizationId });
      if (existing) {
        throw new DomainError(
          DomainErrorCode.ALREADY_PARTICIPANT,
          'This organization already takes part in the accord',
        );
      }
      const participant = await manager.save(
        manager.create(ParticipantEntity, { accordId, organizationId, role }),
      );
      if (role === ParticipantRole.PARTY) {
        // Kept with the participants so that a tally never has to count them.
        await manager.query(
          `UPDATE accord SET parties_per_group = jsonb_set(parties_per_group, ARRAY[$2::text],
             to_jsonb(COALESCE((parties_per_group->>$2)::int, 0) + 1)) WHERE id = $1`,
          [accordId, organization.group],
        );
      }
      await write.append('participant.added', callerId, {
        organizationId,
        organizationName: organization.name,
        group: organization.group,
        role,
        verified: organization.verifiedAt !== null,
      });
      return participant;
    });
  }

  async getVisible(callerId: string, accordId: string): Promise<AccordEntity> {
    return (await this.access.requireVisible(callerId, accordId)).accord;
  }

  listVisible(callerId: string): Promise<AccordEntity[]> {
    return this.access.listVisible(callerId);
  }
}
