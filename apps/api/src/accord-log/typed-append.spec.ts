import { describe, expect, it } from '@jest/globals';
import {
  ACCORD_EVENT_TYPES,
  isKnownAccordEvent,
  type AccordEventRecord,
  type AccordEventRecordOf,
} from '@plenary/contracts';
import type { AccordWrite } from './accord-write.js';

/**
 * Never called: `npm run typecheck` compiles it, and each `@ts-expect-error` fails the check
 * if the line below it ever compiles.
 */
export async function appendTakesOnlyThePayloadOfItsType(write: AccordWrite): Promise<void> {
  await write.append('comment.edited', null, { commentId: 'c', body: 'Better.', revision: 2 });
  // @ts-expect-error the payload of another type
  await write.append('comment.edited', null, { commentId: 'c', byFacilitator: true });
  // @ts-expect-error a field missing (round)
  await write.append('voting.opened', null, { amendmentId: 'a', closesAt: null });
  // @ts-expect-error a field of the wrong type (closesAt is an ISO string, as stored)
  await write.append('voting.opened', null, { amendmentId: 'a', closesAt: new Date(), round: 1 });
  await write.append('comment.deleted', null, {
    commentId: 'c',
    byFacilitator: false,
    // @ts-expect-error a field the type does not have
    reason: 'spam',
  });
  // @ts-expect-error an event type that does not exist
  await write.append('comment.liked', null, { commentId: 'c' });
}

describe('typed events', () => {
  it('narrows a record of a known type to its payload, and leaves newer types alone', () => {
    const record: AccordEventRecord = {
      accordId: 'a',
      seq: 2,
      type: 'comment.edited',
      at: '2026-12-01T10:00:00.000Z',
      actorId: 'u',
      payload: { commentId: 'c', body: 'Better.', revision: 2 },
      prevHash: '0'.repeat(64),
      hash: '1'.repeat(64),
    };
    expect(isKnownAccordEvent(record)).toBe(true);
    if (isKnownAccordEvent(record) && record.type === 'comment.edited') {
      const edited: AccordEventRecordOf<'comment.edited'> = record;
      expect(edited.payload.revision).toBe(2);
    }
    expect(isKnownAccordEvent({ ...record, type: 'comment.liked' })).toBe(false);
  });

  it('lists every type once', () => {
    expect(new Set(ACCORD_EVENT_TYPES).size).toBe(ACCORD_EVENT_TYPES.length);
  });
});
