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
  /** An empty （） that held something else than words: a paragraph's lost number, or part of a unit's name. */
  lost?: 'ordinal' | 'unit';
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

/** Blanks before a paragraph's text: ASCII space, U+3000, NBSP. */
const isIndent = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

/** A choice to tick in a reply form: （）同意 / （）不参加 (a blank, not a lost number). */
const CHOICE = /^(?:不?同意|不?参加|不?参与|是|否)/;

/** Han letters a title starts with after a lost number: at least this many before any mark. */
const TITLE_HAN = 4;

/**
 * An empty （） / () opening a paragraph (the piece's first text) before a title: a page that lost the number in it
 * (（一）建立工作机制。… → ()建立工作机制。…). Not before fewer than TITLE_HAN Han letters (（）人, a blank to fill in),
 * nor a short choice to tick in a form (（）同意参加).
 */
function lostOrdinal(piece: string, i: number): boolean {
  for (let k = 0; k < i; k++) if (!isIndent(piece.charCodeAt(k))) return false;
  let han = 0;
  for (let k = i + 2; k < piece.length && han < TITLE_HAN; k++, han++) if (!isHanChar(piece.charCodeAt(k))) break;
  if (han < TITLE_HAN) return false;
  const rest = piece.slice(i + 2);
  return !(CHOICE.test(rest) && rest.trimEnd().length <= 8);
}

/** Levels a unit's name may name before a bracket: 县（市）人民政府, 区（县）政府. */
const LEVEL_BEFORE = new Set([0x7701, 0x5e02, 0x53bf, 0x533a, 0x65d7, 0x5dde, 0x76df, 0x9547, 0x4e61]); // 省市县区旗州盟镇乡
/** What follows the bracket in such a name. */
const UNIT_AFTER = /^(?:人民政府|政府|党委|委员会|人大|政协|级|直属|直|有关部门|相关部门|各部门)/;

/** An empty （） inside a unit's name: 省直管县()人民政府 (a page that lost 市 in 县（市）人民政府). */
function lostInUnit(piece: string, i: number): boolean {
  return i > 0 && LEVEL_BEFORE.has(piece.charCodeAt(i - 1)) && UNIT_AFTER.test(piece.slice(i + 2, i + 8));
}

/**
 * Empty pairs in one piece (a line, or one collapsed paragraph). “” ‘’ 《》 〈〉: nothing at all between the marks
 * (a blank between them may be a form's blank). （） and (): nothing between, after a Chinese character, and a
 * clause's punctuation right after (落实（）。) — elsewhere an empty bracket is a blank to fill in (共（）人) or a
 * table's cell; except where a number or a word was lost from them: at the paragraph's start before a title
 * (lostOrdinal), and inside a unit's name (lostInUnit). The marks themselves named as marks (书名号《》, 引号“”,
 * 括号（）) are silent. Forms and table rows (formLike) hold blanks to fill in: no （） there. A pure function of the
 * piece (memo.ts).
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
    let lost: EmptyPair['lost'];
    if (isParen(c)) {
      const next = i + 2 < piece.length ? piece.charCodeAt(i + 2) : -1;
      if (!isHanChar(prev) || !CLAUSE_END.has(next)) {
        lost = lostOrdinal(piece, i) ? 'ordinal' : lostInUnit(piece, i) ? 'unit' : undefined;
        if (!lost) continue;
      }
      if ((form ??= formLike(piece))) continue;
    }
    (out ??= []).push(lost ? { at: i, open: c, lost } : { at: i, open: c });
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

function messageOf(p: EmptyPair, pair: string): { zh: string; en: string } {
  if (p.lost === 'ordinal')
    return {
      zh: `段首的${pair}内没有内容：其中的序号（如“（一）”）可能在复制时丢失，请对照原文补全（GB/T 9704-2012 7.3.3）。`,
      en: `Empty ${pair} opening a paragraph: the item number in it (such as （一）) was probably lost in copying. Restore it from the original (GB/T 9704-2012 §7.3.3).`,
    };
  if (p.lost === 'unit')
    return {
      zh: `单位名称中的${pair}内没有内容：括号中的文字（如“县（市）人民政府”中的“市”）可能在复制时丢失，请对照原文补全（GB/T 15834-2011 4.9）。`,
      en: `Empty ${pair} inside a unit's name: the words in it (such as 市 in 县（市）人民政府) were probably lost in copying. Restore them from the original (GB/T 15834-2011 4.9).`,
    };
  const name = NAMES[p.open];
  return {
    zh: `${pair}内没有内容：${name.zh}中的文字可能在复制或编辑时丢失，请补全（GB/T 15834-2011 ${CLAUSE[name.zh]}）。`,
    en: `Empty ${name.en} ${pair}: the words between them were probably lost in copying or editing. Restore them (GB/T 15834-2011 ${CLAUSE[name.zh]}).`,
  };
}

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
        const pair = text.slice(i, i + 2);
        ctx.report({ range, message: messageOf(p, pair) });
      }
    }
  },
};
