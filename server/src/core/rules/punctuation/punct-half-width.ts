// Half-width , : ; ( ) ? ! and quotes "…" in Chinese text, a . ending a Chinese sentence and < > as the inner title marks inside 《》
// (GB/T 15834-2011: Chinese text takes the full-width marks).
// One information-level summary for the document carrying the fix-all, plus one hint per paragraph.
import type { GongwenDocument } from '../../model';
import type { Edit, Rule, RuleContext } from '../../rule';
import { offsetToPosition } from '../../text';
import {
  docNumberAt,
  docNumberClosingAt,
  isChinese,
  isDigit,
  isHanChar,
  isLatin,
  isSpace,
  isBreak,
  lostSpaceAt,
  nextNonSpace,
  paragraphKeyer,
  prevNonSpace,
  urlChar,
  urlInRun,
} from './common';
import { ResidueSweep, textLines, textPieces, type TextPieces } from '../shared/text';
import type { AnalysisCache } from '../../memo';
import { sentencePeriodAt } from '../../parse/chars';

/** GB/T 15834-2011: the full-width form of each half-width mark this rule reports. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', '.': '。', '<': '〈', '>': '〉' };
const FULL = FULL_WIDTH;

export interface HalfWidthMark {
  offset: number;
  char: string;
  /** The full-width form (FULL_WIDTH[char], or “ / ” for a half-width quote). */
  full: string;
}

/**
 * Offsets of the ')' of section markers that have no '(' (1) a) 一)), in order: their parenthesis
 * belongs to the numbering rules.
 */
function markerCloses(doc: GongwenDocument): number[] {
  const out: number[] = [];
  const text = doc.text;
  for (const s of doc.allSections) {
    const m = s.marker;
    let close = -1;
    let open = false;
    for (let i = m.start; i < m.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x29) close = close < 0 ? i : close;
      else if (c === 0x28 || c === 0xff08) open = true;
    }
    if (close < 0 || open) continue;
    for (let i = close; i < m.end; i++) if (text.charCodeAt(i) === 0x29) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The ; at i closes an HTML entity: &name; or &#digits; / &#xhex; (at most 10 characters back, not before `from`). */
function endsEntity(text: string, from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && i - j <= 10) {
    const c = text.charCodeAt(j);
    if (c === 38) return j < i - 1; // &
    if (!(isDigit(c) || isLatin(c) || c === 35)) return false; // letters, digits, #
    j--;
  }
  return false;
}

/** 1) a) 一) at the start of a line or after a blank: a list marker, not prose. */
function looksLikeListMarker(text: string, from: number, i: number): boolean {
  let j = i - 1;
  let k = 0;
  while (j >= from && k < 3) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isLatin(c) || '一二三四五六七八九十'.includes(text[j])) {
      j--;
      k++;
    } else break;
  }
  if (k === 0) return false;
  return j < from || isSpace(text.charCodeAt(j)) || isBreak(text.charCodeAt(j));
}

/** text[.., l] is a Han character, blanks, then 1–3 ASCII digits ending at l (附件1, 附件 2, 表3), all from `from` on. */
function numberedLabelAt(text: string, from: number, l: number): boolean {
  let j = l;
  while (j >= from && l - j < 3 && isDigit(text.charCodeAt(j))) j--;
  if (j === l || (j >= from && isDigit(text.charCodeAt(j)))) return false;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  return j >= from && isHanChar(text.charCodeAt(j));
}

/**
 * The scan state carried from piece to piece of one line: the candidate marks (offset, flag, Chinese
 * characters before it: a flag may still change when its ( or ) pairs up) and the open parentheses.
 */
interface ScanState {
  offset: number[];
  flagged: number[];
  chineseAfter: number[];
  /** Indexes of candidates, or -1 for a full-width （. */
  stack: number[];
  /** Running count of Chinese characters (all above 0x7f): content test of a ( ) pair in O(1). */
  chinese: number;
}

const freshState = (): ScanState => ({ offset: [], flagged: [], chineseAfter: [], stack: [], chinese: 0 });

/** Stand-ins for the nearest non-blank character outside a piece: what the scan asks of it. */
const OTHER = -1;
const CJK_PUNCT = 0; // Chinese, not Han
const HAN = 1;
function contextCode(c: number): number {
  return isHanChar(c) ? HAN : isChinese(c) ? CJK_PUNCT : OTHER;
}
/**
 * The neighbour at j (outside the piece) as a context class. A half-width quote is read as it will be: ” when a Han
 * character stands right before it (a mark follows it) / “ when one stands right after it (a mark precedes it) —
 * a quote pair findHalfWidthQuotes converts has Han characters right inside both quotes.
 */
function contextAt(text: string, j: number, after: boolean): number {
  const c = text.charCodeAt(j);
  if (c === 0x22 && isHanChar(text.charCodeAt(after ? j + 1 : j - 1))) return CJK_PUNCT;
  return contextCode(c);
}
/** The character a context class stands for (one of its members). */
const CONTEXT_CHAR = [-1, 0x3002, 0x4e00];
/** Cache kinds by context classes (before + 1) * 3 + (after + 1). */
const KINDS = Array.from({ length: 9 }, (_, i) => `punct-half-width\u0000${i}`);
const isMarkCode = (c: number) => c === 44 || c === 58 || c === 59 || c === 40 || c === 41 || c === 63 || c === 33 || c === 46;

/**
 * The > closing the inner title mark < at i (《2022年<政府工作报告>分工》), or -1: Chinese text up to it, on the piece,
 * with no mark, bracket or title mark in between. Called only inside 《》.
 */
function innerTitleClose(text: string, i: number, to: number): number {
  let han = false;
  for (let j = i + 1; j < to && j - i <= 60; j++) {
    const c = text.charCodeAt(j);
    if (c === 62) return han ? j : -1;
    if (c === 60 || c === 0x300a || c === 0x300b || isMarkCode(c) || isSpace(c)) return -1;
    if (isHanChar(c)) han = true;
  }
  return -1;
}

/**
 * Scans text[from, to) (a piece: no line break inside, blank or line break outside it) for half-width
 * marks. `before`/`after` stand for the nearest non-blank characters outside the piece on its line
 * (contextCode). `closes` (from index c0 on) are the offsets of marker ')'.
 */
function scanPiece(text: string, from: number, to: number, before: number, after: number, closes: number[], c0: number, st: ScanState): void {
  let ci = c0;
  // the printable-ASCII run around the last mark seen, and its URL span (start > end: none)
  let runEnd = -1;
  let urlStart = 0;
  let urlEnd = -1;
  const { offset, flagged: flags, chineseAfter, stack } = st;
  let chinese = st.chinese;
  // 《 open in the piece: a < > pair there is the inner title mark 〈〉
  let titles = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) {
      if (c === 0xff08) stack.push(-1); // （
      else if (c === 0xff09) stack.pop(); // ）
      else if (c === 0x300a) titles++; // 《
      else if (c === 0x300b && titles > 0) titles--; // 》
      if (isChinese(c)) chinese++;
      continue;
    }
    if (c === 60) {
      const close = titles > 0 ? innerTitleClose(text, i, to) : -1;
      if (close > 0) {
        // (no mark between them: the offsets stay in order)
        offset.push(i, close);
        flags.push(1, 1);
        chineseAfter.push(chinese, chinese);
      }
      continue;
    }
    // , : ; ( ) ? !
    if (!isMarkCode(c)) continue;
    if (i >= runEnd) {
      let runStart = i;
      while (runStart > from && urlChar(text.charCodeAt(runStart - 1))) runStart--;
      runEnd = i + 1;
      while (runEnd < to && urlChar(text.charCodeAt(runEnd))) runEnd++;
      const url = urlInRun(text, runStart, runEnd);
      urlStart = url ? url.start : 0;
      urlEnd = url ? url.end : -1;
    }
    if (i >= urlStart && i < urlEnd) continue;
    // a ? a scraped page left for a lost space (???(一), 张 ?伟): not a question mark
    if (c === 63 && lostSpaceAt(text, i, from, to)) continue;
    if (c === 46) {
      if (!sentencePeriodAt(text, i, from, to)) continue;
      offset.push(i);
      flags.push(1);
      chineseAfter.push(chinese);
      continue;
    }
    // the bracket of a 发文字号 (国办发(2018)128号): punct-document-number's business
    if (c === 40 && docNumberAt(text, i, from, to)) continue;
    if (c === 41 && docNumberClosingAt(text, i, from, to)) continue;
    let l = i - 1;
    while (l >= from && isSpace(text.charCodeAt(l))) l--;
    let r = i + 1;
    while (r < to && isSpace(text.charCodeAt(r))) r++;
    let lc = l >= from ? text.charCodeAt(l) : CONTEXT_CHAR[before + 1];
    let rc = r < to ? text.charCodeAt(r) : CONTEXT_CHAR[after + 1];
    // a half-width quote is read as it will be (see contextAt), within the piece
    if (lc === 0x22 && l > from && isHanChar(text.charCodeAt(l - 1))) lc = 0x201d;
    if (rc === 0x22 && r + 1 < to && isHanChar(text.charCodeAt(r + 1))) rc = 0x201c;
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    // numbers, times, ratios: 1,000  18:16  1:500
    if ((c === 44 || c === 58) && isDigit(prev) && isDigit(next)) continue;
    if (c === 58 && next === 47) continue; // :/
    // the ; of an HTML entity (&nbsp; &#8220;): stray-invisible's business, whatever follows it
    if (c === 59 && endsEntity(text, from, i)) continue;
    let lChinese = lc >= 0 && isChinese(lc);
    // a ) right before it that is converted itself (its pair holds Chinese) is read as the ） it becomes:
    // 平台(网址:http://…/); → 平台（网址：http://…/）； in one fix-all (its flag is final once it has closed its pair)
    if (!lChinese && lc === 0x29 && l >= from && offset.length > 0 && offset[offset.length - 1] === l && flags[flags.length - 1] === 1) lChinese = true;
    const rChinese = rc >= 0 && isChinese(rc);
    let flagged: boolean;
    if (c === 40 || c === 41) {
      flagged = lChinese || rChinese;
      if (c === 41) {
        while (ci < closes.length && closes[ci] < i) ci++;
        if ((ci < closes.length && closes[ci] === i) || (!lChinese && looksLikeListMarker(text, from, i))) continue;
      }
    } else {
      // Hello, world!” — a Latin word glued to the mark and only punctuation on the other side
      const latinGlued = isLatin(prev) || isDigit(prev);
      flagged = lChinese && (isHanChar(lc) || !latinGlued || rChinese) || (rChinese && (isHanChar(rc) || !latinGlued));
      // 附件1: at the end of its line: the colon of a Chinese label numbered in digits (附件1：, 表2：)
      if (!flagged && c === 58 && r >= to && after === OTHER && numberedLabelAt(text, from, l)) flagged = true;
    }
    const idx = offset.length;
    offset.push(i);
    flags.push(flagged ? 1 : 0);
    chineseAfter.push(chinese);
    if (c === 40) stack.push(idx);
    else if (c === 41) {
      const open = stack.pop();
      if (open !== undefined && open >= 0 && (flags[open] === 1 || flagged || chinese - chineseAfter[open] > 0)) {
        flags[open] = 1;
        flags[idx] = 1;
      }
    }
  }
  st.chinese = chinese;
}

/** Moves the flagged candidates (offset + delta) to out; the state's parentheses are closed. */
function flushCands(st: ScanState, delta: number, out: number[]): void {
  const { offset, flagged } = st;
  for (let k = 0; k < offset.length; k++) if (flagged[k] === 1) out.push(offset[k] + delta);
  offset.length = 0;
  flagged.length = 0;
  st.chineseAfter.length = 0;
}

/** A piece's marks when no parenthesis is open before it: relative offsets, and whether one stays open. */
interface PieceMarks {
  marks: number[];
  open: boolean;
}
const NO_MARKS: PieceMarks = { marks: [], open: false };

/** 。！？, a half-width ? ! (not a lost space's ?), or a . ending a Chinese sentence at i: what ends a stretch of quotes (quotesOn). */
function endsStretch(text: string, i: number, from: number, to: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || (c === 0x3f && !lostSpaceAt(text, i, from, to)) || (c === 0x2e && sentencePeriodAt(text, i, from, to));
}

/** Longest quoted text (between the quotes) converted: Chinese quoted terms are short; a longer span is a mis-pairing. */
const MAX_QUOTED = 60;
const NO_QUOTES: number[] = [];

/**
 * The half-width quotes "…" around Chinese text in text[from, to) (a piece: one line, or one collapsed paragraph),
 * as entries (offset relative to `from`, kind): kind 0 opens a pair of half-width quotes and the next entry (kind 1)
 * closes it; kind 2 is a lone " to become “, kind 3 a lone " to become ”.
 *
 * When the piece's full-width quotes pair up (as many “ as ”), only half-width quotes pair: in order within a stretch
 * of the piece that ends at a 。！？ (or ? ! or a sentence-ending .) not followed by a quote (so one stray quote spoils
 * only its sentence); a stretch with an odd number of quotes is left alone. A pair is converted when the text between
 * holds a Han character; then it must be short (at most MAX_QUOTED characters) and start and end with a Han character
 * right inside the quotes, and the opening quote must not follow = (code), or the whole stretch is left alone. A pair
 * holding no Han character ("Hello", "5G", inch marks 5") is not Chinese text: it stays, and the other pairs are still
 * read.
 *
 * When they do not (an English IME's closing quote after a full-width opening one: 深化“放管服"改革，推进“一网通办"),
 * each " takes its direction from the neighbouring full-width quote (mixedQuotes).
 */
function quotesOn(text: string, from: number, to: number): number[] {
  let fullOpen = 0;
  let fullClose = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) fullOpen++;
    else if (c === 0x201d) fullClose++;
  }
  if (fullOpen !== fullClose) return mixedQuotes(text, from, to);
  let out: number[] | undefined;
  const qs: number[] = [];
  const close = () => {
    if (qs.length % 2 === 0) {
      const pairs: number[] = [];
      let ok = true;
      for (let k = 0; k < qs.length && ok; k += 2) {
        const a = qs[k];
        const b = qs[k + 1];
        if (!hanQuoted(text, a, b)) continue;
        ok = chineseQuotePair(text, from, a, b);
        pairs.push(a - from, 0, b - from, 1);
      }
      if (ok && pairs.length > 0) (out ??= []).push(...pairs);
    }
    qs.length = 0;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) qs.push(i);
    // (a quoted sentence ends 。" : the stretch goes on; any other sentence end closes it — a half-width ? ! or a
    // sentence-ending . too, read as the 。？！ the fix makes of them, so the pairing is the same after the fix)
    else if (qs.length > 0 && (i + 1 >= to || text.charCodeAt(i + 1) !== 0x22) && endsStretch(text, i, from, to)) close();
  }
  close();
  return out ?? NO_QUOTES;
}

/** text(a, b) holds a Han character. */
function hanQuoted(text: string, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (isHanChar(text.charCodeAt(j))) return true;
  return false;
}
/** The half-width quotes at a and b (holding a Han character) read as a Chinese pair: short, Han right inside both, not after = (code). */
function chineseQuotePair(text: string, from: number, a: number, b: number): boolean {
  return b - a - 1 <= MAX_QUOTED && isHanChar(text.charCodeAt(a + 1)) && isHanChar(text.charCodeAt(b - 1)) && !(a > from && text.charCodeAt(a - 1) === 0x3d);
}

/**
 * quotesOn's entries for a piece whose full-width quotes do not pair up: each quote pairs with the next one, in order,
 * within a stretch (as quotesOn's, a 。！？ not followed by a quote ends it) and at most MAX_QUOTED characters apart —
 * a “ then a " (“放管服"): the " becomes ”; a " then a ” ("放管服”): the " becomes “; two " : a pair of half-width quotes
 * as quotesOn reads them; “ then ”: full-width already. A quote that pairs with none stays as it is.
 */
function mixedQuotes(text: string, from: number, to: number): number[] {
  let out: number[] | undefined;
  let full = -1; // a “ waiting for its closing quote
  let half = -1; // a " waiting for its closing quote (after `full`, which it then replaces)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (full >= 0 && i - full - 1 > MAX_QUOTED) full = -1;
    if (half >= 0 && i - half - 1 > MAX_QUOTED) half = -1;
    if (c === 0x201c) {
      full = i;
      half = -1;
    } else if (c === 0x201d) {
      if (half >= 0) (out ??= []).push(half - from, 2);
      full = -1;
      half = -1;
    } else if (c === 0x22) {
      if (full >= 0) {
        (out ??= []).push(i - from, 3);
        full = -1;
      } else if (half >= 0) {
        if (hanQuoted(text, half, i) && chineseQuotePair(text, from, half, i)) (out ??= []).push(half - from, 0, i - from, 1);
        half = -1;
      } else half = i;
    } else if ((full >= 0 || half >= 0) && (i + 1 >= to || (text.charCodeAt(i + 1) !== 0x22 && text.charCodeAt(i + 1) !== 0x201d)) && endsStretch(text, i, from, to)) {
      full = -1;
      half = -1;
    }
  }
  return out ?? NO_QUOTES;
}

/** The half-width quotes to convert (findHalfWidthMarks' quotesOn on each piece holding one), in document order: offsets and full-width forms. */
function findQuotes(ctx: RuleContext): Marks {
  const text = ctx.doc.text;
  const out: Marks = { offset: [], full: [] };
  // most documents hold no half-width quote at all: one native search
  if (text.indexOf('"') < 0) return out;
  const pieces = textPieces(ctx.doc, ctx.cache);
  for (let k = 0; k < pieces.from.length; k++) {
    const str = pieces.str[k];
    if (str.indexOf('"') < 0) continue;
    const from = pieces.from[k];
    const found = ctx.cache.lookup('punct-half-width\u0000quotes', str, () => quotesOn(text, from, pieces.to[k]));
    for (let j = 0; j < found.length; j += 2) {
      const a = found[j] + from;
      const kind = found[j + 1];
      if (kind === 0) {
        // a pair: both quotes or neither
        const b = found[j + 2] + from;
        j += 2;
        if (ctx.inResidue({ start: a, end: a + 1 }) || ctx.inResidue({ start: b, end: b + 1 })) continue;
        pushMark(out, a, '“');
        pushMark(out, b, '”');
        continue;
      }
      if (ctx.inResidue({ start: a, end: a + 1 })) continue;
      pushMark(out, a, kind === 2 ? '“' : '”');
    }
  }
  return out;
}

/** A line's marks (offsets relative to it) and the context they were found in (its cuts, its marker ')'). */
interface LineMarks {
  context: string;
  marks: number[];
}

/**
 * The marks on the pieces [k0, k1) of one line (a line break closes every parenthesis: nothing is carried from line
 * to line), pushed to `out` as offsets minus `base`. `closes` from index c0 on: the marker ')' from the line on.
 */
function marksOnLine(text: string, pieces: TextPieces, k0: number, k1: number, closes: number[], c0: number, cache: AnalysisCache, base: number, out: number[]): void {
  let ci = c0;
  const st = freshState();
  for (let k = k0; k < k1; k++) {
    const from = pieces.from[k];
    const to = pieces.to[k];
    // the nearest non-blank characters outside the piece, when a mark stands next to them
    let before = OTHER;
    let after = OTHER;
    let a = from;
    while (a < to && isSpace(text.charCodeAt(a))) a++;
    if (a < to && isMarkCode(text.charCodeAt(a)) && k > k0) {
      const l = prevNonSpace(text, from);
      if (l >= 0) before = contextAt(text, l, false);
    }
    let b = to - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b >= from && isMarkCode(text.charCodeAt(b))) {
      const r = nextNonSpace(text, to - 1);
      if (r >= to) after = contextAt(text, r, true);
    }
    while (ci < closes.length && closes[ci] < from) ci++;
    if (st.stack.length === 0) {
      flushCands(st, -base, out);
      // marker ')' in the piece are part of the key
      let kind = KINDS[(before + 1) * 3 + (after + 1)];
      let c2 = ci;
      for (; c2 < closes.length && closes[c2] < to; c2++) kind += `\u0000${closes[c2] - from}`;
      const cc = ci;
      // computed on the piece's characters in place: the same as the piece string, and a flat string reads faster
      const v = cache.lookup<PieceMarks>(kind, pieces.str[k], () => {
        const own = freshState();
        scanPiece(text, from, to, before, after, closes, cc, own);
        const open = own.stack.length > 0;
        if (own.offset.length === 0 && !open) return NO_MARKS;
        const marks: number[] = [];
        flushCands(own, -from, marks);
        return { marks, open };
      });
      // parentheses left open are closed by the line break after the last piece of a line
      if (!v.open || k + 1 === k1) {
        // (indexed loops here and below: cold code allocates an iterator result per for-of step)
        const vm = v.marks;
        for (let j = 0; j < vm.length; j++) out.push(vm[j] + from - base);
        continue;
      }
    }
    // a parenthesis is open across the piece boundary: scan in place, carrying the state
    scanPiece(text, from, to, before, after, closes, ci, st);
    if (st.stack.length === 0) flushCands(st, -base, out);
  }
  flushCands(st, -base, out);
}

/** findHalfWidthMarks' marks. */
function findMarks(ctx: RuleContext): Marks {
  const { doc, cache } = ctx;
  const text = doc.text;
  const pieces = textPieces(doc, cache);
  const lines = textLines(doc, cache);
  const closes = markerCloses(doc);
  const found: number[] = [];
  let ci = 0;
  for (let l = 0; l < lines.from.length; l++) {
    const k0 = lines.piece[l];
    const k1 = lines.piece[l + 1];
    const from = lines.from[l];
    while (ci < closes.length && closes[ci] < from) ci++;
    if (k1 - k0 === 1) {
      marksOnLine(text, pieces, k0, k1, closes, ci, cache, 0, found);
      continue;
    }
    // a collapsed line of many pieces: looked up whole too, kept with its context (with its text, its cuts and its
    // marker ')' fix its marks)
    let context = lines.cuts[l];
    const to = lines.to[l];
    for (let c = ci; c < closes.length && closes[c] < to; c++) context += `)${closes[c] - from}`;
    const c0 = ci;
    const rel = cache.lookup<LineMarks>('punct-half-width\u0001', lines.str[l], () => {
      const marks: number[] = [];
      marksOnLine(text, pieces, k0, k1, closes, c0, cache, from, marks);
      return { context, marks };
    });
    if (rel.context !== context) {
      // (the same text in another context elsewhere or before: piece by piece)
      marksOnLine(text, pieces, k0, k1, closes, c0, cache, 0, found);
      continue;
    }
    for (let j = 0; j < rel.marks.length; j++) found.push(rel.marks[j] + from);
  }
  // merged with the quotes (both in document order)
  const quotes = findQuotes(ctx);
  const out: Marks = { offset: [], full: [] };
  const residue = new ResidueSweep(doc.residue);
  let q = 0;
  for (let j = 0; j < found.length; j++) {
    const o = found[j];
    for (; q < quotes.offset.length && quotes.offset[q] < o; q++) pushMark(out, quotes.offset[q], quotes.full[q]);
    if (residue.near(o, o + 1) && ctx.inResidue({ start: o, end: o + 1 })) continue;
    const c = text.charCodeAt(o);
    pushMark(out, o, (c === 40 || c === 41) && innerTitleParen(text, o) ? (c === 40 ? '〈' : '〉') : FULL[text[o]]);
  }
  for (; q < quotes.offset.length; q++) pushMark(out, quotes.offset[q], quotes.full[q]);
  return out;
}

/** Marks in document order: offsets and the full-width form of each (no object per mark). */
interface Marks {
  offset: number[];
  full: string[];
}
function pushMark(m: Marks, offset: number, full: string): void {
  m.offset.push(offset);
  m.full.push(full);
}

/**
 * The half-width marks in Chinese text, in document order. A mark counts when the nearest
 * non-blank character on either side is Chinese (Han or CJK punctuation); ( ) count as a pair
 * when either of them does or the content holds Chinese. Not inside numbers (1,000), times and
 * ratios (18:16), URLs and e-mail addresses, document numbers (punct-document-number owns their
 * brackets), list markers such as 1) or web residue.
 */
export function findHalfWidthMarks(ctx: RuleContext): HalfWidthMark[] {
  const m = findMarks(ctx);
  const text = ctx.doc.text;
  const out: HalfWidthMark[] = [];
  for (let j = 0; j < m.offset.length; j++) out.push({ offset: m.offset[j], char: text[m.offset[j]], full: m.full[j] });
  return out;
}

/** The last characters of a document title: what makes <…> outside 《》 a title (印发<某某实施方案>的通知). */
const TITLE_ENDS = new Set([
  '通知', '方案', '办法', '意见', '规定', '条例', '细则', '规划', '纲要', '决定', '报告', '要点', '计划', '规则', '制度', '标准',
  '指南', '清单', '目录', '批复', '通报', '公告', '通告', '章程', '准则', '守则', '措施', '预案', '决议', '公报', '导则',
]);
const TITLE_END_ONE = new Set(['法', '函']);
const MAX_TITLE = 80;

/**
 * < > (or ‹ ›) standing for 《》 round a document title outside 《》: 印发<嘉兴市数字政府建设实施方案>的通知. The text
 * between is Chinese (Han characters, digits, Chinese brackets and 〈〉; no blank, letter or other mark), starts with
 * a Han character or a digit and ends with a document kind (方案 办法 通知 …, TITLE_ENDS), at most MAX_TITLE long.
 * Offsets relative to `from`, in pairs. Inside 《》 a < > pair is the inner title mark (scanPiece).
 */
function angleTitlesOn(text: string, from: number, to: number): number[] {
  let out: number[] | undefined;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) depth++;
    else if (c === 0x300b) depth = depth > 0 ? depth - 1 : 0;
    else if ((c === 0x3c || c === 0x2039) && depth === 0) {
      const closeCode = c === 0x3c ? 0x3e : 0x203a;
      let j = i + 1;
      for (; j < to && j - i <= MAX_TITLE + 1; j++) {
        const d = text.charCodeAt(j);
        if (d === closeCode) break;
        if (!(isHanChar(d) || isDigit(d) || d === 0xff08 || d === 0xff09 || d === 0x3008 || d === 0x3009 || d === 0x3001 || d === 0x2014)) {
          j = to;
          break;
        }
      }
      if (j >= to || text.charCodeAt(j) !== closeCode || j - i < 3) continue;
      const first = text.charCodeAt(i + 1);
      if (!(isHanChar(first) || isDigit(first))) continue;
      if (!TITLE_ENDS.has(text.slice(j - 2, j)) && !TITLE_END_ONE.has(text[j - 1])) continue;
      (out ??= []).push(i - from, j - from);
      i = j;
    }
  }
  return out ?? NO_QUOTES;
}

/** First characters of a note in brackets after a title, (含…) (附…) (即…): no nested title. */
const NOTE_OPENERS = '含附即暨及和与或包';
/** How far back a ( may stand from the 《 it is inside of (innerTitleParen). */
const MAX_TITLE_LEAD = 100;

/**
 * The ) closing the ( at i when the pair holds a document title (titleEnd, not past `to`), or -1: Chinese text
 * (Han characters, digits, （）〈〉、—) starting with a Han character or a digit and ending with a document kind.
 */
function titleParenClose(text: string, i: number, to: number): number {
  for (let j = i + 1; j < to && j - i <= MAX_TITLE + 1; j++) {
    const d = text.charCodeAt(j);
    if (d === 41) {
      if (j - i < 4) return -1;
      const first = text.charCodeAt(i + 1);
      // (含工作方案), (附实施细则): a note on the title, not a title
      if (!(isHanChar(first) || isDigit(first)) || NOTE_OPENERS.includes(text[i + 1])) return -1;
      return TITLE_ENDS.has(text.slice(j - 2, j)) || TITLE_END_ONE.has(text[j - 1]) ? j : -1;
    }
    if (!(isHanChar(d) || isDigit(d) || d === 0xff08 || d === 0xff09 || d === 0x3008 || d === 0x3009 || d === 0x3001 || d === 0x2014)) return -1;
  }
  return -1;
}

/**
 * The half-width ( or ) at o is one of a pair round a document title nested in 《》: 《某省实施(中华人民共和国防洪法)办法》
 * takes the inner title marks 〈〉 (GB/T 15834-2011 4.15), not （）. The ( stands after a 《 not closed before it
 * (on its line, at most MAX_TITLE_LEAD back, no 。 between) and the pair holds a title (titleParenClose). Bounded
 * scans on both sides of the mark: linear over the marks.
 */
function innerTitleParen(text: string, o: number): boolean {
  let open = o;
  if (text.charCodeAt(o) === 41) {
    open = -1;
    for (let j = o - 1; j >= 0 && o - j <= MAX_TITLE + 1; j--) {
      const d = text.charCodeAt(j);
      if (d === 40) {
        open = j;
        break;
      }
      if (d === 41 || isBreak(d)) return false;
    }
    if (open < 0) return false;
  }
  const close = titleParenClose(text, open, text.length);
  if (close < 0 || (open !== o && close !== o)) return false;
  for (let j = open - 1; j >= 0 && open - j <= MAX_TITLE_LEAD; j--) {
    const d = text.charCodeAt(j);
    if (d === 0x300a) return true; // 《
    if (d === 0x300b || d === 0x3002 || isBreak(d)) return false; // 》 。
  }
  return false;
}

/** The < > / ‹ › pairs standing for 《》 (angleTitlesOn on each piece holding one), in document order. */
function findAngleTitles(ctx: RuleContext): number[] {
  const text = ctx.doc.text;
  const out: number[] = [];
  if (text.indexOf('<') < 0 && text.indexOf('‹') < 0) return out;
  const pieces = textPieces(ctx.doc, ctx.cache);
  for (let k = 0; k < pieces.from.length; k++) {
    const str = pieces.str[k];
    if (str.indexOf('<') < 0 && str.indexOf('‹') < 0) continue;
    const from = pieces.from[k];
    const found = ctx.cache.lookup('punct-half-width\u0000titles', str, () => angleTitlesOn(text, from, pieces.to[k]));
    for (let j = 0; j < found.length; j += 2) {
      const a = found[j] + from;
      const b = found[j + 1] + from;
      if (ctx.inResidue({ start: a, end: b + 1 })) continue;
      out.push(a, b);
    }
  }
  return out;
}

/**
 * findHalfWidthMarks and the < > pairs standing for 《》 outside 《》, in document order (the rule's marks; the
 * formatter converts findHalfWidthMarks' only: a title mark is left to the drafter's fix).
 */
function allMarks(ctx: RuleContext): Marks {
  const marks = findMarks(ctx);
  const titles = findAngleTitles(ctx);
  if (titles.length === 0) return marks;
  const out: Marks = { offset: [], full: [] };
  let t = 0;
  for (let j = 0; j < marks.offset.length; j++) {
    const o = marks.offset[j];
    for (; t < titles.length && titles[t] < o; t++) pushMark(out, titles[t], t % 2 === 0 ? '《' : '》');
    pushMark(out, o, marks.full[j]);
  }
  for (; t < titles.length; t++) pushMark(out, titles[t], t % 2 === 0 ? '《' : '》');
  return out;
}

export const punctHalfWidth: Rule = {
  id: 'punct-half-width',
  defaultSeverity: 'information',
  owner: 'punctuation',
  description: {
    zh: '中文语境中的半角标点（, : ; ( ) ? ! "…" 和句末的 .、书名号内或代替书名号的 < >）应使用全角标点（GB/T 15834-2011）。',
    en: 'Half-width , : ; ( ) ? ! "…" in Chinese text, a . ending a Chinese sentence and < > inside 《》 or standing for it should be full-width (GB/T 15834-2011).',
  },
  check(ctx) {
    const { offset, full } = allMarks(ctx);
    const n = offset.length;
    if (n === 0) return;
    const text = ctx.doc.text;
    const pos = offsetToPosition(ctx.doc.lineStarts, offset[0]);
    let kinds = '';
    // (an ASCII mark already in kinds: no string search per mark)
    const seen = new Uint8Array(128);
    // one edit per mark, shared by the summary's fix and the paragraphs' fixes (edits are never mutated)
    const edits: Edit[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const o = offset[i];
      const c = text.charCodeAt(o);
      if (c >= 128 || seen[c] === 0) {
        if (c < 128) seen[c] = 1;
        const ch = text[o];
        if (!kinds.includes(ch)) kinds += kinds ? ' ' + ch : ch;
      }
      edits[i] = { range: { start: o, end: o + 1 }, newText: full[i] };
    }
    ctx.report({
      range: { start: offset[0], end: offset[0] + 1 },
      scope: 'document',
      message: {
        zh: `全文有 ${n} 处半角标点（${kinds}）用在中文语境中，应使用全角标点；第一处在第 ${pos.line + 1} 行第 ${pos.character + 1} 列。`,
        en: `${n} half-width punctuation marks (${kinds}) in Chinese text should be full-width; the first is at line ${pos.line + 1}, column ${pos.character + 1}.`,
      },
      fixes: [
        {
          title: { zh: `将全文 ${n} 处半角标点改为全角`, en: `Make all ${n} half-width marks full-width` },
          edits,
          safe: true,
          preferred: true,
        },
      ],
    });
    // one hint per paragraph holding such marks: marks[g0, g1)
    const key = paragraphKeyer(ctx.doc);
    let g0 = 0;
    let groupKey = key(offset[0]);
    for (let i = 1; i <= n; i++) {
      if (i < n) {
        const k = key(offset[i]);
        if (k === groupKey) continue;
        groupKey = k;
      }
      // marks[g0, i): one paragraph's
      const m = i - g0;
      const a = g0;
      const b = i - 1;
      const ch = text[offset[a]];
      ctx.report({
        range: { start: offset[a], end: offset[b] + 1 },
        severity: 'hint',
        message: {
          zh: m === 1 ? `中文语境中的半角标点“${ch}”应改为全角“${full[a]}”。` : `本段有 ${m} 处半角标点，应改为全角标点。`,
          en: m === 1 ? `Half-width "${ch}" in Chinese text: use "${full[a]}".` : `${m} half-width marks in this paragraph: use full-width marks.`,
        },
        fixes: [
          {
            title: m === 1 ? { zh: `改为“${full[a]}”`, en: `Change to "${full[a]}"` } : { zh: `将本段 ${m} 处半角标点改为全角`, en: `Make the ${m} marks in this paragraph full-width` },
            edits: edits.slice(g0, i),
            safe: true,
          },
        ],
      });
      g0 = i;
    }
  },
};
