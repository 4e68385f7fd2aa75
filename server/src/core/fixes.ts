// Applying edits: fix-all and formatting share this, so overlapping edits are never applied together.
import type { Edit, Finding } from './rule';

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
 */
export function selectFixAll(findings: Finding[]): Edit[] {
  const taken: Edit[] = [];
  const fixes = findings
    .flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1))
    .sort((a, b) => Math.min(...a.edits.map((e) => e.range.start)) - Math.min(...b.edits.map((e) => e.range.start)));
  const clash = (a: Edit, b: Edit) =>
    a.range.start < b.range.end && b.range.start < a.range.end ||
    a.range.start === b.range.start ||
    (a.range.start === a.range.end && a.range.start === b.range.end) ||
    (b.range.start === b.range.end && b.range.start === a.range.end);
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.some((t) => clash(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}
