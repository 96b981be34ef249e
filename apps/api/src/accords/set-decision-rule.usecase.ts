import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { toDecisionRule } from './decision-rule.js';
import type { DecisionRuleInput } from './dto/accord.args.js';

export interface SetDecisionRuleCommand {
  callerId: string;
  accordId: string;
  rule: DecisionRuleInput;
}

/** The facilitator changes the decision rule, until a vote has opened. */
@Injectable()
export class SetDecisionRuleUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, accordId, rule: ruleInput }: SetDecisionRuleCommand) {
    const rule = toDecisionRule(ruleInput);
    this.access.assertFacilitator(await this.access.requireVisibleAs(accordId, callerId));
    return this.events.writeToAccord(
      accordId,
      async (write) => {
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
      },
      { changesTextAs: callerId },
    );
  }
}
