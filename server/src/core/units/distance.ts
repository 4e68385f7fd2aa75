// Bounded edit distance (Levenshtein) for near-miss unit names. Names are short (≤ 40 characters) and only
// compared against candidates of similar length; only the diagonal band |i − j| ≤ max of the table is
// computed, so a comparison costs O(n · (2·max + 1)).

/** Edit distance between a and b, or max + 1 when it exceeds max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // a common beginning and end change no distance (names of one pool share their suffix, often their place)
  let from = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (from < aEnd && from < bEnd && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  while (aEnd > from && bEnd > from && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  if (from > 0 || aEnd < a.length) {
    a = a.slice(from, aEnd);
    b = b.slice(from, bEnd);
  }
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return Math.max(n, m) > max ? max + 1 : Math.max(n, m);
  const INF = max + 1;
  let prev = new Array<number>(m + 1).fill(INF);
  let cur = new Array<number>(m + 1).fill(INF);
  for (let j = 0; j <= Math.min(m, max); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur.fill(INF);
    cur[0] = i <= max ? i : INF;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = prev[j - 1] + cost;
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      cur[j] = v > INF ? INF : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] > max ? INF : prev[m];
}
