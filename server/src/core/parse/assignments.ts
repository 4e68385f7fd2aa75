// Task assignments: 牵头单位：… sentences, （X牵头，Y参与） notes, label lines; each unit with its exact range.
//
// Forms recognised (conservative: ordinary prose such as 由市发改委牵头负责 is never an assignment):
// - 'sentence': a label (牵头单位/牵头部门/责任单位/参与部门/配合单位/协办单位/主办单位 …) and a colon (： or :) at the start
//   of a paragraph or after a sentence end, its unit list closed by 。 ； ; or .; consecutive labels (only whitespace
//   between) form one assignment (牵头单位：A。 参与部门：B。).
// - 'line': the same, its list closed by the end of the line/paragraph instead (责任单位:市发改委).
// - 'paren': a bracketed note （牵头单位：…；配合单位：…） anywhere, or （X牵头，Y参与） / （X负责） / （X指导） closing a
//   sentence (a sentence end before the bracket, or after it, or the paragraph ends there); a bare list of unit
//   names only, （市农业农村局）, right after a sentence end (on the same line or the next): its units are 责任.
// Role resolution (per assignment): 牵头/主办/指导 → lead; 参与/配合/协办/参加 → participant; 责任/负责 → lead only when no
// 牵头/主办 appears in the same assignment, else participant; 分别牵头 makes each named unit lead; when the document
// declares that the first listed unit leads (列第一位为牵头…), a 责任单位 list's first unit leads and the rest participate.
import type { Assignment, AssignmentEntry, AssignmentForm, Paragraph, Range, TextSpan, UnitRef } from '../model';
import { BLANK_NAME_MAX, blankBetweenKnownUnits, isCloseParen, isHan, isOpenParen, isQiantouWord, isSpace, knownUnitHeading, matchParen, parseUnitList, roleWordBefore, type ParsedUnitList, type RoleKind } from './unitlist';
import { CodeSet } from './chars';
import { AnalysisCache } from '../memo';

// 牵头责任单位：A。 协同责任单位：B。 (a 重点工作责任分解) and 部门分工：A牵头，B配合。 (its clauses name the roles)
// (a department's offices too: 责任科室：… 牵头处室：… 责任股室：…; and 实施单位：…, the units that carry a task out)
// (总牵头单位 and 主要协作单位 too: 总 and 主要 qualify the role, the label's kind is its role word's)
// (an aside may follow the label word before its colon: 牵头单位（部门）：, 责任科室(单位):, 牵头单位及责任人：)
// (and the labels of the units that carry a task out, read as 责任: 承办单位, 执行单位, 落实单位, 包保单位,
// 主体责任单位, 责任主体; a township's offices: 责任站所, 牵头站所)
const LABEL_RE = /(总|主要)?(牵头责任|协同责任|配合责任|参与责任|主体责任|牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同|协作|实施|承办|执行|落实|包保|部门)(单位|部门|分工|科室|处室|股室|站所|主体)(?:[（(][\u4e00-\u9fff]{1,4}[）)]|及责任人)?[ \t\u3000]*([：:])/y;
const LABEL_FIRST = new CodeSet('总牵主责负指参配协实部承执落包');
/** Role words that label only 单位 (or 部门): 承办单位, 主体责任单位 — not 承办科室. */
const UNIT_ONLY_WORDS = new Set(['主体责任', '承办', '执行', '落实', '包保']);

/** A label's word and body that do not go together: 分工 only in 部门分工; 站所 only after 牵头/责任; 主体 only in 责任主体. */
function oddLabel(q: string | undefined, word: string, body: string): boolean {
  if ((body === '分工') !== (word === '部门') || (q !== undefined && word === '部门')) return true;
  if (body === '站所') return word !== '牵头' && word !== '责任';
  if (body === '主体') return word !== '责任' || q !== undefined;
  return UNIT_ONLY_WORDS.has(word) && body !== '单位' && body !== '部门';
}
// a label in square brackets, the bracket closing it as its colon (a colon may follow): 【牵头单位】X【配合单位】Y,
// [责任单位]X
const BRACKET_LABEL_RE = /[【\[](总|主要)?(牵头责任|协同责任|配合责任|参与责任|主体责任|牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同|协作|实施|承办|执行|落实|包保)(单位|部门|科室|处室|股室|站所|主体)([】\]])(?:[ \t\u3000]*[：:])?/y;
// X为牵头单位, Y、Z为配合单位: a clause of a note closed by 为 and a label word (no colon)
const WEI_LABEL_RE = /为(总|主要)?(牵头责任|协同责任|配合责任|参与责任|牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同|协作|实施)(单位|部门|科室|处室|股室)/y;
/** What scanRange stops at: an opening bracket （ ( 【 [ 〔 or a label's first character. */
const START_RE = /[（(【\[〔总牵主责负指参配协实部承执落包]/g;

/** Label word → role kind. */
function labelKind(word: string): RoleKind {
  switch (word) {
    case '牵头':
    case '牵头责任':
    case '主办':
    case '指导':
      return 'lead';
    case '主责':
    case '责任':
    case '负责':
    case '实施':
    case '主体责任':
    case '承办':
    case '执行':
    case '落实':
    case '包保':
      return 'responsible';
    default:
      return 'participant';
  }
}

/** Characters after which a label may start (besides the start of a paragraph and whitespace). */
const BEFORE_LABEL = '。；;！？!?，,：:（(【[';
const BEFORE_LABEL_CODES = new CodeSet(BEFORE_LABEL);
/** Sentence ends before or after a closing note. */
const SENTENCE_END = '。；;！？!?';
const SENTENCE_END_CODES = new CodeSet(SENTENCE_END);

/** Declaration that the first listed unit leads: 列第一位为牵头（或汇总）单位, 排在首位的为牵头单位 … */
const FIRST_LISTED_RE = /(?:列|排|排在|位列|列在)(?:第一位|第一个|首位|第一)(?:的)?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责)/g;

export function declaresFirstListedLead(text: string): boolean {
  FIRST_LISTED_RE.lastIndex = 0;
  return FIRST_LISTED_RE.test(text);
}

export interface RawEntry {
  label?: TextSpan;
  colon?: TextSpan;
  kind: RoleKind;
  /** The role word of a clause-form entry (X牵头), for 牵头 detection. */
  word?: string;
  parsed: ParsedUnitList;
}

export interface RawAssignment {
  range: Range;
  form: AssignmentForm;
  entries: RawEntry[];
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * A paragraph scanned alone (see findAssignments) notes here when a decision read at its end, where the text
 * around the paragraph could decide otherwise: the result is then not the paragraph's own and is not used.
 */
interface Edge {
  /** The paragraph's end (the scan's limit). */
  end: number;
  hit: boolean;
}

function matchLabel(text: string, at: number, limit: number, edge?: Edge): { label: TextSpan; colon: TextSpan; kind: RoleKind; word: string } | undefined {
  const c0 = text.charCodeAt(at);
  if (c0 === 0x3010 /* 【 */ || c0 === 0x5b /* [ */) return bracketLabel(text, at, limit, edge);
  // a label (4 characters, then a colon after spaces) cut by the paragraph's end could go on after it
  if (!LABEL_FIRST.has(c0)) {
    if (edge && limit >= edge.end && at >= edge.end) edge.hit = true;
    return undefined;
  }
  LABEL_RE.lastIndex = at;
  let m = LABEL_RE.exec(text);
  // 分工 only in 部门分工, and 部门 labels nothing else (nor is qualified: 总部门分工 is no label)
  // (and 站所, 主体, 承办 … with their own bodies only: see oddLabel)
  if (m && oddLabel(m[1], m[2], m[3])) m = null;
  if (!m || at + m[0].length > limit) {
    // (a paragraph ends trimmed: a label it cuts ends at its last character, or runs past it)
    // (at most 8 characters before the colon: 主要牵头责任单位)
    if (edge && limit >= edge.end && (at + 8 >= edge.end || m)) edge.hit = true;
    return undefined;
  }
  const labelEnd = at + (m[1]?.length ?? 0) + m[2].length + m[3].length;
  const colonStart = at + m[0].length - 1;
  return { label: span(text, at, labelEnd), colon: span(text, colonStart, colonStart + 1), kind: labelKind(m[2]), word: m[2] };
}

/** An assignment label (with its colon, or in brackets) starts at `at`, before `limit`. */
export function isAssignmentLabel(text: string, at: number, limit: number): boolean {
  return matchLabel(text, at, limit) !== undefined;
}

/**
 * A label in square brackets at `at` (【牵头单位】, [配合单位], 【责任单位】：): the label is the word inside, its
 * colon the closing bracket (with a colon after it, if any); the opening bracket stands right before the label.
 */
function bracketLabel(text: string, at: number, limit: number, edge?: Edge): { label: TextSpan; colon: TextSpan; kind: RoleKind; word: string } | undefined {
  BRACKET_LABEL_RE.lastIndex = at;
  let m = BRACKET_LABEL_RE.exec(text);
  // 【…】 and […] pair as written
  if (m && ((text.charCodeAt(at) === 0x3010) !== (m[4] === '】') || oddLabel(m[1], m[2], m[3]))) m = null;
  if (!m || at + m[0].length > limit) {
    // (a label holds no blank: a paragraph, which ends before a blank, an opening bracket or the text's end, cuts
    // none that the text past its end could complete; only the blanks and colon after a label may run past it)
    if (edge && m && limit >= edge.end) edge.hit = true;
    return undefined;
  }
  // (a colon after the bracket: the paragraph's end may come before it)
  if (edge && limit >= edge.end && at + m[0].length >= edge.end) edge.hit = true;
  const labelStart = at + 1;
  const labelEnd = labelStart + (m[1]?.length ?? 0) + m[2].length + m[3].length;
  return { label: span(text, labelStart, labelEnd), colon: span(text, labelEnd, at + m[0].length), kind: labelKind(m[2]), word: m[2] };
}

/** X为牵头单位 closing text[a, b): where 为 stands and the label's role word; undefined when the clause is no such. */
function weiLabelBefore(text: string, a: number, b: number): { start: number; word: string } | undefined {
  // (为 and a label word: 5 to 9 characters)
  for (let k = b - 5; k >= a + 1 && k >= b - 9; k--) {
    if (text.charCodeAt(k) !== 0x4e3a /* 为 */) continue;
    WEI_LABEL_RE.lastIndex = k;
    const m = WEI_LABEL_RE.exec(text);
    if (m && k + m[0].length === b) return { start: k, word: m[2] };
  }
  return undefined;
}

function skipSpaces(text: string, i: number, limit: number): number {
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The end of a label's unit list starting at `from`: a 。；;. at depth 0, a line break, `|`, the limit, whitespace
 * between two non-separator characters, or a ，/, followed by another label. Returns the list end and what ended it.
 */
function listEnd(text: string, from: number, limit: number, edge?: Edge): { end: number; term: 'stop' | 'semi' | 'comma-label' | 'label' | 'line' } {
  let i = from;
  let seen = false;
  const atEdge = edge !== undefined && limit >= edge.end;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isOpenParen(c)) {
      // the next label in brackets: 【牵头单位】X【配合单位】Y
      if ((c === 0x3010 || c === 0x5b) && bracketLabel(text, i, limit, edge)) return { end: i, term: 'label' };
      const close = matchParen(text, i, Math.min(limit, i + 120));
      if (close >= 0) {
        i = close + 1;
        seen = true;
        continue;
      }
      if (atEdge && i + 120 > limit) edge.hit = true;
    }
    if (isCloseParen(c)) return { end: i, term: 'line' };
    if (c === 0x3002 /* 。 */ || c === 0xff0e /* ． */) return { end: i, term: 'stop' };
    if (c === 0x2e /* . */) {
      const n = text.charCodeAt(i + 1);
      if (!(n >= 0x30 && n <= 0x39)) return { end: i, term: 'stop' };
    }
    if (c === 0xff1b || c === 0x3b) return { end: i, term: 'semi' };
    if (c === 0x7c /* | */) return { end: i, term: 'line' };
    if (c === 0xff0c || c === 0x2c) {
      const n = skipSpaces(text, i + 1, limit);
      if (matchLabel(text, n, limit, edge)) return { end: i, term: 'comma-label' };
      // (a collapsed notice's next item after the comma: …法规科牵头,(五)开展…)
      if (seen && startsItem(text, n, limit, edge)) return { end: i, term: 'line' };
      // (a sentence after a closing role word: …办公室牵头,局办公室将攻坚举措列入…; a unit is shorter than 17 characters)
      if (seen && roleWordBefore(text, from, i) && clauseLength(text, n, limit, edge) > 16) return { end: i, term: 'line' };
    }
    if (!seen && isSpace(c)) {
      // Nothing yet: the units may stand after spaces or on the next line, unless a marker or label comes first.
      const n = skipSpaces(text, i, limit);
      if (n >= limit && atEdge) edge.hit = true;
      if (n >= limit || startsItem(text, n, limit, edge)) return { end: i, term: 'line' };
      i = n;
      continue;
    }
    if (isSpace(c)) {
      if (seen) {
        const p = text.charCodeAt(i - 1);
        const n = skipSpaces(text, i, limit);
        if (n >= limit) {
          if (atEdge) edge.hit = true;
          return { end: i, term: 'line' };
        }
        const nc = text.charCodeAt(n);
        const sep = (x: number): boolean => x === 0x3001 || x === 0xff0c || x === 0x2c;
        if (((!sep(p) && !sep(nc) && !isCloseParen(nc)) && !blankInName(text, i, n, limit, edge) && !knownUnitsAround(text, i, n, limit, edge)) || startsItem(text, n, limit, edge)) return { end: i, term: 'line' };
        i = n;
        continue;
      }
    } else seen = true;
    i++;
  }
  if (atEdge) edge.hit = true;
  return { end: limit, term: 'line' };
}

/** Characters a unit name never ends with before a blank that splits it: its body's ending, a place, 等. */
const NAME_END_CODES = new CodeSet('局委办厅部院会处室所站队心团司行社组府馆校台署位门关区县市镇村等');
/** Characters the piece after such a blank ends with: a body's ending (办, 政局, 所, 农村局). */
const BODY_END_CODES = new CodeSet('局委办厅部院会处室所站队心团司行社组府馆校台署');

/**
 * The blanks text[i, n) (at most one line break: a hard wrap, 县发展⏎改革局) split a unit name (农 办、…; 县财 政局,
 * from a scraped page): the name
 * before them does not end as a name does (no body's ending, no place, no 等), and after them one to three Chinese
 * characters ending as a body does close it, before a list separator, a sentence end, a blank or the line's end.
 */
function blankInName(text: string, i: number, n: number, limit: number, edge?: Edge): boolean {
  // one line break at most (CRLF is one), with a little indentation around it
  let breaks = 0;
  for (let k = i; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) breaks++;
  }
  if (breaks > 1 || n - i > (breaks ? 6 : 2)) return false;
  const p = text.charCodeAt(i - 1);
  if (!isHan(p) || NAME_END_CODES.has(p)) return false;
  let j = n;
  while (j < limit && j - n < 4 && isHan(text.charCodeAt(j))) j++;
  if (j === n || j - n > 3 || !BODY_END_CODES.has(text.charCodeAt(j - 1))) return false;
  if (j >= limit) {
    if (edge && limit >= edge.end) edge.hit = true;
    return true;
  }
  const c = text.charCodeAt(j);
  return c === 0x3001 || c === 0xff0c || c === 0x2c || SENTENCE_END_CODES.has(c) || c === 0x3002 || isSpace(c);
}

/** A blank between two names the built-in data knows (县农业农村局 县水利局): the list goes on after it. */
function knownUnitsAround(text: string, i: number, n: number, limit: number, edge?: Edge): boolean {
  // the check reads up to a name's length past the blank: near the paragraph's end, the answer depends on what follows
  if (edge && limit >= edge.end && limit - n <= BLANK_NAME_MAX + 1) edge.hit = true;
  if (!blankBetweenKnownUnits(text, i, n, limit)) return false;
  // the second name must close the list as a note's does (；、，）): a blank or the end after it is a paragraph's edge
  // in a collapsed notice (参与单位：市水利局 市人民政府 2024年3月1日: the 署名 follows, not a second unit)
  let b = n;
  while (b < limit && isHan(text.charCodeAt(b))) b++;
  // (a note's list may end at its own closing bracket, the scan's limit)
  return b < limit ? !isSpace(text.charCodeAt(b)) : isCloseParen(text.charCodeAt(b));
}

/** Characters from i to the next list separator, sentence end or bracket (at most 17 are read). */
function clauseLength(text: string, i: number, limit: number, edge?: Edge): number {
  let k = i;
  while (k < limit && k - i <= 16) {
    const c = text.charCodeAt(k);
    if (c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0xff1b || c === 0x3b || c === 0x3002 || isOpenParen(c) || isCloseParen(c)) break;
    k++;
  }
  if (edge && limit >= edge.end && k >= limit) edge.hit = true;
  return k - i;
}

const CN_NUM = '一二三四五六七八九十';
/** True when text at i starts a numbered item (一、 （一） 1. ① …) or a label: the end of an empty unit list. */
function startsItem(text: string, i: number, limit: number, edge?: Edge): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x2460 && c <= 0x249b) || (c >= 0x3220 && c <= 0x3229)) return true;
  if (CN_NUM.includes(text[i])) {
    let j = i;
    while (j < limit && CN_NUM.includes(text[j])) j++;
    if (edge && limit >= edge.end && j >= edge.end) edge.hit = true;
    return '、.．，,'.includes(text[j] ?? '');
  }
  if (isOpenParen(c)) return true;
  return matchLabel(text, i, limit, edge) !== undefined;
}

/**
 * A chain of labelled entries starting at `at` (a label): 牵头单位：A；配合单位：B。 Returns the entries and the end
 * of the chain (after its closing 。/；), or undefined.
 */
function labelChain(text: string, at: number, limit: number, edge?: Edge, inParen = false): { entries: RawEntry[]; end: number; sentence: boolean } | undefined {
  const entries: RawEntry[] = [];
  let pos = at;
  let sentence = false;
  for (;;) {
    const lab = matchLabel(text, pos, limit, edge);
    if (!lab) break;
    const from = lab.colon.end;
    const le = listEnd(text, from, limit, edge);
    const parsed = parseUnitList(text, from, le.end);
    entries.push({ label: lab.label, colon: lab.colon, kind: lab.kind, word: lab.word, parsed });
    if (le.term === 'comma-label') {
      pos = skipSpaces(text, le.end + 1, limit);
      continue;
    }
    if (le.term === 'label') {
      pos = le.end;
      continue;
    }
    if (le.term === 'semi') {
      const n = skipSpaces(text, le.end + 1, limit);
      sentence = true;
      if (matchLabel(text, n, limit, edge)) {
        pos = n;
        continue;
      }
      return { entries, end: le.end + 1, sentence };
    }
    if (le.term === 'stop') return { entries, end: le.end + 1, sentence: true };
    // inside a bracketed note, a blank may part its entries: （牵头单位：A  责任单位：B）
    if (inParen && le.end < limit && isSpace(text.charCodeAt(le.end))) {
      const n = skipSpaces(text, le.end, limit);
      if (matchLabel(text, n, limit)) {
        pos = n;
        continue;
      }
    }
    return { entries, end: le.end, sentence };
  }
  return entries.length ? { entries, end: pos, sentence } : undefined;
}

/**
 * A clause-form note inside brackets (content [s, e)): X牵头，Y参与 / X负责 / X指导. The first clause must end with
 * a role word and hold a plausible unit list; later clauses are taken while they do.
 */
function clauseNote(text: string, s: number, e: number): RawEntry[] | undefined {
  const entries: RawEntry[] = [];
  let cs = s;
  let depth = 0;
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : 0;
    if (i < e && isOpenParen(c)) depth++;
    else if (i < e && isCloseParen(c)) depth--;
    const boundary = i === e || (depth === 0 && (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002));
    if (!boundary) continue;
    let a = cs;
    let b = i;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    // （由X会同Y负责）: 由 opens the clause only before a 会同 between two units
    if (text.charCodeAt(a) === 0x7531 /* 由 */ && huitongWithin(text, a + 1, b)) a++;
    // X为牵头单位，Y、Z为配合单位: the label word after 为 gives the clause's role
    const wl = b > a + 5 ? weiLabelBefore(text, a, b) : undefined;
    // (unit names only before 为: not （列第一位的为牵头单位）)
    if (wl && unitsOnly(text, a, wl.start)) {
      const parsed = parseUnitList(text, a, wl.start);
      entries.push({ kind: labelKind(wl.word), word: wl.word, parsed });
      cs = i + 1;
      if (c === 0x3002) break;
      continue;
    }
    const rw = b > a ? roleWordBefore(text, a, b) : undefined;
    if (!rw || b - rw.word.length <= a) {
      // A deadline clause may come first: （2023年底前完成，市发改委负责）.
      if (!entries.length && c !== 0x3002 && i < e && DEADLINE_CLAUSE.test(text.slice(a, b))) {
        cs = i + 1;
        continue;
      }
      // Units of another category before the clause's role word: （X牵头，市级有关部门，各县（市、区）政府配合）,
      // （A、B，C分别负责） — the clause runs on to the next role word (， between categories).
      if ((c === 0xff0c || c === 0x2c) && i < e && b > a && unitsOnly(text, a, b)) continue;
      // Units closing the note after its role clauses, with no role word of their own: （X分工负责；各乡镇）,
      // （X牵头，Y配合；各乡镇） — they take part.
      if (i === e && entries.length && b > a && unitsOnly(text, a, b)) {
        const parsed = parseUnitList(text, a, b);
        for (const u of parsed.units) u.override = 'participant';
        entries.push({ kind: 'participant', parsed });
      }
      break;
    }
    const parsed = parseUnitList(text, a, b);
    if (!parsed.units.length || !parsed.units.every(plausibleUnit)) break;
    // A bare 落实 (抓好落实, 认真落实) closes a note only after unit names.
    if (rw.word.endsWith('落实') && !parsed.units.every((u) => UNIT_TAIL.includes(u.text[u.text.length - 1]))) break;
    // （生态环境部指导，试点城市政府负责落实）: after a leading clause, 负责落实 names the implementers.
    if (rw.word.endsWith('落实') && entries.some((x) => x.kind === 'lead' || (x.kind === 'responsible' && !x.word?.endsWith('落实')))) {
      for (const u of parsed.units) u.override = 'participant';
      entries.push({ kind: 'participant', word: rw.word, parsed });
    } else entries.push({ kind: rw.kind, word: rw.word, parsed });
    cs = i + 1;
    if (c === 0x3002) break;
  }
  // A note naming participants only must name units: （社会各界广泛参与） and （全体干部参与） are prose; and 参加 alone
  // says who attends (（县直各部门参加）: a meeting), not who helps with a task.
  if (entries.length && entries.every((x) => x.kind === 'participant')) {
    if (entries.some((x) => x.word === '参加')) return undefined;
    const unitLike = (u: TextSpan) => UNIT_TAIL.includes(u.text[u.text.length - 1]) || '联协地业构'.includes(u.text[u.text.length - 1]);
    if (!entries.every((x) => x.parsed.units.every(unitLike)) || entries.some((x) => x.parsed.units.some((u) => /^(?:全体|社会|广大|群众|干部)/.test(u.text)))) return undefined;
  }
  return entries.length ? entries : undefined;
}

/** 会同 stands in text[a, b) after a unit name's ending (县应急局会同县公安局): at most 40 characters are read. */
function huitongWithin(text: string, a: number, b: number): boolean {
  const end = Math.min(b - 2, a + 40);
  for (let k = a + 1; k < end; k++) {
    if (text.charCodeAt(k) === 0x4f1a /* 会 */ && text.charCodeAt(k + 1) === 0x540c /* 同 */ && UNIT_TAIL.includes(text[k - 1])) return true;
  }
  return false;
}

/** Characters a unit name (or a group of them) ends with, for clauses without a role word of their own. */
const UNIT_TAIL = '局委办厅部院会处室所站队心团司行社组府馆校台署位门关区县市镇村）)';

/** text[a, b) is a list of unit names only (each plausible, each ending like a unit). */
function unitsOnly(text: string, a: number, b: number): boolean {
  const parsed = parseUnitList(text, a, b);
  return parsed.units.length > 0 && parsed.units.every((u) => plausibleUnit(u) && !u.override && UNIT_TAIL.includes(u.text[u.text.length - 1]));
}

const DEADLINE_CLAUSE = /^(?:完成时限[：:]?|时间节点[：:]?|于|在)?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:底|末|上旬|中旬|下旬)?(?:前|以前)?(?:完成|办结)?$|^(?:长期坚持|持续推进|持续实施)$/;

/** The end of “X” (X one to four characters, no other quote) opening at `open`, or -1. */
function quotedWordEnd(t: string, open: number): number {
  for (let j = open + 1; j < t.length && j <= open + 5; j++) {
    const c = t[j];
    if (c === '”') return j > open + 1 ? j + 1 : -1;
    if (c === '“' || c === '"') return -1;
  }
  return -1;
}

/** A unit name in a clause-form note: short, no quotes (but a quoted word closing it), colons or sentence punctuation. */
function plausibleUnit(u: TextSpan): boolean {
  if (u.text.length > 30) return false;
  for (let i = 0; i < u.text.length; i++) {
    // a short quoted word after a unit's place is part of its name: 各村“两委”, 村（社区）“两委”
    if (u.text[i] === '“' && i > 0 && quotedWordEnd(u.text, i) === u.text.length) break;
    if ('“”"《》：:。！？!?'.includes(u.text[i])) return false;
  }
  // Prose such as 由……, 要……, 试点城市政府负责落实 is not a unit list.
  return !/^(由|请|要|在|对|将|把|以|按|经|各地要)/.test(u.text);
}

/**
 * Paragraph-level scan of the range [ps, pe) from `from` while the position is before `stop` (a match starting
 * before it may end after it): returns where the scan stopped. `st` holds the range's bracket pairs (made on first
 * need). With `edge`, the range is one paragraph scanned alone and edge.hit tells that its end decided something.
 */
function scanRange(
  text: string,
  ps: number,
  pe: number,
  from: number,
  stop: number,
  inResidue: ((i: number) => number) | undefined,
  out: RawAssignment[],
  st: Pairs,
  edge?: Edge,
): number {
  let i = from;
  // only brackets and the first characters of labels start anything: found by the regex engine in the
  // text cut at `stop` (native speed even before the JIT warms up; a cut shares the string)
  const bounded = stop < text.length ? text.slice(0, stop) : text;
  while (i < stop) {
    START_RE.lastIndex = i;
    if (!START_RE.test(bounded)) {
      i = stop;
      break;
    }
    i = START_RE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (inResidue) {
      const skipTo = inResidue(i);
      if (skipTo > i) {
        i = skipTo;
        continue;
      }
    }
    if ((c === 0x3010 || c === 0x5b) && bracketLabel(text, i, pe, edge)) {
      // a label in brackets, anywhere: 落实防火责任。【牵头单位】县林业局【配合单位】各乡镇人民政府
      const chain = labelChain(text, i, pe, edge);
      if (chain) {
        out.push({ range: { start: i, end: chain.end }, form: chain.sentence ? 'sentence' : 'line', entries: chain.entries });
        i = Math.max(chain.end, i + 1);
        continue;
      }
    }
    if (isOpenParen(c)) {
      const pairs = (st.pairs ??= pairBrackets(text, ps, pe, st.scratch));
      const close = pairs[i - ps];
      // an open bracket the paragraph does not close may close after it
      if (close < 0 && edge) edge.hit = true;
      if (close > i && close - i <= 400) {
        const n = skipSpaces(text, i + 1, close);
        const chain = matchLabel(text, n, close) ? labelChain(text, n, close, undefined, true) : undefined;
        if (chain) {
          out.push({ range: { start: i, end: close + 1 }, form: 'paren', entries: chain.entries });
          i = close + 1;
          continue;
        }
        const closes = closesSentence(text, ps, pe, i, close);
        if (closes) {
          const entries = clauseNote(text, i + 1, close);
          if (entries) {
            if (closes === 2 && edge) edge.hit = true;
            out.push({ range: { start: i, end: close + 1 }, form: 'paren', entries });
            i = close + 1;
            continue;
          }
          // a bare unit list right after a sentence end: 。（市农业农村局）, or on a line of its own after it
          const after = sentenceEndBefore(text, ps, i);
          if (after && bareNote(text, i + 1, close)) {
            if ((after === 2 || closes === 2) && edge) edge.hit = true;
            out.push({ range: { start: i, end: close + 1 }, form: 'paren', entries: [{ kind: 'responsible', parsed: parseUnitList(text, i + 1, close) }] });
            i = close + 1;
            continue;
          }
        }
      }
    } else if (LABEL_FIRST.has(c) && labelMayStart(text, ps, i)) {
      const chain = labelChain(text, i, pe, edge);
      if (chain) {
        out.push({ range: { start: i, end: chain.end }, form: chain.sentence ? 'sentence' : 'line', entries: chain.entries });
        i = Math.max(chain.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return i;
}

/**
 * The raw assignments of the paragraph [a, b) scanned alone, and whether its ends decided anything (then none are
 * given: they are not the paragraph's own). Read in the whole text: before a the scan reads nothing, and past b
 * only what the edge checks cover, or one character that findAssignments requires to be a space or a bracket (so
 * the result is the paragraph's own wherever it stands).
 */
function paragraphAssignments(text: string, a: number, b: number, scratch: Int32Array | undefined): ParagraphRaws {
  const raws: RawAssignment[] = [];
  const edge: Edge = { end: b, hit: false };
  scanRange(text, a, b, a, b, undefined, raws, { scratch }, edge);
  return edge.hit ? { base: a, raws: [], edge: true } : { base: a, raws, edge: false };
}

/**
 * A paragraph's raw assignments, at offsets as found at `base` (a piece's result up to a move: resolveAssignment
 * moves what it copies to any other place). Never changed once made: findAssignments copies what it changes and
 * resolveAssignment copies the spans it keeps, so the same objects serve every analysis, wherever the paragraph is.
 */
interface ParagraphRaws {
  base: number;
  raws: RawAssignment[];
  edge: boolean;
}

function moveSpan(x: TextSpan, delta: number): TextSpan {
  return { start: x.start + delta, end: x.end + delta, text: x.text };
}

/** How far before a hard wrap a note's bracket may open and still close on the next line (see pairBrackets). */
const WRAP_OPEN = 40;

/** A range's bracket pairs (made on first need), and a buffer that may hold them (reused from range to range). */
interface Pairs {
  pairs?: Int32Array;
  scratch?: Int32Array;
}

/**
 * Matching brackets in [ps, pe) (one stack pass; a line break closes nothing and clears the stack): the close
 * offset of the bracket opening at ps + k is at index k, -1 when none. A typed array, not a Map: 100,000
 * nested brackets make 100,000 entries.
 */
function pairBrackets(text: string, ps: number, pe: number, scratch?: Int32Array): Int32Array {
  const pairs = scratch && scratch.length >= pe - ps ? scratch.fill(-1, 0, pe - ps) : new Int32Array(pe - ps).fill(-1);
  const stack: number[] = [];
  // (a hard wrap inside a short note, （县农业⏎农村局、县供销社负责）: the innermost bracket opened at most WRAP_OPEN
  // characters before a line break that follows a Han letter or 、 stays open over that one break)
  let carried = -1;
  for (let i = ps; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 10 && i > ps && text.charCodeAt(i - 1) === 13) continue;
      const top = stack.length ? stack[stack.length - 1] : -1;
      stack.length = 0;
      let p = i - 1;
      while (p > top && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000 || text.charCodeAt(p) === 0x09)) p--;
      if (top >= 0 && top !== carried && i - top <= WRAP_OPEN && p > top && (isHan(text.charCodeAt(p)) || text.charCodeAt(p) === 0x3001)) {
        stack.push(top);
        carried = top;
      } else carried = -1;
    } else if (isOpenParen(c)) stack.push(i);
    else if (isCloseParen(c) && stack.length) pairs[stack.pop()! - ps] = i;
  }
  return pairs;
}

function labelMayStart(text: string, ps: number, i: number): boolean {
  if (i === ps) return true;
  const p = text.charCodeAt(i - 1);
  return isSpace(p) || BEFORE_LABEL_CODES.has(p) || afterItemMarker(text, ps, i);
}

const isCnDigit = (c: number): boolean => CN_NUM.includes(String.fromCharCode(c));

/**
 * A sub-item's number marker opening its paragraph stands right before i: （3）责任单位：X, (3)责任单位:X, 3.责任单位：X,
 * （三）责任单位：X (a role line numbered as an item of its own). Reads at most five characters back, not before ps.
 */
function afterItemMarker(text: string, ps: number, i: number): boolean {
  let k = i - 1;
  const c = text.charCodeAt(k);
  let n = 0;
  if (c === 0xff09 || c === 0x29) {
    k--;
    while (k >= ps && n < 3 && (isAsciiDigit(text.charCodeAt(k)) || isCnDigit(text.charCodeAt(k)))) {
      k--;
      n++;
    }
    if (!n || k < ps || (text.charCodeAt(k) !== 0xff08 && text.charCodeAt(k) !== 0x28)) return false;
    k--;
  } else if (c === 0x2e || c === 0xff0e || c === 0x3001) {
    k--;
    while (k >= ps && n < 2 && isAsciiDigit(text.charCodeAt(k))) {
      k--;
      n++;
    }
    if (!n) return false;
  } else return false;
  return k < ps || isSpace(text.charCodeAt(k));
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The bracket [open, close] closes a sentence: a sentence end before or after it, or the range's start or end.
 * 0 when not; 1 when so; 2 when so only by the range's start or end (a paragraph scanned alone: the text around
 * it decides).
 */
function closesSentence(text: string, ps: number, pe: number, open: number, close: number): 0 | 1 | 2 {
  let b = open - 1;
  while (b >= ps && isSpace(text.charCodeAt(b))) b--;
  if (b >= ps && SENTENCE_END_CODES.has(text.charCodeAt(b))) return 1;
  let a = close + 1;
  while (a < pe && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x3000 || text.charCodeAt(a) === 0x09)) a++;
  if (a < pe) {
    const n = text.charCodeAt(a);
    if (n === 10 || n === 13 || SENTENCE_END_CODES.has(n)) return 1;
  }
  return b < ps || a >= pe ? 2 : 0;
}

/** 1 when a sentence end (after blanks and line breaks) comes right before `open`, 2 when the range starts there. */
function sentenceEndBefore(text: string, ps: number, open: number): 0 | 1 | 2 {
  let b = open - 1;
  while (b >= ps && isSpace(text.charCodeAt(b))) b--;
  if (b < ps) return 2;
  return SENTENCE_END_CODES.has(text.charCodeAt(b)) ? 1 : 0;
}

/** Openings of a bracketed remark that is no unit list: （含……）（以下简称……）（包括……）. */
const NOT_UNITS_RE = /^[ \t\u3000]*(?:含|不含|包括|包含|即|如|以下|简称|下同|详见|见|附|注)/;

/**
 * （市农业农村局）, （区农业农村局、区财政局）: a short list of unit names only (each ending as a unit does),
 * no role word: the units responsible for the sentence it closes.
 */
function bareNote(text: string, s: number, e: number): boolean {
  if (e - s > 80 || e <= s) return false;
  if (NOT_UNITS_RE.test(text.slice(s, Math.min(e, s + 8)))) return false;
  // a label word alone names no unit: 〔牵头单位〕
  if (LABEL_WORD_RE.test(text.slice(s, e))) return false;
  return unitsOnly(text, s, e);
}

/** A label word and nothing else (牵头单位, 配合部门). */
const LABEL_WORD_RE = /^[ \t\u3000]*(?:总|主要)?(?:牵头责任|协同责任|配合责任|参与责任|主体责任|牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同|协作|实施|承办|执行|落实|包保)(?:单位|部门|科室|处室|股室|站所|主体)[ \t\u3000]*$/;

/**
 * Resolves roles: 责任/负责 lead only without 牵头/主办 in the same assignment; first-listed-leads when declared.
 * `deltas`: per entry, how far its spans move (a paragraph's raw assignments reused at another place); the range
 * is taken as it is.
 */
export function resolveAssignment(raw: RawAssignment, firstListedLeads: boolean, deltas?: number[]): Assignment {
  const hasQiantou = raw.entries.some((e) => e.word !== undefined && isQiantouWord(e.word));
  const resolve = (k: RoleKind): 'lead' | 'participant' => (k === 'responsible' ? (hasQiantou ? 'participant' : 'lead') : k);
  const entries: AssignmentEntry[] = raw.entries.map((e, ei) => {
    const d = deltas ? deltas[ei] : 0;
    const role = resolve(e.kind);
    const explicit = e.parsed.units.some((u) => u.override !== undefined);
    // 责任单位：A、B（牵头）、C — the marked unit leads, the others participate.
    const marked = e.kind === 'responsible' && e.parsed.units.some((u) => u.mark);
    const firstLeads = firstListedLeads && e.kind === 'responsible' && role === 'lead' && e.label !== undefined && !explicit;
    const units: UnitRef[] = e.parsed.units.map((u, k) => ({
      start: u.start + d,
      end: u.end + d,
      text: u.text,
      role: u.override ? resolve(u.override) : marked ? 'participant' : firstLeads ? (k === 0 ? 'lead' : 'participant') : role,
    }));
    // (copies: the raw assignment may be kept for reuse, the document's parts are its own)
    const entry: AssignmentEntry = { role, list: moveSpan(e.parsed.list, d), units };
    if (e.label) entry.label = moveSpan(e.label, d);
    if (e.colon) entry.colon = moveSpan(e.colon, d);
    if (e.parsed.respectively) entry.respectively = moveSpan(e.parsed.respectively, d);
    if (e.parsed.remarks.length) entry.remarks = e.parsed.remarks.map((r) => ({ start: r.start + d, end: r.end + d }));
    return entry;
  });
  return { range: { start: raw.range.start, end: raw.range.end }, form: raw.form, entries };
}

/** Assignments in the given paragraphs (residue ranges excluded), in document order. */
export function findAssignments(text: string, paragraphs: Paragraph[], residue: Range[], cache: AnalysisCache = new AnalysisCache()): Assignment[] {
  // Paragraphs separated only by whitespace are scanned as one range: a label may end one line and its units
  // stand on the next; lists end at line breaks and separating spaces anyway.
  let ordered = true;
  for (let k = 1; k < paragraphs.length && ordered; k++) ordered = paragraphs[k - 1].start <= paragraphs[k].start;
  const sorted: Range[] = !paragraphs.length ? linesOf(text) : ordered ? paragraphs : paragraphs.slice().sort((a, b) => a.start - b.start);
  const res = residue.slice().sort((a, b) => a.start - b.start);
  let r = 0;
  // Residue lookup for increasing positions: returns the end of the residue node holding i, else i.
  const inResidue = (i: number): number => {
    while (r < res.length && res[r].end <= i) r++;
    if (r < res.length && res[r].start <= i) return res[r].end;
    return i;
  };
  const raws: RawAssignment[] = [];
  // per raw assignment, how far it moves: a paragraph's reused result found at another place is not copied here,
  // resolveAssignment moves what it copies anyway
  const moves: number[] = [];
  let rr = 0;
  let longest = 0;
  for (const p of sorted) longest = Math.max(longest, p.end - p.start);
  let scratch: Int32Array | undefined;
  // the paragraph [pa, pb) looked up (one closure for all the lookups: it runs within the call)
  let pa = 0;
  let pb = 0;
  const scanParagraph = (): ParagraphRaws => paragraphAssignments(text, pa, pb, (scratch ??= new Int32Array(longest)));
  for (let k = 0; k < sorted.length; ) {
    // the range: paragraphs k .. m - 1
    const ps = sorted[k].start;
    let pe = sorted[k].end;
    let m = k + 1;
    while (m < sorted.length && onlySpace(text, pe, sorted[m].start)) pe = Math.max(pe, sorted[m++].end);
    while (rr < res.length && res[rr].end <= ps) rr++;
    // (the range's bracket pairs, made when a scan of the range needs them)
    let st: Pairs | undefined;
    if (rr < res.length && res[rr].start < pe) {
      // residue inside the range: scan it whole
      scanRange(text, ps, pe, ps, pe, inResidue, raws, (st ??= {}));
      while (moves.length < raws.length) moves.push(0);
      k = m;
      continue;
    }
    // Each paragraph is scanned alone (and its result reused) when the scan enters it at its start, whitespace
    // (or a bracket starting the next one) separates it from its neighbours, and nothing found depends on the text
    // around it; else the range is scanned from where the scan stands to the paragraph's end, as one.
    let i = ps;
    for (; k < m; k++) {
      const a = sorted[k].start;
      const b = sorted[k].end;
      if (i >= b) continue;
      // (a paragraph split off right before a bracket, 二、工作重点（一）…, has no space between: the scan never
      // starts a label at a bracket, and reads nothing from the bracket that the edge checks do not cover)
      if (
        i <= a &&
        (a === ps || isSpace(text.charCodeAt(a - 1)) || isOpenParen(text.charCodeAt(a))) &&
        (b === text.length || isSpace(text.charCodeAt(b)) || isOpenParen(text.charCodeAt(b)))
      ) {
        pa = a;
        pb = b;
        const v = cache.lookup('parse.assignments', text.slice(a, b), scanParagraph);
        if (!v.edge) {
          const found = v.raws;
          for (let j = 0; j < found.length; j++) {
            raws.push(found[j]);
            moves.push(a - v.base);
          }
          i = b;
          continue;
        }
      }
      i = scanRange(text, ps, pe, i, b, undefined, raws, (st ??= {}));
      while (moves.length < raws.length) moves.push(0);
    }
    while (moves.length < raws.length) moves.push(0);
  }
  // in document order (a stable sort, as of the raw assignments themselves)
  const order: number[] = new Array(raws.length);
  for (let j = 0; j < raws.length; j++) order[j] = j;
  order.sort((x, y) => raws[x].range.start + moves[x] - (raws[y].range.start + moves[y]));
  // Consecutive label sentences/lines with only whitespace between form one assignment.
  const merged: RawAssignment[] = [];
  const mergedMoves: number[][] = [];
  for (let j = 0; j < order.length; j++) {
    const a = raws[order[j]];
    const d = moves[order[j]];
    const start = a.range.start + d;
    const end = a.range.end + d;
    const prev = merged[merged.length - 1];
    if (prev && prev.form !== 'paren' && a.form !== 'paren' && onlySpace(text, prev.range.end, start)) {
      const pm = mergedMoves[mergedMoves.length - 1];
      for (let k = 0; k < a.entries.length; k++) {
        prev.entries.push(a.entries[k]);
        pm.push(d);
      }
      prev.range = { start: prev.range.start, end };
      continue;
    }
    merged.push({ range: { start, end }, form: a.form, entries: a.entries.slice() });
    const em: number[] = new Array(a.entries.length);
    for (let k = 0; k < em.length; k++) em[k] = d;
    mergedMoves.push(em);
  }
  const firstLeads = declaresFirstListedLead(text);
  const out: Assignment[] = new Array(merged.length);
  for (let j = 0; j < merged.length; j++) out[j] = resolveAssignment(merged[j], firstLeads, mergedMoves[j]);
  return out;
}

function onlySpace(text: string, a: number, b: number): boolean {
  if (b < a) return false;
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Lines as paragraphs (used when the caller has no paragraphs). */
export function linesOf(text: string): Range[] {
  const out: Range[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (i > s) out.push({ start: s, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  return out;
}

/**
 * The units of member lists (成员单位：A、B、C。 成员由下列单位负责人担任：A、B。): unit lists the unit rules check but
 * no task assignment (they name who sits on a body, not who does a task), so they stay out of doc.assignments and
 * the tasks table. `skip` holds ranges read no further (residue, the 主送机关, assignments). A list counts when it
 * names two units or more, each a plausible name, most ending as a unit does. One pass over the text (indexOf),
 * bounded work per hit.
 */
export function findMemberLists(text: string, skip: Range[]): UnitRef[] {
  const out: UnitRef[] = [];
  const ranges = skip.slice().sort((a, b) => a.start - b.start);
  let r = 0;
  // the next line break: `brk` when found (-1: not yet), no break in [the last label, scanned); each
  // character is read once
  let brk = -1;
  let scanned = 0;
  for (let h = text.indexOf('成员'); h >= 0; h = text.indexOf('成员', h + 2)) {
    const colon = memberColon(text, h);
    if (colon < 0) continue;
    while (r < ranges.length && ranges[r].end <= h) r++;
    if (r < ranges.length && ranges[r].start <= colon) continue;
    const stop = Math.min(text.length, colon + 600);
    if (brk < colon) {
      let k = Math.max(scanned, colon);
      while (k < stop && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      scanned = k;
      brk = k < stop ? k : -1;
    }
    let limit = brk >= colon ? brk : stop;
    if (r < ranges.length && ranges[r].start < limit) limit = ranges[r].start;
    const le = listEnd(text, colon + 1, limit);
    // (what the list covers is read once: the next label is looked for after it)
    if (le.end - 2 > h) h = le.end - 2;
    const units = parseUnitList(text, colon + 1, le.end).units;
    // (经信局 is a unit here: plausibleUnit's prose openings are for closing notes)
    if (units.length < 2 || /^(?:由|请|要|在|对|将|把|按)/.test(units[0].text) || !units.every((u) => u.text.length <= 30 && !u.override && !/[“”"《》：:。！？!?]/.test(u.text))) continue;
    let tails = 0;
    for (const u of units) if (UNIT_TAIL.includes(u.text[u.text.length - 1])) tails++;
    if (tails * 2 < units.length) continue;
    for (const u of units) out.push({ start: u.start, end: u.end, text: u.text, role: 'participant' });
  }
  return out;
}

/**
 * The colon closing a member-list label starting at `h` (成员单位：, 成员单位 :, 成员由下列单位负责人担任：,
 * 成员由以下单位组成：), or -1.
 */
function memberColon(text: string, h: number): number {
  let i = h + 2;
  if (text.startsWith('单位', i)) {
    i = skipBlanks(text, i + 2);
    const c = text.charCodeAt(i);
    return c === 0xff1a || c === 0x3a ? i : -1;
  }
  // 成员由……单位……担任： (a short clause naming units, no punctuation inside)
  const end = Math.min(text.length, h + 24);
  let unit = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) break;
    if (!isHan(c)) return -1;
    if (text.startsWith('单位', i)) unit = true;
  }
  if (i >= end || !unit) return -1;
  return text.startsWith('担任', i - 2) || text.startsWith('组成', i - 2) ? i : -1;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** Sentence-form leads are read within this many characters of a task's text (a leaf item's own prose). */
const SENTENCE_LEAD_SPAN = 2000;

/**
 * A lead named by a whole sentence of a task's own text, no label and no brackets: 县住建局负责。 由县住建局负责，县市场
 * 监管局、县消防救援大队配合。 县商务局牵头，县应急局、县公安局配合。 由X会同Y负责。 Narrow: the sentence (closed by
 * 。！？ or a line's end) is nothing but clauses of unit names each closed by its role word — the first a lead's
 * (牵头, 负责, 主办 …; 由 may open it), the later ones any (配合, 参与, 协助 …); every unit a short name ending as a
 * unit does. Or such clauses opening one of the first two sentences of [from, to) (the item's heading sentence and
 * the one after it), the task following them in the same sentence: 市环保局负责，市公安局、市交通局配合，加强机动车
 * 尾气检测。 — its range the role clauses only. Either way the first unit is named with its place or level (县…,
 * 某某县人民政府, 各乡镇人民政府: 政府负责，部门协同。 is a principle), and no unit opens with a verb (坚持政府负责). Read by the tasks table
 * and a group label's lift (tasks.ts), and, for the leaf items of a section of tasks, added to the document's
 * assignments (tasks.ts, promoteSentenceLeads). The first such sentence in [from, to) wins; linear. `headingEnd`: the
 * end of the item's heading when it is a paragraph of its own (a sentence ends there, without a stop: 扬尘污染治理 ⏎ or,
 * collapsed, a blank).
 */
export function sentenceLead(text: string, from: number, to: number, firstListedLeads = false, headingEnd = -1): Assignment | undefined {
  const end = Math.min(to, from + SENTENCE_LEAD_SPAN);
  let s = from;
  // (the sentences seen: an opening lead is read in the first two only)
  let n = 0;
  for (let i = from; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 10;
    // (`headingEnd`: where a heading that is a paragraph of its own ends, a collapsed layout's blank after it too)
    // (a half-width . after a Han letter ends a sentence too, as a page that lost its full-width marks writes it:
    // 县住建局负责.; not a marker's or a number's . after a digit)
    const stop = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 10 || c === 13 || i === headingEnd || (c === 0x2e && i > from && isHan(text.charCodeAt(i - 1)));
    if (!stop) continue;
    let a = s;
    let b = i;
    s = i + 1;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) continue;
    n++;
    if (b - a < 4) continue;
    if (b - a <= 120) {
      const whole = sentenceClauses(text, a, b, false);
      if (whole) return resolveAssignment({ range: { start: a, end: whole.end }, form: 'sentence', entries: whole.entries }, firstListedLeads);
    }
    if (n <= 2) {
      const opening = sentenceClauses(text, a, Math.min(b, a + 120), true);
      if (opening) return resolveAssignment({ range: { start: a, end: opening.end }, form: 'sentence', entries: opening.entries }, firstListedLeads);
    }
  }
  return undefined;
}

/**
 * An item headed by the name of the unit that carries it out, right after its marker: （二）县公安局：要抓住典型案例……
 * （三）各乡镇人民政府：要…… — the 职责分工 form. Narrow: from `from` (the marker's end; blanks skipped), Han letters,
 * 、 and brackets only up to a colon within 40 characters, and before the colon nothing but unit names the built-in
 * data knows with their place or level, or 各… group designations (knownUnitHeading). The units lead. Not an
 * assignment of the document (as sentenceLead): tasks.ts and task-missing-lead read it. Returns the assignment and
 * the colon's end.
 */
export function headingLead(text: string, from: number, to: number): { assignment: Assignment; colonEnd: number } | undefined {
  let a = from;
  while (a < to && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x3000 || text.charCodeAt(a) === 0x09)) a++;
  const stop = Math.min(to, a + 41);
  for (let i = a; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) {
      if (!knownUnitHeading(text, a, i)) return undefined;
      const parsed = parseUnitList(text, a, i);
      if (!parsed.units.length) return undefined;
      return { assignment: resolveAssignment({ range: { start: a, end: i }, form: 'sentence', entries: [{ kind: 'lead', parsed }] }, false), colonEnd: i + 1 };
    }
    if (!(isHan(c) || c === 0x3001 || c === 0xff08 || c === 0xff09 || c === 0x28 || c === 0x29)) return undefined;
  }
  return undefined;
}

/** Openings of a clause that is no unit's name: a principle or a measure (坚持政府负责, 落实属地负责). */
const VERB_OPENING = /^(?:坚持|实行|实施|落实|强化|加强|推动|推进|明确|压实|健全|完善|建立|构建|形成|做到|确保|严格|全面|切实|进一步)/;
/** A unit named with its place or level, or a group of units: 县住建局, 市环保局, 某某县人民政府, 各乡镇人民政府. */
const PLACED_UNIT = /^(?:各|[\u4e00-\u9fff]{0,8}?[省市县区州盟旗乡镇])[\u4e00-\u9fff（）()]/;

/**
 * The clauses of text[a, b) as a sentence-form lead (see sentenceLead), or undefined: the entries and the end of the
 * last role clause. `opening`: role clauses at the start, then the task's own clauses (at least one, holding words).
 */
function sentenceClauses(text: string, a: number, b: number, opening: boolean): { entries: RawEntry[]; end: number } | undefined {
  const entries: RawEntry[] = [];
  let cs = a;
  let depth = 0;
  let last = a;
  for (let i = a; i <= b; i++) {
    const c = i < b ? text.charCodeAt(i) : 0;
    if (i < b && isOpenParen(c)) depth++;
    else if (i < b && isCloseParen(c)) depth--;
    if (!(i === b || (depth === 0 && (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b)))) continue;
    let x = cs;
    let y = i;
    cs = i + 1;
    while (x < y && isSpace(text.charCodeAt(x))) x++;
    while (y > x && isSpace(text.charCodeAt(y - 1))) y--;
    const clause = roleClause(text, x, y, entries.length === 0);
    if (!clause) {
      // (the task's own words follow the role clauses: an opening lead)
      if (opening && entries.length && i > x && c !== 0xff1b && c !== 0x3b && ownWords(text, x, b)) break;
      return undefined;
    }
    if (!entries.length && !PLACED_UNIT.test(clause.parsed.units[0].text)) return undefined;
    entries.push(clause);
    last = y;
    if (opening && i === b) return undefined; // the whole sentence: not an opening
  }
  return entries.length ? { entries, end: last } : undefined;
}

/** One clause text[x, y) of a sentence-form lead: unit names closed by a role word (the first: a lead's). */
function roleClause(text: string, x: number, y: number, first: boolean): RawEntry | undefined {
  if (first && text.charCodeAt(x) === 0x7531 /* 由 */) x++;
  const rw = y > x ? roleWordBefore(text, x, y) : undefined;
  if (!rw || rw.start <= x) return undefined;
  // the first clause names the lead (指导 names no one doing the task)
  if (first && (rw.kind === 'participant' || rw.word === '指导')) return undefined;
  const parsed = parseUnitList(text, x, y);
  if (!parsed.units.length || parsed.units[parsed.units.length - 1].end > rw.start) return undefined;
  for (const u of parsed.units) {
    // (和 only in a group of place levels: 各县和矿区政府; 市场主导和政府负责 is a principle)
    if (u.text.length > 20 || !plausibleUnit(u) || !UNIT_TAIL.includes(u.text[u.text.length - 1]) || (u.group ? /[由的要]/ : /[由的和要]/).test(u.text) || VERB_OPENING.test(u.text)) return undefined;
  }
  return { kind: rw.kind, word: rw.word, parsed };
}

/** text[x, b) holds the task's words: two Han letters or more. */
function ownWords(text: string, x: number, b: number): boolean {
  let n = 0;
  for (let k = x; k < b && n < 2; k++) if (isHan(text.charCodeAt(k))) n++;
  return n >= 2;
}
