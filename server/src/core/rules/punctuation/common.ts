// Helpers shared by the punctuation rules: character classes, paragraph keys, URL spans and
// document-number spans. Everything is one linear pass or an O(1) lookup.
import type { GongwenDocument, Range } from '../../model';
import { CodeSet } from '../shared/text';

import { isChinese, isCjkPunct, isHanChar } from '../../parse/chars';

export { isChinese, isCjkPunct, isHanChar };

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Space, tab, NBSP, U+3000. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** Offset of the previous non-space character on the same line, or -1. */
export function prevNonSpace(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  if (j < 0 || isBreak(text.charCodeAt(j))) return -1;
  return j;
}

/** Offset of the next non-space character on the same line, or -1. */
export function nextNonSpace(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j >= text.length || isBreak(text.charCodeAt(j))) return -1;
  return j;
}

/**
 * Paragraph identity for offsets visited in increasing order: the parser's paragraph index when a
 * paragraph holds the offset, else a (negative) line key. Amortised O(1) per call.
 */
export function paragraphKeyer(doc: GongwenDocument): (offset: number) => number {
  const paras = doc.paragraphs;
  const lines = doc.lineStarts;
  let p = 0;
  let l = 0;
  return (offset: number) => {
    while (p < paras.length && paras[p].end <= offset) p++;
    if (p < paras.length && paras[p].start <= offset) return p;
    while (l + 1 < lines.length && lines[l + 1] <= offset) l++;
    return -(l + 1);
  };
}

/** （ ( 《 “ 【 〔: an opening mark a word may start with (what a lost space's ? may stand before). */
const WORD_OPENERS = new Set([0xff08, 0x28, 0x300a, 0x201c, 0x3010, 0x3014]);

/**
 * The half-width ? at i (in text[from, to), a piece: one line, or one collapsed paragraph; a blank or a line start
 * before it) stands for a lost space, not for a question mark: a scraped GBK page shows each non-breaking space it
 * could not encode as ? (???(一), 张 ?伟, 李??强, ??二、). It is one of a run of ?, or it starts a word — it stands
 * at the piece's start or after a blank, and a Han character, a digit, a letter or an opening mark follows it. A
 * question mark ends a word: 是否同意?, 是否同意 ?” stay question marks. Reads two neighbours: a pure function of
 * the piece (memo.ts).
 */
export function lostSpaceAt(text: string, i: number, from: number, to: number): boolean {
  const prev = i > from ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
  if (prev === 0x3f || next === 0x3f) return true;
  if (prev >= 0 && !isSpace(prev)) return false;
  return next >= 0 && (isHanChar(next) || isDigit(next) || isLatin(next) || WORD_OPENERS.has(next));
}

/** Printable ASCII: what URL runs are made of. */
export const urlChar = (c: number): boolean => c > 0x20 && c < 0x7f;

/** The URL or e-mail span of the printable-ASCII run [i, e), if it holds one. */
export function urlInRun(text: string, i: number, e: number): Range | undefined {
  // a run without : . @ holds no URL (most runs: digits, punctuation, words)
  if (e - i < 4 || !hasUrlMark(text, i, e)) return undefined;
  const run = text.slice(i, e);
  let s = -1;
  const scheme = run.indexOf('://');
  if (scheme > 0) {
    s = scheme;
    while (s > 0 && isLatin(run.charCodeAt(s - 1))) s--;
  } else {
    const www = run.toLowerCase().indexOf('www.');
    if (www >= 0) s = www;
    else {
      const at = run.indexOf('@');
      if (at > 0 && run.indexOf('.', at) > at + 1) {
        s = at;
        while (s > 0 && /[A-Za-z0-9._%+-]/.test(run[s - 1])) s--;
      }
    }
  }
  if (s < 0) return undefined;
  let end = run.length;
  const hasOpen = run.indexOf('(', s) >= 0;
  while (end > s) {
    const ch = run[end - 1];
    if (',;:!?.'.includes(ch) || (ch === ')' && !hasOpen)) end--;
    else break;
  }
  return { start: i + s, end: i + end };
}

/** The run [i, e) holds a : (://), a . (www.) or an @. */
function hasUrlMark(text: string, i: number, e: number): boolean {
  for (let k = i; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 46 || c === 64) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Document numbers (发文字号): issuer + bracketed year + number + 号 (GB/T 9704-2012 §7.2.4).

export const YEAR_OPEN = '〔[(（［【〖„︹〈';
export const YEAR_CLOSE = '〕])）］】〗‟︺〉';
const YEAR_OPEN_CODES = new CodeSet(YEAR_OPEN);
const YEAR_OPEN_RE = new RegExp(`[${YEAR_OPEN.replace(/[\\\]\[^-]/g, '\\$&')}]`, 'g');

export interface DocNumberSpan extends Range {
  open: number;
  close: number;
  year: number;
  /** Offset of 第 before the number, or -1. */
  di: number;
  /** The number's digits (including leading zeros). */
  numStart: number;
  numEnd: number;
  /** Leading zeros [numStart, zerosEnd). */
  zerosEnd: number;
  /** Offsets of blanks inside it (嘉政发〔2005〕32 号, 〔2005 〕): one at most after the opening bracket, after the year, after the closing bracket and before 号. */
  blanks: number[];
  canonical: boolean;
}

/** A blank a PDF copy or a careless typist leaves inside a 发文字号: space, U+3000, NBSP. */
const isNumberBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

/**
 * Every 发文字号 shape in the text: a Han issuer character, a bracket from YEAR_OPEN, a four-digit
 * year 1949–2099, a bracket from YEAR_CLOSE, optional 第, digits, 号. Court case numbers
 * ((2023)浙01民初123号: the year comes first), orders (令第388号: no year) and standard numbers
 * (GB/T 9704-2012: no brackets) do not have this shape.
 */
export function findDocNumbers(text: string, from = 0, to = text.length): DocNumberSpan[] {
  // kept local (not doc.docNumbers): the fix needs the offsets of 第 and of the leading zeros
  const out: DocNumberSpan[] = [];
  // the brackets (at from + 1 … to - 7), found by the regex engine: native speed even before the JIT warms up
  if (to - 6 <= from + 1) return out;
  const bounded = text.length > to - 6 ? text.slice(0, to - 6) : text;
  YEAR_OPEN_RE.lastIndex = from + 1;
  while (YEAR_OPEN_RE.test(bounded)) {
    const d = docNumberAt(text, YEAR_OPEN_RE.lastIndex - 1, from, to);
    if (!d) continue;
    out.push(d);
    YEAR_OPEN_RE.lastIndex = d.end;
  }
  return out;
}

const NO_BLANKS: number[] = [];

/** The 发文字号 whose year bracket closes at i (a blank inside or not), looking at text[from, to) only. */
export function docNumberClosingAt(text: string, i: number, from: number, to: number): DocNumberSpan | undefined {
  for (let open = i - 5; open >= i - 7 && open >= from; open--) {
    const d = docNumberAt(text, open, from, to);
    if (d) return d.close === i ? d : undefined;
  }
  return undefined;
}

/**
 * The 发文字号 whose year bracket opens at i, looking at text[from, to) only. No opening bracket
 * stands inside one, so testing any position gives what the left-to-right scan finds there.
 */
export function docNumberAt(text: string, i: number, from: number, to: number): DocNumberSpan | undefined {
  if (i + 7 > to || !YEAR_OPEN_CODES.has(text.charCodeAt(i))) return undefined;
  // an issuer code of two or more Han characters, not an order (……令(2009)…)
  if (i < from + 2 || !isHanChar(text.charCodeAt(i - 1)) || !isHanChar(text.charCodeAt(i - 2)) || text[i - 1] === '令') return undefined;
  let j = i + 1;
  let blanks: number[] | undefined;
  const blank = () => {
    if (j < to && isNumberBlank(text.charCodeAt(j))) (blanks ??= []).push(j++);
  };
  blank();
  let k = 0;
  while (k < 4 && j + k < to && isDigit(text.charCodeAt(j + k))) k++;
  if (k !== 4) return undefined;
  const year = Number(text.slice(j, j + 4));
  if (year < 1949 || year > 2099) return undefined;
  j += 4;
  blank();
  if (j >= to || YEAR_CLOSE.indexOf(text[j]) < 0) return undefined;
  const close = j;
  j++;
  blank();
  let di = -1;
  if (j < to && text[j] === '第') {
    di = j;
    j++;
  }
  const numStart = j;
  while (j < to && isDigit(text.charCodeAt(j))) j++;
  const numEnd = j;
  if (j === numStart || j - numStart > 6) return undefined;
  blank();
  if (j >= to || text[j] !== '号') return undefined;
  let zerosEnd = numStart;
  while (zerosEnd < numEnd - 1 && text[zerosEnd] === '0') zerosEnd++;
  return {
    start: i,
    end: j + 1,
    open: i,
    close,
    year,
    di,
    numStart,
    numEnd,
    zerosEnd,
    blanks: blanks ?? NO_BLANKS,
    canonical: text[i] === '〔' && text[close] === '〕' && di < 0 && zerosEnd === numStart && !blanks,
  };
}

export function quote(s: string): string {
  return `“${s}”`;
}
