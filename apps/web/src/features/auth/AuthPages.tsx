import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../app/session-context';
import { ErrorNotice } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { LoginMutation, RegisterMutation } from './auth.graphql';
import './auth.css';

function useAfterSignIn() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
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
    </div>
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
