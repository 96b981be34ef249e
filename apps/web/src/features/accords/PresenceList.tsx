import { useSession } from '../../app/session-context';
import { useLiveAccord } from '../../data/live';
import './accord-frame.css';

/** Who else is reading this accord now, and what. */
export function PresenceList({ clauseNumbers }: { clauseNumbers: Map<string, string> }) {
  const { presence } = useLiveAccord();
  const { me } = useSession();
  const others = presence.filter((user) => user.userId !== me?.id);
  return (
    <section className="side-section" aria-labelledby="presence-title">
      <h2 id="presence-title" className="side-title">
        Here now
      </h2>
      {others.length === 0 ? (
        <p className="muted">Only you.</p>
      ) : (
        <ul className="presence" data-testid="presence">
          {others.map((user) => {
            const clause = user.clauseId ? clauseNumbers.get(user.clauseId) : undefined;
            return (
              <li key={user.userId}>
                <span className="avatar" aria-hidden="true">
                  {initials(user.displayName)}
                </span>
                <span>
                  {user.displayName}
                  {clause && <span className="muted"> · clause {clause}</span>}
                  {user.typing && <span className="muted"> · typing…</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
