// Small character helpers shared by rules. Code-unit checks only: linear and allocation-free.
import type { GongwenDocument } from '../../model';
import type { AnalysisCache } from '../../memo';
import { isBlank } from '../../parse/chars';

/** Horizontal whitespace (parse/chars.ts: one definition for parser and rules). */
export { isBlank };

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}


/** Start offset of the line holding `offset`, and the offset of its terminator (or text end). */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  return { start, end };
}

/** End of the line terminator at `offset` (\r\n counts as one), or offset when none. */
export function afterLineBreak(text: string, offset: number): number {
  if (text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10) return offset + 2;
  if (isLineBreak(text.charCodeAt(offset))) return offset + 1;
  return offset;
}

/**
 * The range that deletes [start, end) cleanly: whole lines (with one terminator) when the span
 * covers everything on its lines but blanks; otherwise the span plus blanks before it, so no
 * double space is left behind in collapsed text.
 */
export function deletionRange(text: string, start: number, end: number): { start: number; end: number } {
  // Local scans only (blanks next to the span), never the whole line: a collapsed 10 MB line holds
  // thousands of findings, and a line scan per finding would be quadratic.
  let b = start;
  while (b > 0 && isBlank(text.charCodeAt(b - 1))) b--;
  const onlyBlankBefore = b === 0 || isLineBreak(text.charCodeAt(b - 1));
  let a = end;
  while (a < text.length && isBlank(text.charCodeAt(a))) a++;
  const onlyBlankAfter = a >= text.length || isLineBreak(text.charCodeAt(a));
  // a span holding a line break: its first and last lines are what matter (checked above)
  if (onlyBlankBefore && onlyBlankAfter) {
    const lineStart = b;
    const lineEnd = a;
    if (lineEnd < text.length) return { start: lineStart, end: afterLineBreak(text, lineEnd) };
    // last line of the text: take the terminator before it instead
    let s = lineStart;
    if (s > 0 && text.charCodeAt(s - 1) === 10) s--;
    if (s > 0 && text.charCodeAt(s - 1) === 13) s--;
    return { start: s, end: lineEnd };
  }
  // otherwise take the blanks before the span too, so no double space is left in collapsed text
  // the span opens its line: keep the indentation, take the blanks after it instead
  if (onlyBlankBefore) return { start, end: a };
  return { start: b, end };
}

/**
 * A set of UTF-16 code units backed by a 64 KB table: `has` is one array read (a Set<number> lookup
 * hashes per call, which shows in per-character scans).
 */
export class CodeSet {
  private readonly table = new Uint8Array(0x10000);
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
  }
  has(c: number): boolean {
    return this.table[c] === 1;
  }
}

/**
 * The text cut into pieces for per-piece reuse (memo.ts): each physical line without its terminator,
 * a collapsed line further cut at every paragraph start that follows a blank. A piece never holds a
 * line break, and a piece that does not open its line starts right after a blank (the piece before
 * it ends with that blank): a scan whose context stops at blanks and line breaks sees the same in
 * the piece as in the whole text. `str` are the pieces' texts (one string per piece, shared by the
 * rules, so each is hashed once as a cache key); `lineStart` tells a piece that opens its line.
 */
export interface TextPieces {
  from: number[];
  to: number[];
  str: string[];
  lineStart: boolean[];
}

export function textPieces(doc: GongwenDocument, cache: AnalysisCache): TextPieces {
  return cache.forDocument('text.pieces', doc, () => cutPieces(doc));
}

function cutPieces(doc: GongwenDocument): TextPieces {
  const { text, lineStarts, paragraphs } = doc;
  const out: TextPieces = { from: [], to: [], str: [], lineStart: [] };
  const add = (a: number, b: number, first: boolean) => {
    out.from.push(a);
    out.to.push(b);
    out.str.push(text.slice(a, b));
    out.lineStart.push(first);
  };
  let p = 0;
  for (let l = 0; l < lineStarts.length; l++) {
    const ls = lineStarts[l];
    let le = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length;
    while (le > ls && isLineBreak(text.charCodeAt(le - 1))) le--;
    let a = ls;
    while (p < paragraphs.length && paragraphs[p].start <= ls) p++;
    for (; p < paragraphs.length && paragraphs[p].start < le; p++) {
      const s = paragraphs[p].start;
      if (s > a && isBlank(text.charCodeAt(s - 1))) {
        add(a, s, a === ls);
        a = s;
      }
    }
    if (le > a || a === ls) add(a, le, a === ls);
  }
  return out;
}
