// Unit lists inside task assignments: 市发改委、市财政局，各县(市、区)政府 … split into units with exact ranges.
// Linear: one pass over the list with a bracket depth counter; no regex over the list.
import type { Range, TextSpan } from '../model';
import { CodeSet } from './chars';
import { matchBuiltin } from '../units/grammar';

/** What a role word says about the units it follows. 'responsible' (责任/负责) is resolved per assignment. */
export type RoleKind = 'lead' | 'responsible' | 'participant';

export interface RawUnit extends TextSpan {
  /** Role given by a role word closing the unit's clause (X牵头，Y参与) or a （牵头） mark after the unit. */
  override?: RoleKind;
  /** The override comes from 分别牵头 / 分别负责 / 共同牵头. */
  respectively?: boolean;
  /** The unit is marked lead by a bracket after it: 市发改委（牵头）. */
  mark?: boolean;
  /** The unit follows 会同 in its clause (X会同Y): it takes part. */
  joined?: boolean;
  /** The unit is a group of place levels joined by 和 (各县和矿区政府, 各县（市）和矿区政府): one group unit. */
  group?: boolean;
}

export interface ParsedUnitList {
  /** The list as written: first to last content character (role words included, trailing remark and punctuation excluded). */
  list: TextSpan;
  units: RawUnit[];
  /** 分别牵头 / 分别负责 span, when present. */
  respectively?: TextSpan;
  /** Parenthetical remarks in the list that are not part of a unit, e.g. （除标注“分别牵头”外，…，下同）. */
  remarks: Range[];
  /** Where a label glued to the list's last unit starts (县卫健委配合单位：…): the list was cut there. */
  gluedLabel?: number;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0xfeff;
}

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export const OPEN_PARENS = '（(【[〔';
export const CLOSE_PARENS = '）)】]〕';

export function isOpenParen(c: number): boolean {
  return c === 0xff08 || c === 0x28 || c === 0x3010 || c === 0x5b || c === 0x3014;
}
export function isCloseParen(c: number): boolean {
  return c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x5d || c === 0x3015;
}

/**
 * The matching close bracket of the open bracket at `open`, searching no further than `limit`
 * and never across a line break; -1 when there is none.
 */
export function matchParen(text: string, open: number, limit: number): number {
  let depth = 0;
  const end = Math.min(limit, text.length);
  for (let i = open; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    if (isOpenParen(c)) depth++;
    else if (isCloseParen(c)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Role words that may close a clause, longest first. */
const ROLE_WORDS: Array<[string, RoleKind, boolean]> = [
  ['分别牵头', 'lead', true],
  ['共同牵头', 'lead', true],
  ['分别负责', 'responsible', true],
  ['牵头负责', 'lead', false],
  ['牵头落实', 'lead', false],
  ['牵头抓总', 'lead', false],
  ['牵头实施', 'lead', false],
  ['牵头推进', 'lead', false],
  ['负总责', 'lead', false],
  ['统筹', 'lead', false],
  ['主抓', 'lead', false],
  ['主责', 'lead', false],
  ['牵头', 'lead', false],
  ['主办', 'lead', false],
  ['指导', 'lead', false],
  ['负责落实', 'responsible', false],
  ['组织落实', 'responsible', false],
  ['落实', 'responsible', false],
  ['负责', 'responsible', false],
  ['参与', 'participant', false],
  ['参加', 'participant', false],
  ['配合', 'participant', false],
  ['协办', 'participant', false],
  ['协同', 'participant', false],
  ['协助', 'participant', false],
];

/**
 * Role words that are also everyday verbs or nouns (城乡统筹, 全面主抓, 党政主责): they close a unit list only right
 * after a unit name's ending (县水利局统筹, 各乡镇统筹; modifiers such as 分工 or 共同 between them are skipped).
 */
const GUARDED_ROLE_WORDS = new Set(['负总责', '统筹', '主抓', '主责']);
const GUARDED_BEFORE = new CodeSet('局委办厅部院会处室所站队心团司行社组府馆校台署位门关区县市镇村）)');

/** The role word ending text[from, end), if any. */
export function roleWordBefore(text: string, from: number, end: number): { word: string; kind: RoleKind; respectively: boolean; start: number } | undefined {
  if (!ROLE_WORD_LAST.has(text.charCodeAt(end - 1))) return undefined;
  for (const [w, kind, resp] of ROLE_WORDS) {
    const s = end - w.length;
    if (s >= from && text.startsWith(w, s)) {
      if (GUARDED_ROLE_WORDS.has(w)) {
        const b = stripRoleModifiers(text, from, s);
        if (b <= from || !GUARDED_BEFORE.has(text.charCodeAt(b - 1))) return undefined;
      }
      return { word: w, kind, respectively: resp, start: s };
    }
  }
  return undefined;
}

/** The last characters of the role words (a quick test before trying each). */
const ROLE_WORD_LAST = new CodeSet(ROLE_WORDS.map(([w]) => w[w.length - 1]).join(''));

/** True when the role word is a 牵头/主办 word (one that turns 责任单位 into participants). */
export function isQiantouWord(word: string): boolean {
  // (主责 is also a label's word, 主责单位, whose units are 责任: not here)
  return word.includes('牵头') || word === '主办' || word === '负总责' || word === '统筹' || word === '主抓';
}

/** Characters that end a unit name and allow a 和/及 after them to join two units. */
const UNIT_END = new CodeSet('局委办厅部院会处室所站队中心团司行社组府馆校台署门');

const LEAD_MARKS = new Set(['牵头', '牵头单位', '牵头部门', '主办', '主办单位', '主责', '牵头负责']);
const REMARK_WORDS = ['下同', '除', '注', '以下', '按职责', '分别', '排名', '列第一', '列首位', '不分先后', '为牵头'];

function classifyParen(text: string, s: number, e: number): 'unit' | 'lead' | 'remark' {
  const inner = text.slice(s + 1, e).trim();
  if (LEAD_MARKS.has(inner)) return 'lead';
  if (inner.length > 20) return 'remark';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if ('，,；;。：:“”"《》!！?？'.includes(ch)) return 'remark';
  }
  for (const w of REMARK_WORDS) if (inner.includes(w)) return 'remark';
  return 'unit';
}

const TRAILING_ETC = ['等有关部门', '等相关部门', '等有关单位', '等相关单位', '等部门', '等单位', '等'];
const ETC_LAST = new CodeSet(TRAILING_ETC.map((t) => t[t.length - 1]).join(''));

/**
 * Modifiers standing between a unit list and its closing role word (A、B按职责分工负责, A、B共同牵头, A等分别负责):
 * not part of the last unit's name. Longest first; stripped repeatedly (A等按职责分工负责).
 */
const ROLE_MODIFIERS = ['按照职责分工', '按职责分工', '根据职责分工', '依照职责分工', '依职责分工', '按照各自职责', '按各自职责', '按照职责', '按职责', '根据职责', '依职责', '各司其职', '分别', '共同', '具体', '协同', '分工', '分头', '督促', '等'];

const MODIFIER_LAST = new CodeSet(ROLE_MODIFIERS.map((m) => m[m.length - 1]).join(''));

function stripRoleModifiers(text: string, start: number, end: number): number {
  for (let again = true; again; ) {
    again = false;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (!MODIFIER_LAST.has(text.charCodeAt(end - 1))) break;
    for (const m of ROLE_MODIFIERS) {
      if (end - m.length > start && text.startsWith(m, end - m.length)) {
        end -= m.length;
        again = true;
        break;
      }
    }
  }
  return end;
}

/**
 * Group names where 各 distributes over a list up to a shared suffix: 各区、县（市）人民政府, 各市、县（市、区）人民政府,
 * 各村、社区, 各镇、街道. An item that is only place levels (各区, 各市, 县（市）, 各村) holds no unit of its own: it
 * joins the next item when that one is a level with a suffix (县（市）人民政府, 社区). Not 各县（市、区）、市级有关部门.
 */
function levelTokensEnd(text: string, s: number, e: number): number {
  let i = s;
  while (i < e) {
    // (矿区: a county-level district of its own, 各县（市）和矿区政府)
    if (text.startsWith('街道', i) || text.startsWith('社区', i) || text.startsWith('乡镇', i) || text.startsWith('矿区', i)) {
      if (i + 2 > e) break;
      i += 2;
      continue;
    }
    const c = text[i];
    // (州, 盟, 旗: the levels of 云南's 州、市, 内蒙古's 盟、市 and 旗、县)
    if ('省市县区州盟旗乡镇村'.includes(c)) {
      i++;
      continue;
    }
    if (isOpenParen(text.charCodeAt(i)) && i > s) {
      const close = matchParen(text, i, e);
      if (close < 0) break;
      const inner = levelTokensEnd(text, i + 1, close);
      let k = inner;
      while (k < close) {
        // 县（市、区）: levels separated by 、 inside the bracket
        if (text.charCodeAt(k) !== 0x3001) break;
        const n = levelTokensEnd(text, k + 1, close);
        if (n === k + 1) break;
        k = n;
      }
      if (k !== close || inner === i + 1) break;
      i = close + 1;
      continue;
    }
    break;
  }
  return i;
}

/** Body words that name no unit without a place: 政府 in 各县（市、区）党委和政府. */
const BARE_BODIES = new Set(['政府', '人民政府', '党委', '党组', '党委（党组）', '党工委', '管委会', '政府部门', '人大', '政协', '人大常委会', '办事处']);

/** One-character kinds of body in a 各 list: 市政府各委、办、局 (each 委, 办 and 局), 各委、局. */
const KIND_CHARS = '委办局厅处室';

/** items[k] is a bare kind (办, 局) continuing a 各 kind list that ends the item before it (各委). */
function continuesKindList(text: string, prev: Range, it: Range): boolean {
  if (it.end - it.start !== 1 || !KIND_CHARS.includes(text[it.start])) return false;
  if (!KIND_CHARS.includes(text[prev.end - 1])) return false;
  // 各 stands just before the first kind of the list (各委、办、局) or the list is already merged (各委、办)
  for (let i = prev.end - 1; i > prev.start && i >= prev.end - 12; i--) {
    const c = text[i - 1];
    if (c === '各') return true;
    if (c !== '、' && !KIND_CHARS.includes(c)) return false;
  }
  return false;
}

/** 县直及省、市驻县各单位: the item ends in a bare level after 及/和/与 that shares the next item's words. */
function sharesNextLevels(text: string, prev: Range, it: Range): boolean {
  const n = prev.end - prev.start;
  return n >= 3 && '省市县区'.includes(text[prev.end - 1]) && '及和与'.includes(text[prev.end - 2]) && '省市县区乡镇'.includes(text[it.start]);
}

/** The length of a word opening a group of levels at s: 各 (1), 相关 or 有关 (2); 0 when none. */
function groupOpening(text: string, s: number): number {
  if (text.charCodeAt(s) === 0x5404 /* 各 */) return 1;
  return text.startsWith('相关', s) || text.startsWith('有关', s) ? 2 : 0;
}

/** The item is place levels only, optionally after 各: 各区, 县（市）, 各村, 各县（市、区）. */
export function isBareLevelItem(text: string, s: number, e: number): boolean {
  const a = text.charCodeAt(s) === 0x5404 /* 各 */ ? s + 1 : s;
  return a < e && e - s <= 12 && levelTokensEnd(text, a, e) === e;
}

/** The item is place levels after 各, 相关 or 有关 (各县, 各县（市）, 相关县（市）): it starts a group of levels. */
function isGroupLevels(text: string, s: number, e: number): boolean {
  const a = s + groupOpening(text, s);
  return a > s && a < e && e - s <= 12 && levelTokensEnd(text, a, e) === e;
}

/** The item is a level with the group's shared suffix: 县（市）人民政府, 社区, 街道办事处 (not 市级有关部门, 市政府各部门). */
function takesDistributedSuffix(text: string, s: number, e: number): boolean {
  const t = levelTokensEnd(text, s, e);
  if (t === s || e - s > 20) return false;
  for (let i = t; i < e; i++) if ('各级直属有关相关部门单位'.includes(text[i])) return false;
  return true;
}

/**
 * Merges group items joined by 、: items[k] bare levels starting a 各 chain, items[k+1] a level taking the suffix.
 * `joinable(k)` tells whether items k and k+1 are separated by 、 (and may merge). Returns the merged ranges.
 */
export function mergeGroupItems<T extends Range>(text: string, items: T[], joinable: (k: number) => boolean, merge: (a: T, b: T) => T): T[] {
  const out: T[] = [];
  let chain = false; // the previous output item is a bare level chain started by 各
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const prev = out[out.length - 1];
    // 各县（市、区）党委和政府, 各县（市、区）党委、政府: a bare body word after a 各 group shares its places
    if (prev && k > 0 && joinable(k - 1) && text.charCodeAt(prev.start) === 0x5404 && BARE_BODIES.has(text.slice(it.start, it.end))) {
      out[out.length - 1] = merge(prev, it);
      chain = false;
      continue;
    }
    // 市政府各委、办、局; 县直及省、市驻县各单位
    if (prev && k > 0 && joinable(k - 1) && (continuesKindList(text, prev, it) || sharesNextLevels(text, prev, it))) {
      out[out.length - 1] = merge(prev, it);
      chain = false;
      continue;
    }
    if (chain && prev && joinable(k - 1) && (isBareLevelItem(text, it.start, it.end) || takesDistributedSuffix(text, it.start, it.end))) {
      out[out.length - 1] = merge(prev, it);
      chain = isBareLevelItem(text, it.start, it.end);
      continue;
    }
    out.push(it);
    chain = isGroupLevels(text, it.start, it.end);
  }
  return out;
}

/** Words that open a remark closing a unit list (after ， or ；): 以下均需…落实, 不再逐一列出, 下同. */
const TRAILING_REMARKS = ['以下', '下同', '不再', '同上'];

function startsTrailingRemark(text: string, at: number): boolean {
  for (const w of TRAILING_REMARKS) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * A deadline closing the list (after ， or ；): 6月底完成, 2020年12月底前完成, 年底前, 长期坚持. Anchored, no nested
 * quantifiers; at least a month, a year or 年底 must be there.
 */
const DEADLINE_TAIL = /^(?:完成时限[：:]?|时间节点[：:]?|于|在)?(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|年)?(?:底|末|上旬|中旬|下旬)?(?:前|以前)?(?:完成|办结)?$/;
const STANDING_TAIL = /^(?:长期坚持|持续推进|持续实施|长期|持续)$/;

function isDeadlineTail(s: string): boolean {
  if (STANDING_TAIL.test(s)) return true;
  return (s.includes('月') || s.includes('年')) && DEADLINE_TAIL.test(s);
}

/** Role words of a label (牵头单位, 配合部门, 主要协作单位 …), longest first; see gluedLabelStart. */
const LABEL_ROLES = ['牵头责任', '协同责任', '配合责任', '参与责任', '牵头', '主办', '主责', '责任', '负责', '指导', '参与', '配合', '协办', '协同', '协作', '协助', '参加', '实施'];
const LABEL_BODIES = ['单位', '部门', '科室', '处室', '股室'];
/** Labels of a deadline: 完成时限, 完成时间, 时间节点, 办结时限; and of a person (镇派出所，责任人：李四): no unit follows. */
const TIME_LABELS = ['完成时限', '完成时间', '时间节点', '办结时限', '责任人', '责任领导', '分管领导', '联系人', '负责人', '联系电话'];

/**
 * The start of a label ending just before the colon at `colon` (牵头单位, 主要协作单位, 总牵头部门, 完成时限; spaces
 * allowed before the colon), no earlier than `from`; -1 when none. A label glued to a unit name when the line
 * breaks were stripped (县卫健委配合单位：…) ends the unit list there: a unit name never holds a colon.
 */
function gluedLabelStart(text: string, from: number, colon: number): number {
  let e = colon;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  for (const t of TIME_LABELS) if (e - t.length >= from && text.startsWith(t, e - t.length)) return e - t.length;
  let body = '';
  for (const b of LABEL_BODIES) if (e - b.length >= from && text.startsWith(b, e - b.length)) body = b;
  if (!body) return -1;
  const r = e - body.length;
  for (const w of LABEL_ROLES) {
    let s = r - w.length;
    if (s < from || !text.startsWith(w, s)) continue;
    // 主要协作单位, 总牵头单位
    if (s - 2 >= from && text.startsWith('主要', s - 2)) s -= 2;
    else if (s - 1 >= from && text.charCodeAt(s - 1) === 0x603b /* 总 */) s -= 1;
    return s;
  }
  return -1;
}

/** Separators and spaces a list's content never ends with (see parseUnitList's lastContent). */
function isListGap(c: number): boolean {
  return isSpace(c) || c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b;
}

function isAsciiOrWideDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * The start of an item number glued to the list's last unit (县城管局2.推广…, line breaks stripped): one or two
 * digits right after a unit name's ending, before the 。/. at `to` that ended the list; `to` when there is none.
 */
function gluedItemNumber(text: string, from: number, to: number): number {
  const n = text.charCodeAt(to);
  if (n !== 0x2e && n !== 0xff0e) return to;
  let s = to;
  while (s > from && to - s < 3 && isAsciiOrWideDigit(text.charCodeAt(s - 1))) s--;
  if (s === to || to - s > 2 || s <= from || !UNIT_END.has(text.charCodeAt(s - 1))) return to;
  return s;
}

/** Words a clause of prose starts with, never a unit name (see plausibleUnit in assignments.ts). */
const PROSE_FIRST = new CodeSet('由请要在对将把以按经和及与');

/** Longest unit name the blank test below reads on either side of a blank. */
export const BLANK_NAME_MAX = 24;

/** What ends a name read around a blank: list separators, colons, sentence ends, brackets, blanks. */
function endsName(c: number): boolean {
  return isSpace(c) || isListGap(c) || c === 0xff1a || c === 0x3a || c === 0x3002 || isOpenParen(c) || isCloseParen(c);
}

/**
 * text[a, b) is a unit name the built-in data knows with its place or level (县农业农村局, 某某市财政局) or a
 * national body, Chinese characters only; a role word and its modifiers (县水利局牵头, 县公安局分头负责) or a
 * trailing 等 closing it are dropped first. Built-in data only: the same for every workspace.
 */
function knownBuiltinName(text: string, a: number, b: number): boolean {
  const rw = roleWordBefore(text, a, b);
  if (rw && rw.start > a) b = stripRoleModifiers(text, a, rw.start);
  if (ETC_LAST.has(text.charCodeAt(b - 1))) {
    for (const t of TRAILING_ETC) {
      if (b - t.length > a && text.startsWith(t, b - t.length)) {
        b -= t.length;
        break;
      }
    }
  }
  if (b - a < 3) return false;
  // prose before a name (由县农业农村局: the data would read 由县 as a place)
  if (PROSE_FIRST.has(text.charCodeAt(a))) return false;
  for (let k = a; k < b; k++) if (!isHan(text.charCodeAt(k))) return false;
  const m = matchBuiltin(text.slice(a, b));
  return m !== undefined && (m.kind !== 'dept' || m.prefix !== '');
}

/** A group designation naming units: 各乡镇人民政府, 各乡镇, 各有关部门, 各村（社区） (not 各级干部, 各地). */
const GROUP_OF_UNITS_RE = /^各[\u4e00-\u9fff（）()]{1,14}(?:政府|部门|单位|机关|街道|办事处|乡镇|镇|乡|村|社区|局|委|办|（社区）|\(社区\))$/;

/**
 * text[a, b) is a list of unit names (split at 、) each of which the built-in data knows with its place or level
 * (县公安局, 县委宣传部) or a group designation (各乡镇人民政府): an item's heading before its colon,
 * （二）县公安局：要…… (see headingLead in assignments.ts). At most 40 characters.
 */
export function knownUnitHeading(text: string, a: number, b: number): boolean {
  if (b - a < 3 || b - a > 40) return false;
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i < b && text.charCodeAt(i) !== 0x3001) continue;
    if (i - s < 3) return false;
    const name = text.slice(s, i);
    if (!(GROUP_OF_UNITS_RE.test(name) || knownBuiltinName(text, s, i)) || roleWordBefore(text, s, i) !== undefined) return false;
    s = i + 1;
  }
  return true;
}

/**
 * The blanks text[i, n) (one to four, no line break) stand between two unit names the built-in data knows, with
 * nothing else between them: （牵头单位：县农业农村局 县水利局；…）, a 、 lost in copying. Each name is read back
 * from i and on from n to the nearest separator, bracket, colon or blank (at most BLANK_NAME_MAX characters; not
 * past `limit`). Only whole known names on both sides: 县委 宣传部, 县财 政局 are one name split by a blank.
 */
export function blankBetweenKnownUnits(text: string, i: number, n: number, limit: number): boolean {
  if (n - i > 4 || i <= 0 || n >= limit) return false;
  for (let k = i; k < n; k++) if (!isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return false;
  let a = i;
  while (a > 0 && i - a <= BLANK_NAME_MAX && !endsName(text.charCodeAt(a - 1))) a--;
  let b = n;
  while (b < limit && b - n <= BLANK_NAME_MAX && !endsName(text.charCodeAt(b))) b++;
  if (i - a > BLANK_NAME_MAX || b - n > BLANK_NAME_MAX) return false;
  return knownBuiltinName(text, a, i) && knownBuiltinName(text, n, b);
}

/**
 * The length of an HTML line break at text[i] (<br>, <br/>, <br />, <BR>; at most two blanks before the /), 0 when
 * none: a web table pasted as text keeps it between two units of one cell (县农业农村局<br>县卫生健康局).
 */
export function brTagLength(text: string, i: number, to: number): number {
  if (text.charCodeAt(i) !== 0x3c /* < */ || i + 4 > to) return 0;
  const b = text.charCodeAt(i + 1) | 0x20;
  const r = text.charCodeAt(i + 2) | 0x20;
  if (b !== 0x62 || r !== 0x72) return 0;
  let k = i + 3;
  while (k < to && k - i < 5 && text.charCodeAt(k) === 0x20) k++;
  if (k < to && text.charCodeAt(k) === 0x2f /* / */) k++;
  return k < to && text.charCodeAt(k) === 0x3e /* > */ ? k + 1 - i : 0;
}

interface Piece {
  start: number;
  end: number;
  clause: number;
  override?: RoleKind;
  respectively?: boolean;
  mark?: boolean;
  joined?: boolean;
  /** Place levels closed by 和 (各县和…): merged with the next piece, the group holds 和. */
  he?: boolean;
  group?: boolean;
}

function trimStart(text: string, s: number, e: number): number {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  return s;
}

/**
 * Splits text[from, to) into units. Separators at bracket depth 0: 、 ， , ； ; and 和/及/以及 where they join two
 * unit names (the name before ends in 局/委/办/部 …). Brackets inside a unit belong to it (各县(市、区)政府);
 * a bracketed remark (with commas, 下同, 除…) is not a unit; （牵头） after a unit marks it lead. A role word
 * closing a clause (X牵头，Y参与; A、B分别牵头) gives its clause's units that role. Trailing 等 is excluded.
 */
export function parseUnitList(text: string, from: number, to: number): ParsedUnitList {
  const pieces: Piece[] = [];
  const remarks: Range[] = [];
  let clause = 0;
  let pStart = from;
  let lastContent = from; // end of the last character that belongs to the list
  let firstContent = -1;
  let pendingOverride: RoleKind | undefined;
  let gluedLabel: number | undefined;
  // per 会同: its clause and the index of the first piece after it (flat pairs)
  const joined: number[] = [];

  const closePiece = (end: number): void => {
    let s = pStart;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) pieces.push({ start: s, end: e, clause, override: pendingOverride });
    else if (pendingOverride && pieces.length) pieces[pieces.length - 1].override = pendingOverride;
    pendingOverride = undefined;
  };

  // an item number glued to the last unit is not part of it (县城管局2.推广…)
  to = gluedItemNumber(text, from, to);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if ((c === 0xff1a || c === 0x3a) && firstContent >= 0) {
      // a label glued to a unit (县卫健委配合单位：…) ends the list before it
      const s = gluedLabelStart(text, pStart, i);
      if (s > firstContent) {
        closePiece(s);
        let e = s;
        while (e > from && isListGap(text.charCodeAt(e - 1))) e--;
        lastContent = Math.min(lastContent, e);
        gluedLabel = s;
        pStart = to;
        i = to;
        break;
      }
    }
    if (isOpenParen(c)) {
      const close = matchParen(text, i, Math.min(to, i + 120));
      if (close >= 0) {
        const kind = classifyParen(text, i, close);
        if (kind === 'unit') {
          if (firstContent < 0) firstContent = i;
          lastContent = close + 1;
          i = close + 1;
          continue;
        }
        // A lead mark or a remark ends the unit before it.
        closePiece(i);
        if (kind === 'lead') {
          if (pieces.length) {
            pieces[pieces.length - 1].override = 'lead';
            pieces[pieces.length - 1].mark = true;
          }
          lastContent = close + 1;
        } else remarks.push({ start: i, end: close + 1 });
        i = close + 1;
        pStart = i;
        continue;
      }
    }
    if (c === 0x3001 /* 、 */) {
      closePiece(i);
      i++;
      pStart = i;
      continue;
    }
    // an HTML line break left in a pasted web table's cell parts two units as a 、 does (县农业农村局<br>县卫生健康局);
    // the tag itself is stray-invisible's finding
    if (c === 0x3c /* < */) {
      const n = brTagLength(text, i, to);
      if (n > 0) {
        closePiece(i);
        i += n;
        pStart = i;
        continue;
      }
    }
    if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b) {
      closePiece(i);
      clause++;
      i++;
      pStart = i;
      // a remark closing the list names no unit: 市统计局，以下均需各县（市、区）落实，不再逐一列出
      let j = i;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      let e = to;
      while (e > j && isSpace(text.charCodeAt(e - 1))) e--;
      // a deadline closing the list names no unit either: 责任单位：州司法局，各县市人民政府，6月底完成
      if (startsTrailingRemark(text, j) || (e - j <= 16 && isDeadlineTail(text.slice(j, e)))) {
        if (e > j) remarks.push({ start: j, end: e });
        pStart = to;
        i = to;
        break;
      }
      continue;
    }
    // 县农业农村局 县水利局: two known names parted by blanks only (a lost 、) are two units of one clause
    if (isSpace(c) && c !== 10 && c !== 13 && firstContent >= 0 && i > pStart) {
      let n = i + 1;
      while (n < to && n - i <= 4 && isSpace(text.charCodeAt(n)) && text.charCodeAt(n) !== 10 && text.charCodeAt(n) !== 13) n++;
      if (blankBetweenKnownUnits(text, i, n, to)) {
        closePiece(i);
        i = n;
        pStart = n;
        continue;
      }
    }
    // X会同Y: X leads (or takes the clause's role), the units after 会同 in its clause take part
    if (c === 0x4f1a /* 会 */ && text.charCodeAt(i + 1) === 0x540c /* 同 */ && i > pStart && i + 2 < to && UNIT_END.has(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 2))) {
      closePiece(i);
      joined.push(clause, pieces.length);
      i += 2;
      pStart = i;
      continue;
    }
    if ((c === 0x548c /* 和 */ || c === 0x53ca /* 及 */) && i > pStart) {
      let sepStart = i;
      if (c === 0x53ca && text.charCodeAt(i - 1) === 0x4ee5 /* 以 */) sepStart = i - 1;
      const before = text.charCodeAt(sepStart - 1);
      const after = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      // (和 after place levels opened by 各/相关/有关, 各县和矿区政府: the levels start a group, as before a 、)
      const levels = c === 0x548c && sepStart === i && sepStart - pStart <= 40 && isHan(after) && isGroupLevels(text, trimStart(text, pStart, sepStart), sepStart);
      if (sepStart > pStart && (UNIT_END.has(before) || levels) && isHan(after)) {
        closePiece(sepStart);
        if (levels) pieces[pieces.length - 1].he = true;
        i++;
        pStart = i;
        continue;
      }
    }
    if (!isSpace(c)) {
      if (firstContent < 0) firstContent = i;
      lastContent = i + 1;
    }
    i++;
  }
  closePiece(to);
  // the units after 会同 take part, whatever role word closes their clause
  // (each piece once: a later 会同 of the same clause starts where the previous one's run ended)
  for (let j = 0, done = 0; j < joined.length; j += 2) {
    let k = Math.max(joined[j + 1], done);
    for (; k < pieces.length && pieces[k].clause === joined[j]; k++) {
      pieces[k].override = 'participant';
      pieces[k].joined = true;
    }
    done = k;
  }

  // Role words closing a clause, trailing 等.
  let respectively: TextSpan | undefined;
  // Walk backwards: the last piece of each clause may end with the clause's role word.
  let clauseRole: { kind: RoleKind; respectively: boolean } | undefined;
  for (let k = pieces.length - 1; k >= 0; k--) {
    const p = pieces[k];
    if (k === pieces.length - 1 || pieces[k + 1].clause !== p.clause) {
      clauseRole = undefined;
      const rw = roleWordBefore(text, p.start, p.end);
      if (rw) {
        const ws = p.end - rw.word.length;
        if (rw.respectively && !respectively) respectively = { start: ws, end: p.end, text: rw.word };
        p.end = stripRoleModifiers(text, p.start, ws);
        clauseRole = { kind: rw.kind, respectively: rw.respectively };
      }
    }
    if (clauseRole && !p.override) {
      p.override = clauseRole.kind;
      p.respectively = clauseRole.respectively;
    }
  }
  const merged = mergeGroupItems(
    text,
    pieces,
    (k) => pieces[k].clause === pieces[k + 1].clause,
    (a, b) => ({ ...b, start: a.start, override: b.override ?? a.override, respectively: b.respectively ?? a.respectively, group: a.he || a.group || undefined }),
  );
  const units: RawUnit[] = [];
  for (const p of merged) {
    let e = p.end;
    while (e > p.start && isSpace(text.charCodeAt(e - 1))) e--;
    if (ETC_LAST.has(text.charCodeAt(e - 1))) for (const t of TRAILING_ETC) {
      if (e - t.length > p.start && text.startsWith(t, e - t.length)) {
        e -= t.length;
        break;
      }
    }
    while (e > p.start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= p.start) continue;
    const u: RawUnit = { start: p.start, end: e, text: text.slice(p.start, e) };
    if (p.override) u.override = p.override;
    if (p.respectively) u.respectively = true;
    if (p.mark) u.mark = true;
    if (p.joined) u.joined = true;
    if (p.group) u.group = true;
    units.push(u);
  }
  const ls = firstContent < 0 ? from : firstContent;
  const le = firstContent < 0 ? from : Math.max(ls, lastContent);
  const out: ParsedUnitList = { list: { start: ls, end: le, text: text.slice(ls, le) }, units, respectively, remarks };
  if (gluedLabel !== undefined) out.gluedLabel = gluedLabel;
  return out;
}
