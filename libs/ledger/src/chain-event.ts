/** prevHash of an accord's first event: there is nothing before it to point at. */
export const GENESIS_HASH = '0'.repeat(64);

/** The six fields that are hashed; everything an event says about the accord. */
export interface ChainEventContent {
  accordId: string;
  seq: number;
  type: string;
  /** A Date (as read from the database) or an ISO-8601 string with an explicit zone. */
  at: string | Date;
  actorId: string | null;
  payload: unknown;
}

/** An event as stored in the log: its content plus the links of the chain. */
export interface ChainedEvent extends ChainEventContent {
  prevHash: string;
  hash: string;
}

/** The last event of a log, as far as the chain is concerned. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The head of an empty log: the first event gets seq 1 and links to GENESIS_HASH. */
export const GENESIS_HEAD: Readonly<ChainHead> = Object.freeze({ seq: 0, hash: GENESIS_HASH });
