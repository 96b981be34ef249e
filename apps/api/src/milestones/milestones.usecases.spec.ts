import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { MarkMilestoneUseCase } from './mark-milestone.usecase.js';
import { MilestonesModule } from './milestones.module.js';

describe('milestones use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([MilestonesModule]);
  });
  afterAll(() => h.close());

  it('markMilestone names the text at the seq of its own event, in the log', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const milestone = await h.get(MarkMilestoneUseCase).execute({
      callerId: facilitator.id,
      accordId,
      name: '  Draft   after first reading ',
    });
    const [event] = await h.db.query<{ seq: number; type: string; payload: unknown }[]>(
      `SELECT seq, type, payload FROM accord_event WHERE accord_id = $1 ORDER BY seq DESC LIMIT 1`,
      [accordId],
    );
    expect(event).toEqual({
      seq: milestone.seq,
      type: 'milestone.marked',
      payload: { milestoneId: milestone.id, name: 'Draft after first reading' },
    });
    expect(milestone).toMatchObject({
      name: 'Draft after first reading',
      markedBy: facilitator.id,
    });
  });

  it('markMilestone: the facilitator only; hidden from strangers', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const party = await h.party(facilitator, accordId);
    const stranger = await h.user('stranger');
    const mark = h.get(MarkMilestoneUseCase);
    await expectRefusal(
      mark.execute({ callerId: stranger.id, accordId, name: 'Mine' }),
      'NOT_FOUND',
      Code.ACCORD_NOT_FOUND,
    );
    await expectRefusal(
      mark.execute({ callerId: party.representative.id, accordId, name: 'Mine' }),
      'FORBIDDEN',
      Code.NOT_THE_FACILITATOR,
    );
  });

  it('markMilestone refuses a name already given, whatever its case, even at the same moment', async () => {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const mark = h.get(MarkMilestoneUseCase);
    const names = ['End of session 2', 'END OF SESSION 2', 'end of session 2'];
    const results = await Promise.allSettled(
      names.map((name) => mark.execute({ callerId: facilitator.id, accordId, name })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === 'rejected'))
      await expectRefusal(
        Promise.reject(refused.reason as Error),
        'CONFLICT',
        Code.MILESTONE_NAME_TAKEN,
      );
    const rows = await h.db.query(`SELECT 1 FROM milestone WHERE accord_id = $1`, [accordId]);
    const events = await h.db.query(
      `SELECT 1 FROM accord_event WHERE accord_id = $1 AND type = 'milestone.marked'`,
      [accordId],
    );
    expect([rows.length, events.length]).toEqual([1, 1]);
  });
});
