// Medians and rounding for the benchmark's figures.

export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
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
