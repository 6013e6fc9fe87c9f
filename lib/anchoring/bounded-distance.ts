// Levenshtein distance that gives up beyond a limit. Only the diagonal band |i - j| <= limit can
// hold a path of cost <= limit (Ukkonen), so the cost is O(length * limit), not O(n * m).
// Works on code points, so replacing one emoji counts as one edit, not two.

/** The edit distance between `a` and `b`, or null when it is greater than `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number | null {
  if (limit < 0) return null;
  const x = Array.from(a);
  const y = Array.from(b);
  const m = x.length;
  const n = y.length;
  if (Math.abs(m - n) > limit) return null;

  const over = limit + 1; // any value above the limit; capping keeps numbers small
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= Math.min(n, limit); j += 1) previous[j] = j;

  for (let i = 1; i <= m; i += 1) {
    const from = Math.max(0, i - limit);
    const to = Math.min(n, i + limit);
    const previousTo = Math.min(n, i - 1 + limit);
    let rowMin = over;
    for (let j = from; j <= to; j += 1) {
      let cost: number;
      if (j === 0) {
        cost = i;
      } else {
        // Cells outside the previous row's band were never written this pass; treat as "over".
        const diagonal = (previous[j - 1] ?? over) + (x[i - 1] === y[j - 1] ? 0 : 1);
        const up = j <= previousTo ? (previous[j] ?? over) + 1 : over;
        const left = j - 1 >= from ? (current[j - 1] ?? over) + 1 : over;
        cost = Math.min(diagonal, up, left);
      }
      cost = Math.min(cost, over);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit) return null;
    [previous, current] = [current, previous];
  }

  const distance = previous[n] ?? over;
  return distance <= limit ? distance : null;
}
