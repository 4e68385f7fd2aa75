// Small character helpers shared by rules. Code-unit checks only: linear and allocation-free.
import type { GongwenDocument, Range } from '../../model';
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

/**
 * The text's physical lines without their terminators, for scans that may cross a blank but never a
 * line break, and for per-line reuse of per-piece results (memo.ts). `str` are the lines' texts: a line
 * that is one piece shares the piece's string (hashed once as a cache key). Line l holds the pieces
 * [piece[l], piece[l + 1]); `cuts[l]` are where they start within the line after the first (relative
 * offsets, '' for a line of one piece): with the line's text, they fix the line's pieces.
 */
export interface TextLines {
  from: number[];
  to: number[];
  str: string[];
  /** One more entry than lines: the number of pieces at the end. */
  piece: number[];
  cuts: string[];
}

export function textLines(doc: GongwenDocument, cache: AnalysisCache): TextLines {
  return cache.forDocument('text.lines', doc, () => cutLines(doc.text, textPieces(doc, cache)));
}

function cutLines(text: string, pieces: TextPieces): TextLines {
  const out: TextLines = { from: [], to: [], str: [], piece: [], cuts: [] };
  const n = pieces.from.length;
  // every line opens with a piece, and its pieces cover it without gaps
  for (let k = 0; k < n; ) {
    let last = k;
    let cuts = '';
    while (last + 1 < n && !pieces.lineStart[last + 1]) cuts += `,${pieces.from[++last] - pieces.from[k]}`;
    const from = pieces.from[k];
    const to = pieces.to[last];
    out.from.push(from);
    out.to.push(to);
    out.str.push(last === k ? pieces.str[k] : text.slice(from, to));
    out.piece.push(k);
    out.cuts.push(cuts);
    k = last + 1;
  }
  out.piece.push(n);
  return out;
}

/** The values of the pieces that hold something, in document order, with the offset each piece starts at. */
export interface PieceValues<T> {
  at: number[];
  values: T[];
}
interface LineValues<T> {
  /** The line's cuts (TextLines.cuts) the values were computed with. */
  cuts: string;
  /** Offsets within the line. */
  at: number[];
  values: T[];
}

/**
 * compute(k) on every piece k through the cache (kind, the piece's text), keeping the values that hold something.
 * compute must be a pure function of the piece's text (it may read text[from[k], to[k]) and nothing else that
 * changes). A line of several pieces is also looked up whole (kind + U+0001, the line's text), its value kept with
 * the cuts it was computed with and used only for the same cuts: an unchanged collapsed line of hundreds of pieces
 * costs one lookup.
 */
export function pieceValues<T>(doc: GongwenDocument, cache: AnalysisCache, kind: string, compute: (k: number) => T, empty: (v: T) => boolean): PieceValues<T> {
  const pieces = textPieces(doc, cache);
  const lines = textLines(doc, cache);
  const out: PieceValues<T> = { at: [], values: [] };
  const lineKind = `${kind}\u0001`;
  const onPiece = (k: number) => {
    const v = cache.lookup(kind, pieces.str[k], () => compute(k));
    if (!empty(v)) {
      out.at.push(pieces.from[k]);
      out.values.push(v);
    }
  };
  for (let l = 0; l < lines.from.length; l++) {
    const k0 = lines.piece[l];
    const k1 = lines.piece[l + 1];
    if (k1 - k0 === 1) {
      onPiece(k0);
      continue;
    }
    const from = lines.from[l];
    const cuts = lines.cuts[l];
    const lv = cache.lookup<LineValues<T>>(lineKind, lines.str[l], () => {
      const r: LineValues<T> = { cuts, at: [], values: [] };
      for (let k = k0; k < k1; k++) {
        const v = cache.lookup(kind, pieces.str[k], () => compute(k));
        if (empty(v)) continue;
        r.at.push(pieces.from[k] - from);
        r.values.push(v);
      }
      return r;
    });
    if (lv.cuts !== cuts) {
      // (the same text cut otherwise elsewhere or before: piece by piece)
      for (let k = k0; k < k1; k++) onPiece(k);
      continue;
    }
    for (let j = 0; j < lv.at.length; j++) {
      out.at.push(lv.at[j] + from);
      out.values.push(lv.values[j]);
    }
  }
  return out;
}

/**
 * A sweep over the residue nodes: `near` is false when no node touches [start, end] — then ctx.inResidue answers
 * false for any range inside it — and true when one may (ask ctx.inResidue). Asked in order (each `end` at or
 * after the last one), it is one pass over the nodes in all, with no object and no search per range; asked out of
 * order it only answers true more often (the nodes it has passed are a superset of those starting by `end`).
 */
export class ResidueSweep {
  private readonly nodes: Range[];
  private k = 0;
  /** The furthest end of the nodes starting at or before the last `end` asked. */
  private reach = -1;
  constructor(residue: Range[]) {
    let sorted = true;
    for (let i = 1; i < residue.length && sorted; i++) sorted = residue[i - 1].start <= residue[i].start;
    this.nodes = sorted ? residue : residue.slice().sort((a, b) => a.start - b.start);
  }
  near(start: number, end: number): boolean {
    const nodes = this.nodes;
    while (this.k < nodes.length && nodes[this.k].start <= end) {
      if (nodes[this.k].end > this.reach) this.reach = nodes[this.k].end;
      this.k++;
    }
    return this.reach >= start;
  }
}
