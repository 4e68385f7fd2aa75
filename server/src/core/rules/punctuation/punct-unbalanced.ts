// Paired marks that do not pair up: 《》 “” ‘’ （） 〔〕 【】 (GB/T 15834-2011 4.8 引号, 4.9 括号, 4.15 书名号).
// One explicit stack, no recursion: linear even for 100,000 nested brackets.
import type { Rule } from '../../rule';
import { isBreak, isChinese, isDigit, isLatin, isSpace, paragraphStarts, prevNonSpace, nextNonSpace } from './common';

// type: 0 《》, 1 “”, 2 ‘’, 3 （）/( ), 4 〔〕, 5 【】
const OPEN_OF = ['《', '“', '‘', '（', '〔', '【'];
const CLOSE_OF = ['》', '”', '’', '）', '〕', '】'];
const NAME_ZH = ['书名号', '引号', '单引号', '括号', '六角括号', '方头括号'];
const NAME_EN = ['title marks', 'quotation marks', 'single quotation marks', 'parentheses', 'tortoise-shell brackets', 'lenticular brackets'];
const CLAUSE = ['4.15', '4.8', '4.8', '4.9', '4.9', '4.9'];
/** Opening type by char code (-1: none), without a string per character. */
function openType(c: number): number {
  switch (c) {
    case 0x300a: return 0; // 《
    case 0x201c: return 1; // “
    case 0x2018: return 2; // ‘
    case 0xff08: case 0x28: return 3; // （ (
    case 0x3014: return 4; // 〔
    case 0x3010: return 5; // 【
    default: return -1;
  }
}
function closeType(c: number): number {
  switch (c) {
    case 0x300b: return 0; // 》
    case 0x201d: return 1; // ”
    case 0x2019: return 2; // ’
    case 0xff09: case 0x29: return 3; // ） )
    case 0x3015: return 4; // 〕
    case 0x3011: return 5; // 】
    default: return -1;
  }
}
const MAX_REPORTS = 1000;

export const punctUnbalanced: Rule = {
  id: 'punct-unbalanced',
  defaultSeverity: 'error',
  owner: 'punctuation',
  description: {
    zh: '书名号、引号、括号等成对标点不配对（GB/T 15834-2011）。',
    en: 'Paired punctuation (《》 “” ‘’ （） 〔〕 【】) that does not pair up (GB/T 15834-2011).',
  },
  check(ctx) {
    const text = ctx.doc.text;
    const n = text.length;
    const paraStart = paragraphStarts(ctx.doc);
    const stackAt: number[] = [];
    const stackType: number[] = [];
    const count = [0, 0, 0, 0, 0, 0];

    let reported = 0;
    const report = (i: number, type: number, opening: boolean) => {
      // a text with thousands of unpaired marks is not prose: the first thousand say enough
      const ch = text[i];
      if ((ch === '(' || ch === ')') && ignorableHalf(i)) return;
      if (++reported > MAX_REPORTS) return;
      ctx.report({
        range: { start: i, end: i + 1 },
        message: opening
          ? {
              zh: `“${ch}”没有与之配对的“${CLOSE_OF[type]}”：${NAME_ZH[type]}应成对使用（GB/T 15834-2011 ${CLAUSE[type]}）。`,
              en: `"${ch}" has no matching "${CLOSE_OF[type]}": ${NAME_EN[type]} come in pairs (GB/T 15834-2011 ${CLAUSE[type]}).`,
            }
          : {
              zh: `“${ch}”前面没有与之配对的“${OPEN_OF[type]}”：${NAME_ZH[type]}应成对使用（GB/T 15834-2011 ${CLAUSE[type]}）。`,
              en: `"${ch}" has no matching "${OPEN_OF[type]}" before it: ${NAME_EN[type]} come in pairs (GB/T 15834-2011 ${CLAUSE[type]}).`,
            },
      });
    };
    /** An unpaired half-width parenthesis is reported only in Chinese text, and 1) a) or :) are not brackets. */
    const ignorableHalf = (i: number): boolean => {
      const l = prevNonSpace(text, i);
      const r = nextNonSpace(text, i);
      if (!((l >= 0 && isChinese(text.charCodeAt(l))) || (r >= 0 && isChinese(text.charCodeAt(r))))) return true;
      if (text[i] === ')') {
        const p = text[i - 1];
        if (p === ':' || p === ';') return true;
        let j = i - 1;
        let k = 0;
        while (j >= 0 && k < 3 && (isDigit(text.charCodeAt(j)) || isLatin(text.charCodeAt(j)) || '一二三四五六七八九十'.includes(text[j]))) {
          j--;
          k++;
        }
        // an item marker 1) a) 一) at a paragraph start or after ：；。，、 inside a sentence (做好以下工作：1)…；2)…)
        if (k > 0 && (j < 0 || isSpace(text.charCodeAt(j)) || isBreak(text.charCodeAt(j)) || '：；。，、:;,'.includes(text[j]))) return true;
      }
      return false;
    };
    /** “ at the start of a paragraph (a quotation running over several paragraphs reopens there). */
    const atParagraphStart = (i: number): boolean => {
      if (paraStart.has(i)) return true;
      let j = i - 1;
      while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
      if (j < 0 || isBreak(text.charCodeAt(j))) return true;
      // collapsed layout without a parsed paragraph: a blank after a sentence end
      return j < i - 1 && '。！？；：”'.includes(text[j]);
    };

    // 《》 （） 〔〕 【】 close within their paragraph (a notice title over two lines is one paragraph);
    // only quotations run on across paragraphs
    const starts = [...paraStart].sort((a, b) => a - b);
    let sp = 0;
    const title = ctx.doc.notice.title;
    const boundary = () => {
      while (stackType.length > 0 && stackType[stackType.length - 1] !== 1 && stackType[stackType.length - 1] !== 2) {
        const top = stackType.pop() as number;
        const at = stackAt.pop() as number;
        count[top]--;
        report(at, top, true);
      }
    };
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (isBreak(code)) {
        if (!(title && i >= title.start && i < title.end)) boundary();
        continue;
      }
      while (sp < starts.length && starts[sp] < i) sp++;
      // a parsed paragraph start counts only where the text itself breaks (a blank before it, as in the
      // collapsed layout): a marker-looking 1. inside a parenthesis must not close it
      if (sp < starts.length && starts[sp] === i && i > 0 && isSpace(text.charCodeAt(i - 1)) && !(title && i > title.start && i < title.end)) boundary();
      const ot = openType(code);
      const ct = ot < 0 ? closeType(code) : -1;
      if (ot < 0 && ct < 0) continue;
      if (ctx.inResidue({ start: i, end: i + 1 })) continue;
      if ((code === 0x2018 || code === 0x2019) && isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) continue; // don’t
      if (ot >= 0) {
        if (ot === 1 && stackType.length > 0 && stackType[stackType.length - 1] === 1 && atParagraphStart(i)) {
          // the previous paragraph's quotation continues: its “ needs no ”
          stackAt[stackAt.length - 1] = i;
          continue;
        }
        stackAt.push(i);
        stackType.push(ot);
        count[ot]++;
        continue;
      }
      const t = ct as number;
      if (count[t] === 0) {
        report(i, t, false);
        continue;
      }
      // pop down to the nearest opener of this type; openers above it were never closed
      while (stackType.length > 0) {
        const top = stackType.pop() as number;
        const at = stackAt.pop() as number;
        count[top]--;
        if (top === t) break;
        report(at, top, true);
      }
    }
    for (let k = 0; k < stackAt.length; k++) report(stackAt[k], stackType[k], true);
  },
};
