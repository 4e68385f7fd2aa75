// numbering-ordinal-words: in-text ordinals 一是……二是……四是 or 第一，……第三， that skip or repeat.
// The model does not parse these; this rule finds them with one left-to-right scan (indexOf). A run of ordinals
// lives in one section's own text: it restarts at every section marker, and a return to 一 starts
// a new run. Silent on 第一批/第一次/第三方/第二十三条 (not followed by a comma), 一是一、二是二
// (the idiom), 统一是/唯一是/排名第一， (the numeral is part of a word), 第一、二款, residue and task tables.
import type { Range } from '../../model';
import type { Edit, Fix, Rule } from '../../rule';
import { chineseNumber, q } from './numbering';

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const SHI = '是'.charCodeAt(0);
/** Characters after which an ordinal word can start (punctuation, brackets, spaces). */
const BOUNDARY_CHARS = new Set([...'，,。；;：:、（(）)“”"‘’！!？? \t\u3000\u00a0\r\n【】[]—….．']);
const BOUNDARY = new Set([...BOUNDARY_CHARS].map((c) => c.charCodeAt(0)));
const AFTER_DI = new Set([...'，,、']);
const CN_CODES = new Set(Object.keys(CN).map((c) => c.charCodeAt(0)));

function isCn(code: number): boolean {
  return CN_CODES.has(code);
}

function isBoundary(text: string, i: number): boolean {
  return i < 0 || BOUNDARY.has(text.charCodeAt(i));
}

/** Value of a Chinese numeral of up to 3 characters (一 … 九十九); undefined otherwise. */
function cnValue(s: string): number | undefined {
  if (!s.length || s.length > 3) return undefined;
  const v = [...s].map((c) => CN[c]);
  if (v.length === 1) return v[0];
  if (v.length === 2) {
    if (v[0] === 10 && v[1] < 10) return 10 + v[1];
    if (v[0] < 10 && v[0] > 1 && v[1] === 10) return v[0] * 10;
    return undefined;
  }
  if (v[0] < 10 && v[0] > 1 && v[1] === 10 && v[2] < 10) return v[0] * 10 + v[2];
  return undefined;
}

type Family = 'shi' | 'di';

interface Ordinal {
  family: Family;
  value: number;
  /** The numeral characters. */
  num: Range;
  /** The ordinal word as reported: 四是 / 第三. */
  word: Range;
}

const kindText = {
  gap: { zh: '序数词跳号', en: 'In-text ordinals skip' },
  repeat: { zh: '序数词重复', en: 'In-text ordinal repeated' },
  backwards: { zh: '序数词倒退', en: 'In-text ordinals go backwards' },
};

function wordFor(o: Ordinal, n: number): string {
  const d = chineseNumber(n) ?? String(n);
  return o.family === 'shi' ? `${d}是` : `第${d}`;
}

export const numberingOrdinalWords: Rule = {
  id: 'numbering-ordinal-words',
  defaultSeverity: 'warning',
  owner: 'numbering',
  description: {
    zh: '文中序数词（一是……二是……、第一，……第二，……）应依次排列，不跳号、不重复。',
    en: 'In-text ordinals (一是……二是……, 第一，……第二，……) run in order without gaps or repeats.',
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const markers = doc.allSections.map((s) => s.marker.start).sort((a, b) => a - b);
    const tables = doc.tables.map((t) => t.range).sort((a, b) => a.start - b.start);
    // candidates: every 是 preceded by a numeral and every 第 followed by one (native indexOf scans)
    const found: Ordinal[] = [];
    const n = text.length;
    let k = text.indexOf('是');
    let d = text.indexOf('第');
    while (k >= 0 || d >= 0) {
      if (d < 0 || (k >= 0 && k < d)) {
        let j = k;
        while (j > 0 && k - j < 3 && isCn(text.charCodeAt(j - 1))) j--;
        if (j < k && isBoundary(text, j - 1)) {
          const numText = text.slice(j, k);
          const v = cnValue(numText);
          // 一是一、二是二: the idiom, not an ordinal
          const after = k + 1;
          const idiom =
            text.startsWith(numText, after) &&
            (after + numText.length >= n || isBoundary(text, after + numText.length) || text.charCodeAt(after + numText.length) === SHI);
          if (v !== undefined && !idiom) found.push({ family: 'shi', value: v, num: { start: j, end: k }, word: { start: j, end: k + 1 } });
        }
        k = text.indexOf('是', k + 1);
      } else {
        if (isBoundary(text, d - 1)) {
          let j = d + 1;
          while (j < n && j - d <= 3 && isCn(text.charCodeAt(j))) j++;
          const v = cnValue(text.slice(d + 1, j));
          // 第一，/第一、 but not 第一、二款 (an enumeration of numbers)
          if (v !== undefined && j < n && AFTER_DI.has(text[j]) && !isCn(text.charCodeAt(j + 1))) {
            found.push({ family: 'di', value: v, num: { start: d + 1, end: j }, word: { start: d, end: j } });
          }
        }
        d = text.indexOf('第', d + 1);
      }
    }
    // runs per family within one scope: a scope ends at every section marker; tables are skipped
    let mp = 0;
    let tp = 0;
    let runs: Record<Family, Ordinal[]> = { shi: [], di: [] };
    const allRuns: Ordinal[][] = [];
    const flush = () => {
      if (runs.shi.length) allRuns.push(runs.shi);
      if (runs.di.length) allRuns.push(runs.di);
      runs = { shi: [], di: [] };
    };
    for (const o of found) {
      const at = o.word.start;
      let crossed = false;
      while (mp < markers.length && markers[mp] <= at) {
        crossed = true;
        mp++;
      }
      while (tp < tables.length && tables[tp].end <= at) {
        crossed = true;
        tp++;
      }
      if (crossed) flush();
      if (tp < tables.length && tables[tp].start <= at) continue;
      if (ctx.inResidue(o.word)) continue;
      runs[o.family].push(o);
    }
    flush();

    for (const run of allRuns) {
      // split into sequences at each return to 一 (a new enumeration)
      let seqStart = 0;
      for (let k = 0; k < run.length; k++) {
        const o = run[k];
        if (k === seqStart) continue;
        const prev = run[k - 1].value;
        if (o.value === prev + 1) continue;
        if (o.value === 1) {
          seqStart = k;
          continue;
        }
        const expected = prev + 1;
        const kind = o.value > expected ? 'gap' : o.value === prev ? 'repeat' : 'backwards';
        // the rest of this enumeration (up to the next return to 一)
        let end = k + 1;
        while (end < run.length && run[end].value !== 1) end++;
        const edits: Edit[] = [];
        for (let m = k, v = expected; m < end; m++, v++) {
          const d = chineseNumber(v);
          if (!d) break;
          if (text.slice(run[m].num.start, run[m].num.end) !== d) edits.push({ range: run[m].num, newText: d });
        }
        const exp = wordFor(o, expected);
        const found = text.slice(o.word.start, o.word.end);
        const fix: Fix | undefined = edits.length
          ? {
              title: {
                zh: end - k > 1 ? `改为${q(exp)}，其后序数词依次顺延` : `改为${q(exp)}`,
                en: end - k > 1 ? `Change to ${q(exp)} and renumber the ordinals after it` : `Change to ${q(exp)}`,
              },
              edits,
              // an item may be missing rather than misnumbered: let the drafter decide
              safe: false,
            }
          : undefined;
        ctx.report({
          range: o.word,
          message: {
            zh: `${kindText[kind].zh}：此处应为${q(exp)}，实为${q(found)}。文中列举的序数词应依次排列。`,
            en: `${kindText[kind].en}: expected ${q(exp)} here, found ${q(found)}. Ordinals of one enumeration run in order.`,
          },
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
