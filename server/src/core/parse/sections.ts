// The section tree.
//
// Markers are taken only where a paragraph starts (a line start, or a paragraph split out of a collapsed
// line), inside the container (the attached document, else the notice's body, else the whole text).
// One exception (startsParagraph false): a page that lost its line breaks may glue a 一、-level marker to the
// text before it (……活动方案一、指导思想 …⏎二、…); when the next paragraph's marker would skip exactly that
// number, the one such numeral + 、 in the paragraph before it that reads as a marker (a Han character before it
// that makes no word with it — not 统一、 唯一、 第一、 再三、 — and a heading after it, not 一、二、三等奖 or
// 方案一、方案二) starts the skipped section there.
// With an attached document, parse() builds a second tree over the notice's own body (doc.noticeSections):
// each tree is built on its own (its own level stack and its own 'N.' + digit reading).
//
// Tree building — a level stack, nesting by level NUMBER only (1 一、 < 2 （一） < 3 1. < 4 （1） < 5 ①):
// for a new marker of level L, pop every open section whose level is >= L; the new section becomes a
// child of the section left on top (or a top-level section when the stack is empty), then is pushed.
// So a deeper level nests under the current one, the same level is a sibling, a shallower level pops.
// Levels out of order are kept as they are, deterministically:
//   - 1. directly under 一、 (no （一） level): the 1. items are children of 一、 (a skipped level);
//   - （一） after 1. items under the same 一、: （一） pops the 1. items (3 >= 2) and becomes a child of
//     一、, i.e. a later sibling of those 1. items: 一、's children then mix levels [3, 3, 2 …];
//   - 1. then （1） then （一）: （一） pops both and lands under the nearest open level-1 section.
// A parent's children are therefore in document order but may mix levels; numbering rules compare
// siblings of the same level and read `level` to find hierarchy errors.
//
// 'N.' followed by a digit (12.5G基站, 1.2亿元) is a marker only when N is the next number of the list
// it would join: its previous same-level sibling's ordinal + 1, or — when it would start a list — the last
// ordinal seen at that level + 1 (documents that number continuously). Otherwise it is a decimal.
//
// A table of contents' line (a marker, a title, a leader of dots and a page number: 一、总则……………1) opens no
// section: it is a plain paragraph of the section it lies in.
//
// A section's title runs from its marker to the first sentence end or colon, or to a bracketed assignment note
// (一、新建农村公路50公里（牵头单位：县交通运输局） → 新建农村公路50公里; the outline and the tasks table show it).
// The items of an 附件说明 (附件：1.… / 附：1、… then 2.…) are no sections.
//
// A section's range runs from its marker to the end of the last paragraph before the next marker of the
// same or a shallower level (or the end of the container).
import type { GongwenDocument, Marker, Paragraph, Range, Section } from '../model';
import * as charsModule from './chars';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { LABEL_RE, endsTitle, isColon, isDigit, matchAt, skipSpaces, trimEnd } = charsModule;
import * as markersModule from './markers';
// local bindings: direct calls in hot loops (no module-interop getter per call)
import { scrambleAt } from './scramble';
const { attachmentLabelAt, contentsLineAt, inlineListAt, markerAt } = markersModule;
type MarkerMatch = markersModule.MarkerMatch;

export interface SectionTree {
  sections: Section[];
  allSections: Section[];
  continuousItemNumbering: boolean;
}

export function buildSections(text: string, paras: Paragraph[], container: Range): SectionTree {
  const roots: Section[] = [];
  const all: Section[] = [];
  const stack: Section[] = [];
  const lastOrdinal = [0, 0, 0, 0, 0, 0];
  let prevStart = -1; // start of the last container paragraph seen
  let prevEnd = -1; // end of the last container paragraph seen
  // the number the next item of the 附件说明 just read would have (附件：1.… → 2, a bare 附件： → 1), 0 when the last
  // paragraph is none
  let attachmentNext = 0;
  // where the current attached document's roots start (a later 附件2 line starts a new list: see attachmentParts)
  let partStart = 0;

  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (p.start < container.start || p.end > container.end) continue;
    let m = markerAt(text, p.start, p.end) ?? markerAfterScramble(text, p.start, p.end);
    // 附件2 (附件2：情况统计表) on its own line: the next attached document starts; no section stays open across it,
    // and its lists start anew (its 一、 or 1. is a top-level section, not a child of the last one before it)
    if (!m && attachmentLabelAt(text, p.start, p.end)) {
      while (stack.length) stack.pop()!.range.end = prevEnd;
      lastOrdinal.fill(0);
      partStart = roots.length;
      attachmentNext = 0;
      prevStart = p.start;
      prevEnd = p.end;
      continue;
    }
    // a table of contents' line (一、总则……………1 / （一）编制目的........3) names a section, it opens none
    if (m && contentsLineAt(text, p.start, p.end)) m = null;
    // a page that lost its line breaks glued the marker the list expects to the text before this one's paragraph
    // (……活动方案一、指导思想 / 二、…… or 二、……评选活动三、活动时间 / 四、……): read it there, so the list does not skip
    if (m && m.level === 1 && !m.digitFollows && prevStart >= 0) {
      const prev = lastOfLevel(roots, 1, partStart);
      const want = prev ? prev.ordinal + 1 : lastOrdinal[1] === 0 ? 1 : -1;
      const g = want > 0 && m.ordinal === want + 1 ? gluedMarker(text, prevStart, prevEnd, want, m.form) : null;
      if (g) {
        while (stack.length) stack.pop()!.range.end = trimEnd(text, prevStart, g.start);
        open(g, prevEnd, false, undefined, roots);
      }
    }
    // 附件：1.…⏎2.…⏎3.… (GB/T 9704-2012 7.3.6): the items after the first continue the 附件说明, they are no section
    // (nor are they after a bare 附件： line: 附件:⏎1.…⏎2.…, nor after an 附件说明 closing a collapsed paragraph:
    // …工作。附件：1.…⏎2.…); so do those of a list whose item 1 follows a short label on its line (监督电话：1.县农业
    // 农村局：…⏎2.县财政局：…)
    if (m && m.level === 3 && attachmentNext > 0 && m.ordinal === attachmentNext) {
      attachmentNext = m.ordinal + 1;
      prevStart = p.start;
      prevEnd = p.end;
      continue;
    }
    attachmentNext = m ? 0 : inlineListNext(text, p.start, p.end);
    if (m) {
      let depth = stack.length;
      while (depth > 0 && stack[depth - 1].level >= m.level) depth--;
      const parent = depth ? stack[depth - 1] : undefined;
      const siblings = parent ? parent.children : roots;
      let ok = true;
      if (m.digitFollows) {
        const prev = lastOfLevel(siblings, m.level, siblings === roots ? partStart : 0);
        const expected = prev ? prev.ordinal + 1 : lastOrdinal[m.level] > 0 ? lastOrdinal[m.level] + 1 : -1;
        ok = m.ordinal === expected;
      }
      if (ok) {
        while (stack.length > depth) stack.pop()!.range.end = prevEnd;
        open(m, p.end, true, parent, siblings);
      }
    }
    prevStart = p.start;
    prevEnd = p.end;
  }
  while (stack.length) stack.pop()!.range.end = prevEnd;
  return { sections: roots, allSections: all, continuousItemNumbering: continuous(roots) };

  /** A section for the marker m in a paragraph ending at pEnd, under parent (siblings: its children or the roots). */
  function open(m: MarkerMatch, pEnd: number, startsParagraph: boolean, parent: Section | undefined, siblings: Section[]): void {
    const p = { end: pEnd };
    const marker: Marker = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      level: m.level,
      ordinal: m.ordinal,
      form: m.form,
      canonical: m.canonical,
      fullWidthDigits: m.fullWidthDigits,
    };
    const ts = skipSpaces(text, m.end, p.end);
    let te = ts;
    while (te < p.end) {
      const c = text.charCodeAt(te);
      // (not a colon inside a clock time or a ratio: 8月31日17:00前, 1:1)
      if ((endsTitle(c) && !(isColon(c) && te > ts && isDigit(text.charCodeAt(te - 1)) && te + 1 < p.end && isDigit(text.charCodeAt(te + 1)))) || c === 0x7c || c === 0xff5c) break;
      // an HTML tag pasted with the text (一、指导思想</strong></p>) ends the heading's title
      if (c === 0x3c && te + 1 < p.end && isTagStart(text.charCodeAt(te + 1))) break;
      // so does a bracketed assignment note after it, whole (一、新建农村公路50公里（牵头单位：县交通运输局）: the title is
      // 新建农村公路50公里, not cut at the label's colon), or a label in 【】 ([]) (1.完善设施【牵头单位】县住建局)
      if ((c === 0xff08 || c === 0x28) && te > ts && matchAt(LABEL_RE, text, skipSpaces(text, te + 1, p.end))) break;
      if ((c === 0x3010 || c === 0x5b) && te > ts && matchAt(LABEL_RE, text, te)) break;
      te++;
    }
    const headingEnd = te < p.end && endsTitle(text.charCodeAt(te)) ? te + 1 : trimEnd(text, ts, te);
    const tEnd = trimEnd(text, ts, te);
    const section: Section = {
      level: m.level,
      ordinal: m.ordinal,
      marker,
      title: { start: ts, end: tEnd, text: text.slice(ts, tEnd) },
      heading: { start: m.start, end: Math.max(headingEnd, m.end) },
      range: { start: m.start, end: p.end },
      startsParagraph,
      headingOwnParagraph: skipSpaces(text, Math.max(headingEnd, m.end), p.end) >= p.end,
      children: [],
      path: parent ? parent.path.concat(siblings.length) : [siblings.length],
      assignments: [],
    };
    siblings.push(section);
    all.push(section);
    stack.push(section);
    lastOrdinal[m.level] = m.ordinal;
  }
}

const CN_DIGITS = '一二三四五六七八九';
/** Characters before a numeral that make it part of a word (统一、 唯一、 第一、 之一、 合一、 再三、 初五、 周六、), no marker. */
const WORD_BEFORE = '第统唯之万同单合划专均其初周期拜再不数几十百千零〇两各每逐任某前后这那该此本上下如独归择另';
/** The Han character range used for the text around a glued marker. */
function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The level-1 marker for `ordinal` (1–9) glued inside the paragraph [s, e), after its first character: found only
 * when exactly one such numeral + 、 stands there with a Han character before it that does not make the numeral part of a
 * word, and a Han character after it that starts a heading (not a list of numbers: 一、二、三等奖, 方案一、方案二).
 */
function gluedMarker(text: string, s: number, e: number, ordinal: number, form: string): MarkerMatch | null {
  if (ordinal < 1 || ordinal > 9) return null;
  const digit = CN_DIGITS.charCodeAt(ordinal - 1);
  const next = ordinal < 9 ? CN_DIGITS.charCodeAt(ordinal) : -1;
  let found: MarkerMatch | null = null;
  for (let q = s + 1; q + 2 < e; q++) {
    if (text.charCodeAt(q) !== digit || text.charCodeAt(q + 1) !== 0x3001) continue;
    const before = text.charCodeAt(q - 1);
    if (!isHanCode(before) || WORD_BEFORE.includes(text[q - 1]) || CN_DIGITS.includes(text[q - 1])) continue;
    const after = text.charCodeAt(q + 2);
    if (!isHanCode(after) || CN_DIGITS.includes(text[q + 2])) continue;
    let listed = false;
    for (let r = q + 2; r < Math.min(e, q + 6); r++) if (text.charCodeAt(r) === next) listed = true;
    if (listed) continue;
    const mk = markerAt(text, q, e);
    if (!mk || mk.level !== 1 || mk.ordinal !== ordinal || mk.form !== form) continue;
    if (found) return null;
    found = mk;
  }
  return found;
}

/**
 * A marker glued after a forum's anti-copy scramble that opens the paragraph (; d% F b8 Q3 f! P二、活动地点): the scramble
 * is stray-spam's finding, the marker is the list's. Only a scramble starting the paragraph, read within its first
 * 120 characters; the marker must follow it at once.
 */
function markerAfterScramble(text: string, s: number, e: number): ReturnType<typeof markerAt> {
  const r = scrambleAt(text, s, e);
  if (r < 0) return null;
  const at = skipSpaces(text, r, e);
  return at < e ? markerAt(text, at, e) : null;
}

// (附：, a web copy's short form of the label, too: 附：1、….docx⏎2、….docx)
const ATTACHMENT_NOTE_ITEM_RE = /附件?[ \u3000]*[:：][ \u3000]*([0-9０-９]{1,2})[ \u3000]*[.．、]/y;
const ATTACHMENT_NOTE_BARE_RE = /附件?[ \u3000]*[:：]/y;

/** 附件：1.… (or 附：1.…) at start: the number of the note's next item (its first item's + 1); a bare 附件： 1; else 0. */
function attachmentNoteNext(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== 0x9644) return 0; // 附
  ATTACHMENT_NOTE_ITEM_RE.lastIndex = start;
  const m = ATTACHMENT_NOTE_ITEM_RE.exec(text);
  if (!m || m.index + m[0].length > end) {
    ATTACHMENT_NOTE_BARE_RE.lastIndex = start;
    const b = ATTACHMENT_NOTE_BARE_RE.exec(text);
    return b && skipSpaces(text, start + b[0].length, end) >= end ? 1 : 0;
  }
  return Number(m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) + 1;
}

/**
 * The number the next paragraph's item has when it continues a list begun inside the paragraph [start, end), or 0:
 * an 附件说明 opening it (attachmentNoteNext), or closing it after the paragraph's last sentence end (…工作。附件：1.…),
 * or item 1 after a short label of Han characters and its colon opening the paragraph (监督电话：1.县农业农村局：… → 2).
 * Reads the paragraph once at most (from its end back to its last sentence end, and its first few characters).
 */
function inlineListNext(text: string, start: number, end: number): number {
  const own = attachmentNoteNext(text, start, end);
  if (own) return own;
  // an 附件说明 after the paragraph's last sentence end (附件： or 附：)
  for (let q = end - 2; q > start; q--) {
    const c = text.charCodeAt(q);
    if (c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f) break; // 。；！？
    if (c === 0x9644 && (text.charCodeAt(q + 1) === 0x4ef6 || text.charCodeAt(q + 1) === 0xff1a || text.charCodeAt(q + 1) === 0x3a)) {
      const n = attachmentNoteNext(text, q, end);
      if (n) return n;
    }
  }
  // a short label, its colon and item 1 (1. 1． 1、)
  return inlineListAt(text, start, end) >= 0 ? 2 : 0;
}

/** An attached document after the first, opened by its label line (附件2 / 附件2：情况统计表) inside the attached range. */
export interface AttachmentPart {
  /** Its number as the label gives it (附件2 → 2). */
  ordinal: number;
  /** The label's paragraph. */
  label: Range;
  /** The title: on the label's line after its colon, else the next paragraph when it reads as a title, else the label. */
  title: { start: number; end: number; text: string };
  /** From the label to the end of the last paragraph before the next label (or the end of `within`). */
  range: Range;
}

/** The longest paragraph taken for an attached document's title under its label. */
const PART_TITLE_MAX = 60;

/**
 * The attached documents after the first, in order: each 附件N label paragraph (markers.attachmentLabelAt) inside
 * `within` (the attached document's range, its own title excluded) starts one. The section tree closes every section
 * before such a label and starts the lists after it anew, so a part's sections are the top-level sections inside
 * its range. One pass over the paragraphs.
 */
export function attachmentParts(text: string, paras: Paragraph[], within: Range): AttachmentPart[] {
  const parts: AttachmentPart[] = [];
  let lastEnd = within.start;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (p.start < within.start || p.end > within.end) continue;
    const lb = markerAt(text, p.start, p.end) ? null : attachmentLabelAt(text, p.start, p.end);
    if (!lb) {
      lastEnd = p.end;
      continue;
    }
    // (a label repeated on the next line, 附件2⏎附件2, opens one part)
    const prev = parts[parts.length - 1];
    if (prev && prev.ordinal === lb.ordinal && prev.label.end === lastEnd && prev.title.start === prev.label.start) parts.pop();
    else if (prev) prev.range.end = lastEnd;
    let title = { start: p.start, end: lb.textEnd, text: text.slice(p.start, lb.textEnd) };
    if (lb.titleStart < lb.textEnd) title = { start: lb.titleStart, end: lb.textEnd, text: text.slice(lb.titleStart, lb.textEnd) };
    else if (k + 1 < paras.length && paras[k + 1].end <= within.end) {
      const q = paras[k + 1];
      const ts = skipSpaces(text, q.start, q.end);
      const te = trimEnd(text, ts, q.end);
      if (te > ts && te - ts <= PART_TITLE_MAX && !markerAt(text, ts, te) && !attachmentLabelAt(text, ts, te) && titleLine(text, ts, te))
        title = { start: ts, end: te, text: text.slice(ts, te) };
    }
    parts.push({ ordinal: lb.ordinal, label: { start: p.start, end: p.end }, title, range: { start: p.start, end: within.end } });
    lastEnd = p.end;
  }
  if (parts.length) parts[parts.length - 1].range.end = Math.max(parts[parts.length - 1].title.end, lastEnd);
  return parts;
}

/** No sentence inside: no 。；！？ nor a comma (a title line, not the text under it). */
function titleLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0xff0c || c === 0x2c) return false;
  }
  return true;
}

/**
 * The top-level list a section's path starts from: doc.noticeSections for a section of the notice's own body (when
 * an attached document holds the main tree), else doc.sections. The notice's body precedes the attached document.
 */
export function treeRoots(doc: Pick<GongwenDocument, 'sections' | 'noticeSections'>, s: Section): Section[] {
  return inNoticeTree(doc, s) ? doc.noticeSections : doc.sections;
}

/** Whether a section belongs to the notice's own body (the second tree, doc.noticeSections). */
export function inNoticeTree(doc: Pick<GongwenDocument, 'noticeSections'>, s: Section): boolean {
  const cover = doc.noticeSections;
  return cover.length > 0 && s.marker.start < cover[cover.length - 1].range.end;
}

/** After <: a tag's name or its closing slash. */
function isTagStart(c: number): boolean {
  return c === 0x2f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function lastOfLevel(siblings: Section[], level: number, from = 0): Section | undefined {
  for (let i = siblings.length - 1; i >= from; i--) if (siblings[i].level === level) return siblings[i];
  return undefined;
}

/** Level-3 lists (the 1. 2. items of one parent) that continue the previous list's numbering. */
function continuous(roots: Section[]): boolean {
  const lists: Section[][] = [];
  const visit = (children: Section[]) => {
    const items = children.filter((c) => c.level === 3);
    if (items.length) lists.push(items);
    for (const c of children) visit(c.children);
  };
  visit(roots);
  lists.sort((a, b) => a[0].range.start - b[0].range.start);
  let cont = 0;
  let restart = 0;
  for (let i = 1; i < lists.length; i++) {
    const prev = lists[i - 1][lists[i - 1].length - 1].ordinal;
    const first = lists[i][0].ordinal;
    if (first > 1 && first === prev + 1) cont++;
    else if (first === 1) restart++;
  }
  return cont > 0 && cont >= restart;
}
