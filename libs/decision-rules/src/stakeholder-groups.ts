import { StakeholderGroup } from '@plenary/contracts';

/** Chambers are always listed in the enum's declaration order, so tallies read the same everywhere. */
export const STAKEHOLDER_GROUPS: readonly StakeholderGroup[] = Object.values(StakeholderGroup);

const GROUP_NAMES: Record<StakeholderGroup, string> = {
  [StakeholderGroup.GOVERNMENT]: 'government',
  [StakeholderGroup.PRIVATE_SECTOR]: 'private sector',
  [StakeholderGroup.CIVIL_SOCIETY]: 'civil society',
  [StakeholderGroup.TECHNICAL_COMMUNITY]: 'technical community',
  [StakeholderGroup.ACADEMIA]: 'academia',
  [StakeholderGroup.INTERGOVERNMENTAL]: 'intergovernmental',
};

/** Readable name used in explanations, e.g. "civil society". */
export function groupName(group: StakeholderGroup): string {
  return GROUP_NAMES[group];
}
