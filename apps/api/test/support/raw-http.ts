import type { GraphqlResponse, TestApp } from './test-app.js';

export interface RawGraphqlResponse {
  status: number;
  headers: Headers;
  body: GraphqlResponse;
}

/** A GraphQL POST with its HTTP status and headers (and any extra headers sent). */
export async function postGraphql(
  api: Pick<TestApp, 'url'>,
  query: string,
  variables: Record<string, unknown> = {},
  { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {},
): Promise<RawGraphqlResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // A modern client: it prefers the GraphQL media type, so request errors are HTTP 400.
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphqlResponse,
  };
}

/** The `extensions.code` of each answer's first error, or 'OK' when there is none. */
export const outcomes = (responses: { body: GraphqlResponse }[]): string[] =>
  responses.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK');

/** How many answers had each outcome. */
export function tally(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

export interface Download {
  status: number;
  headers: Headers;
  text: string;
}

/** `GET /accords/:id/<file>` (export.md, export.json, export.akn.xml) as a client downloads it. */
export async function downloadExport(
  api: Pick<TestApp, 'url'>,
  accordId: string,
  file: string,
  token?: string | null,
): Promise<Download> {
  const response = await fetch(`${api.url}/accords/${accordId}/${file}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
