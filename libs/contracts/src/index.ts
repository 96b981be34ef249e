export * from './enums.js';
export * from './events.js';
export * from './socket.js';
export * from './presence-roster.js';
export * from './tally.js';
export * from './errors.js';
export * from './mentions.js';
export * from './proposal-window.js';
