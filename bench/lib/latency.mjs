// Time per operation of one GraphQL read: sequential requests over one keep-alive connection,
// each timed on its own (autocannon rounds its runs up to whole seconds, too coarse here).
import { Agent, request } from 'node:http';
import { percentile } from './stats.mjs';

function post(agent, url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Runs the read for `seconds` (or `amount` times) and returns its median time in ms.
 * Fails on any error answer: a fast error is not a fast read.
 */
export async function msPerRead({ url, token, query, variables, load }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const body = JSON.stringify({ query, variables });
  const samples = [];
  const deadline = performance.now() + (load.seconds ?? Infinity) * 1000;
  try {
    while (performance.now() < deadline && samples.length < (load.amount ?? Infinity)) {
      const t0 = performance.now();
      const { status, text } = await post(agent, `${url}/graphql`, headers, body);
      const ms = performance.now() - t0;
      if (status !== 200 || text.includes('"errors"'))
        throw new Error(`read failed (HTTP ${status}): ${text.slice(0, 300)}`);
      samples.push(ms);
    }
  } finally {
    agent.destroy();
  }
  return percentile(samples, 50);
}
