// numbering-sequence: siblings that skip, repeat or go backwards (一、二、四、 / （一）（一） / 1. 3.).
import type { GongwenDocument, Marker, Section } from '../../model';
import type { Edit, Fix, Rule, RuleContext } from '../../rule';
import {
  carryOrRestart,
  continuousRuns,
  continuousRunsAt,
  markerShape,
  numberingFacts,
  q,
  readsContinuous,
  readsOn,
  renumberShapeEdit,
  shapeWithNumber,
  type List,
  type MarkerShape,
} from './numbering';
import { inNoticeTree } from '../../parse/sections';
import { isDigit } from '../../parse/chars';

type Kind = 'gap' | 'repeat' | 'backwards';

function kindOf(prev: number | undefined, actual: number, expected: number): Kind {
  if (actual > expected) return 'gap';
  if (prev !== undefined && actual === prev) return 'repeat';
  return 'backwards';
}

const kindText: Record<Kind, { zh: string; en: string }> = {
  gap: { zh: '序号跳号', en: 'Numbering skips' },
  repeat: { zh: '序号重复', en: 'Numbering repeats' },
  backwards: { zh: '序号倒退', en: 'Numbering goes backwards' },
};

/** The items' markers split by markerShape, each at most once (a list of repeats renumbers its tail per finding). */
type Shapes = (i: number) => MarkerShape | undefined;

function shapesOf(items: Section[]): Shapes {
  const shapes: (MarkerShape | undefined)[] = new Array(items.length);
  const done = new Uint8Array(items.length);
  return (i) => {
    if (!done[i]) {
      done[i] = 1;
      shapes[i] = markerShape(items[i].marker);
    }
    return shapes[i];
  };
}

/**
 * How a fix renumbers items[from..to) whose first item should read `expected`: the new numbers (expected,
 * expected+1, … unless paragraphs become items in between, DigitMarkers), and whether the document is then
 * read the same way (ModeLists): when not, the fix is offered but is not safe.
 */
interface Plan {
  numbers: number[];
  safe: boolean;
}
type Planner = (items: Section[], from: number, to: number, expected: number) => Plan;

function consecutive(from: number, to: number, expected: number): number[] {
  const numbers: number[] = [];
  for (let i = from, n = expected; i < to; i++, n++) numbers.push(n);
  return numbers;
}

const plainPlan: Planner = (_items, from, to, expected) => ({ numbers: consecutive(from, to, expected), safe: true });

/**
 * The lists that decide whether a document numbers one level continuously across parents (numbering.ts
 * readsContinuous), with what each list boundary counts as. A renumbering fix changes the first or last
 * number of the lists it touches, and so may tip that reading: "1. 2.｜3.｜1. 1. 1.｜4." per parent (one
 * carry, one restart), with the last 1. of the third list mended to 3., reads as numbered on (the 4. now
 * carries on too), and the mended item is judged again, as wrong. Such a fix is still offered but is not
 * safe: applying it changes how the whole level is read. Checking one fix costs the length of its edits.
 */
class ModeLists {
  private readonly lists: Section[][];
  private readonly at = new Map<Section, number>();
  private readonly bound: Int8Array;
  private readonly carry: number;
  private readonly restart: number;
  /** The counts here give the reading the rules use (when not, the simulation stays out of the way). */
  private readonly faithful: boolean;

  constructor(lists: List[], actual: boolean) {
    this.lists = lists.map((l) => l.items).sort((a, b) => a[0].marker.start - b[0].marker.start);
    this.bound = new Int8Array(this.lists.length);
    let carry = 0;
    let restart = 0;
    for (let j = 0; j < this.lists.length; j++) {
      const l = this.lists[j];
      this.at.set(l[0], j);
      this.at.set(l[l.length - 1], j);
      if (j === 0) continue;
      const prev = this.lists[j - 1];
      const b = carryOrRestart(prev[prev.length - 1].ordinal, l[0].ordinal);
      this.bound[j] = b;
      if (b > 0) carry++;
      else if (b < 0) restart++;
    }
    this.carry = carry;
    this.restart = restart;
    this.faithful = readsContinuous(carry, restart) === actual;
  }

  /**
   * Whether the new numbers keep the document's reading. `lasts`: a new last number for a list ending at
   * one of the changed items (the 'N.5' paragraphs after it that become items, DigitMarkers).
   */
  keeps(changed: Map<Section, number>, lasts?: Map<Section, number>): boolean {
    if (!this.faithful) return true;
    // the lists whose first or last number changes, with the new numbers
    let touched: Map<number, { first?: number; last?: number }> | undefined;
    for (const [s, n] of changed) {
      const j = this.at.get(s);
      if (j === undefined) continue;
      const l = this.lists[j];
      touched ??= new Map();
      let t = touched.get(j);
      if (!t) touched.set(j, (t = {}));
      if (l[0] === s) t.first = n;
      if (l[l.length - 1] === s) t.last = lasts?.get(s) ?? n;
    }
    if (!touched) return true;
    const first = (j: number) => touched!.get(j)?.first ?? this.lists[j][0].ordinal;
    const last = (j: number) => touched!.get(j)?.last ?? this.lists[j][this.lists[j].length - 1].ordinal;
    let carry = this.carry;
    let restart = this.restart;
    const seen = new Set<number>();
    for (const j of touched.keys()) {
      for (const k of [j, j + 1]) {
        if (k < 1 || k >= this.lists.length || seen.has(k)) continue;
        seen.add(k);
        const before = this.bound[k];
        const after = carryOrRestart(last(k - 1), first(k));
        carry += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        restart += (after < 0 ? 1 : 0) - (before < 0 ? 1 : 0);
      }
    }
    return readsContinuous(carry, restart) === readsContinuous(this.carry, this.restart);
  }
}


/** The number of a paragraph opening 'N.' + digit (1.2亿元, 12.5G), as the parser reads it; 0 when none. */
function digitMarkerNumber(text: string, start: number, end: number): number {
  let q = start;
  let value = 0;
  while (q < end && q - start < 3) {
    const c = text.charCodeAt(q);
    if (c >= 0x30 && c <= 0x39) value = value * 10 + (c - 0x30);
    else if (c >= 0xff10 && c <= 0xff19) value = value * 10 + (c - 0xff10);
    else break;
    q++;
  }
  if (q === start || q + 1 >= end || isDigit(text.charCodeAt(q))) return 0;
  const sep = text.charCodeAt(q);
  return (sep === 0x2e || sep === 0xff0e) && isDigit(text.charCodeAt(q + 1)) ? value : 0;
}

/**
 * 'N.' followed by a digit at a paragraph start (12.5G基站 / 1.2亿元) is a level-3 marker only when N is the
 * number after the last level-3 marker before it (parse/sections.ts), so renumbering level-3 items may make
 * such paragraphs items, or stop one being an item. Those that become items right after a renumbered item,
 * under the same parent, are counted in (plan): the items after them number on past them, and ModeLists sees
 * the list's new last number. Any other change (an item that stops being one, or one that becomes an item
 * under another parent, starting a list: "（四）2.｜（四）2.5万" with 2. mended to 1.) is not followed: the fix
 * is then not safe.
 */
class DigitMarkers {
  private readonly l3: Section[];
  private readonly at = new Map<Section, number>();
  private readonly index = new Map<Section, number>();
  /** Where the paragraphs the parser reads markers in end (the last section ends with them). */
  private readonly containerEnd: number;

  /** `tree`: the sections of one tree in document order (the parser reads 'N.' + digit in each tree on its own). */
  constructor(
    private readonly doc: GongwenDocument,
    private readonly tree: Section[],
  ) {
    this.l3 = tree.filter((s) => s.level === 3);
    this.l3.forEach((s, k) => this.at.set(s, k));
    let end = 0;
    tree.forEach((s, k) => {
      this.index.set(s, k);
      if (s.range.end > end) end = s.range.end;
    });
    this.containerEnd = end;
  }

  private digitFollows(s: Section): boolean {
    const c = this.doc.text.charCodeAt(s.marker.end - 1);
    return (c === 0x2e || c === 0xff0e) && isDigit(this.doc.text.charCodeAt(s.marker.end));
  }

  /** The first paragraph starting at or after pos. */
  private paragraphFrom(pos: number): number {
    const ps = this.doc.paragraphs;
    let lo = 0;
    let hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The numbers of a renumbering of level-3 items[from..to) that starts at `expected`, counting the 'N.5'
   * paragraphs that become items after a renumbered item ("⒉ 2.5万 3." with ⒉ mended to ⒈: 2.5万 becomes
   * item 2 and 3. stays), with the changed items and, for those followed by such new items, the number the
   * list then reaches (for ModeLists); `followed` false when the items change in a way not followed here.
   */
  plan(
    items: Section[],
    from: number,
    to: number,
    expected: number,
  ): { numbers: number[]; changed: Map<Section, number>; lasts: Map<Section, number>; followed: boolean } {
    const text = this.doc.text;
    const ps = this.doc.paragraphs;
    const all = this.tree;
    const numbers: number[] = [];
    const changed = new Map<Section, number>();
    const lasts = new Map<Section, number>();
    let followed = true;
    // the number a level-3 marker ends with after the fix (its new items included)
    const number = (s: Section) => lasts.get(s) ?? changed.get(s) ?? s.ordinal;
    let n = expected;
    let pj = -1; // the paragraph scan moves forward only: the items are in document order
    for (let i = from; i < to; i++) {
      const s = items[i];
      numbers.push(n);
      const k = this.at.get(s);
      if (s.ordinal === n || k === undefined) {
        n++;
        continue;
      }
      changed.set(s, n);
      // s is 'N.5' itself: it stays an item only as the number after the marker before it
      if (this.digitFollows(s) && (k === 0 || n !== number(this.l3[k - 1]) + 1)) followed = false;
      const next = this.l3[k + 1];
      const end = next ? next.marker.start : this.containerEnd;
      // where a shallower section opens a new parent before the next item
      let parentAt = end;
      for (let j = (this.index.get(s) as number) + 1; j < all.length && all[j].marker.start < end; j++) {
        if (all[j].level < 3) {
          parentAt = all[j].marker.start;
          break;
        }
      }
      let latest = n;
      if (pj < 0) pj = this.paragraphFrom(s.marker.end);
      while (pj < ps.length && ps[pj].start < s.marker.end) pj++;
      for (; pj < ps.length && ps[pj].start < end; pj++) {
        if (ps[pj].end > end || digitMarkerNumber(text, ps[pj].start, ps[pj].end) !== latest + 1) continue;
        // an item under another parent: a new list
        if (ps[pj].start >= parentAt) followed = false;
        latest++;
      }
      if (latest !== n) {
        lasts.set(s, latest);
        // the new items belong between s and the next item of this renumbering only
        if (next && i + 1 < to && items[i + 1] !== next) followed = false;
      }
      // the next marker, if 'N.5' and left as it is, stays an item only as the number after the last before it
      if (next && !(i + 1 < to && items[i + 1] === next) && this.digitFollows(next) && next.ordinal !== latest + 1) followed = false;
      n = latest + 1;
    }
    return { numbers, changed, lasts, followed };
  }
}

/** Renumbers items[from..to) as planned (expected, expected+1, …); undefined when a number cannot be written. */
function renumberFix(items: Section[], shapes: Shapes, from: number, to: number, expected: number, planner: Planner): Fix | undefined {
  const { numbers, safe } = planner(items, from, to, expected);
  const edits: Edit[] = [];
  for (let i = from; i < to; i++) {
    const e = renumberShapeEdit(shapes(i), numbers[i - from]);
    if (e === undefined) return undefined;
    if (e) edits.push(e);
  }
  if (!edits.length) return undefined;
  const first = shapeWithNumber(shapes(from), expected) ?? '';
  const later = to - from - 1;
  return {
    title: {
      zh: later > 0 ? `重新编号：本项改为${q(first)}，其后 ${later} 项依次顺延` : `重新编号：本项改为${q(first)}`,
      en: later > 0 ? `Renumber: this item becomes ${q(first)}, the ${later} after it follow on` : `Renumber: this item becomes ${q(first)}`,
    },
    edits,
    safe,
    preferred: safe,
  };
}

/**
 * Checks one sequence of items. `restartAllowed`: a return to 1 starts a new list (top level of a
 * container, where a second attached document may start again) instead of going backwards.
 *
 * From the first wrong item on, the list is renumbered in place: item i of the run should read
 * base + (i - first), and later reports say so. The first report's fix renumbers the whole run (one
 * click mends the list); each later report's fix renumbers it and the items up to the next report.
 * So the edits of one list add up to twice its length at most — a list of 4,000 repeated "1." costs
 * 8,000 edits, not 4,000².
 */
function checkSequence(
  ctx: RuleContext,
  items: Section[],
  startAt: number | undefined,
  restartAllowed: boolean,
  continuous: boolean,
  level = 3,
  planner: Planner = plainPlan,
): void {
  let prev: number | undefined = startAt === undefined ? undefined : startAt - 1;
  const shapes = shapesOf(items);
  const wrong: { i: number; expected: number; kind: Kind }[] = [];
  const runEnds: number[] = []; // per wrong item: where its run of positional numbering ends
  let runFrom = -1;
  let runBase = 0;
  const endRun = (at: number) => {
    while (runEnds.length < wrong.length) runEnds.push(at);
    runFrom = -1;
  };
  for (let i = 0; i < items.length; i++) {
    const actual = items[i].ordinal;
    const local = prev === undefined ? 1 : prev + 1;
    if (restartAllowed && i > 0 && actual === 1 && actual !== local) {
      endRun(i);
      prev = actual;
      continue;
    }
    if (runFrom < 0) {
      if (actual !== local) {
        runFrom = i;
        runBase = local;
        wrong.push({ i, expected: local, kind: kindOf(prev, actual, local) });
      }
    } else {
      const expected = runBase + (i - runFrom);
      // wrong by the order it breaks, judged against the renumbered list
      if (actual !== local && actual !== expected) wrong.push({ i, expected, kind: kindOf(prev, actual, expected) });
    }
    prev = actual;
  }
  endRun(items.length);
  const note = !continuous
    ? { zh: '', en: '' }
    : level === 2
      ? { zh: '（本文第二层序号“（一）”“（二）”……跨部分连续编号）', en: ' (this document numbers its （一） （二） … items continuously across sections)' }
      : { zh: '（本文第三层序号“1.”“2.”……跨部分连续编号）', en: ' (this document numbers its 1. 2. … items continuously across sections)' };
  for (let w = 0; w < wrong.length; w++) {
    const { i, expected, kind } = wrong[w];
    const s = items[i];
    if (ctx.inResidue(s.marker)) continue;
    const firstOfRun = w === 0 || runEnds[w - 1] !== runEnds[w];
    const to = !firstOfRun && w + 1 < wrong.length && runEnds[w + 1] === runEnds[w] ? wrong[w + 1].i : runEnds[w];
    const exp = shapeWithNumber(shapes(i), expected) ?? String(expected);
    const fix = renumberFix(items, shapes, i, to, expected, planner);
    ctx.report({
      range: { start: s.marker.start, end: s.marker.end },
      message: {
        zh: `${kindText[kind].zh}：此处应为${q(exp)}，实为${q(s.marker.text)}${note.zh}。同一层级的序号应依次排列，不跳号、不重号（GB/T 9704-2012 7.3.3）。`,
        en: `${kindText[kind].en}: expected ${q(exp)} here, found ${q(s.marker.text)}${note.en}. Items of one level run in order without gaps or repeats (GB/T 9704-2012 §7.3.3).`,
      },
      fixes: fix ? [fix] : [],
    });
  }
}

/** What a table's 序号 cell holds: a row number (1, 1., 1、, full-width １), a sub-row or an empty cell. */
type RowCell = { n: number } | 'sub' | 'empty' | 'other';

/** A sub-row's number: 1.1, 1-1, （1）, (1), ①. */
const SUB_ROW = /^(?:[0-9０-９]{1,3}[.．\-－][0-9０-９]{1,3}|[（(][0-9０-９]{1,3}[）)]|[\u2460-\u2473])$/;

function rowCell(cell: string): RowCell {
  if (!cell) return 'empty';
  if (cell.length <= 4) {
    let n = 0;
    let i = 0;
    for (; i < cell.length && i < 3; i++) {
      const c = cell.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) n = n * 10 + (c - 0x30);
      else if (c >= 0xff10 && c <= 0xff19) n = n * 10 + (c - 0xff10);
      else break;
    }
    if (i > 0 && n > 0 && (i === cell.length || (i + 1 === cell.length && '.．、'.includes(cell[i])))) return { n };
  }
  return SUB_ROW.test(cell) ? 'sub' : 'other';
}

/**
 * The 序号 column of a task table (doc.tables) read as a list: rows 1, 2, 4, 4 skip 3. A table's rows are no
 * section markers (| 4 | … or 4⇥…), so the section lists never see them. Only tables whose 序号 header cell says
 * 序号; a table may start anywhere (a page of a longer table): only the steps between rows are checked. Rows that
 * lack the 序号 cell (a merged cell) and sub-rows (1.1, （1）) are passed over; an empty 序号 cell (a row whose
 * number may be lost) or other text there (a category row 一、农业, 合计, the header repeated) ends the list, and
 * the rows after it start a new one; a return to 1 starts one too (two tables run together). Tables whose 序号
 * row numbers are section markers (1.⇥…) are checked as section lists.
 */
function checkTables(ctx: RuleContext, doc: GongwenDocument, inTable: Set<Section>): void {
  if (!doc.tables.length) return;
  let markerStarts: Set<number> | undefined;
  for (const t of doc.tables) {
    const col = t.columns.number;
    if (col < 0 || !t.rows.length) continue;
    const head = t.header.cells[t.header.columns ? t.header.columns.indexOf(col) : col];
    if (!head || head.text.replace(/[\s\u3000]/g, '') !== '序号') continue;
    if (inTable.size) markerStarts ??= new Set([...inTable].map((s) => s.marker.start));
    const lists: Section[][] = [];
    let list: Section[] = [];
    let markers = false;
    for (const r of t.rows) {
      const ci = r.columns ? r.columns.indexOf(col) : col;
      const cell = ci >= 0 ? r.cells[ci] : undefined;
      if (!cell) continue;
      const v = rowCell(cell.text);
      if (v === 'sub') continue;
      if (v === 'empty' || v === 'other') {
        if (list.length > 1) lists.push(list);
        list = [];
        continue;
      }
      if (markerStarts?.has(cell.start)) markers = true;
      list.push(tableItem(cell.start, cell.text, v.n));
    }
    if (list.length > 1) lists.push(list);
    if (markers) continue;
    for (const l of lists) checkSequence(ctx, l, l[0].ordinal, true, false, 0);
  }
}

/** A table's 序号 cell as an item checkSequence reads (its ordinal and its marker: the cell's text). */
function tableItem(start: number, text: string, n: number): Section {
  const marker = { start, end: start + text.length, text, level: 3, ordinal: n, form: 'N', canonical: true, fullWidthDigits: false } as Marker;
  return { ordinal: n, marker } as Section;
}

export function checkNumberingSequence(ctx: RuleContext, doc: GongwenDocument = ctx.doc): void {
  // continuous2: （一）（二） numbered on across 一、 sections (国办 重点工作任务 style)
  // (per tree: the notice's own body, when an attached document holds the main tree, reads its numbering on its own)
  const facts = numberingFacts(ctx, doc);
  const { st } = facts;
  const treeOf = (s: Section): 0 | 1 => (inNoticeTree(doc, s) ? 1 : 0);
  const reading = (tree: 0 | 1) => (tree ? facts.cover : facts);
  // built on the first fix only (most documents have none), per tree
  const mode3: (ModeLists | undefined)[] = [];
  const digits: (DigitMarkers | undefined)[] = [];
  const mode2: (ModeLists | undefined)[] = [];
  const plan3: Planner = (items, from, to, expected) => {
    const t = treeOf(items[from]);
    const m3 = (mode3[t] ??= new ModeLists(
      st.lists.filter((l) => l.level === 3 && treeOf(l.items[0]) === t),
      reading(t).continuous,
    ));
    const dm = (digits[t] ??= new DigitMarkers(
      doc,
      doc.allSections.filter((s) => treeOf(s) === t),
    ));
    const { numbers, changed, lasts, followed } = dm.plan(items, from, to, expected);
    return { numbers, safe: followed && m3.keeps(changed, lasts) };
  };
  const plan2: Planner = (items, from, to, expected) => {
    const t = treeOf(items[from]);
    const m2 = (mode2[t] ??= new ModeLists(
      st.lists.filter((l) => l.level === 2 && l.parent && treeOf(l.items[0]) === t),
      reading(t).continuous2,
    ));
    const numbers = consecutive(from, to, expected);
    const changed = new Map<Section, number>();
    for (let i = from; i < to; i++) if (items[i].ordinal !== numbers[i - from]) changed.set(items[i], numbers[i - from]);
    return { numbers, safe: m2.keeps(changed) };
  };
  const planAt = (level: number) => (level === 3 ? plan3 : level === 2 ? plan2 : plainPlan);
  for (const list of st.lists) {
    if (readsOn(doc, facts, list)) continue;
    if (list.parent && st.tainted.has(list.parent)) continue;
    const items = list.items.filter((s) => !st.tainted.has(s));
    if (!items.length) continue;
    const inTable = items.some((s) => st.inTable.has(s));
    // a table may start its rows anywhere (a page of a longer table): check only the steps
    checkSequence(ctx, items, inTable ? items[0].ordinal : undefined, !list.parent, false, list.level, planAt(list.level));
  }
  checkTables(ctx, doc, st.inTable);
  // (a run lies in one container, so in one tree)
  if (facts.continuous || facts.cover.continuous) {
    for (const run of continuousRuns(doc)) {
      if (!reading(treeOf(run[0])).continuous) continue;
      const items = run.filter((s) => !st.tainted.has(s));
      if (items.length) checkSequence(ctx, items, undefined, false, true, 3, plan3);
    }
  }
  if (facts.continuous2 || facts.cover.continuous2) {
    // the items under a parent (what the reading counts); top-level （一）（二） lists are checked as lists above
    const underParent = new Set<Section>();
    for (const l of st.lists) if (l.level === 2 && l.parent) for (const s of l.items) underParent.add(s);
    for (const run of continuousRunsAt(doc, 2)) {
      if (!reading(treeOf(run[0])).continuous2) continue;
      const items = run.filter((s) => !st.tainted.has(s) && underParent.has(s));
      if (items.length) checkSequence(ctx, items, undefined, false, true, 2, plan2);
    }
  }
}

export const numberingSequence: Rule = {
  id: 'numbering-sequence',
  defaultSeverity: 'error',
  owner: 'numbering',
  description: {
    zh: '同一层级的序号应依次排列（一、二、三 /（一）（二）/ 1. 2. 3.），不跳号、不重号、不倒序。',
    en: 'Items of one level are numbered in order (一、二、三 / （一）（二） / 1. 2. 3.) without gaps, repeats or going backwards.',
  },
  check: (ctx) => checkNumberingSequence(ctx),
};
