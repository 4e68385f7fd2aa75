// Injected SEO / gambling spam (hacked pages): a run of spam words around a gambling term.
import type { Range } from '../../model';
import type { Rule } from '../../rule';
import { CodeSet, deletionRange, isAsciiDigit, isAsciiLetter, isHan, pieceValues, textLines, textPieces } from '../shared/text';
import words from './spam-words.json';
import { findInterleavedRuns, findScrambleRuns, findStrewnAts, type InterleavedRun } from '../../parse/scramble';

type Kind = 'gambling' | 'support' | 'latin';

/** ASCII letters lower-cased; everything else as is (the lists hold lower-case Latin). */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Word lists by first character code (lower-cased for Latin), longest first: a bounded lookup per position. */
function index(list: string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of list) {
    const lw = w.toLowerCase();
    const k = fold(lw.charCodeAt(0));
    const l = m.get(k) ?? [];
    l.push(lw);
    m.set(k, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
}
/** Gambling terms: the listed terms, the brands and the site names (spam-words.json). */
const GAMBLING_WORDS = [...words.gambling, ...words.brands, ...words.names];
/** Gambling site names (欢乐水果机): a run on their own. */
const NAMES = new Set(words.names);
const gambling = index(GAMBLING_WORDS);
const support = index(words.support);
/** Gambling brands (江南体育, 华体会): a run on their own when site words follow them right (BRAND_SITE_WORDS). */
const BRANDS = new Set(words.brands);
/** First characters of every listed word (both cases for Latin): most positions start no word at all. */
const FIRST = new CodeSet(
  [...GAMBLING_WORDS, ...words.support].map((w) => w[0].toLowerCase() + w[0].toUpperCase()).join(''),
);
/** Site words that end an injected run after its Latin/digit name: bet365官网, 365bet下载app. */
// (and 彩票 right after a lottery's Latin name: pk10彩票官网)
const SITE_WORDS = new Set(['官网', '网址', '下载', 'app', '手机版', '网页版', '客户端', '官方版', '入口', '备用', '线路', '彩票', '注册']);
/** Site words that make a brand a run (江南体育官方网站入口, 华体会app下载), and stay in it. */
const BRAND_SITE_WORDS = new Set([...SITE_WORDS, '官方', '网站', '登录', '登陆']);
/** Site words a hacked title cuts before 口: 江南体育官方网站入 (the 入 of 入口, no Han character after it). */
const ENTRY_BEFORE = new Set(['官方', '网站', '官网', '网址']);
/** Words that open an injected run right before a gambling term: 澳门博彩, 澳门葡京. */
const LEAD_WORDS = new Set(['澳门']);
/** Every character some token can hold: ASCII letters and digits, and the characters of the listed words. */
const TOKEN_CHARS = new CodeSet(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + [...GAMBLING_WORDS, ...words.support].map((w) => w.toLowerCase() + w.toUpperCase()).join(''),
);
function isTokenChar(c: number): boolean {
  return TOKEN_CHARS.has(c);
}
/** Any gambling term (ASCII case folded): where a segment can hold a run. */
const GAMBLING_RE = new RegExp(GAMBLING_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
const latinGambling = words.gambling.filter((w) => /^[a-z0-9]+$/i.test(w)).map((w) => w.toLowerCase());

function matchAt(text: string, i: number, table: Map<number, string[]>): number {
  // no string allocation per position: char codes, ASCII case folding only
  const cands = table.get(fold(text.charCodeAt(i)));
  if (!cands) return 0;
  for (const w of cands) {
    if (text.length - i < w.length) continue;
    let ok = true;
    for (let k = 1; k < w.length; k++) {
      if (fold(text.charCodeAt(i + k)) !== w.charCodeAt(k)) {
        ok = false;
        break;
      }
    }
    if (ok) return w.length;
  }
  return 0;
}

interface Token extends Range {
  kind: Kind;
  /** A Latin run with a digit or a gambling word in it: evidence next to a gambling term. */
  evidence: boolean;
  /** A gambling brand (BRANDS). */
  brand?: boolean;
  /** A gambling site's name (NAMES): a run on its own. */
  name?: boolean;
}

/** The token starting at i, if any: a Latin/digit run, a gambling term or a support word. */
function tokenAt(text: string, i: number): Token | undefined {
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c) || isAsciiDigit(c)) {
    let e = i;
    let digits = false;
    let letters = false;
    while (e < text.length && (isAsciiLetter(text.charCodeAt(e)) || isAsciiDigit(text.charCodeAt(e)))) {
      if (isAsciiDigit(text.charCodeAt(e))) digits = true;
      else letters = true;
      e++;
    }
    // digits alone hold no word: no string to build (1 MB of 1.1.1. is half a million such runs)
    if (!letters) return { start: i, end: e, kind: 'latin', evidence: true };
    const run = text.slice(i, e).toLowerCase();
    // bet inside Tibet/alphabet is prose: a gambling word counts alone or glued to digits (365bet)
    const hasGamblingWord = latinGambling.some((w) => run === w || (digits && run.includes(w)));
    // pure upper-case acronyms (ATM, POS) are ordinary prose
    const acronym = letters && !digits && run.toUpperCase() === text.slice(i, e) && !hasGamblingWord;
    if (acronym) return undefined;
    return { start: i, end: e, kind: hasGamblingWord ? 'gambling' : 'latin', evidence: digits || hasGamblingWord || (letters && e - i >= 4) };
  }
  if (!FIRST.has(c)) return undefined;
  const g = matchAt(text, i, gambling);
  if (g) {
    const w = text.slice(i, i + g);
    return { start: i, end: i + g, kind: 'gambling', evidence: false, brand: BRANDS.has(w), name: NAMES.has(w) };
  }
  const s = matchAt(text, i, support);
  if (s) return { start: i, end: i + s, kind: 'support', evidence: false };
  return undefined;
}

/**
 * The runs of one segment [from, to): maximal chains of adjacent tokens that hold a gambling term next
 * to a Latin/digit run, or two gambling terms. Linear: each position starts at most one token scan,
 * and a chain resumes where the previous one ended.
 */
function scanSegment(text: string, from: number, to: number, runs: Range[]): void {
  let i = from;
  while (i < to) {
    const first = tokenAt(text, i);
    if (!first || first.end > to) {
      i++;
      continue;
    }
    // most chains (digits and dots, 1.1.1., separators) hold no gambling term: measure first, keep nothing
    let j = first.end;
    let gambling = first.kind === 'gambling';
    while (j < to) {
      const t = tokenAt(text, j);
      if (!t || t.end > to) break;
      if (t.kind === 'gambling') gambling = true;
      j = t.end;
    }
    if (!gambling) {
      i = j > i ? j : i + 1;
      continue;
    }
    const chain: Token[] = [first];
    for (let k = first.end; k < j; ) {
      const t = tokenAt(text, k)!;
      chain.push(t);
      k = t.end;
    }
    // trim support words (and separators) from both ends: they only count between evidence
    let a = 0;
    let b = chain.length - 1;
    while (a <= b && chain[a].kind === 'support') a++;
    while (b >= a && chain[b].kind === 'support') b--;
    // 澳门博彩娱乐城: the place word right before a gambling term belongs to the run
    if (a > 0 && a <= b && chain[a].kind === 'gambling' && LEAD_WORDS.has(text.slice(chain[a - 1].start, chain[a - 1].end))) a--;
    // but bet365官网下载 is one injected run: site words right after a Latin/digit gambling run stay in it
    // (not 体育 or 平台: spam glued to a unit name, 365bet……bte365体育局, keeps the name's words)
    if (b >= a && chain[b].kind !== 'support' && chain[b].evidence && b + 1 < chain.length) {
      const name = b;
      for (; b + 1 < chain.length && chain[b + 1].kind === 'support'; b++) {
        const w = text.slice(chain[b + 1].start, chain[b + 1].end).toLowerCase();
        // (彩票 only right after the name: pk10彩票官网, not the 彩票 of the text after the run, ……注册彩票公益金)
        if (!SITE_WORDS.has(w) || (w === '彩票' && b !== name)) break;
      }
    }
    const core = chain.slice(a, b + 1);
    const gamblingCount = core.filter((t) => t.kind === 'gambling').length;
    const latinEvidence = core.some((t) => t.kind !== 'support' && t.evidence);
    if (gamblingCount >= 2 || (gamblingCount >= 1 && latinEvidence)) {
      runs.push({ start: core[0].start, end: core[core.length - 1].end });
    } else {
      // a brand right followed by its site words: 江南体育官方网站入口, 华体会app下载 (江南体育馆 stays); a site's name alone
      for (let p = 0; p < chain.length; p++) {
        if (chain[p].name) {
          runs.push({ start: chain[p].start, end: chain[p].end });
          continue;
        }
        if (!chain[p].brand) continue;
        let q = p;
        while (q + 1 < chain.length && BRAND_SITE_WORDS.has(text.slice(chain[q + 1].start, chain[q + 1].end).toLowerCase())) q++;
        if (q === p) continue;
        let end = chain[q].end;
        // 江南体育官方网站入 (口 cut off): the 入 belongs to the run when no Han character follows it
        if (text.charCodeAt(end) === 0x5165 && ENTRY_BEFORE.has(text.slice(chain[q].start, end)) && !isHan(text.charCodeAt(end + 1))) end++;
        runs.push({ start: chain[p].start, end });
        p = q;
      }
    }
    i = j > i ? j : i + 1;
  }
}

/**
 * Spam runs in [from, to): see scanSegment. No token holds a character outside TOKEN_CHARS, so a scan of
 * the whole range arrives at every position right after such a character, and no chain crosses one: the
 * range falls apart into independent segments. Only a segment holding a gambling term can hold a run, and
 * those are found by one native search; the rest of the text is never scanned character by character.
 */
export function findSpamRuns(text: string, from = 0, to = text.length): Range[] {
  const runs: Range[] = [];
  let done = from;
  GAMBLING_RE.lastIndex = from;
  for (let m = GAMBLING_RE.exec(text); m && m.index < to; m = GAMBLING_RE.exec(text)) {
    let s = m.index;
    while (s > done && isTokenChar(text.charCodeAt(s - 1))) s--;
    let e = m.index;
    while (e < to && isTokenChar(text.charCodeAt(e))) e++;
    scanSegment(text, s, e, runs);
    done = e;
    GAMBLING_RE.lastIndex = e + 1;
  }
  return runs;
}

/** Words of a lottery-tip page glued before a draw (澳门最精准真正精准大金021期…): they belong to its run. Longest first. */
const DRAW_LEAD = [
  '开奖结果', '新澳门', '最精准', '管家婆', '天天彩', '六合彩', '精准', '真正', '大金', '澳门', '新澳', '香港', '今晚', '今期',
  '开奖', '结果', '资料', '免费', '正版', '一码', '最准', '特马', '最',
];
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
/** The end of one or two ASCII digits at p (not followed by a third), or -1. */
function smallNumberEnd(text: string, p: number, to: number): number {
  let e = p;
  while (e < to && e - p < 3 && isDigitCode(text.charCodeAt(e))) e++;
  return e > p && e - p <= 2 ? e : -1;
}

/**
 * A lottery draw an SEO page quotes (大金021期10-03-40-06-39-20 T:39): a two- or three-digit issue number and 期
 * (no 第 or other digit before it), right followed by six or more one- or two-digit numbers joined by - or , and
 * optionally a 特 number (T:39, 特:22, 特码22); the lottery words glued before it (DRAW_LEAD) belong to the run.
 * A welfare lottery's own notice (第2023021期开奖号码：03 10 …) has 第, a long issue number and a label: not this.
 * One native search for 期; each probe is bounded.
 */
export function findLotteryDraws(text: string, from = 0, to = text.length): Range[] {
  const runs: Range[] = [];
  for (let q = text.indexOf('期', from); q >= 0 && q < to; q = text.indexOf('期', q + 1)) {
    let d = q;
    while (d > from && q - d < 4 && isDigitCode(text.charCodeAt(d - 1))) d--;
    if (q - d < 2 || q - d > 3 || (d > from && (isDigitCode(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 0x7b2c))) continue;
    let e = smallNumberEnd(text, q + 1, to);
    let count = e < 0 ? 0 : 1;
    while (e > 0 && e + 1 < to && (text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x2c)) {
      const n = smallNumberEnd(text, e + 1, to);
      if (n < 0) break;
      e = n;
      count++;
    }
    if (count < 6 || (e < to && isDigitCode(text.charCodeAt(e)))) continue;
    // the 特 number: T:39, 特:22, 特码22
    let t = e;
    while (t < to && t - e < 2 && text.charCodeAt(t) === 0x20) t++;
    const tc = text.charCodeAt(t);
    if (t < to && (tc === 0x54 || tc === 0x74 || tc === 0x7279)) {
      t++;
      if (text.charCodeAt(t) === 0x7801) t++; // 码
      if (text.charCodeAt(t) === 0x3a || text.charCodeAt(t) === 0xff1a) t++;
      const n = smallNumberEnd(text, t, to);
      if (n > 0 && !(n < to && isDigitCode(text.charCodeAt(n)))) e = n;
    }
    let s = d;
    for (let moved = true; moved && d - s < 40; ) {
      moved = false;
      for (const w of DRAW_LEAD) {
        if (s - w.length >= from && text.startsWith(w, s - w.length)) {
          s -= w.length;
          moved = true;
          break;
        }
      }
    }
    runs.push({ start: s, end: e });
    q = e - 1;
  }
  return runs;
}

// (the forum scramble finder lives in the parser: a section marker glued after a scramble is still a marker)
export { findScrambleRuns };

/** What the finders that may read across a blank find on one line (scrambles, lottery draws), offsets relative to it. */
interface LineSpam {
  scramble: Range[];
  draws: Range[];
}
/** What the others find on one piece (runs hold no blank and look past none), offsets relative to it (seps too). */
interface PieceSpam {
  interleaved: InterleavedRun[];
  ats: Range[];
  injected: Range[];
}
const NO_RUNS: never[] = [];
const NO_LINE_SPAM: LineSpam = { scramble: NO_RUNS, draws: NO_RUNS };
const NO_PIECE_SPAM: PieceSpam = { interleaved: NO_RUNS, ats: NO_RUNS, injected: NO_RUNS };
/** Six tokens of one or two printable ASCII characters joined by single spaces: what every scramble run holds. */
const SCRAMBLE_HINT = /[\x21-\x7e]{1,2}(?: [\x21-\x7e]{1,2}){5}/;
/** Three of one separator with a Han character between each two: what every interleaved chain holds. */
const HAN_CLASS = '[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3007\ud840-\ud8bf]';
const INTERLEAVE_HINT = new RegExp(`\\.${HAN_CLASS}\\.${HAN_CLASS}\\.|．${HAN_CLASS}．${HAN_CLASS}．`);

/**
 * Scrambles (tokens joined by spaces) and lottery draws (a 特 number after a space) on one line: no run crosses a
 * line break nor looks past one, so the line alone finds what the whole text finds on it. Each finder runs only when
 * a native search finds what every one of its runs holds.
 */
function lineSpam(line: string): LineSpam {
  const scramble = SCRAMBLE_HINT.test(line) ? findScrambleRuns(line) : NO_RUNS;
  const draws = line.indexOf('期') >= 0 ? findLotteryDraws(line) : NO_RUNS;
  return scramble.length + draws.length === 0 ? NO_LINE_SPAM : { scramble, draws };
}

/**
 * Interleaved chains, strewn @@ and injected runs on one piece: none holds a blank, and what each looks at next to
 * it (a Han or Chinese character, a token character) is never a blank nor a line break, so the piece alone (cut after
 * a blank or at a line break) finds what the whole text finds on it.
 */
function pieceSpam(piece: string): PieceSpam {
  const interleaved = INTERLEAVE_HINT.test(piece) ? findInterleavedRuns(piece) : NO_RUNS;
  const ats = piece.indexOf('@@') >= 0 ? findStrewnAts(piece) : NO_RUNS;
  const injected = findSpamRuns(piece);
  return interleaved.length + ats.length + injected.length === 0 ? NO_PIECE_SPAM : { interleaved, ats, injected };
}
const isNoSpam = (v: PieceSpam) => v === NO_PIECE_SPAM;

function shiftInto(out: Range[], runs: Range[], d: number): void {
  for (let k = 0; k < runs.length; k++) out.push({ start: runs[k].start + d, end: runs[k].end + d });
}

export const straySpam: Rule = {
  id: 'stray-spam',
  defaultSeverity: 'error',
  owner: 'spam',
  description: {
    zh: '被植入的博彩、推广等垃圾文字（常见于被篡改的网页）。',
    en: 'Injected gambling or SEO spam (from a hacked web page).',
  },
  check(ctx) {
    const { doc, cache } = ctx;
    const { text } = doc;
    // the finders per line or per piece (an unchanged one is not read again), their runs put in place
    const scramble: Range[] = [];
    const interleaved: InterleavedRun[] = [];
    const strewn: Range[] = [];
    const injected: Range[] = [];
    const draws: Range[] = [];
    const lines = textLines(doc, cache);
    for (let l = 0; l < lines.str.length; l++) {
      const line = lines.str[l];
      const v = cache.lookup('stray-spam', line, () => lineSpam(line));
      if (v === NO_LINE_SPAM) continue;
      shiftInto(scramble, v.scramble, lines.from[l]);
      shiftInto(draws, v.draws, lines.from[l]);
    }
    const pieces = textPieces(doc, cache);
    const found = pieceValues(doc, cache, 'stray-spam\u0000piece', (k) => pieceSpam(pieces.str[k]), isNoSpam);
    for (let f = 0; f < found.values.length; f++) {
      const v = found.values[f];
      const d = found.at[f];
      for (const r of v.interleaved) interleaved.push({ start: r.start + d, end: r.end + d, seps: r.seps.map((o) => o + d) });
      shiftInto(strewn, v.ats, d);
      shiftInto(injected, v.injected, d);
    }
    for (const run of scramble) {
      if (ctx.inResidue(run)) continue;
      ctx.report({
        range: run,
        message: {
          zh: `“${text.slice(run.start, run.end)}”是论坛网页的防采集干扰码（转载时混入的随机字符），不是公文内容，应删除。`,
          en: `"${text.slice(run.start, run.end)}" is a forum page's anti-copy scramble (random characters picked up with the text), not part of the notice; delete it.`,
        },
        fixes: [
          {
            title: { zh: '删除干扰码', en: 'Delete the scramble' },
            edits: [{ range: deletionRange(text, run.start, run.end), newText: '' }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
    for (const run of interleaved) {
      if (ctx.inResidue(run)) continue;
      const shown = run.end - run.start > 24 ? text.slice(run.start, run.start + 24) + '…' : text.slice(run.start, run.end);
      const sep = text[run.seps[0]];
      ctx.report({
        range: { start: run.start, end: run.end },
        message: {
          zh: `“${shown}”的字间插有“${sep}”，是网页为防采集或规避关键词过滤而插入的干扰符号，不是公文内容，应删除。`,
          en: `"${shown}" has a "${sep}" inserted between its characters, put in by a web page to defeat copying or a keyword filter; not part of the notice: delete them.`,
        },
        fixes: [
          {
            title: { zh: `删除字间的“${sep}”`, en: `Delete the inserted "${sep}"` },
            edits: run.seps.map((o) => ({ range: { start: o, end: o + 1 }, newText: '' })),
            safe: true,
            preferred: true,
          },
        ],
      });
    }
    // @@ strewn after every few words: one finding for the document, at the first, whose fix deletes them all
    const ats = strewn.filter((r) => !ctx.inResidue(r));
    if (ats.length > 0) {
      ctx.report({
        range: ats[0],
        scope: 'document',
        message: {
          zh: `“@@”是网页在字词间插入的干扰符号（防采集），不是公文内容，应删除；全文共 ${ats.length} 处。`,
          en: `"@@" is a web page's anti-copy filler strewn between the words, not part of the notice; delete it (${ats.length} in the document).`,
        },
        fixes: [
          {
            title: { zh: `删除全文 ${ats.length} 处“@@”`, en: `Delete all ${ats.length} "@@"` },
            edits: ats.map((r) => ({ range: r, newText: '' })),
            safe: true,
            preferred: true,
          },
        ],
      });
    }
    // (a lottery draw's run may hold a term findSpamRuns reads too, 天天彩021期…: one finding, the draw's)
    for (const d of draws) {
      for (let k = injected.length - 1; k >= 0; k--) if (injected[k].start < d.end && injected[k].end > d.start) injected.splice(k, 1);
    }
    for (const run of [...injected, ...draws].sort((a, b) => a.start - b.start)) {
      if (ctx.inResidue(run)) continue;
      ctx.report({
        range: run,
        message: {
          zh: `“${text.slice(run.start, run.end)}”是被植入的博彩推广文字，不是公文内容，应删除。`,
          en: `"${text.slice(run.start, run.end)}" is injected gambling spam, not part of the notice; delete it.`,
        },
        fixes: [
          {
            title: { zh: '删除植入文字', en: 'Delete the injected text' },
            edits: [{ range: deletionRange(text, run.start, run.end), newText: '' }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};
