// Medians, percentiles and rounding for the benchmark's figures.

export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * The p-th percentile by nearest rank: the smallest sample that at least p % of the samples do not
 * exceed (p75 of 12 samples is the 9th smallest). Always one of the samples, never interpolated.
 */
export const percentile = (xs, p) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1];
};

export const round = (x, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** Median of each numeric field over a list of objects of the same shape. */
export function medianFields(objects) {
  const out = {};
  for (const key of Object.keys(objects[0] ?? {})) {
    const values = objects.map((o) => o[key]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    out[key] = values.length ? round(median(values)) : null;
  }
  return out;
}

/**
 * Growth in % of the last heap sample over the last one taken at least `windowS` seconds before it
 * ({ atS, heapMB } samples in time order); null when no sample is old enough.
 */
export function growthPct(samples, windowS) {
  const last = samples.at(-1);
  if (!last) return null;
  const earlier = samples.findLast((s) => s.atS <= last.atS - windowS);
  return earlier ? ((last.heapMB - earlier.heapMB) / earlier.heapMB) * 100 : null;
}
