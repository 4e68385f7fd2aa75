// numbering-sequence: siblings that skip, repeat or go backwards (一、二、四、 / （一）（一） / 1. 3.).
import type { GongwenDocument, Section } from '../../model';
import type { Edit, Fix, Rule, RuleContext } from '../../rule';
import { continuousRuns, continuousRunsAt, markerShape, numberingFacts, q, renumberShapeEdit, shapeWithNumber, type MarkerShape } from './numbering';

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

/** Renumbers items[from..to) to expected, expected+1, …; undefined when a number cannot be written. */
function renumberFix(items: Section[], shapes: Shapes, from: number, to: number, expected: number): Fix | undefined {
  const edits: Edit[] = [];
  for (let i = from, n = expected; i < to; i++, n++) {
    const e = renumberShapeEdit(shapes(i), n);
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
    safe: true,
    preferred: true,
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
function checkSequence(ctx: RuleContext, items: Section[], startAt: number | undefined, restartAllowed: boolean, continuous: boolean, level = 3): void {
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
    const fix = renumberFix(items, shapes, i, to, expected);
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

export function checkNumberingSequence(ctx: RuleContext, doc: GongwenDocument = ctx.doc): void {
  // continuous2: （一）（二） numbered on across 一、 sections (国办 重点工作任务 style)
  const { st, continuous, continuous2 } = numberingFacts(ctx, doc);
  for (const list of st.lists) {
    if (continuous && list.level === 3) continue;
    if (continuous2 && list.level === 2 && list.parent) continue;
    if (list.parent && st.tainted.has(list.parent)) continue;
    const items = list.items.filter((s) => !st.tainted.has(s));
    if (!items.length) continue;
    const inTable = items.some((s) => st.inTable.has(s));
    // a table may start its rows anywhere (a page of a longer table): check only the steps
    checkSequence(ctx, items, inTable ? items[0].ordinal : undefined, !list.parent, false);
  }
  if (continuous) {
    for (const run of continuousRuns(doc)) {
      const items = run.filter((s) => !st.tainted.has(s));
      if (items.length) checkSequence(ctx, items, undefined, false, true);
    }
  }
  if (continuous2) {
    for (const run of continuousRunsAt(doc, 2)) {
      const items = run.filter((s) => !st.tainted.has(s) && s.level === 2);
      if (items.length) checkSequence(ctx, items, undefined, false, true, 2);
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
