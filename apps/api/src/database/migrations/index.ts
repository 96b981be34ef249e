import { Foundation1764120000000 } from './1764120000000-foundation.js';

/** Every migration, in order. Listed explicitly so bundling and ESM need no glob. */
export const MIGRATIONS = [Foundation1764120000000];
