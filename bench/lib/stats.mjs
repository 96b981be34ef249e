// Small statistics helpers: medians over rounds and how noisy the rounds were.

export function median(values) {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quantile(values, q) {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Summary of one figure over several rounds: the median, the extremes and the spread
 * ((max − min) / median), which is what "how noisy" means in the report.
 */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  const med = median(finite);
  const min = finite.length ? Math.min(...finite) : NaN;
  const max = finite.length ? Math.max(...finite) : NaN;
  return {
    median: round(med),
    min: round(min),
    max: round(max),
    q1: round(quantile(finite, 0.25)),
    q3: round(quantile(finite, 0.75)),
    spreadPct: med ? round(((max - min) / Math.abs(med)) * 100, 1) : NaN,
    rounds: finite.map((v) => round(v)),
  };
}

export function round(value, digits = 3) {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 10 ? 2 : digits;
  const f = 10 ** magnitude;
  return Math.round(value * f) / f;
}

/** Percentile (0..100) of raw samples, nearest-rank. */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Per-key medians of a list of { key: number } records (CPU ms per operation, say). */
export function medianBy(records) {
  if (!records || records.length === 0) return null;
  const out = {};
  for (const key of Object.keys(records[0]))
    out[key] = round(median(records.map((r) => r[key])), 2);
  return out;
}

/** "; CPU per op: API 3.1 ms + PostgreSQL 1.2 ms vs baseline 0.4 + 0.9" (empty when unknown). */
export function cpuNote(figure, baseline) {
  if (!figure || !baseline) return '';
  const side = (record) =>
    Object.entries(record)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(' + ');
  return `; CPU per op: ${side(figure)} vs baseline ${side(baseline)}`;
}
