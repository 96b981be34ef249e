import type { AmendmentStatus, NormativeForce } from '../data/gql/graphql';
import { statusLabels } from './format';
import './Badges.css';

export function ForceBadge({ force }: { force: NormativeForce }) {
  return force === 'BINDING' ? (
    <span className="badge badge--binding" title="Binding: parties shall comply">
      Binding
    </span>
  ) : (
    <span className="badge badge--voluntary" title="Voluntary: parties should comply">
      Voluntary
    </span>
  );
}

export function StatusBadge({ status }: { status: AmendmentStatus }) {
  return <span className={`status status--${status.toLowerCase()}`}>{statusLabels[status]}</span>;
}
