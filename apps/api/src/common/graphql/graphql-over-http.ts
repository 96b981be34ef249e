import type { ApolloServerPlugin } from '@apollo/server';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** The quality an Accept header gives a media type (its most specific matching range wins). */
function qualityOf(mediaType: string, accept: string): number {
  const [type] = mediaType.split('/');
  let best = { specificity: -1, q: 0 };
  for (const range of accept.split(',')) {
    const [name, ...params] = range.trim().toLowerCase().split(';');
    const specificity = name === mediaType ? 2 : name === `${type}/*` ? 1 : name === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) ? q : 0 };
  }
  return best.q;
}

/**
 * Whether the answer goes out as application/graphql-response+json: as Apollo decides, only
 * when the client prefers it to application/json (on a tie, JSON: older clients know only it).
 */
export function prefersGraphqlResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const modern = qualityOf(GRAPHQL_RESPONSE_JSON, accept);
  return modern > 0 && modern > qualityOf('application/json', accept);
}

/**
 * The GraphQL-over-HTTP spec: a well-formed request whose document does not parse or validate,
 * or whose variables do not coerce, is answered 400 in application/graphql-response+json, but
 * 200 in application/json (clients of that type read the errors from the body; Apollo answers
 * 400 in both). Requests that are not well-formed never get here: Apollo refuses them before its
 * request pipeline runs, 400 in either type.
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ request, response }) {
        if (
          response.http.status === 400 &&
          response.body.kind === 'single' &&
          !prefersGraphqlResponseJson(request.http?.headers.get('accept'))
        ) {
          response.http.status = 200;
        }
        return Promise.resolve();
      },
    });
  },
};
