// Section markers at a position: 一、 （一） 1. （1） ① and the wrong forms drafters write
// (一. 一， （一）、 （一）. ㈠ 1、 1， 1﹒ １． ⒈ ⑴ 1） 1)), each recognised as the level it tries to be.
import type { SectionLevel } from '../model';
import * as charsModule from './chars';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { cnNumberAt, isBlank, isDigit, sentencePeriodAt } = charsModule;

export interface MarkerMatch {
  start: number;
  end: number;
  level: SectionLevel;
  ordinal: number;
  /** See Marker.form in model.ts. */
  form: string;
  canonical: boolean;
  fullWidthDigits: boolean;
  /** 'N.' directly followed by a digit (1.2亿元 / 12.5G): a marker only when N is the list's next number. */
  digitFollows: boolean;
}

function digitsAt(text: string, p: number, end: number): { value: number; end: number; fullWidth: boolean } | null {
  let q = p;
  let value = 0;
  let full = false;
  while (q < end && q - p < 3) {
    const c = text.charCodeAt(q);
    if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
    else if (c >= 0xff10 && c <= 0xff19) {
      value = value * 10 + (c - 0xff10);
      full = true;
    } else break;
    q++;
  }
  if (q === p || isDigit(text.charCodeAt(q))) return null; // none, or 4+ digits (a year, an amount)
  if (value === 0) return null;
  return { value, end: q, fullWidth: full };
}

const OPEN_FULL = 0xff08; // （
const CLOSE_FULL = 0xff09; // ）
const isOpen = (c: number): boolean => c === OPEN_FULL || c === 0x28;
const isClose = (c: number): boolean => c === CLOSE_FULL || c === 0x29;

/** Trailing wrong punctuation after a bracketed marker: （一）、 （一）. */
function bracketTail(text: string, q: number, end: number): string {
  if (q >= end) return '';
  const c = text[q];
  if (c === '、' || c === '.' || c === '．' || c === '，' || c === ',') {
    // not a decimal or an enumeration continuing with a digit
    if (isDigit(text.charCodeAt(q + 1))) return '';
    return c;
  }
  return '';
}

/**
 * The marker starting exactly at p (p must be where a paragraph's text starts), or null.
 * `end` bounds the paragraph.
 */
export function markerAt(text: string, p: number, end: number): MarkerMatch | null {
  if (p >= end) return null;
  const c = text.charCodeAt(p);
  // Word's list characters.
  if (c >= 0x2488 && c <= 0x249b) return word(p, 3, c - 0x2487, 'word-dot', false);
  if (c >= 0x2474 && c <= 0x2487) return word(p, 4, c - 0x2473, 'word-paren', false);
  if (c >= 0x2460 && c <= 0x2473) return word(p, 5, c - 0x245f, 'circled', true);
  // ㈠ … ㈩ (U+3220–3229, PARENTHESIZED IDEOGRAPH ONE … TEN): a wrong （一）, as ⑴ is a wrong （1）
  if (c >= 0x3220 && c <= 0x3229) return word(p, 2, c - 0x321f, 'word-paren-cn', false);

  if (isOpen(c)) {
    const open = text[p];
    const cn = cnNumberAt(text, p + 1, end);
    if (cn && isClose(text.charCodeAt(cn.end))) {
      const close = text[cn.end];
      const tail = bracketTail(text, cn.end + 1, end);
      return {
        start: p,
        end: cn.end + 1 + tail.length,
        level: 2,
        ordinal: cn.value,
        form: `${open}N${close}${tail}`,
        canonical: tail === '',
        fullWidthDigits: false,
        digitFollows: false,
      };
    }
    const d = digitsAt(text, p + 1, end);
    if (d && isClose(text.charCodeAt(d.end))) {
      const close = text[d.end];
      const tail = bracketTail(text, d.end + 1, end);
      return {
        start: p,
        end: d.end + 1 + tail.length,
        level: 4,
        ordinal: d.value,
        form: `${open}N${close}${tail}`,
        canonical: tail === '' && !d.fullWidth,
        fullWidthDigits: d.fullWidth,
        digitFollows: false,
      };
    }
    return null;
  }

  const d = digitsAt(text, p, end);
  if (d) {
    const q = d.end;
    if (q >= end) return null;
    const sep = text[q];
    const next = text.charCodeAt(q + 1);
    if (sep === '.' || sep === '．') {
      // 1.  1．  — '.' followed by digits is decided by the caller (list context).
      return {
        start: p,
        end: q + 1,
        level: 3,
        ordinal: d.value,
        form: `N${sep}`,
        canonical: !d.fullWidth,
        fullWidthDigits: d.fullWidth,
        digitFollows: isDigit(next),
      };
    }
    // 1﹒ (U+FE52 SMALL FULL STOP, from some editors and pages): a wrong 1. — numbering-style's finding
    if (sep === '、' || sep === '，' || sep === ',' || sep === '\ufe52') {
      if (isDigit(next)) return null; // 1,000 / 1、2项
      return { start: p, end: q + 1, level: 3, ordinal: d.value, form: `N${sep}`, canonical: false, fullWidthDigits: d.fullWidth, digitFollows: false };
    }
    // 1） 1) (the opening bracket left out): a wrong （1） — numbering-style's finding. Only 1–99 (2024）年度 / 100）个
    // are a year and an amount), before a title (a Han character or an opening quote, after at most 3 blanks: not
    // 1）2项 nor a 1） alone), and not the ） of a （ opened before it on the line (a collapsed line's （详见附件 1）)
    if (isClose(sep.charCodeAt(0))) {
      if (q - p > 2 || !titleAfter(text, q + 1, end) || openBefore(text, p)) return null;
      return { start: p, end: q + 1, level: 4, ordinal: d.value, form: `N${sep}`, canonical: false, fullWidthDigits: d.fullWidth, digitFollows: false };
    }
    return null;
  }

  const cn = cnNumberAt(text, p, end);
  if (cn) {
    const q = cn.end;
    if (q >= end) return null;
    const sep = text[q];
    if (sep === '、') {
      // 一、二产业 / 一、二、三 are enumerations of numbers, not a heading.
      const n = cnNumberAt(text, q + 1, end);
      if (n && (text[n.end] === '、' || text[n.end] === '产')) return null;
      // 一、二级响应 / 三、四级手术 / 一、二类: the next number and a grade noun, not a heading 一、
      if (n && n.value === cn.value + 1 && '级类档等季'.includes(text[n.end] ?? '\n')) return null;
      return { start: p, end: q + 1, level: 1, ordinal: cn.value, form: 'N、', canonical: true, fullWidthDigits: false, digitFollows: false };
    }
    if (sep === '.' || sep === '．' || sep === '，' || sep === ',') {
      if (isDigit(text.charCodeAt(q + 1))) return null;
      // 一，二季度 / 一，二产业: an enumeration of numbers (as 一、二 above), not a heading 一，
      if (sep === '，' || sep === ',') {
        const n = cnNumberAt(text, q + 1, end);
        if (n && n.value === cn.value + 1) return null;
      }
      return { start: p, end: q + 1, level: 1, ordinal: cn.value, form: `N${sep}`, canonical: false, fullWidthDigits: false, digitFollows: false };
    }
  }
  return null;

  function word(at: number, level: SectionLevel, ordinal: number, form: string, canonical: boolean): MarkerMatch {
    return { start: at, end: at + 1, level, ordinal, form, canonical, fullWidthDigits: false, digitFollows: false };
  }
}

/** Opening quotes and brackets a heading's title may start with (“放管服”改革 / 《条例》). */
const TITLE_OPENERS = '“‘《〈【「『';

/** A heading's title at q, after at most 3 blanks: a Han character or an opening quote. */
function titleAfter(text: string, q: number, end: number): boolean {
  const t = q;
  while (q < end && q - t < 3 && isBlank(text.charCodeAt(q))) q++;
  return q < end && (charsModule.isHanChar(text.charCodeAt(q)) || TITLE_OPENERS.includes(text[q]));
}

/** How far back openBefore looks for a （ a 1） would close. */
const OPEN_LOOKBACK = 120;

/**
 * A （ or ( opened before p on p's line and not closed before p: read back to the line's start, a sentence end
 * (。！？；) or OPEN_LOOKBACK characters, whichever comes first. Never past the line (a line's paragraphs are its own).
 */
function openBefore(text: string, p: number): boolean {
  let depth = 0;
  for (let i = p - 1; i >= 0 && p - i <= OPEN_LOOKBACK; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) return false;
    if (isClose(c)) depth++;
    else if (isOpen(c) && --depth < 0) return true;
  }
  return false;
}

/** After a decimal number: a measure or unit (1.2亿元, 2.5倍, 3.1万人), not a heading's title. */
const DECIMAL_UNIT_CHARS = '亿万千元倍米吨斤亩个';


/**
 * A decimal heading number at p, as a 预案 numbers its headings (1 总则 / 1.1 编制目的 / 1.1.1 …): 1–4 components
 * of 1–2 ASCII digits joined by . or ．(with a trailing dot after two or more: 1.1.编制目的), followed (after at most 3 spaces) by a Han character that is not a unit
 * (1.2亿元, 2.5 个百分点 are amounts). Not one of GB/T 9704's markers: the section tree and the numbering rules never take it; the outline
 * shows it, and numbering-skipped-level reads a （1） under it as under a heading of its own. `depth` is the number
 * of components, `first` the first one.
 */
export function decimalHeadingAt(text: string, p: number, end: number): { markerEnd: number; depth: number; first: number } | null {
  let q = p;
  let depth = 0;
  let first = 0;
  for (;;) {
    const d0 = q;
    let v = 0;
    while (q < end && q - d0 < 2 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) v = v * 10 + text.charCodeAt(q++) - 48;
    if (q === d0 || v === 0 || (q < end && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57)) return null;
    if (depth === 0) first = v;
    depth++;
    const c = text.charCodeAt(q);
    const next = text.charCodeAt(q + 1);
    if ((c === 0x2e || c === 0xff0e) && q + 1 < end && next >= 48 && next <= 57 && depth < 4) {
      q++;
      continue;
    }
    break;
  }
  // a trailing dot after two components or more (1.1.编制目的 / 2.1.1. 指挥部组成, as many pages write it) is the
  // marker's own (not after one: 1.总则 is the section tree's 1.)
  const c = text.charCodeAt(q);
  if (depth >= 2 && q + 1 < end && (c === 0x2e || c === 0xff0e)) q++;
  const markerEnd = q;
  while (q < end && q - markerEnd < 3 && isBlank(text.charCodeAt(q))) q++;
  // the title: a Han character, not a unit (1.2亿元 / 2.5 个百分点)
  if (q >= end || !charsModule.isHanChar(text.charCodeAt(q)) || DECIMAL_UNIT_CHARS.includes(text[q])) return null;
  return { markerEnd, depth, first };
}

/** The longest label before the colon of a line's inline list (监督电话： 举报电话： 电子邮箱： 联系方式：). */
const INLINE_LABEL_MAX = 8;

/**
 * A short label of 2–8 Han characters, its colon and item 1 (1. 1． 1、; not 1.5小时) at p, as a contact list opens on
 * its line (监督电话：1.县农业农村局：…⏎2.县财政局：…): where item 1's marker starts, or -1. The items after it continue
 * that list (the section tree takes them for no section).
 */
export function inlineListAt(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && q - p <= INLINE_LABEL_MAX && charsModule.isHanChar(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  if (q - p < 2 || q >= end || !(c === 0xff1a || c === 0x3a)) return -1;
  const at = skipBlanks(text, q + 1, end);
  const mk = at < end ? markerAt(text, at, end) : null;
  return mk && mk.level === 3 && mk.ordinal === 1 && !mk.digitFollows && (mk.form === 'N.' || mk.form === 'N．' || mk.form === 'N、') ? at : -1;
}

function skipBlanks(text: string, q: number, end: number): number {
  while (q < end && isBlank(text.charCodeAt(q))) q++;
  return q;
}

/** After 第N条 in running text (第二条规定的 / 第三条第一款 / 第五条之一), not an article's heading. */
const ARTICLE_CITED = '规的中之款项所第和、，,至及或以';

/**
 * A 办法's or 细则's own heading at p: 第N章 / 第N节 (kind chapter / part; 第N部分 is a chapter) or 第N条 followed by a space or the
 * article's text (not a citation: 第二条规定的 …). Not one of GB/T 9704's markers: the section tree and the
 * numbering rules never take it; the outline shows it, and a list restarting under it starts anew.
 */
export function articleHeadingAt(text: string, p: number, end: number): { markerEnd: number; kind: 'chapter' | 'part' | 'article' } | null {
  if (text.charCodeAt(p) !== 0x7b2c) return null; // 第
  let q = p + 1;
  const cn = cnNumberAt(text, q, end);
  if (cn) q = cn.end;
  else {
    const d0 = q;
    while (q < end && q - d0 < 3 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    if (q === d0) return null;
  }
  const c = text[q];
  // (第一部分 / 第二部分 of a 方案 or 报告 heads its parts as a chapter does)
  const division = c === '部' && text.charCodeAt(q + 1) === 0x5206; /* 分 */
  if (division) q++;
  const kind = c === '章' || division ? 'chapter' : c === '节' ? 'part' : c === '条' ? 'article' : undefined;
  if (!kind || q + 1 >= end) return null;
  const n = text.charCodeAt(q + 1);
  const spaced = n === 0x20 || n === 0x3000 || n === 0xa0 || n === 0x09;
  // (第六条中央补助资金… opens an article: 中 cites only when 央 / 华 / 国 do not follow it)
  if (kind === 'article' && !spaced && (!charsModule.isHanChar(n) || (ARTICLE_CITED.includes(text[q + 1]) && !(n === 0x4e2d && q + 2 < end && '央华国'.includes(text[q + 2]))))) return null;
  return { markerEnd: q + 1, kind };
}

/**
 * Where a heading may start: 第 or a digit 1–9 at the text's start or after a line break, a blank or a sentence end
 * (。；; or a half-width . that structuralHeadingStarts checks). A native scan, not a loop over the characters.
 */
const HEADING_START_RE = /(?<![^\n\r \u3000\u00a0\t\u3002\uff1b;.])[第1-9]/g;

/**
 * Where a document's own headings start (第N章 / 第N节 / 第N条, and decimal headings 1.1 or deeper), at a line's
 * start or after a space or a sentence's end (a collapsed line), in order. One pass over the text.
 */
export function structuralHeadingStarts(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  const re = HEADING_START_RE;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    // (a half-width . before it only when it ends a sentence, as formatting will make it 。)
    if (i > 0 && text.charCodeAt(i - 1) === 0x2e && !sentencePeriodAt(text, i - 1, 0, n)) continue;
    const end = Math.min(n, i + 12);
    if (text.charCodeAt(i) === 0x7b2c) {
      if (articleHeadingAt(text, i, end)) out.push(i);
    } else {
      const d = decimalHeadingAt(text, i, end);
      if (d && d.depth >= 2) out.push(i);
    }
  }
  return out;
}

/** A table of contents' leader character: … ⋯ . ． · ・ (a run of them joins a heading to its page number). */
export function isLeaderChar(c: number): boolean {
  return c === 0x2026 || c === 0x22ef || c === 0x2e || c === 0xff0e || c === 0xb7 || c === 0x30fb;
}

/**
 * The paragraph [start, end) is a table of contents' line: it ends with a page number (1–3 digits) that a leader
 * of three leader characters or more (……… / ...... / ·····, blanks allowed inside and before the number) joins to
 * the heading before it (一、总则……………1 / 1.1编制目的........7). Read from the end: the scan stops at the leader.
 */
export function contentsLineAt(text: string, start: number, end: number): boolean {
  let q = end;
  while (q > start && isBlank(text.charCodeAt(q - 1))) q--;
  const numEnd = q;
  while (q > start && numEnd - q < 4 && isDigit(text.charCodeAt(q - 1))) q--;
  if (q === numEnd || numEnd - q > 3) return false;
  let leaders = 0;
  while (q > start) {
    const c = text.charCodeAt(q - 1);
    if (isLeaderChar(c)) leaders++;
    else if (!isBlank(c)) break;
    q--;
  }
  // (a heading before the leader: not a line of dots and a number only)
  return leaders >= 3 && q > start;
}

/** A scraped page's lost space shown as ? (a GBK page's nbsp): the run of ? and blanks at p. */
const LOST_SPACE = 0x3f;

/**
 * A run of ? (with blanks among them) at p that stands for the indentation a scraped page lost (???（一）, ??二、),
 * followed by a section marker (not 'N.' + digit): the marker's position; otherwise p. Only a run of at most 8.
 */
export function markerAfterLostSpaces(text: string, p: number, end: number): number {
  if (text.charCodeAt(p) !== LOST_SPACE) return p;
  let q = p;
  while (q < end && q - p < 8 && (text.charCodeAt(q) === LOST_SPACE || isBlank(text.charCodeAt(q)))) q++;
  if (q >= end || q - p >= 8) return p;
  const m = markerAt(text, q, end);
  return m && !m.digitFollows ? q : p;
}

/** The longest attached document's title read on its label's own line (附件2：情况统计表). */
const ATTACHMENT_TITLE_MAX = 60;

/**
 * An attached document's label opening the paragraph [p, end): 附件2 / 附件 2： / 附件２ / 附件二 (its number, 1–99),
 * alone on its paragraph, or before the document's title on the same line after a colon or a blank
 * (附件2：情况统计表 / 附件2 情况统计表: short, no sentence inside). Not the 附件说明 (附件：1.…, the colon before the
 * number) nor a sentence citing an attachment (附件1所列单位…。). Returns the number, where the title starts (end
 * when the label is alone) and where the paragraph's text ends, or null.
 */
export function attachmentLabelAt(text: string, p: number, end: number): { ordinal: number; titleStart: number; textEnd: number } | null {
  if (end - p < 3 || text.charCodeAt(p) !== 0x9644 || text.charCodeAt(p + 1) !== 0x4ef6) return null; // 附件
  let q = skipBlanks(text, p + 2, end);
  let ordinal = 0;
  const d = digitsAt(text, q, end);
  if (d) {
    if (d.end - q > 2) return null;
    ordinal = d.value;
    q = d.end;
  } else {
    const cn = cnNumberAt(text, q, end);
    if (!cn || cn.value > 99) return null;
    ordinal = cn.value;
    q = cn.end;
  }
  if (ordinal < 1) return null;
  let e = end;
  while (e > q && isBlank(text.charCodeAt(e - 1))) e--;
  const afterNumber = q;
  q = skipBlanks(text, q, e);
  const c = text.charCodeAt(q);
  if (c === 0xff1a || c === 0x3a) q = skipBlanks(text, q + 1, e);
  if (q >= e) return { ordinal, titleStart: e, textEnd: e };
  // a title on the label's line: after a colon or a blank, short, a Han character first, no sentence inside
  if (q === afterNumber || e - q > ATTACHMENT_TITLE_MAX || !charsModule.isHanChar(text.charCodeAt(q))) return null;
  for (let i = q; i < e; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3002 || ch === 0xff1b || ch === 0x3b || ch === 0xff01 || ch === 0xff1f || ch === 0xff0c || ch === 0x2c) return null;
  }
  return { ordinal, titleStart: q, textEnd: e };
}
