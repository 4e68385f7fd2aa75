// Dates in a notice: ISO, Arabic (2010年12月9日), Chinese numerals (二〇一〇年十二月九日, wrong zeros included).
//
// Recognised (values are as written: 4月31日 is a mention with month 4, day 31 — the date-invalid rule judges):
// - 'iso'     2022-12-13 (a time after it, 18:16, is not part of it);
// - 'arabic'  2010年12月9日, 2022年7月, 2023年 (year 1900–2199 alone), 8月底前 (month/day without a year),
//             12年7月1日 (two-digit year, needs a month; year stored as 2012 with shortYear), full-width digits too;
// - 'chinese' 二〇一〇年十二月九日 — the year's zero written ○ ◯ O o Ｏ 0 ０ 零 is recorded in wrongZeros (1-char ranges);
// - 'dotted'  2012.7.1 and 'slash' 2012/7/1 — only a full year.month.day with month ≤ 12 and day ≤ 31, not inside a
//             longer run of digits, dots or letters (not 1.2亿元, not a version number 2012.7.1.3, not a URL);
// - a blank a page left inside a full date (2008年 10月9 日, 2008 年 10 月 9 日), or inside a month and day (4 月25日):
//   one mention, its text with the blank;
// - a suffix right after a date: 底 末 初 上旬 中旬 下旬, then 前 以前 之前 (2023年3月底前);
// - periods 2009-2011年, 2009—2011年, 2009年—2011年, 2011—2009年: the start gets `periodEnd`, the end is listed too with
//   `periodStart: true`; a yearless end after a full date (2024年4月20日-4月1日, after -, －, —, ~ alike) is a mention of its own.
// Linear: one pass; sticky regexes tried only at the first digit of a run.
import type { DateMention, Range } from '../model';
import { CodeSet, isLineBreak } from './chars';

const D = '[0-9０-９]';
const ISO_RE = new RegExp(`([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])`, 'y');
const ARABIC_RE = new RegExp(`(${D}{4})年(?:(${D}{1,2})月(?:(${D}{1,2})[日号])?)?`, 'y');
// a full date with a blank (one space or U+3000) left inside it by a page: 2008年 10月9 日, 2008 年 10 月 9 日
// (a year and a month at least; its text keeps the blanks: date-style reports them)
const B = '[ \\u3000]?';
const BLANKED_RE = new RegExp(`(${D}{4})${B}年${B}(${D}{1,2})${B}月(?:${B}(${D}{1,2})${B}[日号])?`, 'y');
const SHORT_RE = new RegExp(`(${D}{2})年(${D}{1,2})月(?:(${D}{1,2})[日号])?`, 'y');
const MONTHDAY_RE = new RegExp(`(${D}{1,2})月(?:(${D}{1,2})[日号])?`, 'y');
// a month and day without a year, with a blank a page left inside (4 月25日, 5月 6日, 7月8 日): text keeps the blank
const MONTHDAY_BLANKED_RE = new RegExp(`(${D}{1,2})${B}月${B}(${D}{1,2})${B}[日号]`, 'y');
const DOTTED_RE = /([0-9]{4})([./])([0-9]{1,2})\2([0-9]{1,2})/y;
const PERIOD_RE = new RegExp(`(${D}{4})[ \\u3000]?(?:-|－|—{1,2}|–|~|～|〜|至|到)[ \\u3000]?(?=${D}{4}年)`, 'y');
const RANGE_SEP_RE = /[ \u3000]?(?:-|－|—{1,2}|–|~|～|〜|至|到)[ \u3000]?/y;
const SUFFIX_RE = /(上旬|中旬|下旬|初|底|末)?(以前|之前|前)?/y;

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, '〇': 0 };
const WRONG_ZERO = '○◯OoＯ0０零';
const CN_YEAR_CHARS = '一二三四五六七八九〇' + WRONG_ZERO;
const CN_YEAR_CODES = new CodeSet(CN_YEAR_CHARS);
/** First characters of a range separator (PERIOD_RE): optional space, then - － — – ~ ～ 〜 至 到. */
const RANGE_FIRST = new CodeSet(' \u3000-－—–~～〜至到');
const CN_ONE_TO_NINE = new CodeSet('一二三四五六七八九');
/** What can start a date (a digit or a year numeral), found by the regex engine: native speed even before the JIT warms up. */
const DATE_START_RE = new RegExp(`[${'0123456789０１２３４５６７８９' + CN_YEAR_CHARS}]`, 'g');
const CN_MONTH_RE = /(十[一二]?|[一二三四五六七八九])月/y;
const CN_DAY_RE = /(三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日/y;

function digitValue(s: string): number {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
  }
  return v;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function cnNumber(s: string): number {
  // 十 十一 二十 二十三 三十一 九
  if (s.length === 1) return s === '十' ? 10 : CN_DIGIT[s];
  const t = s.indexOf('十');
  if (t < 0) return CN_DIGIT[s[0]];
  const tens = t === 0 ? 1 : CN_DIGIT[s[0]];
  const ones = t === s.length - 1 ? 0 : CN_DIGIT[s[t + 1]];
  return tens * 10 + ones;
}

function exec(re: RegExp, text: string, at: number, to: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && at + m[0].length <= to ? m : null;
}

function mention(text: string, start: number, end: number, style: DateMention['style'], year?: number, month?: number, day?: number): DateMention {
  const d: DateMention = { start, end, text: text.slice(start, end), style, wrongZeros: [] };
  if (year !== undefined) d.year = year;
  if (month !== undefined) d.month = month;
  if (day !== undefined) d.day = day;
  return d;
}

function addSuffix(text: string, d: DateMention, to: number): void {
  const m = exec(SUFFIX_RE, text, d.end, to);
  if (!m || !m[0]) return;
  let len = m[0].length;
  // 初步, 前三季度, 前两年: not qualifiers.
  const next = text.charCodeAt(d.end + len);
  if (m[1] === '初' && !m[2] && next === 0x6b65 /* 步 */) return;
  if (m[2] && (isDigit(next) || '一二三四五六七八九十两几'.includes(text[d.end + len] ?? ''))) {
    if (!m[1]) return;
    len = m[1].length;
  }
  d.suffix = { start: d.end, end: d.end + len, text: text.slice(d.end, d.end + len) };
}

/** Arabic-digit date at i (a digit that starts a run), or undefined. */
function arabicAt(text: string, i: number, to: number): DateMention | undefined {
  let m = exec(ISO_RE, text, i, to);
  if (m) return mention(text, i, i + m[0].length, 'iso', +m[1], +m[2], +m[3]);
  m = exec(DOTTED_RE, text, i, to);
  if (m) {
    const end = i + m[0].length;
    const after = end < to ? text.charCodeAt(end) : 0;
    const month = +m[3];
    const day = +m[4];
    const year = +m[1];
    const clean = !isDigit(after) && !isLatin(after) && !(after === 0x2e && isDigit(text.charCodeAt(end + 1))) && after !== 0x2f;
    if (clean && month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2199) {
      return mention(text, i, end, m[2] === '.' ? 'dotted' : 'slash', year, month, day);
    }
    return undefined;
  }
  m = exec(BLANKED_RE, text, i, to);
  if (m && /[ \u3000]/.test(m[0])) {
    return mention(text, i, i + m[0].length, 'arabic', digitValue(m[1]), digitValue(m[2]), m[3] !== undefined ? digitValue(m[3]) : undefined);
  }
  m = exec(ARABIC_RE, text, i, to);
  if (m) {
    const year = digitValue(m[1]);
    if (m[2] !== undefined || (year >= 1900 && year <= 2199)) {
      return mention(text, i, i + m[0].length, 'arabic', year, m[2] !== undefined ? digitValue(m[2]) : undefined, m[3] !== undefined ? digitValue(m[3]) : undefined);
    }
    return undefined;
  }
  m = exec(SHORT_RE, text, i, to);
  if (m) {
    const yy = digitValue(m[1]);
    const d = mention(text, i, i + m[0].length, 'arabic', yy < 50 ? 2000 + yy : 1900 + yy, digitValue(m[2]), m[3] !== undefined ? digitValue(m[3]) : undefined);
    d.shortYear = true;
    return d;
  }
  m = exec(MONTHDAY_BLANKED_RE, text, i, to);
  if (m && /[ \u3000]/.test(m[0])) {
    const mo = digitValue(m[1]);
    const dd = digitValue(m[2]);
    if (mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) return mention(text, i, i + m[0].length, 'arabic', undefined, mo, dd);
  }
  m = exec(MONTHDAY_RE, text, i, to);
  if (m) {
    // Month (and day) without a year: only plausible values (a yearless 13月 or 35日 is no date).
    const mo = digitValue(m[1]);
    const dd = m[2] !== undefined ? digitValue(m[2]) : 1;
    if (mo < 1 || mo > 12 || dd < 1 || dd > 31) return undefined;
    return mention(text, i, i + m[0].length, 'arabic', undefined, digitValue(m[1]), m[2] !== undefined ? digitValue(m[2]) : undefined);
  }
  return undefined;
}

/** Chinese-numeral date at i (a year of four numeral/zero characters with at least one of 一…九), or undefined. */
function chineseAt(text: string, i: number, to: number): DateMention | undefined {
  if (i + 5 > to) return undefined;
  let real = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(i + k);
    if (!CN_YEAR_CODES.has(c)) return undefined;
    if (CN_ONE_TO_NINE.has(c)) real++;
  }
  if (real === 0 || text.charCodeAt(i + 4) !== 0x5e74 /* 年 */) return undefined;
  let year = 0;
  const wrong: Range[] = [];
  for (let k = 0; k < 4; k++) {
    const ch = text[i + k];
    const v = ch in CN_DIGIT ? CN_DIGIT[ch] : 0;
    if (!(ch in CN_DIGIT)) wrong.push({ start: i + k, end: i + k + 1 });
    year = year * 10 + v;
  }
  let end = i + 5;
  let month: number | undefined;
  let day: number | undefined;
  const mm = exec(CN_MONTH_RE, text, end, to);
  if (mm) {
    month = cnNumber(mm[1]);
    end += mm[0].length;
    const dm = exec(CN_DAY_RE, text, end, to);
    if (dm) {
      day = cnNumber(dm[1]);
      end += dm[0].length;
    }
  }
  const d = mention(text, i, end, 'chinese', year, month, day);
  d.wrongZeros = wrong;
  return d;
}

/** Every date mention in text[from, to), in order. */
export function findDates(whole: string, from = 0, to = whole.length): DateMention[] {
  // Matching never looks past `to`: the text is cut there (offsets stay those of the whole text) — unless a line
  // break ends [from, to): no date holds one, so nothing past it can count.
  const text = to < whole.length && !isLineBreak(whole.charCodeAt(to - 1)) ? whole.slice(0, to) : whole;
  // the candidates are searched in text cut at `to` (a cut costs nothing: the string is shared)
  const bounded = text.length > to ? text.slice(0, to) : text;
  const out: DateMention[] = [];
  let i = from;
  while (i < to) {
    // (only a digit or a year numeral starts anything below)
    DATE_START_RE.lastIndex = i;
    if (!DATE_START_RE.test(bounded)) break;
    i = DATE_START_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    const prev = i > from ? text.charCodeAt(i - 1) : 0;
    if (isDigit(c) && !isDigit(prev) && !isLatin(prev) && prev !== 0x2e && prev !== 0x2f && prev !== 0x2d && !(prev === 0x3a && isDigit(text.charCodeAt(i - 2)))) {
      // Every form below needs 4 digits then - . / 年 or a range separator, 2 then 年 or 月, or 1 then 月 (a blank
      // before 月 too: 4 月25日):
      // a run of digits followed by anything else (the common 919）) is passed without trying them.
      let j = i + 1;
      while (j < to && isDigit(text.charCodeAt(j))) j++;
      const nx = j < to ? text.charCodeAt(j) : -1;
      const len = j - i;
      if (!(len === 4 ? nx === 0x2d || nx === 0x2e || nx === 0x2f || nx === 0x5e74 || RANGE_FIRST.has(nx) : (len === 2 && nx === 0x5e74) || (len <= 2 && (nx === 0x6708 || ((nx === 0x20 || nx === 0x3000) && text.charCodeAt(j + 1) === 0x6708))))) {
        i = j;
        continue;
      }
      // A period whose start has no 年: 2009-2011年.
      const p = exec(PERIOD_RE, text, i, to);
      if (p) {
        const start = mention(text, i, i + p[1].length, 'arabic', digitValue(p[1]));
        const endAt = i + p[0].length;
        const e = arabicAt(text, endAt, to);
        if (e) {
          addSuffix(text, e, to);
          e.periodStart = true;
          start.periodEnd = e;
          out.push(start, e);
          i = (e.suffix ? e.suffix.end : e.end);
          continue;
        }
      }
      const d = arabicAt(text, i, to);
      if (d) {
        addSuffix(text, d, to);
        out.push(d);
        i = d.suffix ? d.suffix.end : d.end;
        i = period(text, d, i, to, out);
        continue;
      }
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    if (CN_YEAR_CODES.has(c) && !isLatin(c) && !isDigit(c) && !CN_YEAR_CODES.has(prev)) {
      const d = chineseAt(text, i, to);
      if (d) {
        addSuffix(text, d, to);
        out.push(d);
        i = d.suffix ? d.suffix.end : d.end;
        i = period(text, d, i, to, out);
        continue;
      }
    }
    i++;
  }
  return out;
}

/** After a date: a range separator and a second date of the same style make a period. Returns where to go on. */
function period(text: string, d: DateMention, i: number, to: number, out: DateMention[]): number {
  if (d.style === 'iso' || d.suffix) return i;
  const sep = exec(RANGE_SEP_RE, text, i, to);
  if (!sep) return i;
  const at = i + sep[0].length;
  const e = d.style === 'chinese' ? chineseAt(text, at, to) : isDigit(text.charCodeAt(at)) ? arabicAt(text, at, to) : undefined;
  // a yearless end right after a hyphen (2024年4月20日-4月1日): the scan skips a digit after '-' (文号, phone numbers),
  // so it is listed here, as it is after — or ~ (a mention of its own, no period: date-future-reference reads the two)
  if (e && e.year === undefined && e.month !== undefined && d.year !== undefined && d.month !== undefined && e.style === d.style && text.charCodeAt(at - 1) === 0x2d) {
    addSuffix(text, e, to);
    out.push(e);
    return e.suffix ? e.suffix.end : e.end;
  }
  if (!e || e.year === undefined || d.year === undefined || e.style !== d.style) return i;
  addSuffix(text, e, to);
  e.periodStart = true;
  d.periodEnd = e;
  out.push(e);
  return e.suffix ? e.suffix.end : e.end;
}

/**
 * A date written as 6–8 ASCII digits alone (a page that set 年 月 日 as images: 20181224, 2023410): the year (its first
 * four, 1949–2099) and each way the rest reads as a month and a day of it (822 → 8月22日; 111 → 1月11日 or 11月1日).
 * Undefined when s is no such run or the rest reads no way.
 */
export function digitDateReads(s: string): [number, number, number][] | undefined {
  const n = s.length;
  if (n < 6 || n > 8) return undefined;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const year = Number(s.slice(0, 4));
  if (year < 1949 || year > 2099) return undefined;
  const rest = s.slice(4);
  const reads: [number, number, number][] = [];
  for (let m = 1; m <= 2 && m < rest.length; m++) {
    const ds = rest.slice(m);
    if (ds.length > 2) continue;
    const month = Number(rest.slice(0, m));
    const day = Number(ds);
    if (month >= 1 && month <= 12 && day >= 1 && day <= monthDays(year, month)) reads.push([year, month, day]);
  }
  return reads.length ? reads : undefined;
}

/** A date whose 年 月 日 a page lost, leaving blanks between the numbers, maybe inside a stray mark: { 2017 6 23, 【2017 06 23】. */
const SPACED_DATE_RE = /^[{}\[\]【】<>|]?[ \u3000]*([0-9]{4})[ \u3000]+([0-9]{1,2})[ \u3000]+([0-9]{1,2})[ \u3000]*[{}\[\]【】<>|]?$/;

/** The year, month and day of a date written as numbers set apart by blanks (2017 6 23), when they make a date. */
export function spacedDateRead(s: string): [number, number, number] | undefined {
  if (s.length > 24) return undefined;
  const m = SPACED_DATE_RE.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(year, month, day)) return undefined;
  return [year, month, day];
}

/** A date whose 年 a page lost (and maybe its 日), the 月 kept: 20231月19, 20231月19日, 2023 1月19 (group 1 year, 2 month, 3 day, 4 the 日). */
const LOST_NIAN_RE = /^([0-9]{4})[ \u3000]?([0-9]{1,2})月([0-9]{1,2})(日?)$/;

/**
 * The year, month and day of a date that lost its 年 (and maybe its 日) but kept its 月 — 20231月19, 20231月19日,
 * 2023 1月19 — when they make a date; `lostDay` when the 日 is missing too.
 */
export function lostNianRead(s: string): { year: number; month: number; day: number; lostDay: boolean } | undefined {
  if (s.length > 12) return undefined;
  const m = LOST_NIAN_RE.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(year, month, day)) return undefined;
  return { year, month, day, lostDay: m[4] === '' };
}

/** At a known position: a 成文日期 that lost its 年 or its 日 (20231月19, 20231月19日, 2023 1月19, 2023年1月19). */
const BROKEN_SIGN_DATE_RE = /[0-9]{4}(?:[ \u3000]?[0-9]{1,2}月[0-9]{1,2}日?|年[0-9]{1,2}月[0-9]{1,2})/y;

/**
 * A 成文日期 that lost its 年 (20231月19, 20231月19日, 2023 1月19) or its 日 (2023年1月19) at b in text[b, e), followed by
 * the end or a blank (a collapsed page: 某县人民政府办公室 20231月19 某县…方案): where it ends, or -1.
 */
export function brokenSignDateEnd(text: string, b: number, e: number): number {
  BROKEN_SIGN_DATE_RE.lastIndex = b;
  const m = BROKEN_SIGN_DATE_RE.exec(text);
  if (!m) return -1;
  const q = b + m[0].length;
  if (q > e) return -1;
  if (q < e) {
    const c = text.charCodeAt(q);
    if (c !== 0x20 && c !== 0x3000 && c !== 9 && c !== 10 && c !== 13) return -1;
  }
  const s = m[0];
  if (s.includes('年')) {
    const y = Number(s.slice(0, 4));
    const [mo, d] = s.slice(5).split('月').map(Number);
    return validDate(y, mo, d) ? q : -1;
  }
  return lostNianRead(s) ? q : -1;
}

/** A date a 成文日期 can have: a year 1949–2099 and a day its month has. */
function validDate(year: number, month: number, day: number): boolean {
  return year >= 1949 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= monthDays(year, month);
}

function monthDays(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
