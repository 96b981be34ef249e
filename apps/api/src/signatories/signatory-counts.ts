import type { StakeholderGroup } from '@plenary/contracts';

export interface SignatureSpan {
  group: StakeholderGroup;
  signedAt: Date;
  withdrawnAt: Date | null;
}

export interface SignatoryCount {
  date: string;
  group: StakeholderGroup;
  count: number;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Signatories over time: for each day (UTC) on which a signature was added or withdrawn, the
 * standing signatures of each group at the end of that day (groups that ever signed, zeros
 * included, so each group's line is complete). Days in order, groups in the order given.
 */
export function signatoryCounts(
  signatures: readonly SignatureSpan[],
  groupOrder: readonly StakeholderGroup[],
): SignatoryCount[] {
  const days = new Set<string>();
  for (const s of signatures) {
    days.add(dayOf(s.signedAt));
    if (s.withdrawnAt) days.add(dayOf(s.withdrawnAt));
  }
  const groups = groupOrder.filter((g) => signatures.some((s) => s.group === g));
  const counts: SignatoryCount[] = [];
  for (const date of [...days].sort()) {
    for (const group of groups) {
      const count = signatures.filter(
        (s) =>
          s.group === group &&
          dayOf(s.signedAt) <= date &&
          (s.withdrawnAt === null || dayOf(s.withdrawnAt) > date),
      ).length;
      counts.push({ date, group, count });
    }
  }
  return counts;
}
