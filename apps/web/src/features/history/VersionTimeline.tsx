import { Link } from 'react-router';
import type { NormativeForce } from '../../data/gql/graphql';
import { ForceBadge } from '../../ui/Badges';
import { formatDateTime } from '../../ui/format';

export interface TimelineVersion {
  version: number;
  heading?: string | null;
  force: NormativeForce;
  createdAt: string;
  author?: { name: string } | null;
  amendment?: { id: string } | null;
}

/** A clause's versions, newest first, each with its author and the amendment that made it. */
export function VersionTimeline({
  accordId,
  versions,
}: {
  accordId: string;
  versions: TimelineVersion[];
}) {
  return (
    <ol className="timeline" aria-label="Versions" data-testid="timeline">
      {[...versions].reverse().map((v) => (
        <li key={v.version} className="timeline__item">
          <span className="timeline__version">v{v.version}</span>
          <div>
            <p className="timeline__title">
              {v.heading ?? 'Untitled'} <ForceBadge force={v.force} />
            </p>
            <p className="meta">
              {formatDateTime(v.createdAt)}
              {v.author ? ` · by ${v.author.name}` : ' · original text'}
              {v.amendment && (
                <>
                  {' · '}
                  <Link to={`/accords/${accordId}/amendments/${v.amendment.id}`}>amendment</Link>
                </>
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
