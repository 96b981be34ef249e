import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../app/session-context';
import type { DemoDelegatesQuery as DemoDelegatesData } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { groupLabels } from '../../ui/format';
import {
  DemoDelegatesQuery,
  LoginMutation,
  RegisterMutation,
  SignInAsDemoDelegateMutation,
} from './auth.graphql';
import './auth.css';

function useAfterSignIn() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // The desk is the first page after sign-in, unless he was on his way somewhere else.
  const asked = (location.state as { from?: string } | null)?.from;
  const from = asked && asked !== '/' ? asked : '/desk';
  return async (token: string) => {
    await signIn(token);
    await navigate(from, { replace: true });
  };
}

export function SignInPage() {
  const [login, { loading, error }] = useMutation(LoginMutation);
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (result?.data) await afterSignIn(result.data.login.token);
  }

  return (
    <div className="auth">
      <div className="auth__intro">
        <h1>Plenary</h1>
        <p>
          The negotiating table for the Tech Accord: governments, companies and civil society
          drafting, amending and voting on one text, with a verifiable record of every change.
        </p>
      </div>
      <form
        className="card auth__form"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="signin-title"
      >
        <h2 id="signin-title">Sign in</h2>
        {error && <ErrorNotice error={error} />}
        <TextField
          id="signin-email"
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          id="signin-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="auth__switch">
          New delegate? <Link to="/signup">Create an account</Link>
        </p>
      </form>
      <DemoDelegates />
    </div>
  );
}

const demoRoleLabels = {
  PARTY: 'party',
  OBSERVER: 'observer',
  FACILITATOR: 'facilitator',
  OPERATOR: 'platform operator',
} as const;

/**
 * The first minute: with the demo loaded (never in production), its delegates, each signed in
 * with one click — no password copied from the terminal. Nothing when the API offers none.
 */
function DemoDelegates() {
  const client = useApolloClient();
  const [delegates, setDelegates] = useState<DemoDelegatesData['demoDelegates']>([]);
  // Read once, outside the watched queries: signing in resets the store, which would fetch a
  // watched query again just as this page goes away.
  useEffect(() => {
    let current = true;
    client
      .query({ query: DemoDelegatesQuery, fetchPolicy: 'no-cache' })
      .then(({ data }) => current && setDelegates(data?.demoDelegates ?? []))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client]);
  const [signIn, { loading, error }] = useMutation(SignInAsDemoDelegateMutation);
  const afterSignIn = useAfterSignIn();
  if (delegates.length === 0) return null;

  async function signInAs(email: string) {
    const result = await signIn({ variables: { email } }).catch(() => null);
    if (result?.data) await afterSignIn(result.data.signInAsDemoDelegate.token);
  }

  return (
    <section className="card auth__demo" aria-labelledby="demo-title">
      <h2 id="demo-title">Try the demo</h2>
      <p className="hint">Sign in as one of the demo’s delegates in one click.</p>
      {error && <ErrorNotice error={error} />}
      <ul className="auth__demo-list">
        {delegates.map((delegate) => (
          <li key={delegate.email}>
            <button
              type="button"
              className="button auth__demo-button"
              disabled={loading}
              onClick={() => void signInAs(delegate.email)}
            >
              <span className="auth__demo-name">{delegate.name}</span>
              <span className="muted">
                {[
                  delegate.organization,
                  delegate.group && groupLabels[delegate.group],
                  demoRoleLabels[delegate.role],
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SignUpPage() {
  const [register, { loading, error }] = useMutation(RegisterMutation);
  const afterSignIn = useAfterSignIn();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await register({ variables: { email, password, displayName } }).catch(
      () => null,
    );
    if (result?.data) await afterSignIn(result.data.register.token);
  }

  return (
    <div className="auth">
      <div className="auth__intro">
        <h1>Join the negotiation</h1>
        <p>
          Create your delegate account. You then act for your organization — a state, a company or a
          civil-society group — once its representative adds you.
        </p>
      </div>
      <form
        className="card auth__form"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="signup-title"
      >
        <h2 id="signup-title">Create an account</h2>
        {error && <ErrorNotice error={error} />}
        <TextField
          id="signup-name"
          label="Your name"
          autoComplete="name"
          required
          maxLength={120}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <TextField
          id="signup-email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          id="signup-password"
          label="Password"
          hint="At least 10 characters."
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create account'}
        </button>
        <p className="auth__switch">
          Already registered? <Link to="/signin">Sign in</Link>
        </p>
      </form>
    </div>
  );
}
