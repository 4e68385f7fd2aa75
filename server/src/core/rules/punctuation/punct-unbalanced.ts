// Paired marks that do not pair up: 《》 “” ‘’ （） 〔〕 【】 (GB/T 15834-2011 4.8 引号, 4.9 括号, 4.15 书名号).
// One explicit stack, no recursion: linear even for 100,000 nested brackets.
import type { GongwenDocument, Range } from '../../model';
import type { Rule } from '../../rule';
import { textLines, textPieces } from '../shared/text';
import { isBreak, isChinese, isDigit, isLatin, isSpace, prevNonSpace, nextNonSpace } from './common';

// type: 0 《》, 1 “”, 2 ‘’, 3 （）/( ), 4 〔〕, 5 【】, 6 a half-width " opening (never reported: see scan)
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
/** The characters openType or closeType knows, and the half-width quote ". */
const BRACKET_RE = /[《“‘（(〔【》”’）)〕】"]/g;
/** A half-width " left open: it pairs with a " or a ” after it, and is never reported (punct-half-width's). */
const HALF_QUOTE = 6;
const MAX_REPORTS = 1000;

/** The open marks: offsets and types, and how many of each type. */
interface Stack {
  at: number[];
  type: number[];
  count: number[];
}
const emptyStack = (): Stack => ({ at: [], type: [], count: [0, 0, 0, 0, 0, 0, 0] });

/** Stand-ins for the nearest non-blank character outside a piece (only "is it Chinese" is asked). */
const OTHER = -1;
const CHINESE = 0x4e00;
const isHalfParen = (c: number) => c === 0x28 || c === 0x29;

/**
 * An unpaired ） ) that closes an item marker 1） a） 一） (1) a) 一)): one to three digits, letters or Chinese numerals
 * at a paragraph start or after a blank or ：；。，、 inside a sentence (做好以下工作：1）…；2）…). Looks at text[from, i).
 */
function markerClose(text: string, from: number, i: number): boolean {
  let j = i - 1;
  let k = 0;
  while (j >= from && k < 3 && (isDigit(text.charCodeAt(j)) || isLatin(text.charCodeAt(j)) || '一二三四五六七八九十'.includes(text[j]))) {
    j--;
    k++;
  }
  return k > 0 && (j < from || isSpace(text.charCodeAt(j)) || isBreak(text.charCodeAt(j)) || '：；。，、:;,'.includes(text[j]));
}

/** An unpaired mark at i not reported: a half-width parenthesis outside Chinese text or a marker's ） ) (see ignorableHalf). */
function ignorable(text: string, from: number, to: number, before: number, after: number, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0xff09) return markerClose(text, from, i);
  return (c === 0x28 || c === 0x29) && ignorableHalf(text, from, to, before, after, i);
}

/**
 * An unpaired half-width parenthesis is reported only in Chinese text, and 1) a) or :) are not
 * brackets. Looks at text[from, to) only; `before`/`after` stand for the nearest non-blank
 * characters outside it.
 */
function ignorableHalf(text: string, from: number, to: number, before: number, after: number, i: number): boolean {
  let l = i - 1;
  while (l >= from && isSpace(text.charCodeAt(l))) l--;
  let r = i + 1;
  while (r < to && isSpace(text.charCodeAt(r))) r++;
  const lc = l >= from ? (isBreak(text.charCodeAt(l)) ? OTHER : text.charCodeAt(l)) : before;
  const rc = r < to ? (isBreak(text.charCodeAt(r)) ? OTHER : text.charCodeAt(r)) : after;
  if (!((lc >= 0 && isChinese(lc)) || (rc >= 0 && isChinese(rc)))) return true;
  if (text.charCodeAt(i) === 0x29) {
    const p = i > from ? text[i - 1] : '';
    if (p === ':' || p === ';') return true;
    // an item marker 1) a) 一) at a paragraph start or after ：；。，、 inside a sentence (做好以下工作：1)…；2)…)
    if (markerClose(text, from, i)) return true;
  }
  return false;
}

/** What a scan needs beyond the text: the context outside the piece and the document's facts inside it. */
interface Env {
  before: number;
  after: number;
  /** A parsed paragraph starts at i. */
  paraStart: (i: number) => boolean;
  /** i is web residue (null: none in the piece). */
  residue: ((i: number) => boolean) | null;
}

/**
 * Pairs the marks of text[from, to): a piece, inside which no paragraph boundary falls. Reports go to
 * emit(offset, type, opening) in the order the whole-text scan makes them; openers left stay on the stack.
 */
function scan(text: string, from: number, to: number, env: Env, st: Stack, emit: (i: number, type: number, opening: boolean) => void): void {
  const { at, type, count } = st;
  // the brackets and quotes, found by the regex engine in the text cut at `to` (native speed even
  // before the JIT warms up; a cut shares the string)
  const bounded = to < text.length ? text.slice(0, to) : text;
  BRACKET_RE.lastIndex = from;
  while (BRACKET_RE.test(bounded)) {
    const i = BRACKET_RE.lastIndex - 1;
    const code = text.charCodeAt(i);
    const ot = openType(code);
    const ct = ot < 0 ? closeType(code) : -1;
    if (env.residue && env.residue(i)) continue;
    if ((code === 0x2018 || code === 0x2019) && i > from && i + 1 < to && isLatin(text.charCodeAt(i - 1)) && isLatin(text.charCodeAt(i + 1))) continue; // don’t
    if (code === 0x22) {
      // a half-width " (an English IME's, punct-half-width's to convert): it closes a “ open right before it
      // (“放管服"), else it closes a " open before it ("Hello"), else it opens — and then a ” may close it
      // ("放管服”); left open it is dropped silently (an inch mark 5", a stray quote)
      if (type.length > 0 && type[type.length - 1] === 1) {
        type.pop();
        at.pop();
        count[1]--;
      } else if (count[HALF_QUOTE] > 0) popTo(st, HALF_QUOTE, emit);
      else {
        at.push(i);
        type.push(HALF_QUOTE);
        count[HALF_QUOTE]++;
      }
      continue;
    }
    if (ot >= 0) {
      if (ot === 1 && type.length > 0 && type[type.length - 1] === 1 && atParagraphStart(text, from, env, i)) {
        // the previous paragraph's quotation continues: its “ needs no ”
        at[at.length - 1] = i;
        continue;
      }
      at.push(i);
      type.push(ot);
      count[ot]++;
      continue;
    }
    // a ” with no “ open closes a half-width " open before it ("放管服”)
    const t = ct === 1 && count[1] === 0 && count[HALF_QUOTE] > 0 ? HALF_QUOTE : ct;
    if (count[t] === 0) {
      emit(i, t, false);
      continue;
    }
    popTo(st, t, emit);
  }
}

/** Pops down to the nearest opener of type t (open); openers above it were never closed (a half-width " is not reported). */
function popTo(st: Stack, t: number, emit: (i: number, type: number, opening: boolean) => void): void {
  const { at, type, count } = st;
  while (type.length > 0) {
    const top = type.pop() as number;
    const o = at.pop() as number;
    count[top]--;
    if (top === t) break;
    if (top !== HALF_QUOTE) emit(o, top, true);
  }
}

/** “ at the start of a paragraph (a quotation running over several paragraphs reopens there). */
function atParagraphStart(text: string, from: number, env: Env, i: number): boolean {
  if (env.paraStart(i)) return true;
  let j = i - 1;
  while (j >= from && isSpace(text.charCodeAt(j))) j--;
  if (j < from || isBreak(text.charCodeAt(j))) return true;
  // collapsed layout without a parsed paragraph: a blank after a sentence end
  return j < i - 1 && '。！？；：”'.includes(text[j]);
}

/** How far a hard wrap may carry a 《 or （ (characters on each side of the line break). */
const WRAP_SPAN = 60;
/** A sentence end (GB/T 15834-2011 4.1: 。？！, full- or half-width; not ； or ，, which stay inside a sentence). */
const isSentenceEnd = (d: number) => d === 0x3002 || d === 0xff01 || d === 0xff1f || d === 0x21 || d === 0x3f;
/**
 * A paragraph hard-wrapped inside a title or a bracket (web pages and PDF text break lines anywhere):
 * the 《, （ ( , 〔 or 【 at `o`, the line break at `q`. It runs over when no line break and no sentence end
 * lie between them and the next line (whatever its indent) closes it soon (（ or ( by ） or ): a mixed pair is one
 * pair, its half-width mark punct-half-width's), before any sentence end, opener of its type or further break.
 * Looks at most WRAP_SPAN characters each way. `blank`: q is the blank a collapsed layout made of a line break (then
 * only the rest of q's line is read, not a title's further lines).
 */
function wrapped(text: string, o: number, q: number, blank = false): boolean {
  const c = text.charCodeAt(o);
  const t = openType(c);
  if (t !== 0 && t !== 3 && t !== 4 && t !== 5) return false;
  if (c === 0x300a && !blank && wrappedTitle(text, o)) return true;
  if (q - o > WRAP_SPAN) return false;
  // (asked at both characters of a CRLF)
  const lineEnd = text.charCodeAt(q) === 0x0a && q > 0 && text.charCodeAt(q - 1) === 0x0d ? q - 1 : q;
  for (let j = o + 1; j < lineEnd; j++) {
    const d = text.charCodeAt(j);
    if (isBreak(d) || isSentenceEnd(d)) return false;
  }
  let j = q + 1;
  if (text.charCodeAt(q) === 0x0d && text.charCodeAt(j) === 0x0a) j++;
  for (const end = Math.min(text.length, j + WRAP_SPAN); j < end; j++) {
    const d = text.charCodeAt(j);
    if (closeType(d) === t) return true;
    if (isBreak(d) || openType(d) === t || isSentenceEnd(d)) return false;
  }
  return false;
}

/** How many lines a title wrapped inside its 《》 may take (blank lines between them not counted). */
const TITLE_LINES = 5;
/** How many blank lines may stand between two lines of such a title (a page's empty paragraphs). */
const TITLE_GAP = 2;
/** Punctuation a title line does not hold (a sentence's: its 点号), full- and half-width. */
const isTitleBreaker = (d: number) =>
  isSentenceEnd(d) || d === 0xff0c || d === 0xff1b || d === 0xff1a || d === 0x3001 || d === 0x2c || d === 0x3b || d === 0x3a;
/**
 * A title (an attached plan's, a heading) wrapped inside its 《》 over three or more lines, or with blank lines
 * between: 某某市贯彻落实《关于推进 / 县城城镇化建设的 / 实施方案》任务分工方案. Every line of it, from the start of
 * the 《's line to the end of the 》's, is short (WRAP_SPAN) and holds no 点号 (，、；：。？！), no other 《 comes
 * before the 》, at most TITLE_LINES lines and TITLE_GAP blank lines in a row. A sentence (根据《… / …》要求。) is not
 * a title and keeps the one-line-break rule. Looks at a bounded stretch around `o`.
 */
function wrappedTitle(text: string, o: number): boolean {
  // the 《's line up to it
  let i = o - 1;
  for (; i >= 0 && !isBreak(text.charCodeAt(i)); i--) {
    if (o - i > WRAP_SPAN || isTitleBreaker(text.charCodeAt(i))) return false;
  }
  let lines = 1;
  let gap = 0;
  let lineLen = o - i;
  let blank = false; // the line so far is blanks only
  let breaks = 0;
  const end = Math.min(text.length, o + 1 + (TITLE_LINES + TITLE_GAP * (TITLE_LINES - 1)) * (WRAP_SPAN + 2));
  for (let j = o + 1; j < end; j++) {
    const d = text.charCodeAt(j);
    if (isBreak(d)) {
      if (d === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
      breaks++;
      if (blank) {
        if (++gap > TITLE_GAP) return false;
      } else gap = 0;
      blank = true;
      lineLen = 0;
      continue;
    }
    if (blank && !isSpace(d)) {
      blank = false;
      if (++lines > TITLE_LINES) return false;
    }
    if (++lineLen > WRAP_SPAN) return false;
    if (d === 0x300b) {
      // the rest of the 》's line is the title's too
      for (let k = j + 1; k < text.length && !isBreak(text.charCodeAt(k)); k++) {
        if (++lineLen > WRAP_SPAN || isTitleBreaker(text.charCodeAt(k))) return false;
      }
      return breaks > 0;
    }
    if (d === 0x300a || isTitleBreaker(d)) return false;
  }
  return false;
}

/** text[a, b) is blanks only (a line's indent). */
function blankBefore(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A piece scanned with nothing open before it: reports (offset, type, opening) and the openers left (offset, type). */
interface PieceMarks {
  reports: number[];
  left: number[];
}
const NO_MARKS: PieceMarks = { reports: [], left: [] };

/** A cached piece's or line's marks, moved to `from`: its reports emitted, its unclosed openers pushed on the stack. */
function replayMarks(v: PieceMarks, from: number, st: Stack, emit: (i: number, type: number, opening: boolean) => void): void {
  for (let q = 0; q < v.reports.length; q += 3) emit(v.reports[q] + from, v.reports[q + 1], v.reports[q + 2] === 1);
  for (let q = 0; q < v.left.length; q += 2) {
    st.at.push(v.left[q] + from);
    st.type.push(v.left[q + 1]);
    st.count[v.left[q + 1]]++;
  }
}
/** A line's reports and openers left (offsets relative to it), and the context they were found in. */
interface LineMarks extends PieceMarks {
  context: string;
}
/** Cache kinds by the context outside the piece: none, Chinese after, Chinese before, both. */
const KINDS = ['punct-unbalanced', 'punct-unbalanced\u0000a', 'punct-unbalanced\u0000b', 'punct-unbalanced\u0000ba'];

export const punctUnbalanced: Rule = {
  id: 'punct-unbalanced',
  defaultSeverity: 'error',
  owner: 'punctuation',
  description: {
    zh: '书名号、引号、括号等成对标点不配对（GB/T 15834-2011）。',
    en: 'Paired punctuation (《》 “” ‘’ （） 〔〕 【】) that does not pair up (GB/T 15834-2011).',
  },
  check(ctx) {
    const { doc, cache } = ctx;
    const text = doc.text;
    const n = text.length;
    const starts = paragraphStartList(doc);
    let paraStart: Set<number> | undefined; // (only a scan in place asks it)
    const pieces = textPieces(doc, cache);
    const lines = textLines(doc, cache);
    const residue = doc.residue;
    const st = emptyStack();

    let reported = 0;
    const report = (i: number, type: number, opening: boolean) => {
      // a text with thousands of unpaired marks is not prose: the first thousand say enough
      if (ignorable(text, 0, n, OTHER, OTHER, i)) return;
      reportChecked(i, type, opening);
    };
    const reportChecked = (i: number, type: number, opening: boolean) => {
      if (++reported > MAX_REPORTS) return;
      const ch = text[i];
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

    // 《》 （） 〔〕 【】 close within their paragraph (a notice title over two lines is one paragraph);
    // only quotations run on across paragraphs
    const title = doc.notice.title;
    const boundary = (stack: Stack, emit: (i: number, type: number, opening: boolean) => void, q = -1) => {
      while (stack.type.length > 0 && stack.type[stack.type.length - 1] !== 1 && stack.type[stack.type.length - 1] !== 2) {
        if (q >= 0 && wrapped(text, stack.at[stack.at.length - 1], q, !isBreak(text.charCodeAt(q)))) return;
        const top = stack.type.pop() as number;
        const at = stack.at.pop() as number;
        stack.count[top]--;
        if (top !== HALF_QUOTE) emit(at, top, true);
      }
    };
    const breaks = (a: number, b: number) => {
      for (let q = a; q < b; q++) if (isBreak(text.charCodeAt(q)) && !(title && q >= title.start && q < title.end)) boundary(st, report, q);
    };
    const directEnv: Env = {
      before: OTHER,
      after: OTHER,
      paraStart: (i) => (paraStart ??= new Set(starts)).has(i),
      residue: (i) => ctx.inResidue({ start: i, end: i + 1 }),
    };
    // a line without residue scanned for the cache: the same as directEnv there
    const lineEnv: Env = { ...directEnv, residue: null };
    // the scan of a piece for the cache: its context only, offsets made relative afterwards
    let pFrom = 0;
    let pTo = 0;
    const pInner: number[] = [];
    const pReports: number[] = [];
    const own = emptyStack();
    let pi = 0; // cursor into pInner (offsets asked in increasing order)
    const pieceEnv: Env = {
      before: OTHER,
      after: OTHER,
      paraStart: (i) => {
        while (pi < pInner.length && pInner[pi] < i) pi++;
        return i === pFrom || (pi < pInner.length && pInner[pi] === i);
      },
      residue: null,
    };
    const pieceEmit = (i: number, t: number, opening: boolean) => {
      if (ignorable(text, pFrom, pTo, pieceEnv.before, pieceEnv.after, i)) return;
      pReports.push(i, t, opening ? 1 : 0);
    };
    let rp = 0;
    let residueEnd = -1; // the furthest end of the residue nodes starting before the piece
    /**
     * The pieces [k0, k1) of one line (the line break before it handled), carrying `stack`; reports to emit (not yet
     * checked by ignorableHalf) and to emitChecked. `local`: the residue nodes on the line when they alone decide
     * (disjoint nodes: a point is residue when one of them holds it), else null (the document's are asked).
     */
    const onPieces = (k0: number, k1: number, sp: number, stack: Stack, local: Range[] | null, emit: (i: number, type: number, opening: boolean) => void, emitChecked: (i: number, type: number, opening: boolean) => void) => {
      let lp = 0;
      let localEnd = -1;
      const env = local === null ? directEnv : local.length === 0 ? lineEnv : { ...directEnv, residue: (i: number) => local.some((r) => r.start <= i && i < r.end) };
      for (let k = k0; k < k1; k++) {
        const from = pieces.from[k];
        const to = pieces.to[k];
        // a parsed paragraph start after a blank (the collapsed layout) closes all but quotations; not after the
        // line's indent alone (the line break before it has closed what it had to: an indented continuation line)
        // (a blank before it: a hard wrap the collapsed layout made a blank, so a mark the next piece closes soon runs
        // over it, as over a line break)
        if (k > k0 && !(title && from > title.start && from < title.end) && !(k === k0 + 1 && blankBefore(text, pieces.from[k0], from))) {
          boundary(stack, emit, from > 0 && isSpace(text.charCodeAt(from - 1)) ? from - 1 : -1);
        }
        let inResidue: boolean;
        if (local === null) {
          while (rp < residue.length && residue[rp].start < from) residueEnd = Math.max(residueEnd, residue[rp++].end);
          inResidue = residueEnd > from || (rp < residue.length && residue[rp].start < to);
        } else {
          // (the same test on the line's nodes: the others end before the line or start after it)
          while (lp < local.length && local[lp].start < from) localEnd = Math.max(localEnd, local[lp++].end);
          inResidue = localEnd > from || (lp < local.length && local[lp].start < to);
        }
        if (stack.type.length === 0 && !inResidue) {
          // paragraph starts inside the piece (not after a blank) and the characters next to it are its context
          while (sp < starts.length && starts[sp] <= from) sp++;
          let inner = '';
          for (let q = sp; q < starts.length && starts[q] < to; q++) inner += `,${starts[q] - from}`;
          // (asked only of a half-width parenthesis at either end)
          let a = from;
          while (a < to && isSpace(text.charCodeAt(a))) a++;
          let b = to - 1;
          while (b > a && isSpace(text.charCodeAt(b))) b--;
          const l = a < to && isHalfParen(text.charCodeAt(a)) ? prevNonSpace(text, from) : -1;
          const r = b >= a && a < to && isHalfParen(text.charCodeAt(b)) ? nextNonSpace(text, to - 1) : -1;
          const before = l >= 0 && isChinese(text.charCodeAt(l)) ? CHINESE : OTHER;
          const after = r >= to && isChinese(text.charCodeAt(r)) ? CHINESE : OTHER;
          let kind = KINDS[(before < 0 ? 0 : 2) + (after < 0 ? 0 : 1)];
          if (inner) kind += inner;
          const s0 = sp;
          // computed on the piece's characters in place (the same as the piece string)
          const v = cache.lookup<PieceMarks>(kind, pieces.str[k], () => {
            pieceEnv.before = before;
            pieceEnv.after = after;
            pFrom = from;
            pTo = to;
            pInner.length = 0;
            pi = 0;
            for (let q = s0; q < starts.length && starts[q] < to; q++) pInner.push(starts[q]);
            own.at.length = 0;
            own.type.length = 0;
            own.count.fill(0);
            pReports.length = 0;
            scan(text, from, to, pieceEnv, own, pieceEmit);
            if (pReports.length === 0 && own.at.length === 0) return NO_MARKS;
            const reports = pReports.slice();
            for (let q = 0; q < reports.length; q += 3) reports[q] -= from;
            const left: number[] = [];
            for (let q = 0; q < own.at.length; q++) left.push(own.at[q] - from, own.type[q]);
            return { reports, left };
          });
          replayMarks(v, from, stack, emitChecked);
          continue;
        }
        // a quotation open from before (or residue inside): scan in place, carrying the stack
        scan(text, from, to, env, stack, emit);
      }
    };
    let lsp = 0; // the first paragraph start at or after the line's start
    // residue nodes in order and disjoint (the parser's): the nodes on a line alone say what on it is residue
    let disjoint = true;
    for (let j = 0, end = -1; j < residue.length && disjoint; j++) {
      disjoint = residue[j].start >= end;
      end = Math.max(end, residue[j].end);
    }
    let lr = 0; // (disjoint) the first node that does not end before the line
    for (let l = 0; l < lines.from.length; l++) {
      const from = lines.from[l];
      const to = lines.to[l];
      const k0 = lines.piece[l];
      const k1 = lines.piece[l + 1];
      // a line break closes all but quotations
      if (l > 0) breaks(lines.to[l - 1], from);
      while (lsp < starts.length && starts[lsp] < from) lsp++;
      if (k1 - k0 > 1 && disjoint && st.type.length === 0) {
        // a collapsed line of many pieces with nothing open before it: looked up whole too (its text, its cuts, the
        // paragraph starts on it, where the title and the residue nodes are on it fix what it reports and leaves open)
        while (lr < residue.length && residue[lr].end <= from && residue[lr].start < from) lr++;
        const local: Range[] = [];
        let context = `${lines.cuts[l]}\u0001`;
        for (let q = lsp; q < starts.length && starts[q] < to; q++) context += `,${starts[q] - from}`;
        if (title && title.end >= from && title.start <= to) context += `\u0001${title.start - from},${title.end - from}`;
        context += '\u0002';
        for (let j = lr; j < residue.length && residue[j].start < to; j++) {
          local.push(residue[j]);
          context += `${residue[j].start - from},${residue[j].end - from};`;
        }
        const s0 = lsp;
        const lv = cache.lookup<LineMarks>('punct-unbalanced\u0001', lines.str[l], () => {
          const stack = emptyStack();
          const reports: number[] = [];
          const emitChecked = (i: number, type: number, opening: boolean) => reports.push(i - from, type, opening ? 1 : 0);
          const emit = (i: number, type: number, opening: boolean) => {
            if (!ignorable(text, 0, n, OTHER, OTHER, i)) emitChecked(i, type, opening);
          };
          onPieces(k0, k1, s0, stack, local, emit, emitChecked);
          const left: number[] = [];
          for (let q = 0; q < stack.at.length; q++) left.push(stack.at[q] - from, stack.type[q]);
          return { context, reports, left };
        });
        if (lv.context !== context) {
          // (the same text in another context elsewhere or before: piece by piece)
          onPieces(k0, k1, lsp, st, null, report, reportChecked);
          continue;
        }
        replayMarks(lv, from, st, reportChecked);
        continue;
      }
      onPieces(k0, k1, lsp, st, null, report, reportChecked);
    }
    if (lines.from.length > 0) breaks(lines.to[lines.from.length - 1], n);
    for (let k = 0; k < st.at.length; k++) if (st.type[k] !== HALF_QUOTE) report(st.at[k], st.type[k], true);
  },
};

/** Paragraph starts (first non-blank character), in increasing order. */
function paragraphStartList(doc: GongwenDocument): number[] {
  const text = doc.text;
  const out: number[] = [];
  let sorted = true;
  for (const p of doc.paragraphs) {
    let i = p.start;
    while (i < p.end && isSpace(text.charCodeAt(i))) i++;
    if (out.length > 0 && i <= out[out.length - 1]) sorted = false;
    out.push(i);
  }
  // (paragraphs come in order and do not overlap: sorted already, else as the set of them sorted)
  return sorted ? out : [...new Set(out)].sort((x, y) => x - y);
}
