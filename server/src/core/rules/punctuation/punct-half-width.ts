// Half-width , : ; ( ) ? ! in Chinese text (GB/T 15834-2011: Chinese text takes the full-width marks).
// One information-level summary for the document carrying the fix-all, plus one hint per paragraph.
import type { GongwenDocument, Range } from '../../model';
import type { Edit, Rule, RuleContext } from '../../rule';
import { offsetToPosition } from '../../text';
import {
  findDocNumbers,
  isChinese,
  isDigit,
  isHanChar,
  isLatin,
  isSpace,
  isBreak,
  nextNonSpace,
  paragraphKeyer,
  prevNonSpace,
  rangeCursor,
  urlSpans,
} from './common';

/** GB/T 15834-2011: the full-width form of each half-width mark this rule reports. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const FULL = FULL_WIDTH;

export interface HalfWidthMark {
  offset: number;
  char: string;
}

/** Marker spans whose ')' has no '(' (1) a) 一)): their parenthesis belongs to the numbering rules. */
function markerParenSpans(doc: GongwenDocument): Range[] {
  const out: Range[] = [];
  for (const s of doc.allSections) {
    const m = s.marker;
    const t = doc.text.slice(m.start, m.end);
    if (t.includes(')') && !t.includes('(') && !t.includes('（')) out.push({ start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The ; at i closes an HTML entity: &name; or &#digits; / &#xhex; (at most 10 characters back). */
function endsEntity(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 10) {
    const c = text.charCodeAt(j);
    if (c === 38) return j < i - 1; // &
    if (!(isDigit(c) || isLatin(c) || c === 35)) return false; // letters, digits, #
    j--;
  }
  return false;
}

/** 1) a) 一) at the start of a line or after a blank: a list marker, not prose. */
function looksLikeListMarker(text: string, i: number): boolean {
  let j = i - 1;
  let k = 0;
  while (j >= 0 && k < 3) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isLatin(c) || '一二三四五六七八九十'.includes(text[j])) {
      j--;
      k++;
    } else break;
  }
  if (k === 0) return false;
  return j < 0 || isSpace(text.charCodeAt(j)) || isBreak(text.charCodeAt(j));
}

/**
 * The half-width marks in Chinese text, in document order. A mark counts when the nearest
 * non-blank character on either side is Chinese (Han or CJK punctuation); ( ) count as a pair
 * when either of them does or the content holds Chinese. Not inside numbers (1,000), times and
 * ratios (18:16), URLs and e-mail addresses, document numbers (punct-document-number owns their
 * brackets), list markers such as 1) or web residue.
 */
export function findHalfWidthMarks(ctx: RuleContext): HalfWidthMark[] {
  const { doc } = ctx;
  const text = doc.text;
  const n = text.length;
  const inUrl = rangeCursor(urlSpans(text));
  const docNumbers = findDocNumbers(text);
  const bracketOffsets = new Set<number>();
  for (const d of docNumbers) {
    bracketOffsets.add(d.open);
    bracketOffsets.add(d.close);
  }
  const inMarker = rangeCursor(markerParenSpans(doc));
  // running count of Chinese characters (all above 0x7f): content test of a ( ) pair in O(1), no extra pass
  let chinese = 0;

  const cand: { offset: number; char: string; flagged: boolean; chineseAfter: number }[] = [];
  const parenStack: number[] = []; // indexes into cand (or -1 for a full-width opener)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) {
      if (c === 0xff08) parenStack.push(-1); // （
      else if (c === 0xff09) parenStack.pop(); // ）
      if (isChinese(c)) chinese++;
      continue;
    }
    if (isBreak(c)) {
      parenStack.length = 0;
      continue;
    }
    // , : ; ( ) ? !
    if (!(c === 44 || c === 58 || c === 59 || c === 40 || c === 41 || c === 63 || c === 33)) continue;
    const ch = text[i];
    if (inUrl(i)) continue;
    if (bracketOffsets.has(i)) continue;
    const l = prevNonSpace(text, i);
    const r = nextNonSpace(text, i);
    const lc = l >= 0 ? text.charCodeAt(l) : -1;
    const rc = r >= 0 ? text.charCodeAt(r) : -1;
    // numbers, times, ratios: 1,000  18:16  1:500
    if ((ch === ',' || ch === ':') && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (ch === ':' && text[i + 1] === '/') continue;
    // the ; of an HTML entity (&nbsp; &#8220;): stray-invisible's business, whatever follows it
    if (ch === ';' && endsEntity(text, i)) continue;
    const lChinese = lc >= 0 && isChinese(lc);
    const rChinese = rc >= 0 && isChinese(rc);
    let flagged: boolean;
    if (ch === '(' || ch === ')') {
      flagged = lChinese || rChinese;
      if (ch === ')' && (inMarker(i) || (!lChinese && looksLikeListMarker(text, i)))) continue;
    } else {
      // Hello, world!” — a Latin word glued to the mark and only punctuation on the other side
      const latinGlued = isLatin(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1));
      flagged = lChinese && (isHanChar(lc) || !latinGlued || rChinese) || (rChinese && (isHanChar(rc) || !latinGlued));
    }
    const idx = cand.length;
    cand.push({ offset: i, char: ch, flagged, chineseAfter: chinese });
    if (ch === '(') parenStack.push(idx);
    else if (ch === ')') {
      const open = parenStack.pop();
      if (open !== undefined && open >= 0) {
        const o = cand[open];
        const content = chinese - o.chineseAfter > 0;
        if (o.flagged || cand[idx].flagged || content) {
          o.flagged = true;
          cand[idx].flagged = true;
        }
      }
    }
  }
  const out: HalfWidthMark[] = [];
  for (const m of cand) {
    if (!m.flagged) continue;
    if (ctx.inResidue({ start: m.offset, end: m.offset + 1 })) continue;
    out.push({ offset: m.offset, char: m.char });
  }
  return out;
}

function editOf(m: HalfWidthMark): Edit {
  return { range: { start: m.offset, end: m.offset + 1 }, newText: FULL[m.char] };
}

export const punctHalfWidth: Rule = {
  id: 'punct-half-width',
  defaultSeverity: 'information',
  owner: 'punctuation',
  description: {
    zh: '中文语境中的半角标点（, : ; ( ) ? !）应使用全角标点（GB/T 15834-2011）。',
    en: 'Half-width , : ; ( ) ? ! in Chinese text should be full-width (GB/T 15834-2011).',
  },
  check(ctx) {
    const marks = findHalfWidthMarks(ctx);
    if (marks.length === 0) return;
    const first = marks[0];
    const pos = offsetToPosition(ctx.doc.lineStarts, first.offset);
    const kinds = [...new Set(marks.map((m) => m.char))].join(' ');
    ctx.report({
      range: { start: first.offset, end: first.offset + 1 },
      scope: 'document',
      message: {
        zh: `全文有 ${marks.length} 处半角标点（${kinds}）用在中文语境中，应使用全角标点；第一处在第 ${pos.line + 1} 行第 ${pos.character + 1} 列。`,
        en: `${marks.length} half-width punctuation marks (${kinds}) in Chinese text should be full-width; the first is at line ${pos.line + 1}, column ${pos.character + 1}.`,
      },
      fixes: [
        {
          title: { zh: `将全文 ${marks.length} 处半角标点改为全角`, en: `Make all ${marks.length} half-width marks full-width` },
          edits: marks.map(editOf),
          safe: true,
          preferred: true,
        },
      ],
    });
    // one hint per paragraph holding such marks
    const key = paragraphKeyer(ctx.doc);
    let group: HalfWidthMark[] = [];
    let groupKey = NaN;
    const flush = () => {
      if (group.length === 0) return;
      const a = group[0];
      const b = group[group.length - 1];
      const shown = group.length === 1 ? `“${a.char}”` : `${group.length} 处`;
      ctx.report({
        range: { start: a.offset, end: b.offset + 1 },
        severity: 'hint',
        message: {
          zh: group.length === 1 ? `中文语境中的半角标点${shown}应改为全角“${FULL[a.char]}”。` : `本段有 ${group.length} 处半角标点，应改为全角标点。`,
          en: group.length === 1 ? `Half-width "${a.char}" in Chinese text: use "${FULL[a.char]}".` : `${group.length} half-width marks in this paragraph: use full-width marks.`,
        },
        fixes: [
          {
            title: group.length === 1 ? { zh: `改为“${FULL[a.char]}”`, en: `Change to "${FULL[a.char]}"` } : { zh: `将本段 ${group.length} 处半角标点改为全角`, en: `Make the ${group.length} marks in this paragraph full-width` },
            edits: group.map(editOf),
            safe: true,
          },
        ],
      });
      group = [];
    };
    for (const m of marks) {
      const k = key(m.offset);
      if (k !== groupKey) {
        flush();
        groupKey = k;
      }
      group.push(m);
    }
    flush();
  },
};
