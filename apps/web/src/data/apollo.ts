import {
  ApolloClient,
  type FieldMergeFunction,
  HttpLink,
  InMemoryCache,
  type StoreObject,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { tokenStore } from './session';

/** The web's cache and its type policies (used by specs of its shapes, and by the bench's simulated browsers). */
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
      // Merged: the accord list selects its kind only, the accord's page all of it.
      DecisionRule: { keyFields: false, merge: true },
      TextSpan: { keyFields: false },
      AccordSnapshot: { keyFields: false },
      Accord: {
        fields: {
          clauses: { merge: false },
          participants: { merge: false },
          amendments: { keyArgs: ['status'], merge: false },
        },
      },
      // An amendment's page selects more of these than the lists do (AmendmentSummary): merged, so a
      // list's answer does not drop what the page shows (and make it fetch the amendment again).
      AmendmentConflict: { keyFields: false, merge: true },
      NewArticle: { keyFields: false, merge: true },
      VotingRound: { keyFields: false },
      Amendment: {
        fields: {
          comments: { merge: false },
          ballots: { merge: false },
          votingRounds: { merge: mergeRoundsByNumber },
        },
      },
      Comment: { fields: { replies: { merge: false } } },
      Clause: {
        fields: {
          versions: { merge: false },
          attribution: { merge: false },
          comments: { keyArgs: ['version'], merge: false },
        },
      },
      User: { fields: { memberships: { merge: false } } },
      NotificationPage: { keyFields: false },
      Query: {
        fields: {
          // One list, newest first: a later page (`after`) is appended, a first page replaces it.
          notifications: { keyArgs: false, merge: mergeNotificationPages },
        },
      },
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

/** The rounds as the incoming answer lists them, each merged with what the cache held of it. */
const mergeRoundsByNumber: FieldMergeFunction<StoreObject[], StoreObject[]> = (
  existing,
  incoming,
  { readField, mergeObjects },
) =>
  incoming.map((round) => {
    const held = existing?.find((r) => readField('number', r) === readField('number', round));
    return held ? mergeObjects(held, round) : round;
  });

/** The notification pages loaded so far, as one list. */
const mergeNotificationPages: FieldMergeFunction<StoreObject, StoreObject> = (
  existing,
  incoming,
  { args, readField },
) => {
  if (!existing || !args?.after) return incoming;
  const held = readField<readonly StoreObject[]>('items', existing) ?? [];
  const more = readField<readonly StoreObject[]>('items', incoming) ?? [];
  return { ...incoming, items: [...held, ...more] };
};
