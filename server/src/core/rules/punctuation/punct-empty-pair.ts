// Empty paired marks in body text: “”, ‘’, 《》, 〈〉 with nothing between them, and （） closing a clause — what a
// page that stripped a word (实现“”规划目标, 依据《》有关规定) leaves behind. GB/T 15834-2011 4.8 引号, 4.9 括号,
// 4.15 书名号: the marks enclose something.
import type { Rule } from '../../rule';
import { pieceValues, textPieces } from '../shared/text';
import { isHanChar } from './common';

/** An empty pair found in a piece: its offset in the piece and its opening mark. */
interface EmptyPair {
  at: number;
  open: number;
}

const NONE: EmptyPair[] = [];
const isEmpty = (v: EmptyPair[]) => v.length === 0;

/** Closing mark of each opening mark the rule checks. */
const CLOSE_OF = new Map<number, number>([
  [0x201c, 0x201d], // “”
  [0x2018, 0x2019], // ‘’
  [0x300a, 0x300b], // 《》
  [0x3008, 0x3009], // 〈〉
  [0xff08, 0xff09], // （）
  [0x28, 0x29], // ()
]);

/** What may follow an empty （） that closes a clause: 。，；、！？ and their half-width forms. */
const CLAUSE_END = new Set([0x3002, 0xff0c, 0xff1b, 0x3001, 0xff01, 0xff1f, 0x2c, 0x3b, 0x21, 0x3f, 0x2e]);

const isParen = (c: number) => c === 0xff08 || c === 0x28;

/**
 * The piece is a form or a table row: a blank to fill in (参会人数（）人, 是否参加（）) belongs there. A | or a tab
 * (a table pasted as text), □ or a run of ＿/_ (a form's blanks).
 */
function formLike(piece: string): boolean {
  return /[|\t□☐]|__|＿＿/.test(piece);
}

/**
 * Empty pairs in one piece (a line, or one collapsed paragraph). “” ‘’ 《》 〈〉: nothing at all between the marks
 * (a blank between them may be a form's blank). （） and (): nothing between, after a Chinese character, and a
 * clause's punctuation right after (落实（）。) — elsewhere an empty bracket is a blank to fill in (共（）人) or a
 * table's cell. The marks themselves named as marks (书名号《》, 引号“”, 括号（）) are silent. A pure function of
 * the piece (memo.ts).
 */
function emptyPairs(piece: string): EmptyPair[] {
  let out: EmptyPair[] | undefined;
  let form: boolean | undefined;
  for (let i = 0; i + 1 < piece.length; i++) {
    const c = piece.charCodeAt(i);
    const close = CLOSE_OF.get(c);
    if (close === undefined || piece.charCodeAt(i + 1) !== close) continue;
    const prev = i > 0 ? piece.charCodeAt(i - 1) : -1;
    // 书名号《》, 引号“”, 括号（）, and （《》） after such a name
    if (prev === 0x53f7 /* 号 */ || ((isParen(prev) || prev === 0x201c) && i > 1 && piece.charCodeAt(i - 2) === 0x53f7)) continue;
    if (isParen(c)) {
      const next = i + 2 < piece.length ? piece.charCodeAt(i + 2) : -1;
      if (!isHanChar(prev) || !CLAUSE_END.has(next)) continue;
      if ((form ??= formLike(piece))) continue;
    }
    (out ??= []).push({ at: i, open: c });
    i++;
  }
  return out ?? NONE;
}

const NAMES: Record<number, { zh: string; en: string }> = {
  0x201c: { zh: '引号', en: 'quotation marks' },
  0x2018: { zh: '引号', en: 'quotation marks' },
  0x300a: { zh: '书名号', en: 'title marks' },
  0x3008: { zh: '书名号', en: 'title marks' },
  0xff08: { zh: '括号', en: 'brackets' },
  0x28: { zh: '括号', en: 'brackets' },
};

const CLAUSE: Record<string, string> = { 引号: '4.8', 括号: '4.9', 书名号: '4.15' };

export const punctEmptyPair: Rule = {
  id: 'punct-empty-pair',
  defaultSeverity: 'warning',
  owner: 'punctuation',
  description: {
    zh: '正文中的引号、书名号、括号内没有内容（如“”《》），所标示的文字可能在复制时丢失（GB/T 15834-2011 4.8、4.9、4.15）。',
    en: 'Empty quotation marks, title marks or brackets in body text (“” 《》): the words they enclosed were probably lost (GB/T 15834-2011 4.8, 4.9, 4.15).',
  },
  check(ctx) {
    const text = ctx.doc.text;
    const pieces = textPieces(ctx.doc, ctx.cache);
    const found = pieceValues(ctx.doc, ctx.cache, 'punct-empty-pair', (k) => emptyPairs(pieces.str[k]), isEmpty);
    for (let f = 0; f < found.values.length; f++) {
      for (const p of found.values[f]) {
        const i = found.at[f] + p.at;
        const range = { start: i, end: i + 2 };
        if (ctx.inResidue(range)) continue;
        const name = NAMES[p.open];
        const pair = text.slice(i, i + 2);
        ctx.report({
          range,
          message: {
            zh: `${pair}内没有内容：${name.zh}中的文字可能在复制或编辑时丢失，请补全（GB/T 15834-2011 ${CLAUSE[name.zh]}）。`,
            en: `Empty ${name.en} ${pair}: the words between them were probably lost in copying or editing. Restore them (GB/T 15834-2011 ${CLAUSE[name.zh]}).`,
          },
        });
      }
    }
  },
};
