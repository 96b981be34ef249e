export * from './chain-event.js';
export * from './event-time.js';
export * from './canonical.js';
export * from './hash-chain.js';
export * from './chain-verifier.js';
export * from './checkpoint.js';
export * from './signing-key.js';
export * from './verdict-words.js';
