// Character classes and small sticky recognisers shared by the structural parser.
// Everything here works at a given position (charCodeAt or /y regexes): no scan over the whole text.

/** Spaces that may indent or separate text: ASCII space, tab, U+3000, NBSP, BOM. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** Horizontal whitespace: space, tab, NBSP, U+3000 (isSpace without the BOM). */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** End of the content of line i (before its terminator). */
export function lineContentEnd(text: string, lineStarts: number[], i: number): number {
  if (i + 1 >= lineStarts.length) return text.length;
  let e = lineStarts[i + 1];
  if (e > 0 && text.charCodeAt(e - 1) === 10) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  return e;
}

/**
 * Per line (by lineStarts): the number of `|` (pipes) and of `|` and `｜` together (bars). Each character is found
 * with indexOf (a native scan, cheap at every keystroke even before the JIT warms up); a run of it is counted on.
 */
export function pipeCounts(text: string, lineStarts: number[]): { pipes: number[]; bars: number[] } {
  const n = lineStarts.length;
  const pipes: number[] = new Array(n).fill(0);
  const bars: number[] = new Array(n).fill(0);
  countRuns(text, lineStarts, '|', pipes, bars);
  countRuns(text, lineStarts, '\uff5c', bars, undefined);
  return { pipes, bars };
}

function countRuns(text: string, lineStarts: number[], ch: string, into: number[], also: number[] | undefined): void {
  const n = lineStarts.length;
  const code = ch.charCodeAt(0);
  let li = 0;
  let p = text.indexOf(ch);
  while (p >= 0) {
    while (li + 1 < n && lineStarts[li + 1] <= p) li++;
    // (a run holds no line break: it is on line li)
    let q = p + 1;
    while (q < text.length && text.charCodeAt(q) === code) q++;
    into[li] += q - p;
    if (also) also[li] += q - p;
    p = text.indexOf(ch, q);
  }
}

export function skipSpaces(text: string, p: number, end: number): number {
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  return p;
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** 。！？；and their half-width forms. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
}

const CLOSERS = new Set([0x201d, 0x2019, 0xff09, 0x29, 0x300d, 0x300f, 0x3011, 0x300b]);

/** The text before `a` ends a sentence: 。 ！ ？ ；, possibly followed by a closing quote or bracket. */
/** ”’）)」』】》: a closing mark that may stand after a sentence's full stop (任务。” / 通知。】). */
export function isCloserAfterStop(c: number): boolean {
  return CLOSERS.has(c);
}

export function endsSentence(text: string, a: number, start: number): boolean {
  if (a <= start) return false;
  const c = text.charCodeAt(a - 1);
  if (isSentenceEnd(c)) return true;
  if (CLOSERS.has(c) && a - 2 >= start) return isSentenceEnd(text.charCodeAt(a - 2));
  return false;
}

export function isHanChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 || // 〇
    (c >= 0xd840 && c <= 0xd8bf) // high surrogates of the CJK extension planes
  );
}

/** Full-width / CJK punctuation: 、。《》“”‘’（），：；！？【】〔〕—…· and the full-width forms block. */
export function isCjkPunct(c: number): boolean {
  if (c >= 0x3001 && c <= 0x303f) return true;
  if (c >= 0xff01 && c <= 0xff0f) return true; // ！＂＃＄％＆＇（）＊＋，－．／
  if (c >= 0xff1a && c <= 0xff20) return true; // ：；＜＝＞？＠
  if (c >= 0xff3b && c <= 0xff40) return true;
  if (c >= 0xff5b && c <= 0xff65) return true; // ｛｜｝～ …
  if (c >= 0xfe30 && c <= 0xfe4f) return true; // vertical forms ︹︺
  return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2026 || c === 0x00b7;
}

/** A character that makes its neighbourhood Chinese text. */
export function isChinese(c: number): boolean {
  return isHanChar(c) || isCjkPunct(c);
}

/** ”’》）」』】〕: a closing mark a sentence may end with before its full stop. */
const STOP_CLOSERS = new Set([0x201d, 0x2019, 0x300b, 0xff09, 0x29, 0x300d, 0x300f, 0x3011, 0x3015]);
/** 一…十〇零 and digits: a . after them belongs to a section marker (一. 1.), not to a sentence. */
const NUMERAL = new Set([...'一二三四五六七八九十〇零'].map((c) => c.charCodeAt(0)));

/**
 * The half-width . at i ends a Chinese sentence (落实. / 任务”. / （市财政局负责）.): it follows a Han character
 * that is not a numeral, or a closing mark that does not close a bracketed marker ((二). is numbering-style's),
 * and is followed, after blanks, by the end of [from, to), by Chinese text or by a bracket or mark ( ) , ; : ! ?. So not a decimal point, a file name,
 * an ellipsis or a domain (中国政府网.cn). punct-half-width reports it and the paragraph splitter ends a
 * paragraph at it, so formatting it to 。 changes nothing else.
 */
export function sentencePeriodAt(text: string, i: number, from: number, to: number): boolean {
  if (i <= from || text.charCodeAt(i) !== 0x2e) return false;
  const p = text.charCodeAt(i - 1);
  // (a dot a page strews between characters, 党.委.书.记.: stray-spam's, no sentence end)
  if (interleavedSepAt(text, i, from, to)) return false;
  // (a half-width quote right after a Han character is read as the ” punct-half-width makes of it: 任务". → 任务”。)
  if (STOP_CLOSERS.has(p) || (p === 0x22 && i >= 2 && isHanChar(text.charCodeAt(i - 2)))) {
    if ((p === 0xff09 || p === 0x29) && closesMarker(text, i - 1, from)) return false;
  } else if (!isHanChar(p) || NUMERAL.has(p)) return false;
  let r = i + 1;
  while (r < to && isSpace(text.charCodeAt(r))) r++;
  if (r >= to) return true;
  // (a half-width bracket or mark after it becomes full-width with it — 落实.(市财政局负责) → 落实。（市财政局负责） —
  // so it is read as it will be: the answer must not change when formatting converts the neighbour first)
  const n = text.charCodeAt(r);
  if (isChinese(n) || n === 0x28 || n === 0x29 || n === 0x2c || n === 0x3b || n === 0x3a || n === 0x21 || n === 0x3f) return true;
  // (likewise a half-width quote opening Chinese text: 落实."最多跑一次" → 落实。“最多跑一次”)
  return n === 0x22 && r + 1 < to && isHanChar(text.charCodeAt(r + 1));
}

/** A separator a page strews between characters (外交部.党.委.书.记.): a half- or full-width dot. */
export function isInterleaveSep(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

/**
 * The separator at i belongs to a chain a page strews between characters to defeat copying or a keyword filter
 * (外交部.党.委.书.记.): three or more of one separator (isInterleaveSep) within [from, to), each next one two
 * characters on with a Han character between. Bounded: two steps each way decide (findInterleavedRuns' chains
 * are the maximal ones; a chain's separators all answer true).
 */
export function interleavedSepAt(text: string, i: number, from: number, to: number): boolean {
  const c = text.charCodeAt(i);
  if (!isInterleaveSep(c)) return false;
  let n = 1;
  for (let k = i; n < 3 && k - 2 >= from && text.charCodeAt(k - 2) === c && isHanChar(text.charCodeAt(k - 1)); k -= 2) n++;
  for (let k = i; n < 3 && k + 2 < to && text.charCodeAt(k + 2) === c && isHanChar(text.charCodeAt(k + 1)); k += 2) n++;
  return n >= 3;
}

/** The bracket at `close` ends a marker such as （二） or (3) at a line's start or after a blank or a sentence end. */
function closesMarker(text: string, close: number, from: number): boolean {
  let k = close - 1;
  while (k >= from && close - k <= 4 && (NUMERAL.has(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k--;
  if (k < from || k === close - 1) return false;
  const open = text.charCodeAt(k);
  if (open !== 0xff08 && open !== 0x28) return false;
  // what stands before the bracket in the text itself, not where the caller's range starts (a paragraph may start
  // after residue cut out of its line; punct-half-width's pieces start after a blank): both must agree
  if (k === 0) return true;
  const before = text.charCodeAt(k - 1);
  return isSpace(before) || isLineBreak(before) || isSentenceEnd(before);
}

/** Characters that end a heading's title: 。；？！： (full and half width). */
export function endsTitle(c: number): boolean {
  return isSentenceEnd(c) || c === 0xff1a || c === 0x3a;
}

export function isColon(c: number): boolean {
  return c === 0xff1a || c === 0x3a;
}

/** Document-type words a title ends with. */
export const DOC_TYPE_RE =
  /(?:通知|通报|意见|方案|决定|批复|报告|请示|函|办法|规定|细则|规则|计划|要点|纲要|规划|指南|清单|措施|制度|条例|公告|纪要|标准|安排|章程|守则|准则|预案|名单|决议|公报|命令|议案|通告|公示)$/;

/**
 * Assignment labels that start a paragraph in a collapsed layout (with a colon, or in brackets: 【牵头单位】); 总 and
 * 主要 may qualify the role (总牵头单位：, 主要责任单位：); 责任主体, 责任站所, 承办/执行/落实/包保单位 too.
 */
export const LABEL_RE =
  /(?:(?:总|主要)?(?:牵头|责任|参与|配合|协办|主办|协同|负责|参加|承办|主责|实施)(?:单位|部门|领导|处室|科室|股室)(?:[（(][\u4e00-\u9fff]{1,4}[）)]|及责任人)?|(?:执行|落实|包保|主体责任)单位|(?:牵头|责任)站所|责任主体|完成时限|完成时间|时间节点|时间要求|进度安排)[ \u3000]*[:：]|【(?:牵头|责任|参与|配合|协办|主办|协同|负责|参加|承办|主责|实施)(?:单位|部门|处室|科室|股室)】|\[(?:牵头|责任|参与|配合|协办|主办|协同|负责|参加|承办|主责|实施)(?:单位|部门|处室|科室|股室)\]/y;

const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9]*(?:[ \t][^<>\r\n]{0,60})?\/?>/y;

/** HTML tags pasted with the text (</P>, <p class="x">) and blanks from i on, up to e: where they end. */
export function skipTags(text: string, i: number, e: number): number {
  for (;;) {
    const j = skipSpaces(text, i, e);
    if (j >= e || text.charCodeAt(j) !== 0x3c) return j;
    TAG_RE.lastIndex = j;
    const m = TAG_RE.exec(text);
    if (!m || j + m[0].length > e) return j;
    i = j + m[0].length;
  }
}

export function matchAt(re: RegExp, text: string, p: number): RegExpExecArray | null {
  re.lastIndex = p;
  return re.exec(text);
}

const CN_ZERO = '〇○◯OoＯ0０零';
const CN_DIGITS = '一二三四五六七八九';
/** A standalone-looking date at p: 2018年12月29日, 二○一○年十二月九日, 2022-12-13, 2022.12.13. */
const DATE_RE = new RegExp(
  '(?:[0-9０-９]{4}[ \\u3000]*年[ \\u3000]*[0-9０-９]{1,2}[ \\u3000]*月[ \\u3000]*[0-9０-９]{1,2}[ \\u3000]*日' +
    `|[${CN_ZERO}${CN_DIGITS}]{4}年[${CN_DIGITS}十]{1,2}月[${CN_DIGITS}十]{1,3}日` +
    '|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}\\.[0-9]{1,2}\\.[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})',
  'y',
);

/** End of a date starting exactly at p, or -1. */
export function dateAt(text: string, p: number): number {
  const m = matchAt(DATE_RE, text, p);
  return m ? p + m[0].length : -1;
}

const CN_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnSmall(s: string): number | undefined {
  // 一..九, 十, 十一.., 二十, 二十三, 三十一
  if (s.length === 1) return s === '十' ? 10 : CN_VALUE[s];
  const t = s.indexOf('十');
  if (t < 0) return undefined;
  const hi = t === 0 ? 1 : CN_VALUE[s.slice(0, t)];
  const lo = t === s.length - 1 ? 0 : CN_VALUE[s.slice(t + 1)];
  if (hi === undefined || lo === undefined || s.length - t > 2 || t > 1) return undefined;
  return hi * 10 + lo;
}

function yearDigit(ch: string): number | undefined {
  if (CN_ZERO.includes(ch)) return 0;
  const v = CN_VALUE[ch];
  if (v !== undefined) return v;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return undefined;
}

/** Values of the date in text[start, end) (as matched by dateAt). */
export function dateValues(text: string, start: number, end: number): {
  style: 'iso' | 'arabic' | 'chinese' | 'dotted' | 'slash';
  year?: number;
  month?: number;
  day?: number;
  wrongZeros: { start: number; end: number }[];
} {
  const s = text.slice(start, end);
  const wrongZeros: { start: number; end: number }[] = [];
  if (s.includes('年')) {
    const y = s.indexOf('年');
    const mth = s.indexOf('月');
    const d = s.indexOf('日');
    const ys = s.slice(0, y).replace(/[ \u3000]/g, '');
    const chinese = /[一二三四五六七八九〇○◯零]/.test(ys);
    let year = 0;
    for (let i = 0; i < ys.length; i++) year = year * 10 + (yearDigit(ys[i]) ?? 0);
    if (chinese) {
      for (let i = 0; i < y; i++) {
        const ch = s[i];
        if (CN_ZERO.includes(ch) && ch !== '〇') wrongZeros.push({ start: start + i, end: start + i + 1 });
      }
    }
    const num = (x: string): number | undefined => {
      const t = x.replace(/[ \u3000]/g, '');
      if (/^[0-9０-９]+$/.test(t)) {
        let v = 0;
        for (const ch of t) v = v * 10 + (yearDigit(ch) ?? 0);
        return v;
      }
      return cnSmall(t);
    };
    return { style: chinese ? 'chinese' : 'arabic', year, month: num(s.slice(y + 1, mth)), day: num(s.slice(mth + 1, d)), wrongZeros };
  }
  const parts = s.split(/[-./]/).map((x) => parseInt(x, 10));
  const style = s.includes('-') ? 'iso' : s.includes('.') ? 'dotted' : 'slash';
  return { style, year: parts[0], month: parts[1], day: parts[2], wrongZeros };
}

/** Parses a Chinese number at p (一 … 九十九, 一百 …). */
export function cnNumberAt(text: string, p: number, end: number): { value: number; end: number } | null {
  let q = p;
  while (q < end && q - p < 6 && '〇零一二三四五六七八九十百两'.includes(text[q])) q++;
  if (q === p) return null;
  const s = text.slice(p, q);
  // Validate and compute: [d]百[零][d]十[d] forms.
  let total = 0;
  let cur = -1;
  let seenHundred = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '百') {
      if (seenHundred || total) return null;
      total += (cur < 0 ? 1 : cur) * 100;
      cur = -1;
      seenHundred = true;
    } else if (ch === '十') {
      if (total % 100 >= 10) return null;
      total += (cur < 0 ? 1 : cur) * 10;
      cur = -1;
    } else if (ch === '零' || ch === '〇') {
      if (!seenHundred || cur >= 0) return null;
    } else {
      if (cur >= 0) return null;
      cur = ch === '两' ? 2 : CN_VALUE[ch];
    }
  }
  if (cur >= 0) total += cur;
  if (total <= 0) return null;
  return { value: total, end: q };
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
