// Ranges written with ~ 〜 - － (or the 破折号 ——): numbers take ～ (50～100个), years and dates take — (2009—2011年)
// (GB/T 15834-2011 4.13 连接号).
import type { Report, Rule } from '../../rule';
import { shiftRanges } from '../../memo';
import { textLines, textPieces } from '../shared/text';
import { isDigit, isHanChar, isLatin } from './common';

const TILDE = '～';
const DASH = '—';
const NOT_A_RANGE_BEFORE = ['表', '图', '附件', '附表', '附图', '式', '编号', '号码', '电话', '传真', '邮编', '代码'];

interface Num {
  start: number;
  end: number;
  value: number;
  intDigits: number;
}

/** Digits (with one optional decimal point) ending at `end` (exclusive). */
function numberBefore(text: string, end: number): Num | undefined {
  let s = end;
  while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
  if (s === end) return undefined;
  let intStart = s;
  if (text[s - 1] === '.' && isDigit(text.charCodeAt(s - 2))) {
    s--;
    while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
    intStart = s;
    return { start: s, end, value: Number(text.slice(s, end)), intDigits: text.indexOf('.', s) - intStart };
  }
  return { start: s, end, value: Number(text.slice(s, end)), intDigits: end - s };
}

function numberAfter(text: string, start: number): Num | undefined {
  let e = start;
  while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  if (e === start) return undefined;
  const intDigits = e - start;
  if (text[e] === '.' && isDigit(text.charCodeAt(e + 1))) {
    e++;
    while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  }
  return { start, end: e, value: Number(text.slice(start, e)), intDigits };
}

const isYear = (x: Num) => x.intDigits === 4 && x.end - x.start === 4 && x.value >= 1900 && x.value <= 2099;

/**
 * A date range whose end opens with a wider unit than its start ends with: 2025年3月20日-3月25日 (日 then 月),
 * 2024年7月-2026年6月 (月 then a year), 3月20日~4月5日. The end's number must be a month (1–12) or a year.
 */
function widerEnd(unitA: string, unitB: string, b: Num): boolean {
  if (unitB === '年') return (unitA === '月' || unitA === '日') && isYear(b);
  if (unitB === '月') return unitA === '日' && b.intDigits === b.end - b.start && b.value >= 1 && b.value <= 12;
  return false;
}

/** The ranges of one piece, offsets relative to it, and the 《 depth after it. */
interface PieceRanges {
  depth: number;
  reports: Report[];
}
const NO_RANGES: PieceRanges = { depth: 0, reports: [] };

/**
 * 《 》 。 (title depth), ~ 〜 - － (range marks), — – (a dash in a phone number), ─ (boxDash) and the pairs —— ―― ── (a
 * 破折号 between a range's ends): what rangesOn looks at.
 */
const RANGE_SCAN_RE = /[《》。~〜\-－—–―─]/g;

/**
 * Two box-drawing lines ── (U+2500) standing for the 破折号 —— in Chinese text (──坚持政府引导): exactly two, a Han
 * character right after or right before them, in text[from, to). A longer run or one alone is a drawn line.
 */
function boxDash(text: string, i: number, from: number, to: number): Report | undefined {
  if (i + 1 >= to || text.charCodeAt(i + 1) !== 0x2500) return undefined;
  if ((i > from && text.charCodeAt(i - 1) === 0x2500) || (i + 2 < to && text.charCodeAt(i + 2) === 0x2500)) return undefined;
  if (!((i + 2 < to && isHanChar(text.charCodeAt(i + 2))) || (i > from && isHanChar(text.charCodeAt(i - 1))))) return undefined;
  return {
    range: { start: i, end: i + 2 },
    message: {
      zh: '破折号应使用“——”，不用制表符“──”（GB/T 15834-2011 4.10）。',
      en: 'The Chinese dash is "——", not the box-drawing "──" (GB/T 15834-2011 4.10).',
    },
    fixes: [{ title: { zh: '改为“——”', en: 'Change to "——"' }, edits: [{ range: { start: i, end: i + 2 }, newText: '——' }], safe: false }],
  };
}

/**
 * An area code and a local number joined by a dash (0731—2211475): a phone number takes the hyphen
 * (GB/T 15834-2011 4.13.3.1). Only 0 + 2–3 digits, the dash, 7–8 digits, with no digit, dash or
 * decimal point on either side: never a range (no range starts with 0) nor a code chain.
 */
function phoneDash(text: string, i: number): Report | undefined {
  const a = numberBefore(text, i);
  const b = numberAfter(text, i + 1);
  if (!a || !b || a.end - a.start !== a.intDigits || b.end - b.start !== b.intDigits) return undefined;
  if (text[a.start] !== '0' || a.intDigits < 3 || a.intDigits > 4 || b.intDigits < 7 || b.intDigits > 8) return undefined;
  const before = text[a.start - 1] ?? '';
  const after = text[b.end] ?? '';
  if ((before && '-－.—–'.includes(before)) || (after && '-－.—–'.includes(after))) return undefined;
  const ch = text[i];
  return {
    range: { start: a.start, end: b.end },
    message: {
      zh: `电话号码中的连接号应使用短横线“-”，不用“${ch}”（GB/T 15834-2011 4.13.3.1）。`,
      en: `A phone number is joined by the hyphen "-", not "${ch}" (GB/T 15834-2011 4.13.3.1).`,
    },
    fixes: [{ title: { zh: '改为“-”', en: 'Change to "-"' }, edits: [{ range: { start: i, end: i + 1 }, newText: '-' }], safe: true }],
  };
}

/**
 * The mark text[i, i + w) between two ends of a range, or undefined: a tilde ~ 〜, a hyphen - － (or a doubled one, --,
 * typed for the dash), the 破折号 —— ―― (dash) or two box-drawing lines ── (box) typed for it. Numbers take ～, years
 * and dates take — (GB/T 15834-2011 4.13). The fix is safe except for a hyphen between numbers (hyphens also number
 * things: 附件1-2) and for ── (it may be a line in a drawing).
 */
function rangeAt(text: string, i: number, w: number, mark: 'tilde' | 'hyphen' | 'dash' | 'box'): Report | undefined {
  const hyphen = mark === 'hyphen';
  const ch = text.slice(i, i + w);
  // A: digits right before, or digits + 年/月/日 (2009年-2011年)
  let unitA = '';
  let a = numberBefore(text, i);
  if (!a && '年月日'.includes(text[i - 1])) {
    a = numberBefore(text, i - 1);
    unitA = text[i - 1];
  }
  const b = numberAfter(text, i + w);
  if (!a || !b) return undefined;
  // chains and codes: 2022-12-13, 0573-8888-1234, GB/T 9704-2012, CR-400, 18:00-20:00
  const before = text[a.start - 1] ?? '';
  const before2 = before === ' ' ? (text[a.start - 2] ?? '') : before;
  if ('-－.:/~～〜_#+'.includes(before) && before !== '') return undefined;
  if (before2 && (isLatin(before2.charCodeAt(0)) || before2 === '/')) return undefined;
  const after = text[b.end] ?? '';
  if (after && ('-－:/~〜'.includes(after) || (hyphen && isLatin(after.charCodeAt(0))))) return undefined;
  if (hyphen && !unitA) {
    if (text[a.start] === '0' && a.end - a.start >= 3) return undefined; // 0573-…
    if (b.end - b.start >= 5 && !isYear(b)) return undefined; // phone and serial numbers
    if (a.intDigits === 4 && isYear(a) && b.end - b.start <= 2) return undefined; // 2022-12 (ISO month)
  }
  const unitB = after;
  let kind: 'year' | 'date' | 'number' | undefined;
  if (isYear(a) && isYear(b)) kind = 'year';
  else if (unitA === '年' || unitA === '月' || unitA === '日') kind = unitB === unitA || (unitA === '年' && isYear(b)) || widerEnd(unitA, unitB, b) ? 'date' : undefined;
  else if (unitB === '月' && a.value >= 1 && a.value <= 12 && b.value <= 12 && text[i - 1] !== '个') kind = 'date';
  else if (unitB === '日' && a.value >= 1 && a.value <= 31 && b.value <= 31) kind = 'date';
  else if (unitB && (isHanChar(unitB.charCodeAt(0)) || '%‰℃°'.includes(unitB) || (!hyphen && isLatin(unitB.charCodeAt(0))))) kind = 'number';
  if (!kind) return undefined;
  if (kind === 'number' && mark !== 'tilde') {
    // hyphens also number things (附件1-2, 表3-1), and a 破折号 between two numbers must join a range: only a rising
    // range with a unit counts
    if (!(a.value < b.value) || unitB === '号') return undefined;
    const lead = text.slice(Math.max(0, a.start - 2), a.start);
    if (NOT_A_RANGE_BEFORE.some((w) => lead.endsWith(w))) return undefined;
  }
  const right = kind === 'number' ? TILDE : DASH;
  // (the 破折号 named as such: 不用破折号“——”)
  const notZh = mark === 'dash' ? `破折号“${ch}”` : `“${ch}”`;
  const notEn = mark === 'dash' ? `the Chinese dash "${ch}"` : `"${ch}"`;
  return {
    range: { start: a.start, end: b.end },
    message:
      kind === 'number'
        ? {
            zh: `数值范围的连接号应使用浪纹线“～”，不用${notZh}（GB/T 15834-2011 4.13）。`,
            en: `A number range takes "～", not ${notEn} (GB/T 15834-2011 4.13).`,
          }
        : {
            zh: `${kind === 'year' ? '年份' : '日期'}起止的连接号应使用一字线“—”，不用${notZh}（GB/T 15834-2011 4.13）。`,
            en: `A ${kind === 'year' ? 'year' : 'date'} range takes "—", not ${notEn} (GB/T 15834-2011 4.13).`,
          },
    fixes: [
      {
        title: { zh: `改为“${right}”`, en: `Change to "${right}"` },
        edits: [{ range: { start: i, end: i + w }, newText: right }],
        safe: !((hyphen && kind === 'number') || mark === 'box'),
      },
    ],
  };
}

/**
 * Scans the piece text[from, to) entering with `depth` open 《 (a line break or 。 closes them). It
 * looks outside the piece only where a number opens it after a space (GB/T 9704-2012: a code when a
 * Latin letter or / stands before the space): the caller keys that case.
 */
function rangesOn(text: string, from: number, to: number, depth: number): PieceRanges {
  const reports: Report[] = [];
  let titleDepth = depth;
  // the characters that matter, found by the regex engine in the text cut at `to` (native speed
  // even before the JIT warms up; a cut shares the string)
  const bounded = to < text.length ? text.slice(0, to) : text;
  RANGE_SCAN_RE.lastIndex = from;
  while (RANGE_SCAN_RE.test(bounded)) {
    const i = RANGE_SCAN_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x300a) titleDepth++; // 《
    else if (c === 0x300b) titleDepth = Math.max(0, titleDepth - 1); // 》
    else if (c === 0x3002) titleDepth = 0; // 。
    else if (c === 0x2014 || c === 0x2015 || c === 0x2500 || c === 0x2013) {
      if (titleDepth > 0) continue;
      // a pair (—— ―― ──: the 破折号, or box drawing typed for it) between the two ends of a range (2022年6月1日——2022年9月30日)
      const pair = c !== 0x2013 && i + 1 < to && text.charCodeAt(i + 1) === c && !(i > from && text.charCodeAt(i - 1) === c) && !(i + 2 < to && text.charCodeAt(i + 2) === c);
      const range = pair ? rangeAt(text, i, 2, c === 0x2500 ? 'box' : 'dash') : undefined;
      if (range) {
        reports.push(range);
        RANGE_SCAN_RE.lastIndex = i + 2;
        continue;
      }
      const r = c === 0x2500 ? boxDash(text, i, from, to) : c === 0x2015 ? undefined : phoneDash(text, i);
      if (r) reports.push(r);
      continue;
    }
    // ~ 〜 - －
    if (!(c === 0x7e || c === 0x301c || c === 0x2d || c === 0xff0d) || titleDepth > 0) continue;
    const ch = text[i];
    const hyphen = ch === '-' || ch === '－';
    // a doubled hyphen (2021--2025年, typed for a dash) is one mark: [i, i + w)
    const r = rangeAt(text, i, hyphen && text[i + 1] === ch && text[i - 1] !== ch && text[i + 2] !== ch ? 2 : 1, hyphen ? 'hyphen' : 'tilde');
    if (r) reports.push(r);
  }
  if (reports.length === 0) return titleDepth === 0 ? NO_RANGES : { depth: titleDepth, reports };
  return { depth: titleDepth, reports: shiftRanges(reports, -from) };
}

export const punctRange: Rule = {
  id: 'punct-range',
  defaultSeverity: 'hint',
  owner: 'punctuation',
  description: {
    zh: '数值范围用浪纹线“～”，时间、日期的起止用一字线“—”（GB/T 15834-2011 4.13）。',
    en: 'Number ranges take ～ and year or date ranges take — (GB/T 15834-2011 4.13).',
  },
  check(ctx) {
    const { doc, cache } = ctx;
    const text = doc.text;
    const pieces = textPieces(doc, cache);
    const lines = textLines(doc, cache);
    /** The reports on pieces [k0, k1) (one line: a line break closes 《), offsets relative to `base`. */
    const onPieces = (k0: number, k1: number, base: number, out: Report[]) => {
      let depth = 0;
      for (let k = k0; k < k1; k++) {
        const from = pieces.from[k];
        const p = from - 2;
        const latinBefore = k > k0 && text.charCodeAt(from - 1) === 32 && p >= 0 && (isLatin(text.charCodeAt(p)) || text.charCodeAt(p) === 47);
        const piece = pieces.str[k];
        const d = depth;
        const kind = d === 0 && !latinBefore ? 'punct-range' : `punct-range\u0000${d}${latinBefore ? 'L' : ''}`;
        // computed on the piece's characters in place (the same as the piece string; a flat string reads faster)
        const v = cache.lookup(kind, piece, () => rangesOn(text, from, pieces.to[k], d));
        depth = v.depth;
        if (v.reports.length === 0) continue;
        for (const r of shiftRanges(v.reports, from - base)) out.push(r);
      }
    };
    for (let l = 0; l < lines.from.length; l++) {
      const k0 = lines.piece[l];
      const k1 = lines.piece[l + 1];
      const from = lines.from[l];
      let found: Report[];
      if (k1 - k0 === 1) {
        // (a line of one piece: the piece's lookup alone)
        const v = cache.lookup('punct-range', pieces.str[k0], () => rangesOn(text, from, pieces.to[k0], 0));
        if (v.reports.length === 0) continue;
        found = shiftRanges(v.reports, from);
      } else {
        // a collapsed line of many pieces: looked up whole too, kept with its cuts (with its text, they fix its pieces)
        const cuts = lines.cuts[l];
        const rel = cache.lookup<LineRanges>('punct-range\u0001', lines.str[l], () => {
          const out: Report[] = [];
          onPieces(k0, k1, from, out);
          return { cuts, reports: out };
        });
        if (rel.cuts === cuts) found = rel.reports.length === 0 ? rel.reports : shiftRanges(rel.reports, from);
        else {
          // (the same text cut otherwise elsewhere or before: piece by piece)
          found = [];
          onPieces(k0, k1, 0, found);
        }
      }
      for (const r of found) if (!ctx.inResidue(r.range)) ctx.report(r);
    }
  },
};
/** A line's reports (offsets relative to it) and the cuts they were computed with. */
interface LineRanges {
  cuts: string;
  reports: Report[];
}
