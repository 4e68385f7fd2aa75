// numbering-style: markers in a wrong form (一. 一， （一）、 （一）. 1、 1， １． ⒈ ⑴ 1）), or followed by a run of
// stray marks (（二）., 1.、，), once per list with a fix for the whole list; and one document mixing （一） with
// (一), once for the document.
import type { Section } from '../../model';
import type { Edit, Localized, Rule, RuleContext } from '../../rule';
import { CodeSet } from '../shared/text';
import { chineseNumber, markerShape, minimalEdit, q, numberingFacts, type MarkerShape } from './numbering';
import { inNoticeTree } from '../../parse/sections';
import { isDigit } from '../../parse/chars';

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

function isParenPair(shape: MarkerShape): boolean {
  return OPEN.has(shape.prefix) && CLOSE.has(shape.suffix) && (shape.prefix === '(') === (shape.suffix === ')');
}

interface Judgement {
  ok: boolean;
  /** The marker in canonical form (only when not ok). */
  canonical: string;
}

/**
 * Whether a marker has an accepted form for its level, and its canonical form otherwise.
 * Accepted: 一、 / （一） (一) / 1. 1． / （1） (1) / ①. Half-width brackets are accepted here: their
 * width is punct-half-width's business (and the document-wide mix is reported separately).
 */
function judge(s: Section, half: boolean): Judgement | undefined {
  const shape = markerShape(s.marker);
  if (!shape) return undefined;
  const open = half ? '(' : '（';
  const close = half ? ')' : '）';
  const keepBrackets = (digits: string) => {
    if (OPEN.has(shape.prefix) && CLOSE.has(shape.suffix[0] ?? '')) {
      const c = shape.suffix[0];
      // matching widths kept; a mismatched pair takes the document's width
      if ((shape.prefix === '(') === (c === ')')) return shape.prefix + digits + c;
    }
    return open + digits + close;
  };
  switch (s.level) {
    case 1: {
      if (shape.style !== 'chinese') return undefined;
      return { ok: shape.prefix === '' && shape.suffix === '、', canonical: shape.digits + '、' };
    }
    case 2: {
      if (shape.style === 'word-paren-cn') {
        const d = chineseNumber(s.ordinal);
        return d ? { ok: false, canonical: open + d + close } : undefined;
      }
      if (shape.style !== 'chinese') return undefined;
      return { ok: isParenPair(shape), canonical: keepBrackets(shape.digits) };
    }
    case 3: {
      if (shape.style === 'ascii' && shape.prefix === '' && (shape.suffix === '.' || shape.suffix === '．')) return { ok: true, canonical: '' };
      if (shape.style !== 'ascii' && shape.style !== 'fullwidth' && shape.style !== 'word-dot') return undefined;
      const stop = shape.suffix === '．' ? '．' : '.';
      return { ok: false, canonical: String(s.ordinal) + stop };
    }
    case 4: {
      if (shape.style === 'ascii') return { ok: isParenPair(shape), canonical: keepBrackets(shape.digits) };
      if (shape.style === 'fullwidth') return { ok: false, canonical: keepBrackets(String(s.ordinal)) };
      if (shape.style === 'word-paren') return { ok: false, canonical: open + String(s.ordinal) + close };
      return undefined;
    }
    default:
      return undefined;
  }
}

const reasons: Record<number, Localized> = {
  1: {
    zh: '第一层序数用汉字数字加顿号，如“一、”（GB/T 9704-2012 7.3.3；GB/T 15834-2011 B.3.2）',
    en: 'level 1 is a Chinese numeral followed by 、, as in “一、” (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3.2)',
  },
  2: {
    zh: '第二层序数用括号括住汉字数字，如“（一）”，括号后不再加标点（GB/T 9704-2012 7.3.3；GB/T 15834-2011 B.3.4）',
    en: 'level 2 is a Chinese numeral in brackets, as in “（一）”, with no punctuation after the bracket (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3.4)',
  },
  3: {
    zh: '第三层序数用半角阿拉伯数字加下脚点，如“1.”（GB/T 9704-2012 7.3.3；GB/T 15834-2011 B.3.3），不用顿号、逗号、全角数字或 Word 自动编号字符',
    en: 'level 3 is an ASCII digit followed by a full stop, as in “1.” (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3.3), not 、 or ，, full-width digits or Word list characters',
  },
  4: {
    zh: '第四层序数用括号括住半角阿拉伯数字，如“（1）”，括号后不再加标点（GB/T 9704-2012 7.3.3；GB/T 15834-2011 B.3.4）',
    en: 'level 4 is an ASCII digit in brackets, as in “（1）”, with no punctuation after the bracket (GB/T 9704-2012 §7.3.3; GB/T 15834-2011 B.3.4)',
  },
};

/** Marks that are never the start of a heading's text: after a marker, before any text, they are junk. */
const STRAY = new CodeSet('、，,.．:：;；!！?？');
const DOT = new CodeSet('.．');

/**
 * End of the run of stray marks directly after a marker (the marker's end when there is none). The parser
 * takes one wrong mark into a marker ((二). / 1、); the marks after it are not the heading's text either:
 * （二）.,大力发展 / 1.、，推进. Conservative: only the marks of STRAY, directly after the marker (no blank
 * between); the mark directly before a digit is left to the number (（二）.,.5 keeps '.5', 1.:30 keeps ':30':
 * deleting it would join the marker to the number, 1.30). Undefined
 * when the marker's dot begins an ellipsis written with dots ((一)... / 1...): that text is not a marker's
 * punctuation, and the marker is left alone.
 */
function strayEnd(text: string, s: Section): number | undefined {
  const start = s.marker.end;
  let end = start;
  while (end < text.length && STRAY.has(text.charCodeAt(end))) end++;
  if (end > start && isDigit(text.charCodeAt(end))) end--;
  // a run of three or more dots is an ellipsis: it belongs to the text
  let from = start;
  if (DOT.has(text.charCodeAt(start - 1)) && start - 1 > s.marker.start) from = start - 1;
  let dots = 0;
  for (let i = from; i < end; i++) {
    if (DOT.has(text.charCodeAt(i))) {
      if (++dots >= 3) {
        const first = i - dots + 1;
        if (first < start) return undefined;
        return first;
      }
    } else dots = 0;
  }
  return end;
}

/**
 * The edits turning the marker and its stray marks into `to`: one minimal edit over both, or the marker's own
 * minimal edit plus the deletion of the marks when that rewrites fewer characters (１．， → 1． rewrites １ and
 * deletes ，, leaving ．).
 */
function editsFor(s: Section, to: string, end: number, text: string): Edit[] {
  const whole = minimalEdit(s.marker.start, text.slice(s.marker.start, end), to);
  if (end === s.marker.end || !whole) return whole ? [whole] : [];
  const own = minimalEdit(s.marker.start, s.marker.text, to);
  const cut: Edit = { range: { start: s.marker.end, end }, newText: '' };
  const separate: Edit[] = own ? (own.range.end === cut.range.start ? [{ range: { start: own.range.start, end }, newText: own.newText }] : [own, cut]) : [cut];
  const size = (es: Edit[]) => es.reduce((n, e) => n + e.range.end - e.range.start + e.newText.length, 0);
  return size(separate) < size([whole]) ? separate : [whole];
}

/** Whether a rebuilt bracketed marker of a level, in the tree of section s, is half-width (see check). */
type HalfFor = (level: number, s: Section) => boolean;

function checkForms(ctx: RuleContext, halfFor: HalfFor): void {
  const { st } = numberingFacts(ctx);
  const text = ctx.doc.text;
  for (const list of st.lists) {
    // each wrong marker with its stray marks: written is the text from the marker's start to `end`
    const wrong: { s: Section; canonical: string; end: number; written: string }[] = [];
    for (const s of list.items) {
      const j = judge(s, halfFor(list.level, s));
      if (!j) continue;
      const end = strayEnd(text, s);
      if (end === undefined || (j.ok && end === s.marker.end)) continue;
      const range = { start: s.marker.start, end };
      if (ctx.inResidue(range)) continue;
      // an accepted marker followed by stray marks keeps its own form
      wrong.push({ s, canonical: j.ok ? s.marker.text : j.canonical, end, written: text.slice(range.start, end) });
    }
    if (!wrong.length) continue;
    const first = wrong[0];
    const edits = wrong.flatMap((w) => editsFor(w.s, w.canonical, w.end, text));
    const more = wrong.length - 1;
    const reason = reasons[list.level];
    ctx.report({
      range: { start: first.s.marker.start, end: first.end },
      message: {
        zh: `序号格式不规范：${q(first.written)}应为${q(first.canonical)}。${reason.zh}。${more ? `本组另有 ${more} 个序号格式相同问题。` : ''}`,
        en: `Wrong marker form: ${q(first.written)} should be ${q(first.canonical)}; ${reason.en}.${more ? ` ${more} more marker${more > 1 ? 's' : ''} of this list have the same problem.` : ''}`,
      },
      related: wrong.slice(1).map((w) => ({
        range: { start: w.s.marker.start, end: w.end },
        message: { zh: `${q(w.written)}应为${q(w.canonical)}`, en: `${q(w.written)} should be ${q(w.canonical)}` },
      })),
      fixes: edits.length
        ? [
            {
              title: {
                zh: more ? `将本组 ${wrong.length} 个序号改为规范格式（如${q(first.canonical)}）` : `改为${q(first.canonical)}`,
                en: more ? `Change the ${wrong.length} markers of this list to the standard form (e.g. ${q(first.canonical)})` : `Change to ${q(first.canonical)}`,
              },
              edits,
              safe: true,
              preferred: true,
            },
          ]
        : [],
    });
  }
}

/** The bracketed markers of one level outside residue, by bracket width (mixed pairs in neither). */
interface Brackets {
  full: Section[];
  half: Section[];
}

function addBrackets(ctx: RuleContext, s: Section, into: Brackets): void {
  if (ctx.inResidue(s.marker)) return;
  const shape = markerShape(s.marker);
  if (!shape || !OPEN.has(shape.prefix) || !CLOSE.has(shape.suffix[0] ?? '')) return;
  const isHalf = shape.prefix === '(' && shape.suffix[0] === ')';
  const isFull = shape.prefix === '（' && shape.suffix[0] === '）';
  if (isHalf) into.half.push(s);
  else if (isFull) into.full.push(s);
}

/** One document mixing （一） with (一) (per level: 2 and 4): reported once, on the minority. */
function checkMixedBrackets(ctx: RuleContext, level: 2 | 4, { full, half }: Brackets): void {
  if (!full.length || !half.length) return;
  // majority decides; on a tie the standard full-width brackets win
  const toHalf = half.length > full.length;
  const minority = toHalf ? full : half;
  const first = minority[0];
  const ex = level === 2 ? ['（一）', '(一)'] : ['（1）', '(1)'];
  const [maj, min] = toHalf ? [ex[1], ex[0]] : [ex[0], ex[1]];
  // the fix always makes the half-width markers full-width, whichever form is in the majority: the
  // standard's form, and the one punct-half-width converges to (fix-all must not flip-flop)
  const edits: Edit[] = [];
  for (const s of half) {
    const shape = markerShape(s.marker)!;
    edits.push({ range: { start: s.marker.start, end: s.marker.start + 1 }, newText: '（' });
    const closeAt = s.marker.start + shape.prefix.length + shape.digits.length;
    edits.push({ range: { start: closeAt, end: closeAt + 1 }, newText: '）' });
  }
  const majCount = toHalf ? half.length : full.length;
  ctx.report({
    range: { start: first.marker.start, end: first.marker.end },
    message: {
      zh: `序号括号不统一：全文 ${majCount} 处用${q(maj)}式，${minority.length} 处用${q(min)}式。同一层级序号的括号应统一，公文中用全角括号（GB/T 9704-2012 7.3.3）。`,
      en: `Mixed marker brackets: ${majCount} markers use the ${q(maj)} form, ${minority.length} the ${q(min)} form. Use one form for the level; notices use full-width brackets (GB/T 9704-2012 §7.3.3).`,
    },
    related: minority.slice(1).map((s) => ({
      range: { start: s.marker.start, end: s.marker.end },
      message: { zh: `同样使用${q(min)}式`, en: `also in the ${q(min)} form` },
    })),
    fixes: [
      {
        title: {
          zh: `将 ${half.length} 处${q(ex[1])}式序号改为${q(ex[0])}式`,
          en: `Change the ${half.length} ${q(ex[1])} markers to the ${q(ex[0])} form`,
        },
        edits,
        safe: true,
      },
    ],
  });
}

/** One tree's bracketed markers (see check). */
interface TreeCounts {
  halfCount: number;
  fullCount: number;
  level2: Brackets;
  level4: Brackets;
}

function newTreeCounts(): TreeCounts {
  return { halfCount: 0, fullCount: 0, level2: { full: [], half: [] }, level4: { full: [], half: [] } };
}

export const numberingStyle: Rule = {
  id: 'numbering-style',
  defaultSeverity: 'warning',
  owner: 'numbering',
  description: {
    zh: '序号格式不规范（如“一.”“（一）、”“1、”“１．”“⒈”），序号后多出标点（如“1.、，”），或全文混用“（一）”与“(一)”。',
    en: 'A marker in a wrong form (一. （一）、 1、 １． ⒈ …), stray marks after a marker (1.、，), or one document mixing （一） with (一).',
  },
  check(ctx) {
    // per tree: the notice's own body (when an attached document holds the main tree, doc.noticeSections) and the
    // attached document each have their own bracket widths
    const trees = [newTreeCounts(), newTreeCounts()];
    const treeOf = (s: Section) => trees[inNoticeTree(ctx.doc, s) ? 1 : 0];
    for (const s of ctx.doc.allSections) {
      if (s.level !== 2 && s.level !== 4) continue;
      const t = treeOf(s);
      // the document's own bracket width for rebuilt bracketed markers: half-width when most of them are
      const c = s.marker.text.charCodeAt(0);
      if (c === 40 /* ( */) t.halfCount++;
      else if (c === 0xff08 /* （ */) t.fullCount++;
      addBrackets(ctx, s, s.level === 2 ? t.level2 : t.level4);
    }
    // per level, the level's own majority (a tie: full-width), so that a rebuilt marker never joins the minority
    // checkMixedBrackets reports on (⑴ among (1) (1) becomes (1), not （1）); a level without bracketed markers
    // takes the document's width
    const halfFor: HalfFor = (level, s) => {
      const t = treeOf(s);
      const b = level === 2 ? t.level2 : level === 4 ? t.level4 : undefined;
      if (b && (b.half.length || b.full.length)) return b.half.length > b.full.length;
      return t.halfCount > t.fullCount;
    };
    checkForms(ctx, halfFor);
    // (the notice's own body first: document order)
    for (const t of [trees[1], trees[0]]) {
      checkMixedBrackets(ctx, 2, t.level2);
      checkMixedBrackets(ctx, 4, t.level4);
    }
  },
};
