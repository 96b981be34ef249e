import type { AccordEventHandlers } from '../../data/accord-events';
import { AmendmentQuery } from '../amendments/amendments.graphql';
import { AccordQuery, AccordViewerQuery } from '../accords/accords.graphql';
import { AccordSignatoriesQuery, SignatoriesViewerQuery } from './signatories.graphql';

/**
 * A final text's events are rare and name organizations and articles by id: the signatories'
 * page (and, for the declaration, the text with its lapsed amendments) is fetched again.
 */
export const signatoryEventHandlers = {
  'accord.declaredFinal': (_event, { accordId, refetch }) => {
    refetch({ query: AccordQuery, variables: { id: accordId } });
    refetch({ query: AccordViewerQuery, variables: { id: accordId } });
    refetch({ query: AmendmentQuery });
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
    refetch({ query: SignatoriesViewerQuery, variables: { id: accordId } });
  },
  'accord.newVersionStarted': (_event, { accordId, refetch }) => {
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
  },
  'accord.versionOf': () => undefined, // seq 2 of a new accord: before anyone could watch
  'signature.added': (_event, { accordId, refetch }) => {
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
    refetch({ query: SignatoriesViewerQuery, variables: { id: accordId } });
  },
  'signature.withdrawn': (_event, { accordId, refetch }) => {
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
    refetch({ query: SignatoriesViewerQuery, variables: { id: accordId } });
  },
  'implementation.reported': (_event, { accordId, refetch }) => {
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
  },
  'accord.published': (_event, { accordId, refetch }) => {
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
  },
  'accord.unpublished': (_event, { accordId, refetch }) => {
    refetch({ query: AccordSignatoriesQuery, variables: { id: accordId } });
  },
} satisfies AccordEventHandlers;
