import { Loading } from '../../ui/Feedback';
import type { LogVerification } from './useLogVerification';

/** Whether the log's hash chain and signed checkpoints check out. */
export function VerificationStatus({
  verification,
  verificationFailed,
}: Pick<LogVerification, 'verification' | 'verificationFailed'>) {
  const v = verification;
  if (v)
    return (
      <p
        className={`verify verify--${v.ok ? 'ok' : 'broken'}`}
        data-testid="verification"
        title={`Head hash ${v.headHash}`}
      >
        {v.ok
          ? `✓ Verified: ${v.checked} events, hash chain intact, ${v.checkpointsVerified} signed checkpoint${v.checkpointsVerified === 1 ? '' : 's'}`
          : `✗ Broken at event ${v.firstBrokenSeq ?? '?'}`}
      </p>
    );
  if (verificationFailed) return <p className="verify verify--unknown">Verification unavailable</p>;
  return <Loading label="Verifying…" />;
}
