// Shared helpers of the numbering rules: the lists a document's markers form, the number inside
// a marker, and rendering a number back in the marker's own style. Pure and linear.
import type { GongwenDocument, Marker, Range, Section } from '../../model';
import type { Edit, RuleContext } from '../../rule';
import { CodeSet } from '../shared/text';
import { inNoticeTree } from '../../parse/sections';
import { structuralHeadingStarts } from '../../parse/markers';

export type NumberStyle = 'chinese' | 'ascii' | 'fullwidth' | 'word-dot' | 'word-paren' | 'word-paren-cn' | 'circled';

export interface MarkerShape {
  /** Text before the number (brackets), as written. */
  prefix: string;
  /** The number characters. */
  digits: string;
  /** Text after the number (closing bracket, 、 . ． ， …). */
  suffix: string;
  style: NumberStyle;
  /** Offset of the number characters in the document. */
  digitsStart: number;
  digitsEnd: number;
}

const CN_DIGITS = '〇一二三四五六七八九';

const CN_NUMERAL_CHARS = new CodeSet('〇零一二三四五六七八九十百两');

function singleCharStyle(code: number): NumberStyle | undefined {
  if (code >= 0x2460 && code <= 0x2473) return 'circled';
  if (code >= 0x3251 && code <= 0x325f) return 'circled';
  if (code >= 0x32b1 && code <= 0x32bf) return 'circled';
  if (code >= 0x2488 && code <= 0x249b) return 'word-dot';
  if (code >= 0x2474 && code <= 0x2487) return 'word-paren';
  if (code >= 0x3220 && code <= 0x3229) return 'word-paren-cn';
  return undefined;
}

/** Splits a marker into bracket / number / punctuation. Undefined when no number is found. */
export function markerShape(marker: Marker): MarkerShape | undefined {
  const t = marker.text;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    const single = singleCharStyle(code);
    let style: NumberStyle | undefined;
    let j = i;
    if (single) {
      style = single;
      j = i + 1;
    } else if (code >= 0x30 && code <= 0x39) {
      style = 'ascii';
      while (j < t.length && t.charCodeAt(j) >= 0x30 && t.charCodeAt(j) <= 0x39) j++;
    } else if (code >= 0xff10 && code <= 0xff19) {
      style = 'fullwidth';
      while (j < t.length && t.charCodeAt(j) >= 0xff10 && t.charCodeAt(j) <= 0xff19) j++;
    } else if (CN_NUMERAL_CHARS.has(code)) {
      style = 'chinese';
      while (j < t.length && CN_NUMERAL_CHARS.has(t.charCodeAt(j))) j++;
    }
    if (style) {
      return {
        prefix: t.slice(0, i),
        digits: t.slice(i, j),
        suffix: t.slice(j),
        style,
        digitsStart: marker.start + i,
        digitsEnd: marker.start + j,
      };
    }
  }
  return undefined;
}

export function chineseNumber(n: number): string | undefined {
  if (!Number.isInteger(n) || n <= 0 || n > 999) return undefined;
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const t = Math.floor(rest / 10);
  const u = rest % 10;
  let s = '';
  if (h) s += CN_DIGITS[h] + '百';
  if (t) s += (t === 1 && !h ? '' : CN_DIGITS[t]) + '十';
  else if (h && u) s += '零';
  if (u) s += CN_DIGITS[u];
  return s;
}

/** The number n written in the given style; undefined when the style cannot write it. */
export function renderNumber(n: number, style: NumberStyle): string | undefined {
  if (!Number.isInteger(n) || n <= 0) return undefined;
  switch (style) {
    case 'chinese':
      return chineseNumber(n);
    case 'ascii':
      return String(n);
    case 'fullwidth':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'circled':
      if (n <= 20) return String.fromCharCode(0x2460 + n - 1);
      if (n <= 35) return String.fromCharCode(0x3251 + n - 21);
      if (n <= 50) return String.fromCharCode(0x32b1 + n - 36);
      return undefined;
    case 'word-dot':
      return n <= 20 ? String.fromCharCode(0x2488 + n - 1) : undefined;
    case 'word-paren':
      return n <= 20 ? String.fromCharCode(0x2474 + n - 1) : undefined;
    case 'word-paren-cn':
      return n <= 10 ? String.fromCharCode(0x3220 + n - 1) : undefined;
  }
}

/** The marker as it would be written with number n (same brackets, width and punctuation). */
export function markerWithNumber(marker: Marker, n: number): string | undefined {
  return shapeWithNumber(markerShape(marker), n);
}

/** markerWithNumber for a marker already split by markerShape. */
export function shapeWithNumber(shape: MarkerShape | undefined, n: number): string | undefined {
  if (!shape) return undefined;
  const digits = renderNumber(n, shape.style);
  return digits === undefined ? undefined : shape.prefix + digits + shape.suffix;
}

/** The edit that changes only the number characters of a marker to n (undefined if already n or not writable). */
export function renumberEdit(marker: Marker, n: number): Edit | null | undefined {
  return renumberShapeEdit(markerShape(marker), n);
}

/** renumberEdit for a marker already split by markerShape. */
export function renumberShapeEdit(shape: MarkerShape | undefined, n: number): Edit | null | undefined {
  if (!shape) return undefined;
  const digits = renderNumber(n, shape.style);
  if (digits === undefined) return undefined;
  if (digits === shape.digits) return null;
  return { range: { start: shape.digitsStart, end: shape.digitsEnd }, newText: digits };
}

/**
 * The smallest edit turning `from` (the text at `start`) into `to`: common prefix and suffix are
 * left alone so that a fix never rewrites a character it does not change.
 */
export function minimalEdit(start: number, from: string, to: string): Edit | null {
  if (from === to) return null;
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let s = 0;
  while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  return { range: { start: start + p, end: start + from.length - s }, newText: to.slice(p, to.length - s) };
}

/** Children of one parent (or one top-level container), in document order. */
export interface Family {
  parent?: Section;
  children: Section[];
}

/** The sections of one level among one family's children: what the rules call a list. */
export interface List {
  parent?: Section;
  level: number;
  items: Section[];
}

export interface Structure {
  families: Family[];
  /** Per family, its lists (one per level present among the children). */
  lists: List[];
  /**
   * Sections placed out of hierarchy order: a shallower level after a deeper sibling
   * (1. items followed by （一） items) or a child not deeper than its parent.
   */
  misplaced: Set<Section>;
  /** Misplaced sections and everything below them: their numbering is not checked further. */
  tainted: Set<Section>;
  /** Sections inside a task table (table cells are not a list layout). */
  inTable: Set<Section>;
  /** Families with a misplaced child: their lists are not judged as lists (only the hierarchy is). */
  disordered: Set<Family>;
  /** The family of each list. */
  familyOf: Map<List, Family>;
  /**
   * Whether a document's own heading (第N章 / 第N节 / 第N条, a decimal heading 1.1 or deeper) starts between the
   * two offsets (exclusive): what stands after it belongs to it, not to the section before.
   */
  headingBetween: (a: number, b: number) => boolean;
}

const CN_NUMERAL = new CodeSet('一二三四五六七八九十');

/**
 * A 'marker' that is more likely an enumeration of numbers: 一，二季度 / 一.二 (a level-1 wrong form
 * followed at once by another numeral). The model takes it as a marker; the numbering rules leave it out.
 */
export function isDubious(doc: GongwenDocument, s: Section): boolean {
  if (s.level !== 1 || s.marker.text.endsWith('、')) return false;
  return CN_NUMERAL.has(doc.text.charCodeAt(s.marker.end));
}

/** A level-4 marker written 1） or 1) (its opening bracket left out), which the parser reads as a wrong （1）. */
export function isBareClose(m: Marker): boolean {
  return m.level === 4 && (m.form === 'N）' || m.form === 'N)');
}

/**
 * Whether a family numbers items both 1） and （1） and starts one list again at 1 where the other form stops
 * (（1） then 1） 2）, or 1） then （1） （2））: the drafter uses 1） for a level of its own (below （1）, or for 1.), which
 * the tree, nesting by level, keeps beside the （1） items. 1） slipped in among （1） （2） with the list's next number
 * (（1） 2） （3）) is a wrong （2）: no restart.
 */
function bareCloseOwnLevel(children: Section[]): boolean {
  let prev: Section | undefined;
  for (const c of children) {
    if (c.level !== 4) continue;
    if (prev && isBareClose(prev.marker) !== isBareClose(c.marker) && c.ordinal === 1) return true;
    prev = c;
  }
  return false;
}

function containerOf(doc: GongwenDocument, s: Section): number {
  const a = doc.attachment;
  if (!a) return 0;
  if (s.range.start < a.range.start) return 0;
  if (s.range.start < a.range.end) return 1;
  return 2;
}

function inRanges(ranges: Range[], pos: number): boolean {
  // ranges are few (tables); sorted by start
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= pos) {
      if (pos < ranges[mid].end) return true;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return false;
}

/**
 * Whether a list belongs to the notice's own body (doc.noticeSections, the cover letter's 一、二、 when an attached
 * document holds the main tree). Each tree decides on its own whether it numbers a level continuously.
 */
export function coverList(doc: GongwenDocument, l: { items: Section[] }): boolean {
  return inNoticeTree(doc, l.items[0]);
}

/** The families, lists and hierarchy anomalies of a document (linear; each rule computes its own). */
export function structureOf(doc: GongwenDocument): Structure {
  const isChild = new Set<Section>();
  const all = doc.allSections;
  for (let i = 0; i < all.length; i++) {
    const kids = all[i].children;
    for (let k = 0; k < kids.length; k++) isChild.add(kids[k]);
  }
  const families: Family[] = [];
  // top-level families: roots grouped by container (notice body / attachment / after), in order: the notice's own
  // 一、二、 and the attached document's 一、二、 are two lists
  let rootFamily: Family | undefined;
  let rootContainer = -1;
  for (const s of doc.allSections) {
    if (isChild.has(s)) continue;
    const c = containerOf(doc, s);
    if (!rootFamily || c !== rootContainer) {
      rootFamily = { children: [] };
      rootContainer = c;
      families.push(rootFamily);
    }
    rootFamily.children.push(s);
  }
  for (const s of doc.allSections) if (s.children.length) families.push({ parent: s, children: s.children });

  // a document's own headings (预案 1.1 / 1.2, 办法 第一条 / 第二条): a list returning to 1 after one starts anew
  const heads = structuralHeadingStarts(doc.text);
  const headingBetween = (a: number, b: number): boolean => {
    let lo = 0;
    let hi = heads.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (heads[mid] <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo < heads.length && heads[lo] < b;
  };
  // a tree that uses 1） for a level of its own (bareCloseOwnLevel in one of its families): the numbering rules leave
  // its 1） items out of the lists (no sequence, style or single-item finding: neither （1） nor the next number
  // would be right), as they were before the parser read 1） as a marker; per tree (the main tree, the notice's own body)
  const apart = [false, false];
  for (const f of families) if (bareCloseOwnLevel(f.children)) apart[f.children.length && inNoticeTree(doc, f.children[0]) ? 1 : 0] = true;
  const misplaced = new Set<Section>();
  const lists: List[] = [];
  const disordered = new Set<Family>();
  const familyOf = new Map<List, Family>();
  for (let fi = 0; fi < families.length; fi++) {
    const f = families[fi];
    let deepest = 0;
    // (by level: a level is a small number)
    const byLevel: (List | undefined)[] = [];
    let prev: Section | undefined;
    for (let ci = 0; ci < f.children.length; ci++) {
      const c = f.children[ci];
      if (isDubious(doc, c) || ((apart[0] || apart[1]) && isBareClose(c.marker) && apart[inNoticeTree(doc, c) ? 1 : 0])) continue;
      // past a document's own heading (第三条 after 第二条's 1. 2.), a list's level is not compared with the one before
      if (prev && heads.length && headingBetween(prev.marker.start, c.marker.start)) deepest = 0;
      prev = c;
      if ((f.parent && c.level <= f.parent.level) || c.level < deepest) {
        misplaced.add(c);
        disordered.add(f);
      }
      if (c.level > deepest) deepest = c.level;
      let l = byLevel[c.level];
      if (l && heads.length && c.ordinal === 1 && headingBetween(l.items[l.items.length - 1].marker.start, c.marker.start)) l = undefined;
      if (!l) {
        l = { parent: f.parent, level: c.level, items: [] };
        byLevel[c.level] = l;
        lists.push(l);
        familyOf.set(l, f);
      }
      l.items.push(c);
    }
  }
  const tainted = new Set<Section>();
  const taint = (s: Section) => {
    if (tainted.has(s)) return;
    tainted.add(s);
    for (const c of s.children) taint(c);
  };
  for (const s of misplaced) taint(s);

  const tableRanges = doc.tables.map((t) => t.range).sort((a, b) => a.start - b.start);
  const inTable = new Set<Section>();
  if (tableRanges.length) for (const s of doc.allSections) if (inRanges(tableRanges, s.marker.start)) inTable.add(s);

  return { families, lists, misplaced, tainted, inTable, disordered, familyOf, headingBetween };
}

/** Level-3 items of the document in order, grouped by container, for continuous numbering. */
export function continuousRuns(doc: GongwenDocument): Section[][] {
  return continuousRunsAt(doc, 3);
}

/** Items of `level` in order, grouped by container, for continuous numbering. */
export function continuousRunsAt(doc: GongwenDocument, level: number): Section[][] {
  const runs: Section[][] = [];
  let current: Section[] | undefined;
  let container = -1;
  for (const s of doc.allSections) {
    if (s.level !== level) continue;
    const c = containerOf(doc, s);
    if (!current || c !== container) {
      current = [];
      container = c;
      runs.push(current);
    }
    current.push(s);
  }
  return runs;
}

/**
 * What the boundary between two lists of one level says about the document's numbering: 1 when the second
 * carries on from the first (3. after 1. 2.), -1 when it starts again at 1, 0 otherwise.
 */
export function carryOrRestart(prevLast: number, first: number): number {
  return first > 1 && first === prevLast + 1 ? 1 : first === 1 ? -1 : 0;
}

/**
 * The document numbers a level continuously when more list boundaries carry on than start again. A tie
 * (1. 2.｜3.｜1.) reads as numbered per parent, the standard layout (GB/T 9704-2012 7.3.3): were it read as
 * continuous, mending one list's start to 1 could tip a document into continuous numbering and the mended
 * item would be judged wrong again.
 */
export function readsContinuous(carry: number, restart: number): boolean {
  return carry > 0 && carry > restart;
}

/** Most lists after the first carry on from the previous one rather than starting again at 1. */
function mostCarryOn(lists: { items: Section[] }[]): boolean {
  const ordered = [...lists].sort((a, b) => a.items[0].marker.start - b.items[0].marker.start);
  let carry = 0;
  let restart = 0;
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1].items;
    const b = carryOrRestart(prev[prev.length - 1].ordinal, ordered[i].items[0].ordinal);
    if (b > 0) carry++;
    else if (b < 0) restart++;
  }
  return readsContinuous(carry, restart);
}

/**
 * Whether the document numbers its 1. 2. 3. items continuously across parents: when most level-3 lists after
 * the first one of a container carry on from the previous list rather than starting again at 1. (The model's
 * continuousItemNumbering counts the same boundaries but reads a tie as continuous; the rules, the formatter
 * and the fixes all read it here, the same way.) This is the main tree's reading (doc.sections); the notice's own
 * body, when it is a second tree, has its own (NumberingFacts.cover).
 */
export function isContinuous(doc: GongwenDocument): boolean {
  return numberingFactsOf(doc).continuous;
}

/**
 * Whether the document numbers its items of `level` continuously across parents: level 3 as isContinuous; level 2
 * when most （N） lists after the first carry on from the previous one (国务院办公厅 医改重点工作任务: 一、…（一）（二）
 * 二、…（三）（四）). The main tree's reading, as isContinuous.
 */
export function isContinuousAt(doc: GongwenDocument, level: number): boolean {
  if (level === 3) return isContinuous(doc);
  if (level !== 2) return false;
  return numberingFactsOf(doc).continuous2;
}

/** What the numbering rules share about a document: its structure and how it numbers across parents. */
export interface NumberingFacts {
  st: Structure;
  /** isContinuous(doc): the main tree's (doc.sections) 1. 2. 3. run on across parents. */
  continuous: boolean;
  /** isContinuousAt(doc, 2): the main tree's （一）（二） run on across parents. */
  continuous2: boolean;
  /** The same two readings for the notice's own body when it is a second tree (doc.noticeSections); false otherwise. */
  cover: { continuous: boolean; continuous2: boolean };
}

/** The numbering facts, computed anew (numberingFacts keeps them for the analysis). */
export function numberingFactsOf(doc: GongwenDocument): NumberingFacts {
  const st = structureOf(doc);
  // each tree reads its own lists: the cover letter's items never tip the attached document's reading
  const main: List[] = [];
  const cover: List[] = [];
  for (const l of st.lists) (coverList(doc, l) ? cover : main).push(l);
  return {
    st,
    continuous: mostCarryOn(main.filter((l) => l.level === 3)),
    continuous2: mostCarryOn(main.filter((l) => l.level === 2 && l.parent)),
    cover: {
      continuous: mostCarryOn(cover.filter((l) => l.level === 3)),
      continuous2: mostCarryOn(cover.filter((l) => l.level === 2 && l.parent)),
    },
  };
}

/**
 * Whether the list (of level 3, or of level 2 under a parent) is checked as part of its tree's continuous run
 * rather than on its own: its tree numbers that level on across parents.
 */
export function readsOn(doc: GongwenDocument, f: NumberingFacts, l: { level: number; parent?: Section; items: Section[] }): boolean {
  if (l.level !== 3 && !(l.level === 2 && l.parent)) return false;
  const r = coverList(doc, l) ? f.cover : f;
  return l.level === 3 ? r.continuous : r.continuous2;
}

/**
 * The numbering facts of doc, computed once per analysis for all the numbering rules (they refer to the
 * document's own Section objects, so they are kept for that document object only).
 */
export function numberingFacts(ctx: RuleContext, doc: GongwenDocument = ctx.doc): NumberingFacts {
  return ctx.cache.forDocument('numbering.facts', doc, () => numberingFactsOf(doc));
}

/** Quoted marker for messages: “三、”. */
export function q(s: string): string {
  return `“${s}”`;
}

export const levelNames: Record<number, { zh: string; en: string }> = {
  1: { zh: '第一层', en: 'level 1' },
  2: { zh: '第二层', en: 'level 2' },
  3: { zh: '第三层', en: 'level 3' },
  4: { zh: '第四层', en: 'level 4' },
  5: { zh: '第五层', en: 'level 5' },
};
