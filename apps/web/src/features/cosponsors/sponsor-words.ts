import type { StakeholderGroup } from '../../data/gql/graphql';
import { groupOrder, plural } from '../../ui/format';

/** One organization of each stakeholder group, in the words a sentence counts them with. */
const memberWords: Record<StakeholderGroup, [one: string, many: string]> = {
  GOVERNMENT: ['government', 'governments'],
  PRIVATE_SECTOR: ['company', 'companies'],
  CIVIL_SOCIETY: ['NGO', 'NGOs'],
  TECHNICAL_COMMUNITY: ['technical body', 'technical bodies'],
  ACADEMIA: ['academic institution', 'academic institutions'],
  INTERGOVERNMENTAL: ['intergovernmental organization', 'intergovernmental organizations'],
};

/** "2 governments, 1 company, 1 NGO": the largest group first, ties in the usual group order. */
export function sponsorSpreadWords(groups: readonly { group: StakeholderGroup; count: number }[]) {
  return [...groups]
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count || groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group))
    .map(({ group, count }) => plural(count, ...memberWords[group]))
    .join(', ');
}

/** The names in a sentence: "A", "A and B", "A, B and C". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
