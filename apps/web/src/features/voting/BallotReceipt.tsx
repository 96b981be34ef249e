import { useApolloClient, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { friendlyError } from '../../data/errors';
import type {
  BallotReceiptFieldsFragment,
  CheckReceiptQuery as CheckResult,
} from '../../data/gql/graphql';
import { CheckReceiptQuery, MyBallotReceiptsQuery } from './voting.graphql';
import './voting.css';

export type Receipt = BallotReceiptFieldsFragment;
type ReceiptCheck = CheckResult['checkReceipt'];

/** What a receipt is copied as: what `npm run verify -- <export.json> --receipt` takes. */
export const receiptText = (receipt: Receipt) =>
  `${receipt.accordId}:${receipt.seq}:${receipt.hash}`;

/**
 * The caller's latest receipt per organization on an amendment (his own: never shared). Only
 * representatives have any: `skip` spares the others the request. Fetched once, then kept by
 * the ballots' live events (and his own casts), so a card shown at the close asks nothing.
 */
export function useMyReceipts(amendmentId: string, skip = false): Map<string, Receipt> {
  const { data } = useQuery(MyBallotReceiptsQuery, {
    variables: { amendmentId },
    skip,
    fetchPolicy: 'cache-first',
  });
  const latest = new Map<string, Receipt>();
  for (const receipt of data?.myBallotReceipts ?? []) {
    if (!latest.has(receipt.organization.id)) latest.set(receipt.organization.id, receipt);
  }
  return latest;
}

function verdictOf(check: ReceiptCheck): { tone: string; word: string } {
  if (!check.inChain) return { tone: 'broken', word: 'Not found' };
  if (!check.chainOk) return { tone: 'broken', word: 'In the log, but the log fails verification' };
  if (check.coveredBy) return { tone: 'ok', word: 'Confirmed' };
  return { tone: 'pending', word: 'Recorded' };
}

/**
 * A ballot receipt: the seq and hash of the log entry that recorded the ballot. Copy it to keep
 * it; check it (now or after any later change) against the verified log and its signatures.
 */
export function BallotReceipt({ receipt }: { receipt: Receipt }) {
  const client = useApolloClient();
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [check, setCheck] = useState<ReceiptCheck | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(receiptText(receipt));
      setCopied('Copied');
    } catch {
      setCopied('Could not copy: open “Full receipt” and copy the text');
    }
  }

  async function verify() {
    setChecking(true);
    setFailure(null);
    try {
      const { data } = await client.query({
        query: CheckReceiptQuery,
        variables: { accordId: receipt.accordId, seq: receipt.seq, hash: receipt.hash },
        fetchPolicy: 'network-only',
      });
      setCheck(data?.checkReceipt ?? null);
    } catch (error) {
      setFailure(friendlyError(error));
    } finally {
      setChecking(false);
    }
  }

  const verdict = check && verdictOf(check);
  return (
    <div className="receipt" data-testid="ballot-receipt">
      <p className="receipt__line" id={`${id}-receipt`}>
        Your receipt:{' '}
        <code className="receipt__code" title={receipt.hash}>
          #{receipt.seq} · {receipt.hash.slice(0, 12)}…
        </code>
      </p>
      <div className="receipt__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => void copy()}
          aria-describedby={`${id}-receipt`}
        >
          Copy
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void verify()}
          disabled={checking}
          aria-describedby={`${id}-receipt`}
        >
          {checking ? 'Checking…' : 'Check'}
        </button>
        <span className="receipt__copied" role="status">
          {copied}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {verdict && check && (
          <p
            className={`receipt__verdict receipt__verdict--${verdict.tone}`}
            data-testid="receipt-check"
          >
            <strong>{verdict.word}.</strong> {check.explanation}
          </p>
        )}
        {failure && <p className="receipt__verdict receipt__verdict--broken">{failure}</p>}
      </div>
      <details className="receipt__details">
        <summary>Full receipt</summary>
        <code className="receipt__full" data-testid="receipt-text">
          {receiptText(receipt)}
        </code>
        <p className="hint">
          Keep it. Anyone can check it later, here or offline against a JSON export:{' '}
          <code>npm run verify -- export.json --receipt …</code>
        </p>
      </details>
    </div>
  );
}

/** After the vote: the receipts of the caller's organizations, under the final tally. */
export function MyReceiptsCard({ amendmentId }: { amendmentId: string }) {
  const receipts = [...useMyReceipts(amendmentId).values()];
  if (receipts.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-receipts-title">
      <h2 id="my-receipts-title" className="section-title">
        Your ballot receipt{receipts.length > 1 ? 's' : ''}
      </h2>
      {receipts.map((receipt) => (
        <div key={receipt.organization.id}>
          {receipts.length > 1 && <p className="meta">{receipt.organization.name}</p>}
          <BallotReceipt receipt={receipt} />
        </div>
      ))}
    </section>
  );
}
