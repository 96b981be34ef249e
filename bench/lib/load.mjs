// Closed-loop HTTP load with autocannon: `connections` clients, each sending its next request as
// soon as the previous answer arrives, for `seconds`.
import autocannon from 'autocannon';

/** No GraphQL `errors` in the answer (GraphQL answers errors with HTTP 200). */
export const noGraphqlErrors = (body) => typeof body === 'string' && !body.includes('"errors"');

/**
 * One round (`seconds` long, or `amount` requests). Returns throughput (ok answers per second) and latency percentiles in ms.
 * Throws when more than 1% of the answers were errors or mismatches: a figure made of
 * failures is not a figure.
 */
export async function hammer({
  url,
  method = 'POST',
  headers = {},
  body,
  connections = 10,
  seconds = 3,
  amount,
  setupClient,
  verifyBody,
  warmup = false,
}) {
  const result = await autocannon({
    url,
    method,
    headers,
    body,
    connections,
    // A fixed number of requests (smoke runs) instead of a duration (autocannon's shortest is ~1 s).
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 30,
    setupClient,
    verifyBody,
  });
  const ok = result['2xx'] - (result.mismatches ?? 0);
  const bad = result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0);
  const total = ok + bad;
  if (total === 0 && !warmup) throw new Error(`no answer at all from ${url}`);
  if (!warmup && bad / total > 0.01) {
    throw new Error(
      `${url}: ${bad} of ${total} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, ` +
        `timeouts ${result.timeouts}, mismatches ${result.mismatches ?? 0})`,
    );
  }
  return {
    rps: ok / result.duration,
    requests: ok,
    failed: bad,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    mean: result.latency.mean,
  };
}
