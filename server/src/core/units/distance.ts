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

/**
 * Two names of one length that differ in exactly two adjacent characters, not swapped: one two-character word
 * stands for another (人才 / 巡察 工作领导小组办公室, 金融 / 审计 委员会办公室, 县委 / 中央 外事工作委员会办公室). Bodies
 * named by a topic differ so; a slip changes one character or swaps two (巡察 → 察巡).
 */
export function differsInOneWord(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (++count > 2) return false;
    if (first < 0) first = i;
  }
  if (count !== 2 || first + 1 >= a.length || a.charCodeAt(first + 1) === b.charCodeAt(first + 1)) return false;
  return !(a.charCodeAt(first) === b.charCodeAt(first + 1) && a.charCodeAt(first + 1) === b.charCodeAt(first));
}
