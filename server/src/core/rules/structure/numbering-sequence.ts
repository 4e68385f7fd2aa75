// numbering-sequence: siblings that skip, repeat or go backwards (一、二、四、 / （一）（一） / 1. 3.).
import type { GongwenDocument, Section } from '../../model';
import type { Edit, Fix, Rule, RuleContext } from '../../rule';
import { continuousRuns, continuousRunsAt, markerShape, numberingFacts, q, renumberShapeEdit, shapeWithNumber, type MarkerShape } from './numbering';

type Kind = 'gap' | 'repeat' | 'backwards';

function kindOf(prev: number | undefined, actual: number): Kind {
  const expected = prev === undefined ? 1 : prev + 1;
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

/** Renumbers items[from..] to expected, expected+1, …; undefined when a number cannot be written. */
function renumberFix(items: Section[], shapes: Shapes, from: number, expected: number): Fix | undefined {
  const edits: Edit[] = [];
  for (let i = from, n = expected; i < items.length; i++, n++) {
    const e = renumberShapeEdit(shapes(i), n);
    if (e === undefined) return undefined;
    if (e) edits.push(e);
  }
  if (!edits.length) return undefined;
  const first = shapeWithNumber(shapes(from), expected) ?? '';
  const later = items.length - from - 1;
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
 */
function checkSequence(ctx: RuleContext, items: Section[], startAt: number | undefined, restartAllowed: boolean, continuous: boolean, level = 3): void {
  let prev: number | undefined = startAt === undefined ? undefined : startAt - 1;
  const shapes = shapesOf(items);
  for (let i = 0; i < items.length; i++) {
    const s = items[i];
    const actual = s.ordinal;
    const expected = prev === undefined ? 1 : prev + 1;
    if (actual === expected || (restartAllowed && i > 0 && actual === 1)) {
      prev = actual;
      continue;
    }
    if (!ctx.inResidue(s.marker)) {
      const kind = kindOf(prev, actual);
      const exp = shapeWithNumber(shapes(i), expected) ?? String(expected);
      const note = !continuous
        ? { zh: '', en: '' }
        : level === 2
          ? { zh: '（本文第二层序号“（一）”“（二）”……跨部分连续编号）', en: ' (this document numbers its （一） （二） … items continuously across sections)' }
          : { zh: '（本文第三层序号“1.”“2.”……跨部分连续编号）', en: ' (this document numbers its 1. 2. … items continuously across sections)' };
      const fix = renumberFix(items, shapes, i, expected);
      ctx.report({
        range: { start: s.marker.start, end: s.marker.end },
        message: {
          zh: `${kindText[kind].zh}：此处应为${q(exp)}，实为${q(s.marker.text)}${note.zh}。同一层级的序号应依次排列，不跳号、不重号（GB/T 9704-2012 7.3.3）。`,
          en: `${kindText[kind].en}: expected ${q(exp)} here, found ${q(s.marker.text)}${note.en}. Items of one level run in order without gaps or repeats (GB/T 9704-2012 §7.3.3).`,
        },
        fixes: fix ? [fix] : [],
      });
    }
    prev = actual;
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
