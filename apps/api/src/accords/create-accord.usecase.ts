import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { inTransaction } from '../common/database/transaction.js';
import { toDecisionRule } from './decision-rule.js';
import type { DecisionRuleInput } from './dto/accord.args.js';

export interface CreateAccordCommand {
  callerId: string;
  title: string;
  preamble: string | null;
  rule: DecisionRuleInput;
}

/** Anyone signed in opens an accord, and becomes its facilitator. */
@Injectable()
export class CreateAccordUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, title, preamble, rule: ruleInput }: CreateAccordCommand) {
    const rule = toDecisionRule(ruleInput);
    const created = await inTransaction(this.dataSource, async (manager) => {
      const accord = await manager.save(
        manager.create(AccordEntity, {
          title: title.trim(),
          preamble: preamble?.trim() || null,
          rule,
          facilitatorId: callerId,
        }),
      );
      const write = await this.events.lockAccord(manager, accord.id);
      await write.append('accord.created', callerId, {
        title: accord.title,
        preamble: accord.preamble,
        rule,
        facilitatorId: callerId,
      });
      return manager.findOneByOrFail(AccordEntity, { id: accord.id });
    });
    return created;
  }
}
