// GraphQL over HTTP for fixtures and checks (load itself goes through autocannon).

export class GraphqlError extends Error {
  constructor(errors) {
    super(`GraphQL errors: ${JSON.stringify(errors).slice(0, 600)}`);
    this.errors = errors;
  }
}

export async function gqlRaw(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
}

export async function gql(url, query, variables = {}, token) {
  const body = await gqlRaw(url, query, variables, token);
  if (body.errors?.length) throw new GraphqlError(body.errors);
  return body.data;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
