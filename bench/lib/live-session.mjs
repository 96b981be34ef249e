// What one simulated delegate does in scenario 9 between its joins and its delivery check:
// think, then read a page, comment or vote (shared by the scenario and its worker threads).
import { sleep } from './http.mjs';

/** Deterministic random numbers per delegate (mulberry32): the same mix on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * What the page on screen shows of the accord (its layout's query, as last drawn, not read from
 * the cache again): clauses and amendments to visit.
 */
function onScreen(delegate) {
  const accord = delegate.shown('Accord')?.accord;
  return {
    clauses: (accord?.clauses ?? []).map((c) => ({ id: c.id, version: c.current.version })),
    amendments: (accord?.amendments ?? []).map((a) => a.id),
  };
}

/** One delegate's session until `stopAt` (performance.now()): think, then read, comment or vote. */
export async function session(delegate, rand, { stopAt, thinkMs }) {
  let n = 0;
  while (performance.now() < stopAt) {
    await sleep(thinkMs[0] + rand() * (thinkMs[1] - thinkMs[0]));
    if (performance.now() >= stopAt) return;
    const shown = onScreen(delegate);
    const r = rand();
    const voting = delegate.votingOn;
    if (voting && r < 0.4) {
      if (delegate.page?.amendmentId !== voting) await delegate.openAmendmentPage(voting);
      await delegate.ballot(voting, rand() < 0.6 ? 'FOR' : 'AGAINST');
    } else if (r < 0.65) {
      await delegate.openAccordPage(pick(rand, shown.clauses));
    } else if (r < 0.85 && shown.amendments.length > 0) {
      await delegate.openAmendmentPage(pick(rand, shown.amendments));
    } else {
      await delegate.comment(`Delegate remark ${++n}: the wording of this article needs care.`);
    }
  }
}
