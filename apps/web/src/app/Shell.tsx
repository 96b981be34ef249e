import { type ReactNode, useId } from 'react';
import { Link, NavLink } from 'react-router';
import { SearchForm } from '../features/search/SearchForm';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { SelectField } from '../ui/Field';
import { groupLabels } from '../ui/format';
import { useSession } from './session-context';
import './Shell.css';

export function Shell({ children }: { children: ReactNode }) {
  const { me, actingFor, setActingFor, signOut } = useSession();
  const selectId = useId();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand" aria-label="Plenary, your accords">
            <span className="brand__mark" aria-hidden="true" />
            Plenary
          </Link>
          {me && (
            <nav className="topbar__nav" aria-label="Main">
              <NavLink to="/desk">Desk</NavLink>
              <NavLink to="/" end>
                Accords
              </NavLink>
              <NavLink to="/organizations">
                Organizations
                {(me.invitations?.length ?? 0) > 0 && (
                  <span
                    className="nav-count"
                    aria-label={`, ${me.invitations?.length} invitation(s) waiting`}
                  >
                    {me.invitations?.length}
                  </span>
                )}
              </NavLink>
              <NavLink to="/frameworks">Frameworks</NavLink>
              {me.isOperator && <NavLink to="/operator">Operator</NavLink>}
            </nav>
          )}
          {me && <SearchForm label="Search everything" className="topbar__search" />}
          {me && (
            <div className="topbar__session">
              {me.memberships.length > 1 ? (
                <SelectField
                  id={selectId}
                  label="Acting for"
                  fieldClassName="acting-for"
                  value={actingFor?.organization.id ?? ''}
                  onChange={(event) => setActingFor(event.target.value)}
                >
                  {me.memberships.map((m) => (
                    <option key={m.organization.id} value={m.organization.id}>
                      {m.organization.name} ({groupLabels[m.organization.group]}
                      {m.role === 'REPRESENTATIVE' ? ', representative' : ''})
                    </option>
                  ))}
                </SelectField>
              ) : actingFor ? (
                <span className="acting-for acting-for--single">
                  <span className="muted">Acting for</span> {actingFor.organization.name}
                </span>
              ) : null}
              {/* A new user, a new bell: its socket signs in as him. */}
              <NotificationBell key={me.id} />
              <span
                className="topbar__user"
                title={me.email ? `${me.displayName} · ${me.email}` : me.displayName}
              >
                {me.displayName}
              </span>
              <button type="button" className="button button--quiet" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
