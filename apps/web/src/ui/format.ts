import type {
  AmendmentKind,
  AmendmentStatus,
  BallotChoice,
  DecisionRuleKind,
  StakeholderGroup,
} from '../data/gql/graphql';

export const groupLabels: Record<StakeholderGroup, string> = {
  GOVERNMENT: 'Governments',
  PRIVATE_SECTOR: 'Private sector',
  CIVIL_SOCIETY: 'Civil society',
  TECHNICAL_COMMUNITY: 'Technical community',
  ACADEMIA: 'Academia',
  INTERGOVERNMENTAL: 'Intergovernmental',
};

export const groupOrder: StakeholderGroup[] = [
  'GOVERNMENT',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
  'TECHNICAL_COMMUNITY',
  'ACADEMIA',
  'INTERGOVERNMENTAL',
];

export const kindLabels: Record<AmendmentKind, string> = {
  ADD_CLAUSE: 'New clause',
  MODIFY_CLAUSE: 'Amend text',
  REMOVE_CLAUSE: 'Delete clause',
  MOVE_CLAUSE: 'Move clause',
};

export const statusLabels: Record<AmendmentStatus, string> = {
  OPEN: 'Open for discussion',
  VOTING: 'Voting',
  ADOPTED: 'Adopted',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  CONFLICT: 'Needs rebase',
};

export const choiceLabels: Record<BallotChoice, string> = {
  FOR: 'For',
  AGAINST: 'Against',
  ABSTAIN: 'Abstain',
};

export const ruleLabels: Record<DecisionRuleKind, string> = {
  SIMPLE_MAJORITY: 'Simple majority',
  QUALIFIED_MAJORITY: 'Qualified majority',
  CONSENSUS: 'Consensus',
  CHAMBERED: 'Chambered majority',
  WEIGHTED: 'Weighted vote',
};

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
}

const FRACTIONS: [number, string][] = [
  [1 / 2, '1/2'],
  [2 / 3, '2/3'],
  [3 / 4, '3/4'],
  [3 / 5, '3/5'],
  [1 / 3, '1/3'],
];

/** The usual fraction a share stands for (0.6667 → "2/3"), or null. */
export function knownFraction(share: number): string | null {
  return FRACTIONS.find(([value]) => Math.abs(value - share) < 0.0005)?.[1] ?? null;
}

/** 0.6667 → "2/3", 0.5 → "1/2", 1 → "all", 0.55 → "55%". */
export function formatShare(share: number): string {
  if (share === 1) return 'all';
  return knownFraction(share) ?? `${Math.round(share * 100)}%`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
