import type { JoinRequest, LeaveRequest, PresenceUpdate } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';

/** What clients send is untrusted: every message is checked here before any service sees it. */

const invalid = (message: string) => new DomainError(DomainErrorCode.INVALID_INPUT, message);

function asRecord(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw invalid('The message must be an object');
  }
  return payload as Record<string, unknown>;
}

function accordIdOf(message: Record<string, unknown>): string {
  const { accordId } = message;
  if (typeof accordId !== 'string' || accordId.length === 0 || accordId.length > 64) {
    throw invalid('accordId must be an accord id');
  }
  return accordId;
}

export function parseJoin(payload: unknown): JoinRequest {
  const message = asRecord(payload);
  const accordId = accordIdOf(message);
  const { afterSeq } = message;
  if (afterSeq === undefined || afterSeq === null) return { accordId };
  if (typeof afterSeq !== 'number' || !Number.isSafeInteger(afterSeq) || afterSeq < 0) {
    throw invalid('afterSeq must be an integer ≥ 0');
  }
  return { accordId, afterSeq };
}

export function parseLeave(payload: unknown): LeaveRequest {
  return { accordId: accordIdOf(asRecord(payload)) };
}

export function parsePresence(payload: unknown): Required<PresenceUpdate> {
  const message = asRecord(payload);
  const accordId = accordIdOf(message);
  const { clauseId, typing } = message;
  if (
    clauseId !== undefined &&
    clauseId !== null &&
    (typeof clauseId !== 'string' || !isUuid(clauseId))
  ) {
    throw invalid('clauseId must be a clause id or null');
  }
  if (typing !== undefined && typeof typing !== 'boolean') {
    throw invalid('typing must be true or false');
  }
  return { accordId, clauseId: clauseId ?? null, typing: typing ?? false };
}
