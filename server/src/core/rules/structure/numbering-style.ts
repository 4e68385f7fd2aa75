// numbering-style: markers in a wrong form (一. 一， （一）、 （一）. 1、 1， １． ⒈ ⑴), once per list with a
// fix for the whole list; and one document mixing （一） with (一), once for the document.
import type { Section } from '../../model';
import type { Edit, Localized, Rule, RuleContext } from '../../rule';
import { chineseNumber, markerShape, minimalEdit, q, numberingFacts, type MarkerShape } from './numbering';

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

function editFor(s: Section, to: string): Edit | null {
  return minimalEdit(s.marker.start, s.marker.text, to);
}

function checkForms(ctx: RuleContext, half: boolean): void {
  const { st } = numberingFacts(ctx);
  for (const list of st.lists) {
    const wrong: { s: Section; canonical: string }[] = [];
    for (const s of list.items) {
      const j = judge(s, half);
      if (j && !j.ok && !ctx.inResidue(s.marker)) wrong.push({ s, canonical: j.canonical });
    }
    if (!wrong.length) continue;
    const first = wrong[0];
    const edits = wrong.map((w) => editFor(w.s, w.canonical)).filter((e): e is Edit => e !== null);
    const more = wrong.length - 1;
    const reason = reasons[list.level];
    ctx.report({
      range: { start: first.s.marker.start, end: first.s.marker.end },
      message: {
        zh: `序号格式不规范：${q(first.s.marker.text)}应为${q(first.canonical)}。${reason.zh}。${more ? `本组另有 ${more} 个序号格式相同问题。` : ''}`,
        en: `Wrong marker form: ${q(first.s.marker.text)} should be ${q(first.canonical)}; ${reason.en}.${more ? ` ${more} more marker${more > 1 ? 's' : ''} of this list have the same problem.` : ''}`,
      },
      related: wrong.slice(1).map((w) => ({
        range: { start: w.s.marker.start, end: w.s.marker.end },
        message: { zh: `${q(w.s.marker.text)}应为${q(w.canonical)}`, en: `${q(w.s.marker.text)} should be ${q(w.canonical)}` },
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

export const numberingStyle: Rule = {
  id: 'numbering-style',
  defaultSeverity: 'warning',
  owner: 'numbering',
  description: {
    zh: '序号格式不规范（如“一.”“（一）、”“1、”“１．”“⒈”），或全文混用“（一）”与“(一)”。',
    en: 'A marker in a wrong form (一. （一）、 1、 １． ⒈ …), or one document mixing （一） with (一).',
  },
  check(ctx) {
    // the document's own bracket width for rebuilt bracketed markers: half-width when most of them are
    let halfCount = 0;
    let fullCount = 0;
    const level2: Brackets = { full: [], half: [] };
    const level4: Brackets = { full: [], half: [] };
    for (const s of ctx.doc.allSections) {
      if (s.level !== 2 && s.level !== 4) continue;
      const c = s.marker.text.charCodeAt(0);
      if (c === 40 /* ( */) halfCount++;
      else if (c === 0xff08 /* （ */) fullCount++;
      addBrackets(ctx, s, s.level === 2 ? level2 : level4);
    }
    checkForms(ctx, halfCount > fullCount);
    checkMixedBrackets(ctx, 2, level2);
    checkMixedBrackets(ctx, 4, level4);
  },
};
