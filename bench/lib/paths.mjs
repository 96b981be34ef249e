import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(BENCH_DIR, '..');
/** The built API (npm run bench builds it first). Overridable to benchmark another build. */
export const API_DIST = process.env.PLENARY_BENCH_API_DIST || join(ROOT, 'apps', 'api', 'dist');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
