import type { LogVerification } from './useLogVerification';

/** Which key signs the log's checkpoints, and how often. */
export function SigningKeyNote({
  signingKey,
  signingEvery,
}: Pick<LogVerification, 'signingKey' | 'signingEvery'>) {
  if (!signingKey) return null;
  return (
    <p className="checkpoints" data-testid="signing-key">
      The head of the log is signed at each vote close and at least every{' '}
      {signingEvery ? `${signingEvery} events` : 'few events'}, with the deployment key{' '}
      <code>{signingKey.keyId}</code> (Ed25519, fingerprint{' '}
      <code className="hash">{signingKey.fingerprint}</code>): a rewrite of the log by someone
      without that key no longer matches its signatures.
    </p>
  );
}
