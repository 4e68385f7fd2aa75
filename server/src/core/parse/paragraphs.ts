// Paragraphs: one per non-empty line; a collapsed line (a scraped page's whole body on one line,
// paragraphs joined by spaces) is split at a run of blanks that separates paragraphs: ASCII spaces or tabs, or the
// U+3000 or NBSP runs a page or a WPS text indents each paragraph with (……执行。　　某县人民政府办公室　　2024年6月1日);
// the same rules decide for each.
//
// No blank inside a bracket （ ( 〔 【 《 opened on the line and closed on it (within 300 characters) separates anything:
// （牵头单位：县应急局 责任单位：各乡（镇）人民政府） stays whole.
// A document already one paragraph per line (three lines or more that are one paragraph each, more than the paragraphs
// split out of the lines that look collapsed: see findParagraphs and collapsedLine — a line of two sentences parted by a
// blank, or a heading's text on its line, looks no way) is not split at a sentence's end (rule 1) or a lead-in's colon
// (rule 9) and a blank alone: 汛期将至，务必高度重视。 各乡镇要… stays one paragraph; the other rules still apply, and a
// full-width indent after a sentence's end (……执行。　　某县…) still separates.
// A space run [a, b) inside a line separates two paragraphs when
//  1. the text before it ends a sentence (。！？； possibly followed by ” ’ ）, or a half-width . ending a
//     Chinese sentence; not a half-width ; ! ? right after a Latin letter: a forum scramble's P; N5 e), or
//  2. a section marker starts at b (not 'N.' followed by a digit: 1.2亿元), or
//  3. an assignment label with a colon starts at b (牵头单位： 参与部门: …; not inside a bracketed note the blank does not
//     close: （牵头单位：A  责任单位：B）), or
//  4. a 附注/附件说明/抄送 starts at b ((此件公开发布) （联系人： 附件： 抄送：), or a list opening on its line after a
//     short label (电子邮箱：1.…), or
//  5. a date starts at b and the paragraph so far is short and unpunctuated, not a page's list bullet alone (• 2022-04-14
//     stays one item; 5b neither) (署名 → 成文日期; the date may carry a 附注 or
//     an HTML tag glued to it: 2017年6月9日（此件公开发布）, 2017年6月9日</P>), or a 成文日期 left as 6–8 digits alone
//     (the first four a year 1949–2099, the rest a month and day: 某区人民政府 20181224 …) after a 署名 (a body's name:
//     not 联系电话 12345678, 邮编 200031, 20181224 万元, 2018123 号), or one that lost its 年 月 日 closing the text
//     after a 署名 (某县人民政府办公室 { 2017 6 23), or
//  5a. the paragraph so far is a contact line (联系电话：0000-1234567) and a 署名 followed by its 成文日期 starts at b
//     (联系电话：0000-1234567 某县公安局 2024年3月1日), or
//  6. the paragraph so far is a date (an HTML tag pasted around it, or the digits rule 5 split before), or a whole
//     parenthesised note (not a page's redaction: (略) 人民政府办公厅 stays one), or
//  7. the paragraph so far is a heading whose title is still open (一、总体要求 突出…; not inside a letter-spaced title:
//     一、总 则; before a full date only after a title of two characters or more: 一、会议时间及地点 2013年4月17日…; an
//     attachment's name ending with its file's extension is a title too: 2、某某任务.docx 某县人民政府), or
//  8. the paragraph so far is short, unpunctuated and ends with a document type (…工作方案 为贯彻…), or with a
//     document type and its bracketed qualifier (…实施方案（2022—2025年） 为贯彻…), or with the document it forwards
//     (关于转发《……的紧急通知》 各行政村：); or, longer than 60 (up to 200), is a full title (关于……的通知, unpunctuated)
//     and a 主送机关 ending with a colon follows (……的通知 各乡镇人民政府，市政府有关部门：; not a page's field: 发布日期:),
//     or (up to 100) ends with a 文种 spaced out after 的 and a 主送机关 follows (……规划的 通    知 各镇街，…：), or
//  9. the paragraph so far ends with a colon and is a 主送机关 (各乡镇人民政府：), or a lead-in (……通知如下：, a sentence
//     with a comma, a heading's title: （一）检查对象：); after any other colon nothing but a marker, an assignment label or
//     a note starts a paragraph: a label and its value are one (联系人: 张三  联系电话: 0573-…, 您当前所在位置: 首页), or
// 10. the paragraph so far is a document number (国办发〔2018〕128号), or one follows the 版头's names, or
// 11. the 版头 (……文件), or
// 12. an 附件说明 (附件：1.… 2.…) has its title: each item and the signature after it stand apart (its lead 附件: keeps
//     the first item: 附件: 1.…; a name a page spaced out closing the line stays whole: 附件：郑 州市政 务大 厅运行方 案), or
// 13. the paragraph so far is the 附件 mark of an attached document (附件1; a mark written with a blank, 附件 2, is not
//     split inside), or
// 14. the paragraph so far opens with a 办法's 第N章 / 第N条 and the next chapter, part or article (第N+1条) starts at b.
// Without any space, a strong 主送机关 (a list of bodies, as notice.ts's addresseeStrong reads one) glued to the sentence
// after its colon is split off (各乡镇人民政府，县政府各部门：为做好……，现就有关事项通知如下。), only as the first paragraph
// of the document's first line with text or of the line after a title's (……的通知, or its 发文字号), or as the paragraph
// right after a title on its line (rule 8 and its variants, rule 10) — never a label in the body (联系人：张三); the
// head line is part of the per-line cache key; such a split counts as neither layout.
// Without any space, a heading whose title is still open is also split right before a deeper bracketed
// marker (二、工作重点（一）出台… → 二、工作重点 | （一）出台…), and a date right before a 附注 glued to it
// (2017年6月9日（此件公开发布） → 2017年6月9日 | （此件公开发布）).
// A run of ? before a marker (a scraped GBK page's lost spaces: ???（一）, ??二、) counts as blanks: at a line's start
// the paragraph starts at the marker; in a collapsed line it continues a separating space run, or separates itself
// when glued after a sentence's end or two ? or more long (…如下。???（一）…).
// Table lines (two or more `|`) are never split. Ranges exclude the separating spaces (and such ? runs).
import type { Paragraph, ResidueNode } from '../model';
import { AnalysisCache } from '../memo';
import * as charsModule from './chars';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const {
  DOC_TYPE_RE,
  LABEL_RE,
  cnNumberAt,
  dateAt,
  endsSentence,
  endsTitle,
  isAsciiAlnum,
  isColon,
  isHanChar,
  isSpace,
  lineContentEnd,
  matchAt,
  sentencePeriodAt,
  isCloserAfterStop,
  skipSpaces,
  skipTags,
  trimEnd,
  CodeSet,
} = charsModule;
import * as markersModule from './markers';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { articleHeadingAt, decimalHeadingAt, inlineListAt, markerAfterLostSpaces, markerAt } = markersModule;
import { scrambleAt } from './scramble';
import { brokenSignDateEnd, digitDateReads, spacedDateRead } from './dates';
import { addresseeStrong, issuerLine } from './notice';

const NOTE_START_RE = /(?:[（(][ \u3000]*(?:此件|联系人|本件|此文)|附件[ \u3000]*[0-9０-９]*[ \u3000]*[:：]|抄送[ \u3000]*[:：])/y;
const BARE_FORWARD_TITLE_RE = /关于(?:印发|转发|批转)《[^《》]{2,98}》$/;
const SHORT_DATE_RE = /[0-9０-９]{2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日/y;
const DOCNUM_TAIL_RE = /[〔\[［(（【][0-9]{4}[〕\]］)）】]第?[0-9]+号$/;


function isPunct(c: number): boolean {
  return (
    c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || isColon(c)
  );
}

export function findParagraphs(
  text: string,
  lineStarts: number[],
  residue: ResidueNode[],
  tableLine: boolean[] = [],
  cache: AnalysisCache = new AnalysisCache(),
  lineTexts?: string[],
): Paragraph[] {
  const out: Paragraph[] = [];
  let ri = 0;
  // the line looked up (one closure for all the lookups: it runs within the call)
  let ls = 0;
  let le = 0;
  let table = false;
  let rel: number[] | undefined;
  let perLine = false;
  let last = false;
  // (the line is the first with text or follows the title: a 主送机关 glued to its first sentence may open it)
  let head = true;
  const compute = (): number[] => lineParagraphs(text, ls, le, table, rel, perLine, last, head);
  // the last line with text (only blanks after it: a date there may close the text, rule 5b)
  let lastText = lineStarts.length - 1;
  for (; lastText >= 0; lastText--) {
    let k = lineContentEnd(text, lineStarts, lastText) - 1;
    while (k >= lineStarts[lastText] && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0x3000)) k--;
    if (k >= lineStarts[lastText]) break;
  }
  // each line's lookup: its start, its end, its kind and key (to look it up again in the per-line layout), its result
  const lines: { ls: number; le: number; table: boolean; rel: number[] | undefined; last: boolean; head: boolean; kind: string; key: string; paras: number[] }[] = [];
  // (whether the next line with paragraphs is a head line: the first one, or the one after a title's)
  let nextHead = true;
  // the layout: lines that are one paragraph each, and the paragraphs split out of the others
  let single = 0;
  let splitOut = 0;
  for (let i = 0; i < lineStarts.length; i++) {
    ls = lineStarts[i];
    le = lineContentEnd(text, lineStarts, i);
    if (ls === le) continue;
    // The line's paragraphs depend on the line's text, its residue nodes, whether it is a table line, whether only
    // blanks follow it (rule 5b) and the document's layout (below): those are the key. A line's paragraphs never read
    // past its ends otherwise (its terminator is neither text nor space).
    while (ri < residue.length && residue[ri].end <= ls) ri++;
    table = tableLine[i] === true;
    rel = undefined;
    for (let k = ri; k < residue.length && residue[k].start < le; k++) {
      (rel ??= []).push(residue[k].start - ls, residue[k].end - ls);
    }
    // (a kind of its own for each context: a key never reads as another's; the residue offsets, which hold no
    // \0, before the line)
    last = i >= lastText;
    head = nextHead && !table;
    const kind: string = (table ? (rel ? 'parse.paragraphs.table.residue' : 'parse.paragraphs.table') : rel ? 'parse.paragraphs.residue' : 'parse.paragraphs') + (last ? '.last' : '') + (head ? '.head' : '');
    const line = lineTexts ? lineTexts[i] : text.slice(ls, le);
    const key = rel ? rel.join(',') + '\u0000' + line : line;
    // (cached as the number of weak splits — splits only a collapsed layout makes — then offsets relative to ls, start
    // and end in turn: one array per line, not an object per paragraph)
    const paras: number[] = cache.lookup(kind, key, compute);
    lines.push({ ls, le, table, rel, last, head, kind, key, paras });
    let n = (paras.length - 1) / 2;
    if (n > 0) nextHead = !table && titleEnds(text, paras[n * 2 - 1] + ls, paras[n * 2] + ls);
    if (table || n === 0) continue;
    // (a 主送机关 split from its first sentence at its colon, with no blank, is no sign of either layout)
    let first = 1;
    if (n > 1 && paras[2] === paras[3] && isColon(text.charCodeAt(ls + paras[2] - 1))) {
      n--;
      first = 3;
    }
    if (n === 1) single++;
    else if (collapsedLine(text, ls, le, paras, n, first)) splitOut += n;
  }
  // A document already one paragraph per line (three lines or more that are one paragraph each, more than the
  // paragraphs split out of the lines that look collapsed) keeps each line's sentences together: a line is split
  // there only where a collapsed layout's structure shows (a marker, a label, a 署名's date …), not at a sentence's
  // end and a blank alone (汛期将至，务必高度重视。 各乡镇要…). A collapsed body (the whole body on one line) splits as
  // before.
  perLine = single >= 3 && single > splitOut;
  for (const l of lines) {
    let paras = l.paras;
    if (perLine && paras[0] > 0) {
      ls = l.ls;
      le = l.le;
      table = l.table;
      rel = l.rel;
      last = l.last;
      head = l.head;
      paras = cache.lookup(l.kind + '.perline', l.key, compute);
    }
    const collapsed = paras.length > 3;
    for (let j = 1; j < paras.length; j += 2) out.push({ start: paras[j] + l.ls, end: paras[j + 1] + l.ls, collapsed });
  }
  return out;
}

/**
 * The line [ls, le), split into n > 1 paragraphs (paras: the line's result, read as a collapsed layout's), looks like a
 * collapsed layout's: it was split where a collapsed layout's structure shows (a marker, a label, a 署名's date, a
 * 　　 indent …: a split that is not weak), or only at sentence ends and blanks into three paragraphs or more that open
 * with no heading marker nor a 办法's 第N条 (秋季天干物燥。 各村要加强巡查。 镇应急办负责督导。). Two sentences parted by
 * a blank (……高度重视。 各乡镇要…), or a heading's text on its line (一、加强值班值守。 各单位要…。 县应急局负责督查。: in a
 * collapsed layout the next heading's marker would part it from the line's next text), are a line a document one
 * paragraph per line may hold: such a line counts neither way.
 */
function collapsedLine(text: string, ls: number, le: number, paras: number[], n: number, first: number): boolean {
  if (paras[0] < n - 1) return true;
  if (n < 3) return false;
  const ps = ls + paras[first];
  const mk = markerAt(text, ps, le);
  return (mk === null || mk.digitFollows) && articleAt(text, ps, le) === null;
}

/**
 * The paragraphs of the line [ls, le) as offsets relative to ls (start, end, start, end …) after the number of weak
 * splits made (or left unmade), given its residue ranges (pairs of offsets relative to ls) and the document's layout
 * (perLine: one paragraph per line, where a sentence's end and a blank alone separate nothing). Read in the whole text:
 * nothing before ls or from le on decides anything (a line break is neither text nor space), so the result is the
 * line's own.
 */
function lineParagraphs(text: string, ls: number, le: number, table: boolean, residue: number[] | undefined, perLine: boolean, last: boolean, head: boolean): number[] {
  const out: Paragraph[] = [];
  const mode: SplitMode = { perLine, weak: 0, last, lineEnd: le, head };
  // segments of the line outside residue
  let cur = ls;
  const segs: number[] = [];
  if (residue) {
    for (let k = 0; k < residue.length; k += 2) {
      if (residue[k] + ls > cur) segs.push(cur, residue[k] + ls);
      cur = Math.max(cur, residue[k + 1] + ls);
    }
  }
  if (cur < le) segs.push(cur, le);
  for (let k = 0; k < segs.length; k += 2) {
    // (a scraped page's lost indentation shown as ? before a marker, ???（一）/ ??二、, is read as blanks)
    const s = markerAfterLostSpaces(text, skipSpaces(text, segs[k], segs[k + 1]), segs[k + 1]);
    const e = trimEnd(text, s, segs[k + 1]);
    if (s >= e) continue;
    if (table) out.push({ start: s, end: e, collapsed: false });
    else splitSegment(text, s, e, out, mode);
    // (only the line's first paragraph may be a glued 主送机关)
    mode.head = false;
  }
  const offsets: number[] = [mode.weak];
  for (const p of out) offsets.push(p.start - ls, p.end - ls);
  return offsets;
}

/** How a line is split: in a document already one paragraph per line or not, and whether a split was weak. */
interface SplitMode {
  /** The document is one paragraph per line: no split at a sentence's end (or a lead-in's colon) and a blank alone. */
  perLine: boolean;
  /**
   * How many such splits were made (or, one paragraph per line, left unmade): a line with any is split again if the
   * document turns out one paragraph per line, and one with no other split is weak evidence of a collapsed layout.
   */
  weak: number;
  /** Only blanks follow the line (it is the document's last line with text), and where its text ends. */
  last: boolean;
  lineEnd: number;
  /** The line is the document's first with text or follows a title (or a 发文字号): its first paragraph may be a 主送机关. */
  head: boolean;
}

/** A bracket (（ ( 〔 【 《) closing at most this far after it opens keeps the blanks inside it from separating. */
const BRACKET_SPAN = 300;

/**
 * The brackets of text[s, e) that close on it: for each （ ( 〔 【 《 (relative to s) where its ） ) 〕 】 》 is (0 when
 * it does not close), or undefined when none opens. One pass with a stack of at most 16 (a closer that matches none
 * of the last 16 opened closes nothing).
 */
function bracketCloses(text: string, s: number, e: number): Int32Array | undefined {
  let closes: Int32Array | undefined;
  const stack: number[] = [];
  for (let x = s; x < e; x++) {
    const c = text.charCodeAt(x);
    if (!BRACKETS.has(c)) continue;
    const o = OPENER_OF.get(c);
    if (o === undefined) {
      // (an opener: （ and ( are one kind, as punct-half-width makes them: （一) (某某牵头） pairs as （一）（某某牵头）)
      if (stack.length === 16) stack.shift();
      stack.push(x);
      continue;
    }
    for (let k = stack.length - 1; k >= 0; k--) {
      const k0 = text.charCodeAt(stack[k]);
      if (k0 !== o && !(o === 0xff08 && k0 === 0x28)) continue;
      (closes ??= new Int32Array(e - s))[stack[k] - s] = x;
      stack.length = k;
      break;
    }
  }
  return closes;
}

const BRACKETS = new CodeSet('（(〔【《）)〕】》');
const OPENER_OF = new Map<number, number>([
  [0xff09, 0xff08],
  [0x29, 0xff08],
  [0x3015, 0x3014],
  [0x3011, 0x3010],
  [0x300b, 0x300a],
]);

/** The characters splitSegment acts on: spaces, （ (, and the punctuation of isPunct and endsTitle. */
const SPLIT_CHARS = new CodeSet(' \t\u3000\u00a0\ufeff（(。.，,；;！!？?：:');

function splitSegment(text: string, s: number, e: number, out: Paragraph[], mode: SplitMode): void {
  let ps = s;
  let st = startState(text, ps, e, mode);
  st.head = mode.head;
  // (no blank inside a bracket opened on the line and closed on it separates: （牵头单位：县应急局 责任单位：各乡（镇）人民政府）;
  // inside until blockedUntil)
  const closes = bracketCloses(text, s, e);
  let blockedUntil = -1;
  for (let x = s; x < e; x++) {
    const c = text.charCodeAt(x);
    const inside = x < blockedUntil;
    if (closes !== undefined && closes[x - s] > x && closes[x - s] - x <= BRACKET_SPAN && closes[x - s] > blockedUntil) blockedUntil = closes[x - s];
    if (!SPLIT_CHARS.has(c)) continue; // nothing below looks at any other character
    if (isSpace(c)) {
      let y = x;
      // (a blank of a space, a tab, U+3000 or NBSP: a page or a WPS text indents every paragraph with 　　 or
      // &nbsp; runs; a BOM alone separates nothing)
      let blank = false;
      while (y < e && isSpace(text.charCodeAt(y))) {
        if (text.charCodeAt(y) !== 0xfeff) blank = true;
        y++;
      }
      // (lost spaces shown as ? before a marker continue the blank: … ???（一）…)
      const b = y < e && text.charCodeAt(y) === 0x3f ? markerAfterLostSpaces(text, y, e) : y;
      if (blank && y < e && x > ps && !inside && separates(text, ps, x, b, e, st)) {
        out.push({ start: ps, end: x, collapsed: false });
        ps = b;
        const digitDate = st.nextDigitDate;
        const afterTitle = st.nextHead;
        st = startState(text, ps, e, mode);
        st.digitDate = digitDate;
        st.head = afterTitle;
        x = b - 1;
        continue;
      }
      x = y - 1;
      continue;
    }
    // lost spaces shown as ? glued before a marker, after a sentence's end or as a run (…如下。???（一）…): a blank
    // separating paragraphs (not a question mark: 是否完成?（一）… stays)
    if (c === 0x3f && x > ps && !inside) {
      const b = markerAfterLostSpaces(text, x, e);
      if (b > x && (text.charCodeAt(x + 1) === 0x3f || sentenceEndsAt(text, x, ps, e))) {
        out.push({ start: ps, end: trimEnd(text, ps, x), collapsed: false });
        ps = b;
        st = startState(text, ps, e, mode);
        x = b - 1;
        continue;
      }
    }
    // a 主送机关 glued to the first sentence after its colon, opening the line after the title (or the paragraph after
    // it, collapsed): 各乡镇人民政府，县政府各部门：为做好……，现将有关事项通知如下。
    if (st.head && isColon(c) && x > ps && x + 1 < e && !inside && !isSpace(text.charCodeAt(x + 1)) && gluedAddressee(text, ps, x) && sentenceAfter(text, x + 1, e)) {
      out.push({ start: ps, end: x + 1, collapsed: false });
      ps = x + 1;
      st = startState(text, ps, e, mode);
      continue;
    }
    // a deeper bracketed marker right after an open heading title: 二、工作重点（一）出台…
    if (st.headingOpen && (c === 0xff08 || c === 0x28) && x > st.titleStart && !inside) {
      const mk = markerAt(text, x, e);
      if (mk && mk.level > st.level && !mk.digitFollows) {
        out.push({ start: ps, end: trimEnd(text, ps, x), collapsed: false });
        ps = x;
        st = startState(text, ps, e, mode);
        continue;
      }
    }
    // a 附注 glued to the 成文日期 before it: 2017年6月9日（此件公开发布）
    if ((c === 0xff08 || c === 0x28) && x > ps && x - ps <= 24 && !inside && dateAt(text, ps) === trimEnd(text, ps, x) && matchAt(NOTE_START_RE, text, x)) {
      out.push({ start: ps, end: trimEnd(text, ps, x), collapsed: false });
      ps = x;
      st = startState(text, ps, e, mode);
      continue;
    }
    // (a . ending a sentence counts as the 。 formatting makes of it: 一、牵头单位市发展改革委.（2） reads as with 。)
    const period = c === 0x2e && sentencePeriodAt(text, x, ps, e);
    if (x >= st.titleStart && (endsTitle(c) || period)) st.headingOpen = false;
    if (isPunct(c) || period) st.hasPunct = true;
    if (c === 0x3002 || period) st.hasFullStop = true;
  }
  out.push({ start: ps, end: e, collapsed: false });
}

interface SplitState {
  headingOpen: boolean;
  /** Level of the marker starting the paragraph (0 when none). */
  level: number;
  titleStart: number;
  label: boolean;
  hasPunct: boolean;
  hasFullStop: boolean;
  /** The paragraph is an 附件说明 (附件：1.… 2.…): in a collapsed layout each space run ends an item of it. */
  attachmentNote: boolean;
  /** The 办法's heading opening the paragraph (第一章 / 第三条) and its number, if any. */
  article: { kind: 'chapter' | 'part' | 'article'; n: number } | null;
  /** The paragraph starts with a 成文日期 of digits alone that rule 5 split before (某区人民政府 | 20181224 …). */
  digitDate: boolean;
  /** Set by separates when it splits before such digits: the next paragraph's digitDate. */
  nextDigitDate: boolean;
  /** The paragraph opens the line after a title, or follows a title on its line: it may be a glued 主送机关. */
  head: boolean;
  /** Set by separates when it splits after a title: the next paragraph's head. */
  nextHead: boolean;
  /** The line's mode (the document's layout; a weak split made). */
  mode: SplitMode;
}

const ATTACHMENT_NOTE_RE = /附件[ \u3000]*[:：]/y;
const ATTACHMENT_MARK_RE = /^附件[0-9０-９]{0,2}$/;
const ATTACHMENT_NUMBER_RE = /^[0-9０-９]+[ \u3000]*[年月日号个项]/;

function startState(text: string, ps: number, e: number, mode: SplitMode): SplitState {
  const mk = markerAt(text, ps, e);
  return {
    headingOpen: mk !== null,
    level: mk ? mk.level : 0,
    titleStart: mk ? skipSpaces(text, mk.end, e) : ps,
    label: matchAt(LABEL_RE, text, ps) !== null,
    hasPunct: false,
    hasFullStop: false,
    attachmentNote: matchAt(ATTACHMENT_NOTE_RE, text, ps) !== null,
    article: articleAt(text, ps, e),
    digitDate: false,
    nextDigitDate: false,
    head: false,
    nextHead: false,
    mode,
  };
}

/** 第N章 / 第N节 / 第N条 heading a 办法's part at p, with its number. */
function articleAt(text: string, p: number, e: number): SplitState['article'] {
  const h = text.charCodeAt(p) === 0x7b2c ? articleHeadingAt(text, p, e) : null;
  if (!h) return null;
  const cn = cnNumberAt(text, p + 1, e);
  const n = cn ? cn.value : parseInt(text.slice(p + 1, h.markerEnd - 1), 10);
  return { kind: h.kind, n };
}

function separates(text: string, ps: number, a: number, b: number, e: number, st: SplitState): boolean {
  const p = text.charCodeAt(a - 1);
  const nx = text.charCodeAt(b);
  // (a paragraph neither is a lone opening bracket nor opens with the closing one of a bracket left open just before:
  // ( 吉府发〔2003〕37号 ) stays whole)
  if (p === 0x28 || p === 0xff08) return false;
  if ((nx === 0x29 || nx === 0xff09) && openBracketBefore(text, ps, a)) return false;
  // (an 附件说明's lead 附件: keeps its first item: 附件: 1.……)
  if (st.attachmentNote && isColon(p) && a - ps <= 4) return false;
  // (a 预案's decimal heading number with its trailing dot, 1.2. 适用范围, ends no sentence)
  if ((p === 0x2e || p === 0xff0e) && a - ps <= 12 && decimalHeadingAt(text, ps, e)?.markerEnd === a) return false;
  // (an attached document's label written with a blank, 附件 2 / 附件 2：情况统计表, stays whole)
  if (a - ps === 2 && text.charCodeAt(ps) === 0x9644 && text.charCodeAt(ps + 1) === 0x4ef6 && ((nx >= 0x31 && nx <= 0x39) || (nx >= 0xff11 && nx <= 0xff19))) return false;
  // 1. sentence end, or a closing note after one: ……体系。（X负责） 浙江省人民政府办公厅
  // (in a document already one paragraph per line, only before a full-width indent: ……执行。　　某县…; else the rules
  // below decide)
  // (the rules below still run: a split they make is one of a collapsed layout's structure, not a weak one — and a
  // sentence's end is no colon, so none of them returns false before the end)
  let weak = false;
  if (sentenceEndsAt(text, a, ps, e) || ((p === 0xff09 || p === 0x29) && noteAfterSentence(text, ps, a))) {
    if (indentRun(text, a, b)) return true;
    weak = true;
  }
  // 2. a marker starts the next text
  const mk = markerAt(text, b, e);
  if (mk && !mk.digitFollows) return true;
  // (or a forum's scramble glued before a marker, after Chinese text: 成员 ) }) W& … o1 _四、活动内容)
  if (nx > 0x20 && nx < 0x7f && p > 0x7f) {
    const r = scrambleAt(text, b, e);
    if (r > 0) {
      const m2 = markerAt(text, skipSpaces(text, r, e), e);
      if (m2 && !m2.digitFollows) return true;
    }
  }
  // 3. an assignment label (not one inside a bracketed note the blank does not close: （牵头单位：X  责任单位：Y）)
  if (matchAt(LABEL_RE, text, b) && !insideBrackets(text, ps, a, b, e)) return true;
  // 4. a note, an attachment note, a cc line
  if (matchAt(NOTE_START_RE, text, b)) return true;
  // 4a. a list opening on its line after a short label (电子邮箱：1.县农业农村局：…)
  if (isHanChar(nx) && inlineListAt(text, b, e) >= 0) return true;
  // 9. after a colon: a label and its value stay one paragraph (联系人: 张三  联系电话: 0573-…, 您当前所在位置: 首页);
  // only a 主送机关 (各乡镇人民政府： 现将…) or a lead-in ending with a colon (……通知如下： 各乡镇要…) ends one there
  // (not a label inside a bracketed note the blank does not close: （联系人： 张三，联系电话： 12345678）)
  if (isColon(p)) {
    if (st.label || st.hasFullStop || insideBrackets(text, ps, a, b, e)) return false;
    if (addresseeBefore(text, ps, a, b, e)) return true;
    return (leadInBefore(text, ps, a, st) || sentenceAt(text, b, e)) && weakSplit(st);
  }
  const len = a - ps;
  // 5. a date after a short unpunctuated paragraph (the signature)
  // (not a page's list bullet alone: • 2022-04-14 is an item of its list, not a 署名 and its date)
  const bullet = bulletOnly(text, ps, a);
  if (!st.hasPunct && len <= 40 && !bullet) {
    // (a tag may open it: <p>2017年6月9日</p>)
    const de = dateAt(text, nx === 0x3c ? skipTags(text, b, e) : b);
    // (or by a 附注 or an HTML tag glued to it: 2017年6月9日（此件公开发布）, 2017年6月9日</P>)
    if (de > 0 && (de >= e || isSpace(text.charCodeAt(de)) || matchAt(NOTE_START_RE, text, de) || taggedEnd(text, de, e))) return true;
    // a 成文日期 with a shortened year (23年5月10日) ending the text: date-style's finding
    const sm = matchAt(SHORT_DATE_RE, text, b);
    if (sm && b + sm[0].length >= e) return true;
    // a 成文日期 left as digits (20181224) after a 署名: date-invalid's finding
    // (or one that lost its 年 or 日: 20231月19, 2023年1月19)
    if (nx >= 0x30 && nx <= 0x39 && (digitDateEnd(text, b, e) > 0 || brokenSignDateEnd(text, b, e) > 0) && issuerLine(text.slice(ps, a))) {
      st.nextDigitDate = true;
      return true;
    }
    // a 成文日期 that lost its 年 月 日 (2017 6 23, { 2017 6 23) closing the text after a 署名: date-invalid's finding
    if (e - b <= 24 && spacedDateRead(text.slice(b, trimEnd(text, b, e))) !== undefined && issuerLine(text.slice(ps, a))) return true;
  }
  // 5a. a 署名 and its 成文日期 after a contact line (联系电话：0000-1234567 某县公安局 2024年3月1日)
  if (!st.hasFullStop && len <= 80 && matchAt(CONTACT_RE, text, ps) && signatureWithDateAt(text, b, e)) return true;
  // 5b. a date closing the text (the 成文日期 of a notice whose 署名 the page dropped: …联系电话：88788222 2024年3月1日),
  // possibly with a 附注 after it ((此件公开发布))
  if (len > 0 && !bullet) {
    const de = dateAt(text, b);
    if (de > 0 && closesText(text, de, e, st.mode)) return true;
  }
  // 6. the paragraph so far is a date (an HTML tag pasted after it: 2017年6月9日</P>) or a parenthesised note
  const tagged = text.charCodeAt(ps) === 0x3c;
  const pd = dateAt(text, tagged ? skipTags(text, ps, a) : ps);
  if (pd === a || (pd > 0 && (tagged || text.charCodeAt(pd) === 0x3c) && skipTags(text, pd, a) === a)) return true;
  if (st.digitDate && (digitDateEnd(text, ps, e) === a || brokenSignDateEnd(text, ps, e) === a)) return true;
  const first = text.charCodeAt(ps);
  // (not a page's redaction opening a 署名 or a sentence: (略) 人民政府办公厅)
  if ((first === 0xff08 || first === 0x28) && (p === 0xff09 || p === 0x29) && !st.hasFullStop && len <= 200 && closesAt(text, ps, a) && !REDACTION_RE.test(text.slice(ps, a))) return true;
  // 7. an open heading title (not inside a letter-spaced one: 一、总 则)
  // (an attachment's name with its file's extension ends the title too: 2、县各单位创城主要工作任务.docx 某县人民政府)
  if (st.headingOpen && a > st.titleStart && (!isAsciiAlnum(p) || fileExtensionBefore(text, st.titleStart, a)) && !letterSpaced(text, st.titleStart, a, b, e)) {
    if (!isAsciiAlnum(nx)) return true;
    // (and before a full date opening the item's text: 一、会议时间及地点 2013年4月17日下午…, not 一、截至 2023年…)
    if (a - st.titleStart >= 2 && isHanChar(p) && !DATE_LEAD.has(p) && dateAt(text, b) > 0) return true;
  }
  // 8. a title-like paragraph
  // (not before a bracketed qualifier of the title: …实施方案 (2022—2025年), …办法 （试行）)
  // (but before its 发文字号 in brackets: ……的通知 (某政办发〔2010〕10号) 各区人民政府，……：)
  if (!st.hasPunct && len <= 60 && !st.label && ((nx !== 0xff08 && nx !== 0x28) || bracketedDocNumberAt(text, b, e)) && DOC_TYPE_RE.test(text.slice(Math.max(ps, a - 2), a))) return (st.nextHead = true);
  // 8c. …or a full title longer than that (关于……的通知, at most 200) before its 主送机关 (……的通知 各乡镇人民政府，市政府有关部门：)
  if (!st.hasPunct && len > 60 && len <= 200 && !st.label && DOC_TYPE_RE.test(text.slice(a - 2, a)) && text.slice(ps, a).includes('关于') && addresseeAt(text, b, e)) return (st.nextHead = true);
  // 8d. …or a title whose 文种 is spaced out after 的 (……规划的 通    知, ……规划的通　知), before its 主送机关
  // (……规划的 通    知 各镇街，区直各有关部门：): notice.ts reads the kind without its blanks
  if (!st.hasPunct && len <= 100 && !st.label && spacedKindBefore(text, ps, a) && addresseeAt(text, b, e)) return (st.nextHead = true);
  // 8a. …or with the document it forwards, having lost its own 文种 (关于转发《……的紧急通知》 各行政村：)
  if (!st.hasPunct && len <= 100 && !st.label && p === 0x300b && DOC_TYPE_RE.test(text.slice(a - 3, a - 1)) && BARE_FORWARD_TITLE_RE.test(text.slice(ps, a))) return (st.nextHead = true);
  // 8b. …and after the title's bracketed qualifier (……实施方案（2022—2025年） 为贯彻…, a news headline's ……的通告(某市交通管理局))
  if (!st.hasPunct && len <= 90 && !st.label && (p === 0xff09 || p === 0x29)) {
    const o = openingOf(text, ps, a - 1);
    if (o > ps + 2 && DOC_TYPE_RE.test(text.slice(o - 2, o))) return (st.nextHead = true);
  }
  // 10. a document number
  if (p === 0x53f7 /* 号 */ && len <= 30 && !st.hasPunct && DOCNUM_TAIL_RE.test(text.slice(ps, a))) return (st.nextHead = true);
  // 10b. a document number after the 版头's issuer names (中共嘉兴市纪律检查委员会 嘉兴市监察委员会 嘉纪发〔2024〕3号)
  if (!st.hasPunct && len <= 60 && docNumberAt(text, b, e)) return true;
  // 11. the 版头 (嘉兴市人民政府办公室文件)
  if (p === 0x4ef6 /* 件 */ && len <= 40 && !st.hasPunct && text.charCodeAt(a - 2) === 0x6587 /* 文 */) return true;
  // 12. an 附件说明's item ends at a space run (附件：1.X 2.Y 署名), once the note has its first title
  // (not inside an item: 附件：1. 嘉兴市 2023 年工作方案 — after its marker, or around a number)
  // (nor inside a name a page spaced out, closing its line: 附件：郑 州市政 务大 厅运行方 案)
  if (st.attachmentNote && !isColon(p) && p !== 0x2e && p !== 0xff0e && p !== 0x3001 && !(p >= 0x30 && p <= 0x39) && !ATTACHMENT_NUMBER_RE.test(text.slice(b, b + 8)) && !spacedNameRest(text, a, b, e)) return true;
  // 13. the 附件 mark heading an attached document (附件1 嘉兴市……管理办法)
  if (len <= 5 && ATTACHMENT_MARK_RE.test(text.slice(ps, a))) return true;
  // 14. a 办法's next heading after a chapter's title or an article without its full stop (第一章 总则 第一条 …, 第三条 …
  // 第四条 …): a chapter or part, or the next article (not an article cited with spaces: 依照 第二条 规定)
  if (st.article && nx === 0x7b2c) {
    const h = articleAt(text, b, e);
    if (h && (h.kind !== 'article' || st.article.kind !== 'article' || h.n === st.article.n + 1)) return true;
  }
  // 1. (a sentence's end and a blank alone)
  return weak && weakSplit(st);
}

/**
 * A split only a collapsed layout makes (at a sentence's end or a lead-in's colon and a blank, where no other rule
 * parts the text): counted in the line's mode, and made unless the document is one paragraph per line.
 */
function weakSplit(st: SplitState): boolean {
  st.mode.weak++;
  return !st.mode.perLine;
}

/** The blank [a, b) holds a full-width indent (two U+3000 or NBSP or more: ……执行。　　某县…). */
function indentRun(text: string, a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i < b && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3000 || c === 0xa0) n++;
  }
  return n >= 2;
}

/**
 * The paragraph [ps, a) ending with a colon at a - 1 is a 主送机关: one body or more (各乡镇人民政府, 县政府各部门、直属各单位;
 * at most 150 characters, no sentence's end), not a label (联系人 联系电话 牵头单位) or a page's field (发布机构). A single
 * body's name before a value alone (报送单位: 县应急局  …, the text after the blank a short run without punctuation up to
 * the next blank or the end) is a label too.
 */
function addresseeBefore(text: string, ps: number, a: number, b: number, e: number): boolean {
  const end = trimEnd(text, ps, a - 1);
  if (end - ps < 2 || end - ps > 150 || matchAt(LABEL_RE, text, ps) || matchAt(CONTACT_RE, text, ps)) return false;
  const name = text.slice(ps, end);
  if (/[:：。；;！!？?]/.test(name) || META_FIELD_RE.test(name)) return false;
  if (name.charCodeAt(0) !== 0x5404 /* 各 */ && !ADDRESSEE_END_RE.test(name)) return false;
  if (name.charCodeAt(0) === 0x5404 || /[，、,]/.test(name)) return true;
  // (a single body's name: the text after it is more than a value)
  let q = b;
  while (q < e && q - b <= 20 && !isSpace(text.charCodeAt(q)) && !isPunct(text.charCodeAt(q)) && text.charCodeAt(q) !== 0x3001) q++;
  return q - b > 20 || (q < e && !isSpace(text.charCodeAt(q)));
}

/**
 * The paragraph [ps, a) ending with a colon at a - 1 leads into the text after it: a sentence (a comma in it: 为做好……，
 * 现将有关事项通知如下), one ending with 如下 (现将有关事项通知如下) or a heading's title ((一)检查对象： 全县企业。), not a label
 * (联系人, 请于5月10日前报送, 您当前所在位置) nor a line of labels (联系人：张三，电话：).
 */
function leadInBefore(text: string, ps: number, a: number, st: SplitState): boolean {
  const end = trimEnd(text, ps, a - 1);
  if (end - ps > 200 || matchAt(CONTACT_RE, text, ps)) return false;
  const lead = text.slice(ps, end);
  if (/[:：]/.test(lead)) return false;
  if (st.level > 0) return end > st.titleStart;
  return end - ps >= 4 && (lead.endsWith('如下') || /[，,]/.test(lead));
}

/**
 * A sentence runs from b to the next blank or e (at most 200 characters): it ends with 。！？ (possibly closed by ” ）)
 * and holds no colon — no label's value (发布日期: 经市政府同意，现印发给你们。 but not 联系人： 张三，联系电话：12345678).
 */
function sentenceAt(text: string, b: number, e: number): boolean {
  let q = b;
  while (q < e && q - b <= 200) {
    const c = text.charCodeAt(q);
    if (isSpace(c)) break;
    if (isColon(c)) return false;
    q++;
  }
  if (q - b > 200) return false;
  const last = text.charCodeAt(q - 1);
  const end = CLOSING_QUOTES.has(last) && q - 2 > b ? text.charCodeAt(q - 2) : last;
  return end === 0x3002 || end === 0xff01 || end === 0xff1f;
}

const CLOSING_QUOTES = new CodeSet('”’）)」』');

/** A file's extension a web copy leaves on an attachment's name (….docx, ….pdf), after a Han character or a bracket. */
const FILE_EXTENSION_RE = /[\u3400-\u9fff）)》][.．](?:docx?|pdf|xlsx?|wps|et|ofd|txt|zip|rar)$/i;

/** The text [ts, a) ends with a file's extension after a Chinese name (….docx): its last 7 characters are read. */
function fileExtensionBefore(text: string, ts: number, a: number): boolean {
  return a - ts >= 4 && FILE_EXTENSION_RE.test(text.slice(Math.max(ts, a - 7), a));
}

/**
 * The blank [a, b) lies inside one attachment's name spaced out by a page (附件：郑 州市政 务大 厅运行方 案): the text
 * after it closes the line within 40 characters, Han characters and blanks only, no 署名 (某县人民政府), and the text
 * before it ends no 文种 (附件：某某方案 某某办法 are two names).
 */
function spacedNameRest(text: string, a: number, b: number, e: number): boolean {
  if (e - b > 40 || DOC_TYPE_RE.test(text.slice(a - 2, a))) return false;
  for (let i = b; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isHanChar(c) && !isSpace(c)) return false;
  }
  return !issuerLine(text.slice(b, e));
}

/** Labels opening a contact line (联系人： 联系电话： 传真： 邮箱： 地址：). */
const CONTACT_RE = /(?:联系人|联系电话|联系方式|联系地址|咨询电话|电话|传真|电子邮箱|邮箱|电子邮件|地址|邮编|邮政编码)[ \u3000]*[:：]/y;

/** What may follow a number as its unit or counter (万元, 号, 个): digits before it are no date. */
const NUMBER_UNIT = new CodeSet('号万亿千百元年月日时分秒个项件人次户家所条款页册套台辆吨亩米%‰');

/**
 * A 成文日期 of 6–8 ASCII digits alone at b (20181224, 2023410: see digitDateReads), followed by the end or a blank and
 * then no number or counter (not 20181224 万元, 2018123 号, 12345678 9): where the digits end, or -1.
 */
function digitDateEnd(text: string, b: number, e: number): number {
  let q = b;
  while (q < e && q - b <= 8) {
    const c = text.charCodeAt(q);
    if (c < 0x30 || c > 0x39) break;
    q++;
  }
  if (q - b < 6 || q - b > 8) return -1;
  if (q < e) {
    if (!isSpace(text.charCodeAt(q))) return -1;
    const r = skipSpaces(text, q, e);
    if (r < e) {
      const c = text.charCodeAt(r);
      if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || NUMBER_UNIT.has(c)) return -1;
    }
  }
  return digitDateReads(text.slice(b, q)) ? q : -1;
}

/**
 * A 署名 (a body's name, at most 40 characters, up to a blank) and then a 成文日期 start at b: a date ending the text or
 * followed by a blank, a 附注 or a tag, or one of digits alone (联系电话：0000-1234567 | 某县公安局 2024年3月1日).
 */
function signatureWithDateAt(text: string, b: number, e: number): boolean {
  let q = b;
  while (q < e && q - b <= 40 && !isSpace(text.charCodeAt(q))) q++;
  if (q >= e || !isSpace(text.charCodeAt(q)) || !issuerLine(text.slice(b, q))) return false;
  const r = skipSpaces(text, q, e);
  const de = dateAt(text, r);
  if (de > 0) return de >= e || isSpace(text.charCodeAt(de)) || matchAt(NOTE_START_RE, text, de) !== null || taggedEnd(text, de, e);
  return digitDateEnd(text, r, e) > 0;
}

/** A page's redaction in brackets: (略) （此处略） (……). */
const REDACTION_RE = /^[（(][ \u3000]*(?:略|此处略|以下略|下略|内容略|省略|…{1,2}|\.{3,6})[ \u3000]*[）)]$/;

/** List bullets a page puts before its items (• 听全文 / • 2022-04-14). */
const BULLETS = new CodeSet('•·●○◆◇■□▪▫►▶▸※★☆-*');

/** text[ps, a) is a list's bullet (or a few) alone. */
function bulletOnly(text: string, ps: number, a: number): boolean {
  if (a - ps > 3) return false;
  for (let i = ps; i < a; i++) if (!BULLETS.has(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A 主送机关 glued to the sentence after it ends at the colon x: text[ps, x) is a list of bodies that reads as a strong
 * 主送机关 (notice.ts's addresseeStrong: ……政府, ……部门, ……单位, 各街道办事处 …; at most 150 characters, no sentence's end
 * or colon in it), not a label (联系人 牵头单位 责任单位) nor a page's field (发布机构).
 */
function gluedAddressee(text: string, ps: number, x: number): boolean {
  if (x - ps < 3 || x - ps > 150 || matchAt(LABEL_RE, text, ps) || matchAt(CONTACT_RE, text, ps)) return false;
  const name = text.slice(ps, x);
  if (/[:：。；;！!？?\s\u3000]/.test(name)) return false;
  return addresseeStrong(name);
}

/**
 * A sentence starts at b, right after a 主送机关's colon: Han text (or 《 “) up to a blank or e that ends with 。！？ within
 * 300 characters, or a lead-in ending with 如下： (现将有关事项通知如下：); no other colon before it (no label's value).
 */
function sentenceAfter(text: string, b: number, e: number): boolean {
  const c0 = text.charCodeAt(b);
  if (!isHanChar(c0) && c0 !== 0x300a && c0 !== 0x201c) return false;
  for (let q = b + 1; q < e && q - b <= 300; q++) {
    const c = text.charCodeAt(q);
    if (isSpace(c)) return false;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f) return q - b >= 4;
    if (isColon(c)) return q - b >= 6 && text.charCodeAt(q - 2) === 0x5982 /* 如 */ && text.charCodeAt(q - 1) === 0x4e0b; /* 下 */
  }
  return false;
}

/**
 * The paragraph [ps, pe) ends a title or a 发文字号, so the line after it opens the body: unpunctuated, at most 200
 * long, ending with a 文种 (……的通知, 关于转发《……》) or a 发文字号 (某政办发〔2024〕3号).
 */
function titleEnds(text: string, ps: number, pe: number): boolean {
  if (pe - ps < 4 || pe - ps > 200) return false;
  for (let i = ps; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (isPunct(c) || c === 0x3001) return false;
  }
  const s = text.slice(ps, pe);
  return DOC_TYPE_RE.test(s) || BARE_FORWARD_TITLE_RE.test(s) || DOCNUM_TAIL_RE.test(s) || spacedKindBefore(text, ps, pe);
}

/** The two-character 文种 a title may print with blanks inside (通    知; as notice.ts reads them). */
const SPACED_KINDS = new Set(['通知', '通报', '决定', '意见', '批复', '报告', '请示', '公告', '通告', '命令', '决议', '纪要']);

/**
 * The text [ps, a) ends with a 文种 of SPACED_KINDS spaced out (blanks between its two characters) after 的, with or
 * without blanks before it: ……规划的 通    知 / ……规划的通　知. Read back from a: a few characters only.
 */
function spacedKindBefore(text: string, ps: number, a: number): boolean {
  const k2 = a - 1;
  let q = k2;
  while (q > ps && k2 - q <= 8 && isSpace(text.charCodeAt(q - 1))) q--;
  if (q === k2 || k2 - q > 8 || q - 1 <= ps) return false;
  const k1 = q - 1;
  if (!SPACED_KINDS.has(text[k1] + text[k2])) return false;
  q = k1;
  while (q > ps && k1 - q <= 8 && isSpace(text.charCodeAt(q - 1))) q--;
  return q > ps && text.charCodeAt(q - 1) === 0x7684; // 的
}

/** A body's name ends so (a 主送机关 of one body: 市教育局：). */
const ADDRESSEE_END_RE = /(?:政府|部门|单位|机构|机关|局|委|办|厅|院|会|中心|公司|集团|村|社区|室|处|科|股|街道|镇|乡|学校|医院|队|所|站)$/;
/** A page's information fields that end like a body's name (发文单位: 发布机构:) — no 主送机关. */
const META_FIELD_RE = /^(?:发文|发布|来源|成文|主办|承办|公开|索引|信息|所属|责任|联系|制发|印发)/;

/**
 * A 主送机关 at b: text up to a blank or e (at most 150 characters) ending with a colon, no sentence's end in it, that
 * lists bodies (各…, or names parted by ， 、) or names one (市教育局：); not a page's field (发布日期: 发文单位:).
 */
function addresseeAt(text: string, b: number, e: number): boolean {
  let q = b;
  while (q < e && q - b <= 150) {
    const c = text.charCodeAt(q);
    if (isSpace(c)) break;
    if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f) return false;
    q++;
  }
  if (q - b < 3 || (q < e && !isSpace(text.charCodeAt(q))) || !isColon(text.charCodeAt(q - 1)) || matchAt(LABEL_RE, text, b)) return false;
  const name = text.slice(b, q - 1);
  if (name.charCodeAt(0) === 0x5404 /* 各 */ || /[，、,]/.test(name)) return true;
  return name.length >= 3 && ADDRESSEE_END_RE.test(name) && !META_FIELD_RE.test(name);
}

/** HTML tags glued at d (</P>) run to a blank or to e. */
function taggedEnd(text: string, d: number, e: number): boolean {
  if (text.charCodeAt(d) !== 0x3c) return false;
  const t = skipTags(text, d, e);
  return t > d && (t >= e || isSpace(text.charCodeAt(t - 1)));
}

/** Characters that lead a date into a sentence (到 至 于 在 截止 …): no heading title ends with them. */
const DATE_LEAD = new CodeSet('到至于在从自止前为是及和');

/**
 * The blank [a, b) parts two single characters of a letter-spaced title (总 则, 组 织 机 构): the character before
 * it starts the title or follows a blank, and the one after it ends the text or is followed by a blank.
 */
function letterSpaced(text: string, ts: number, a: number, b: number, e: number): boolean {
  if (a - 1 < ts || !isHanChar(text.charCodeAt(a - 1)) || !isHanChar(text.charCodeAt(b))) return false;
  if (a - 1 > ts && !isSpace(text.charCodeAt(a - 2))) return false;
  return b + 1 >= e || isSpace(text.charCodeAt(b + 1));
}

const DOCNUM_AT_RE = /[\u3400-\u9fff]{1,15}[〔\[［(（【][0-9]{4}[〕\]］)）】]第?[0-9]+号/y;

/** A document number (嘉纪发〔2024〕3号) stands alone at b: followed by a space or the end. */
function docNumberAt(text: string, b: number, e: number): boolean {
  const c = text.charCodeAt(b);
  if (!(c >= 0x3400 && c <= 0x9fff)) return false;
  DOCNUM_AT_RE.lastIndex = b;
  const m = DOCNUM_AT_RE.exec(text);
  if (!m) return false;
  const end = b + m[0].length;
  return end >= e || isSpace(text.charCodeAt(end));
}

/** A document number in brackets stands alone at b: (嘉政办发〔2010〕10号) followed by a space or the end. */
function bracketedDocNumberAt(text: string, b: number, e: number): boolean {
  // (blanks inside the brackets too: ( 吉府发〔2003〕37号 ))
  const s = skipSpaces(text, b + 1, e);
  DOCNUM_AT_RE.lastIndex = s;
  const m = DOCNUM_AT_RE.exec(text);
  if (!m || m.index !== s) return false;
  const c = skipSpaces(text, s + m[0].length, e);
  const close = text.charCodeAt(c);
  const end = c + 1;
  return (close === 0xff09 || close === 0x29) && (end >= e || isSpace(text.charCodeAt(end)));
}

/**
 * The sentence end before `a` (closing bracket or quote skipped) is a half-width ; ! ? right after a Latin
 * letter: a forum's scramble (P; N5 e) or Latin text, not a Chinese sentence ending (达到100%; and 年); still end one).
 */
function halfWidthEndAfterAscii(text: string, a: number, ps: number): boolean {
  let q = a - 1;
  const c = text.charCodeAt(q);
  if (c !== 0x3b && c !== 0x21 && c !== 0x3f) {
    q--;
    const d = text.charCodeAt(q);
    if (q < ps || (d !== 0x3b && d !== 0x21 && d !== 0x3f)) return false;
  }
  if (q <= ps) return false;
  const l = text.charCodeAt(q - 1) | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

/**
 * The text before `a` ends a sentence: endsSentence, or a half-width . ending a Chinese sentence, possibly followed
 * by a closing bracket (落实. / 落实.)) — punct-half-width makes them 。 and ）, so formatting keeps the same breaks.
 */
function sentenceEndsAt(text: string, a: number, ps: number, e: number): boolean {
  // (a Han character after it makes punct-half-width turn the mark full-width — ABC? 嘉兴… → ABC？ — and then it ends
  // a sentence: read it so now, or formatting would break there only on its second run)
  if (endsSentence(text, a, ps)) return !halfWidthEndAfterAscii(text, a, ps) || isHanChar(text.charCodeAt(skipSpaces(text, a, e)));
  if (a - 1 <= ps) return false;
  const p = text.charCodeAt(a - 1);
  if (p === 0x2e) return sentencePeriodAt(text, a - 1, ps, e);
  return isCloserAfterStop(p) && text.charCodeAt(a - 2) === 0x2e && sentencePeriodAt(text, a - 2, ps, e);
}

/** text[.., a) ends with a bracketed group (at most 200 long) that a sentence end (。；！？) precedes. */
function noteAfterSentence(text: string, ps: number, a: number): boolean {
  let depth = 0;
  for (let i = a - 1; i >= ps && i >= a - 200; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) depth++;
    else if (c === 0xff08 || c === 0x28) {
      depth--;
      if (depth === 0) return sentenceEndsAt(text, i, ps, a);
    }
  }
  return false;
}

/** The opening bracket of the group closed at c (at most 30 characters back, none nested), or -1. */
function openingOf(text: string, ps: number, c: number): number {
  for (let i = c - 1; i >= ps && i >= c - 30; i--) {
    const x = text.charCodeAt(i);
    if (x === 0xff08 || x === 0x28) return i;
    if (x === 0xff09 || x === 0x29) return -1;
  }
  return -1;
}

/** A bracket opened within the 40 characters before a (and after ps) is still open at a. */
function openBracketBefore(text: string, ps: number, a: number): boolean {
  let depth = 0;
  for (let i = a - 1; i >= ps && i >= a - 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) depth++;
    else if (c === 0xff08 || c === 0x28) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

const isNoteOpen = (c: number) => c === 0xff08 || c === 0x28 || c === 0x3010; // （ ( 【
const isNoteClose = (c: number) => c === 0xff09 || c === 0x29 || c === 0x3011; // ） ) 】

/**
 * The blank [a, b) lies inside one bracketed group (（） () 【】): a bracket opened within the 120 characters before a
 * is still open at a, and one closes within the 200 characters after b before any other opens.
 */
function insideBrackets(text: string, ps: number, a: number, b: number, e: number): boolean {
  let depth = 0;
  let open = false;
  for (let i = a - 1; i >= ps && i >= a - 120; i--) {
    const c = text.charCodeAt(i);
    if (isNoteClose(c)) depth++;
    else if (isNoteOpen(c)) {
      if (depth === 0) {
        open = true;
        break;
      }
      depth--;
    }
  }
  if (!open) return false;
  for (let i = b; i < e && i < b + 200; i++) {
    const c = text.charCodeAt(i);
    if (isNoteClose(c)) return true;
    if (isNoteOpen(c)) return false;
  }
  return false;
}

/**
 * Only a 附注 （此件公开发布） and blanks follow d up to the text's end (d is in a segment ending at e, of a line that
 * ends at mode.lineEnd; mode.last: only blanks follow that line — the line's context, kept in its key).
 */
function closesText(text: string, d: number, e: number, mode: SplitMode): boolean {
  if (!mode.last) return false;
  let i = skipSpaces(text, d, e);
  if (i < e) {
    const c = text.charCodeAt(i);
    if ((c !== 0xff08 && c !== 0x28) || !matchAt(NOTE_START_RE, text, i)) return false;
    const close = text.charCodeAt(e - 1);
    if ((close !== 0xff09 && close !== 0x29) || e - i > 60 || !closesAt(text, i, e)) return false;
  }
  // (the rest of the line: blanks only — residue after the segment is text; the lines after it are blank)
  for (i = e; i < mode.lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000) return false;
  }
  return true;
}

/** The bracket opened at ps closes exactly at a - 1 (one balanced group). */
function closesAt(text: string, ps: number, a: number): boolean {
  let depth = 0;
  for (let i = ps; i < a; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++;
    else if (c === 0xff09 || c === 0x29) {
      depth--;
      if (depth === 0 && i !== a - 1) return false;
    }
  }
  return depth === 0;
}
