import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { tokenStore } from './session';

/** The web's cache and its type policies (the bench's simulated browsers use it too). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Types without an id of their own are stored inside their parent.
      ClauseVersion: { keyFields: false },
      // Merged, not replaced: a live update may bring some of its figures only.
      Tally: { keyFields: false, merge: true },
      ChamberTally: { keyFields: false },
      Ballot: { keyFields: false },
      Participant: { keyFields: false },
      Membership: { keyFields: false },
      DecisionRule: { keyFields: false },
      TextSpan: { keyFields: false },
      AccordSnapshot: { keyFields: false },
      Accord: {
        fields: {
          clauses: { merge: false },
          participants: { merge: false },
          amendments: { keyArgs: ['status'], merge: false },
        },
      },
      Amendment: { fields: { comments: { merge: false }, ballots: { merge: false } } },
      Comment: { fields: { replies: { merge: false } } },
      Clause: {
        fields: {
          versions: { merge: false },
          attribution: { merge: false },
          comments: { keyArgs: ['version'], merge: false },
        },
      },
      User: { fields: { memberships: { merge: false } } },
    },
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink((prevContext) => {
    const token = tokenStore.get();
    const headers = (prevContext.headers ?? {}) as Record<string, string>;
    return { headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers };
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri })),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
