// Applying edits: fix-all and formatting share this, so overlapping edits are never applied together.
import type { Edit, Finding, Fix } from './rule';

/** Applies non-overlapping edits to text (edits in any order). Throws on overlap: callers select first. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.range.start < pos) throw new Error(`overlapping edits at ${e.range.start}`);
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
  }
  return out + text.slice(pos);
}

/**
 * The safe fixes of a set of findings whose edits do not overlap one another: a fix is taken
 * whole or not at all, in document order, and skipped when any of its edits touches an edit
 * already taken. Insertions at the same offset count as overlapping.
 * O(n log n): the taken edits are kept sorted by start (they never overlap, so their ends are sorted too)
 * and each candidate edit is checked against its neighbours only.
 */
export function selectFixAll(findings: Finding[]): Edit[] {
  const fixes: { fix: Fix; key: number; order: number }[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    let key = Infinity;
    for (const e of fix.edits) if (e.range.start < key) key = e.range.start;
    fixes.push({ fix, key, order: fixes.length });
  }
  fixes.sort((a, b) => a.key - b.key || a.order - b.order);
  const clash = (a: Edit, b: Edit) =>
    (a.range.start < b.range.end && b.range.start < a.range.end) ||
    a.range.start === b.range.start ||
    (a.range.start === a.range.end && a.range.start === b.range.end) ||
    (b.range.start === b.range.end && b.range.start === a.range.end);
  const sorted: Edit[] = []; // taken, by start
  /** Index of the last taken edit starting at or before offset, or -1. */
  const lastAtOrBefore = (offset: number): number => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].range.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const clashesTaken = (e: Edit): boolean => {
    // a taken edit can clash only if it starts at or before e's end and ends at or after e's start
    for (let k = lastAtOrBefore(e.range.end); k >= 0 && sorted[k].range.end >= e.range.start; k--) {
      if (clash(e, sorted[k])) return true;
    }
    return false;
  };
  const taken: Edit[] = [];
  for (const { fix } of fixes) {
    if (fix.edits.some(clashesTaken)) continue;
    // a fix whose own edits overlap could never be applied (applyEdits throws): skip it
    const own = [...fix.edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    let overlapping = false;
    for (let i = 1; i < own.length; i++) if (own[i].range.start < own[i - 1].range.end) overlapping = true;
    if (overlapping) continue;
    // (same-start edits of one fix go in by end, so the ends of `sorted` stay non-decreasing)
    for (const e of own) sorted.splice(lastAtOrBefore(e.range.start) + 1, 0, e);
    taken.push(...fix.edits);
  }
  return taken;
}
