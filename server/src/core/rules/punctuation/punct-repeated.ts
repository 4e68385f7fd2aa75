// Doubled punctuation (。。 ，， 、、 ，。 ：：) and doubled characters from a short list (的的).
import type { Fix, Report, Rule } from '../../rule';
import { shiftRanges } from '../../memo';
import { pieceValues, textPieces } from '../shared/text';
import { CodeSet } from '../shared/text';

/** Marks that never stand doubled. ？ and ！ may be doubled for emphasis (GB/T 15834-2011 4.2.3.2, 4.3.3.2). */
const SINGLE = '。，、；：';
const ANY = '。，、；：？！';

/** Doubled characters: the doubled form, and neighbours that make it correct (目的的, 的的确确). */
const DOUBLED: { text: string; notAfter: string[]; notBefore: string[] }[] = [
  // 目的的、标的的、众矢之的的、打的的（费用）；有的的确、的的确确、的士、的哥
  { text: '的的', notAfter: ['目', '标', '之', '靶', '端', '打'], notBefore: ['确', '士', '哥', '姐'] },
];

const ANY_CODES = new CodeSet(ANY);
const DOUBLED_FIRST = new CodeSet(DOUBLED.map((d) => d.text[0]).join(''));
const classOf = (chars: string) => `[${chars.replace(/[\\\]\[^-]/g, '\\$&')}]`;
/** The positions itemsOn looks at: a mark followed by a mark, a doubled word's first character. */
const START_RE = new RegExp(`${classOf(ANY)}(?=${classOf(ANY)})|${classOf(DOUBLED.map((d) => d.text[0]).join(''))}`, 'g');

/**
 * A finding on one piece: a run of marks with its report (dropped on an empty label's colon), or a doubled word
 * (a candidate: its report is made once it counts).
 */
interface Item {
  start: number;
  end: number;
  word: boolean;
  /** A run's report. */
  report?: Report;
  /** A doubled word's entry in DOUBLED. */
  d?: number;
}

/** The report on the doubled word DOUBLED[d] at [start, end). */
function wordReport(d: number, start: number, end: number): Report {
  const w = DOUBLED[d].text;
  const half = w.length / 2;
  return {
    range: { start, end },
    message: { zh: `“${w}”重复，应删去一个“${w.slice(half)}”。`, en: `"${w}" repeats a word: remove one "${w.slice(half)}".` },
    fixes: [{ title: { zh: `删除重复的“${w.slice(half)}”`, en: `Remove the repeated "${w.slice(half)}"` }, edits: [{ range: { start: start + half, end }, newText: '' }], safe: false }],
  };
}

/**
 * The runs and doubled words of the piece text[from, n), offsets relative to it. Runs of marks and doubled words
 * hold no blank and look one character around them at most: never across a piece boundary.
 */
function itemsOn(text: string, from: number, n: number): Item[] {
  const out: Item[] = [];
  // where something may start (a mark followed by a mark, or a doubled word's first character), found by
  // the regex engine in the text cut at n (native speed even before the JIT warms up; a cut shares the string)
  const bounded = n < text.length ? text.slice(0, n) : text;
  START_RE.lastIndex = from;
  while (START_RE.test(bounded)) {
    const i = START_RE.lastIndex - 1;
    // char codes first: no one-character string per position
    const code = text.charCodeAt(i);
    const any = ANY_CODES.has(code);
    if (!any && !DOUBLED_FIRST.has(code)) continue;
    const ch = text[i];
    if (any && i + 1 < n && ANY_CODES.has(text.charCodeAt(i + 1))) {
      let e = i + 1;
      while (e < n && ANY_CODES.has(text.charCodeAt(e))) e++;
      const run = text.slice(i, e);
      let single = false;
      for (const x of run) if (SINGLE.includes(x)) single = true;
      if (!single) {
        START_RE.lastIndex = e;
        continue;
      }
      const identical = [...run].every((x) => x === ch);
      const fixes: Fix[] = [];
      if (identical && run.length >= 3 && ch === '。') {
        fixes.push({ title: { zh: '改为省略号“……”', en: 'Make it an ellipsis "……"' }, edits: [{ range: { start: i, end: e }, newText: '……' }], safe: false });
        fixes.push({ title: { zh: '只保留一个“。”', en: 'Keep one "。"' }, edits: [{ range: { start: i + 1, end: e }, newText: '' }], safe: false });
      } else if (identical) {
        fixes.push({ title: { zh: `删除多余的“${ch}”`, en: `Remove the extra "${ch}"` }, edits: [{ range: { start: i + 1, end: e }, newText: '' }], safe: true, preferred: true });
      } else {
        const kept = new Set<string>();
        for (let k = e - 1; k >= i; k--) {
          const x = text[k];
          if (kept.has(x)) continue;
          kept.add(x);
          fixes.push({
            title: { zh: `只保留“${x}”`, en: `Keep only "${x}"` },
            edits: [
              ...(k > i ? [{ range: { start: i, end: k }, newText: '' }] : []),
              ...(k + 1 < e ? [{ range: { start: k + 1, end: e }, newText: '' }] : []),
            ],
            safe: false,
          });
        }
      }
      out.push({
        start: i - from,
        end: e - from,
        word: false,
        report: shiftRanges<Report>({
          range: { start: i, end: e },
          message: identical
            ? { zh: `标点“${ch}”重复使用，应只用一个。`, en: `"${ch}" is doubled: use one.` }
            : { zh: `标点“${run}”连用，应只保留一个。`, en: `"${run}": two punctuation marks in a row; keep one.` },
          fixes,
        }, -from),
      });
      START_RE.lastIndex = e;
      continue;
    }
    // every doubled word that its neighbours allow; which of overlapping ones count is decided after residue
    for (let di = 0; di < DOUBLED.length; di++) {
      const d = DOUBLED[di];
      if (ch !== d.text[0] || !text.startsWith(d.text, i)) continue;
      const end = i + d.text.length;
      if (d.notAfter.some((s) => text.endsWith(s, i))) continue;
      if (d.notBefore.some((s) => text.startsWith(s, end))) continue;
      out.push({ start: i - from, end: end - from, word: true, d: di });
      break;
    }
  }
  return out.length === 0 ? NONE : out;
}
const NONE: Item[] = [];
const isEmpty = (v: Item[]) => v.length === 0;

export const punctRepeated: Rule = {
  id: 'punct-repeated',
  defaultSeverity: 'warning',
  owner: 'punctuation',
  description: {
    zh: '标点符号重复使用（。。 ，， 、、 ，。 ：：），或字词误重复（的的）。',
    en: 'Doubled punctuation (。。 ，， 、、 ，。 ：：) or a doubled word (的的).',
  },
  check(ctx) {
    // the colon of an empty assignment label (牵头单位：。): a missing unit, task-empty-assignment's finding
    const emptyLabelColons = new Set<number>();
    for (const a of ctx.doc.assignments) for (const e of a.entries) if (e.colon && e.units.length === 0) emptyLabelColons.add(e.colon.start);
    const pieces = textPieces(ctx.doc, ctx.cache);
    // computed on the piece's characters in place (the same as the piece string; a flat string reads faster)
    const text = ctx.doc.text;
    const found = pieceValues(ctx.doc, ctx.cache, 'punct-repeated', (k) => itemsOn(text, pieces.from[k], pieces.to[k]), isEmpty);
    for (let f = 0; f < found.values.length; f++) {
      // a doubled word reported ends the next one's chance to overlap it (的的的: one finding)
      let next = 0;
      const at = found.at[f];
      const items = found.values[f];
      for (let j = 0; j < items.length; j++) {
        const it = items[j];
        const range = { start: it.start + at, end: it.end + at };
        if (it.word) {
          if (range.start < next || ctx.inResidue(range)) continue;
          next = range.end;
          ctx.report(wordReport(it.d as number, range.start, range.end));
        } else if (!(ctx.inResidue(range) || (range.end - range.start === 2 && emptyLabelColons.has(range.start)))) ctx.report(shiftRanges(it.report as Report, at));
      }
    }
  },
};
