import { useQuery } from '@apollo/client/react';
import { AccordCheckpointsQuery, VerifyHistoryQuery } from './history.graphql';

/** The server's check of the hash chain, the signed checkpoints by seq, and the current key. */
export function useLogVerification(accordId: string) {
  const verification = useQuery(VerifyHistoryQuery, { variables: { accordId } });
  const signing = useQuery(AccordCheckpointsQuery, { variables: { accordId } });
  const checkpoints = signing.data?.accordCheckpoints ?? [];
  return {
    verification: verification.data?.verifyHistory,
    verificationFailed: Boolean(verification.error),
    checkpointsBySeq: new Map(checkpoints.map((c) => [c.seq, c])),
    signingEvery: checkpoints.at(-1)?.every,
    signingKey: signing.data?.signingKeys.find((k) => k.current),
  };
}

export type LogVerification = ReturnType<typeof useLogVerification>;
