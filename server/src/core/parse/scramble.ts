// A forum page's anti-copy scramble (Discuz 防采集): runs of one- or two-character ASCII tokens strewn through the
// text (3 _ N' T' M* y8 [# P; N5 e). Found here for stray-spam's finding and for the section parser, which reads a
// marker glued after a scramble at a paragraph's start (; d% F b8 Q3 f! P二、活动地点) as the marker it is.

import type { Range } from '../model';
import { isChinese, isHanChar, isInterleaveSep } from './chars';

/** A set of ASCII characters (a 128-entry table). */
class AsciiSet {
  private readonly has_ = new Uint8Array(128);
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.has_[chars.charCodeAt(i)] = 1;
  }
  has(c: number): boolean {
    return c < 128 && this.has_[c] === 1;
  }
}
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Symbols a forum's scramble strews (not the - + . , / : | of times, scores, standard numbers and tables). */
const SCRAMBLE_SYMBOLS = new AsciiSet("!\"#$%&'()*;<=>?@[\\]^_`{}~");
/** Punctuation of the sentence a scramble is glued to (如下:' m I9 …): kept out of the run. */
const SENTENCE_PUNCT = new AsciiSet(':;,.!?');
const isPrintableAscii = (c: number) => c > 0x20 && c < 0x7f;

/**
 * A forum page's anti-copy scramble (Discuz 防采集): six or more tokens of one or two printable ASCII
 * characters separated by single spaces (3 _ N' T' M* y8 [# P; N5 e), strewn with odd symbols (SCRAMBLE_SYMBOLS)
 * and letter-digit tokens: three symbols and one such token, two and two (or four symbols of any kind), or four.
 * One pass over the
 * text: each ASCII stretch is read once.
 */
export function findScrambleRuns(text: string, from = 0, to = text.length): Range[] {
  const runs: Range[] = [];
  let i = from;
  while (i < to) {
    if (!isPrintableAscii(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // a stretch of tokens from i: token, single space, token …
    // (glued to a sentence: right after a Chinese character or punctuation mark)
    const glued = i > from && text.charCodeAt(i - 1) > 0x7f && !isSpaceChar(text.charCodeAt(i - 1));
    let start = i;
    let tokens = 0;
    let mixed = 0;
    let seen = '';
    let all = '';
    let end = i;
    let j = i;
    let longEnd = i;
    let lastStart = i;
    for (;;) {
      let e = j;
      while (e < to && isPrintableAscii(text.charCodeAt(e))) e++;
      if (e - j > 2) {
        longEnd = e;
        break;
      }
      let letter = false;
      let digit = false;
      for (let k = j; k < e; k++) {
        const c = text.charCodeAt(k);
        if (isAsciiLetter(c)) letter = true;
        else if (isAsciiDigit(c)) digit = true;
        else if (!all.includes(text[k])) {
          all += text[k];
          if (SCRAMBLE_SYMBOLS.has(c)) seen += text[k];
        }
      }
      if (letter && digit) mixed++;
      tokens++;
      lastStart = j;
      end = e;
      if (e + 1 < to && text.charCodeAt(e) === 0x20 && isPrintableAscii(text.charCodeAt(e + 1))) j = e + 1;
      else break;
    }
    // (a marker's full-width bracket glued after the last token, C（一）, counts as the ( of C(一): formatting makes
    // the one the other)
    if (end < to && text.charCodeAt(end) === 0xff08 && !seen.includes('(')) seen += '(';
    const odd = seen.length;
    if (tokens >= 6 && ((odd >= 3 && mixed >= 1) || (odd >= 2 && (mixed >= 2 || all.length >= 4)) || odd >= 4)) {
      i = end;
      if (glued && SENTENCE_PUNCT.has(text.charCodeAt(start))) {
        start++;
        while (start < end && text.charCodeAt(start) === 0x20) start++;
      }
      // the opening bracket of a marker glued after it (… l' C(一)) and a table's closing | are not its own
      if (end < to && text.charCodeAt(end) > 0x7f && (text.charCodeAt(end - 1) === 0x28 || text.charCodeAt(end - 1) === 0x5b)) end--;
      else if (end - lastStart === 1 && isPipeChar(text.charCodeAt(lastStart))) {
        end = lastStart;
        while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
      }
      if (end > start) runs.push({ start, end });
      continue;
    }
    // not a scramble, nor any run starting inside these tokens (a later start sees fewer tokens and symbols):
    // go on after them, or after the long token that ended them at once
    i = tokens === 0 ? longEnd : end;
  }
  return runs;
}
const isSpaceChar = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09;
const isPipeChar = (c: number) => c === 0x7c;

/** The end of a scramble run starting at s (read within the next 120 characters, up to e), or -1. */
export function scrambleAt(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (!(c > 0x20 && c < 0x7f)) return -1;
  const runs = findScrambleRuns(text, s, Math.min(e, s + 120));
  return runs.length && runs[0].start === s ? runs[0].end : -1;
}

/** A chain of separators strewn between characters (findInterleavedRuns): the range and each separator's offset. */
export interface InterleavedRun extends Range {
  seps: number[];
}
const INTERLEAVE_NUMERALS = '一二三四五六七八九十〇零';

/**
 * Separators a page strews between the characters of a word to defeat copying or a keyword filter
 * (外交部.党.委.书.记.、副部长): maximal chains of three or more of one separator (a half- or full-width dot), each
 * next one two characters on with a Han character between (interleavedSepAt), unless every character between is a
 * numeral (一.二.三.四.). The range runs from the Han character before the first separator to the last one
 * (委.宣.传.部.). One pass: each separator is read once.
 */
export function findInterleavedRuns(text: string, from = 0, to = text.length): InterleavedRun[] {
  const runs: InterleavedRun[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isInterleaveSep(c)) continue;
    // (measured first: most dots, 1.1.1. or a sentence's end, start no chain and allocate nothing)
    let numerals = true;
    let k = i;
    while (k + 2 < to && text.charCodeAt(k + 2) === c && isHanChar(text.charCodeAt(k + 1))) {
      if (!INTERLEAVE_NUMERALS.includes(text[k + 1])) numerals = false;
      k += 2;
    }
    if (k - i >= 4 && !numerals) {
      const seps: number[] = [];
      for (let o = i; o <= k; o += 2) seps.push(o);
      runs.push({ start: i > from && isHanChar(text.charCodeAt(i - 1)) ? i - 1 : i, end: k + 1, seps });
    }
    i = k;
  }
  return runs;
}

/**
 * Runs of two or more @ a page strews after the words of a text to defeat copying (各省@@、自治区@@…二@@十@@@@大精神@@):
 * a run with a Chinese character (Han or Chinese punctuation) right before or after it. Not an e-mail address or a
 * handle (one @), nor @@name@@ in Latin text. One native search for @@.
 */
export function findStrewnAts(text: string, from = 0, to = text.length): Range[] {
  const runs: Range[] = [];
  for (let i = text.indexOf('@@', from); i >= 0 && i + 1 < to; i = text.indexOf('@@', i)) {
    let e = i + 2;
    while (e < to && text.charCodeAt(e) === 0x40) e++;
    if ((i > from && isChinese(text.charCodeAt(i - 1))) || (e < to && isChinese(text.charCodeAt(e)))) runs.push({ start: i, end: e });
    i = e;
  }
  return runs;
}
