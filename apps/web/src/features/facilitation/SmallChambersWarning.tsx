import type { StakeholderGroup } from '../../data/gql/graphql';
import { groupLabels } from '../../ui/format';

export interface SmallChamber {
  group: StakeholderGroup;
  parties: number;
}

/** "civil society (1 party) and private sector (2 parties)" */
function listChambers(chambers: SmallChamber[]): string {
  const names = chambers.map(
    (c) =>
      `${groupLabels[c.group].toLowerCase()} (${c.parties} ${c.parties === 1 ? 'party' : 'parties'})`,
  );
  const last = names.pop() ?? '';
  return names.length > 0 ? `${names.join(', ')} and ${last}` : last;
}

/**
 * Told to the facilitator wherever a secret ballot meets a chamber of one or two parties: the
 * counts published at the close give those parties' votes away.
 */
export function SmallChambersWarning({ id, chambers }: { id?: string; chambers: SmallChamber[] }) {
  if (chambers.length === 0) return null;
  return (
    <p id={id} className="notice notice--warn" data-testid="small-chambers-warning">
      Under a secret ballot, a chamber of fewer than three parties gives its parties’ votes away
      through its count at the close: {listChambers(chambers)}. Add parties to{' '}
      {chambers.length === 1 ? 'that chamber' : 'those chambers'}, or tell them before the vote.
    </p>
  );
}
