// The grammar of unit names and the built-in data index. Pure functions over short strings; the index is built
// once from the reviewed data file (data/units.json) and never changes.
//
// A unit name is: [place][level] department [suffix], e.g. 市 + 财政局, 嘉兴市 + 发展改革委, 市委 + 宣传部,
// 嘉兴 + 银监分局, 人行 + 嘉兴市 + 中心支行, optionally with a parenthetical designation
// (市发展改革委(信息产业局), 嘉兴经济技术开发区(国际商务区)管委会).
import data from './data/units.json';

export type DeptKind = 'gov' | 'party' | 'both' | 'org' | 'vertical' | 'self';

export interface DeptEntry {
  id: string;
  kind: DeptKind;
  source: string;
  names: string[];
  /** Related but distinct bodies of the same family, each with its own aliases (expanded at load). */
  variants?: string[][];
  abolished?: { round: string; successor: string };
  /** The family id (the data entry's id) of an expanded variant. */
  family?: string;
}

export interface NationalEntry {
  id: string;
  source: string;
  names: string[];
  abolished?: { round: string; successor: string };
}

export interface TemplateEntry {
  id: string;
  source: string;
  forms: string[];
  abolished?: { round: string; successor: string };
}

export interface Round {
  date: string;
  localDate: string;
  source: string;
}

interface UnitsData {
  sources: Record<string, string>;
  rounds: Record<string, Round>;
  levels: string[];
  suffixes: string[];
  groups: { prefixes: string[]; suffixes: string[]; contains: string[] };
  spam: { strong: string[]; weak: string[] };
  departments: DeptEntry[];
  templates: TemplateEntry[];
  national: NationalEntry[];
  confusables: { groups: string[] };
}

export const unitsData = data as unknown as UnitsData;

export const LEVELS: string[] = [...unitsData.levels].sort((a, b) => b.length - a.length);
const LEVEL_SET = new Set(LEVELS);
const LEVEL_CHARS = new Set(LEVELS.map((l) => l[l.length - 1]));
export const SUFFIXES: string[] = [...unitsData.suffixes].sort((a, b) => b.length - a.length);
/** Suffixes by their last character, longest first. */
const suffixesByLast = new Map<string, string[]>();
for (const s of SUFFIXES) {
  const k = s[s.length - 1];
  const list = suffixesByLast.get(k);
  if (list) list.push(s);
  else suffixesByLast.set(k, [s]);
}

/** Department names → entries (one name may belong to a government and a party body: 政研室). */
export const deptByName = new Map<string, DeptEntry[]>();
export const deptById = new Map<string, DeptEntry>();
/** Data entries with their variants expanded into entries of their own (id#k), family = the data id. */
export const deptEntries: DeptEntry[] = [];
for (const e of unitsData.departments) {
  deptEntries.push({ ...e, family: e.id, variants: undefined });
  (e.variants ?? []).forEach((names, k) => deptEntries.push({ ...e, id: `${e.id}#${k + 1}`, names, family: e.id, variants: undefined }));
}
/** Family id → its entries (the main one first). */
export const deptFamily = new Map<string, DeptEntry[]>();
for (const e of deptEntries) {
  deptById.set(e.id, e);
  const fam = deptFamily.get(e.family!);
  if (fam) fam.push(e);
  else deptFamily.set(e.family!, [e]);
  for (const n of e.names) {
    const list = deptByName.get(n);
    if (list) list.push(e);
    else deptByName.set(n, [e]);
  }
}
export const nationalByName = new Map<string, NationalEntry>();
export const nationalById = new Map<string, NationalEntry>();
for (const e of unitsData.national) {
  nationalById.set(e.id, e);
  for (const n of e.names) nationalByName.set(normalizeName(n), e);
}

export interface TemplateForm {
  entry: TemplateEntry;
  head: string;
  tail: string;
}
export const templateForms: TemplateForm[] = [];
for (const t of unitsData.templates)
  for (const f of t.forms) {
    const at = f.indexOf('{P}');
    templateForms.push({ entry: t, head: f.slice(0, at), tail: f.slice(at + 3) });
  }

/** Names by their grammar suffix, for bounded near-miss search: department names and national names. */
export const namesBySuffix = new Map<string, { name: string; dept?: DeptEntry; national?: NationalEntry }[]>();
function addBySuffix(name: string, item: { name: string; dept?: DeptEntry; national?: NationalEntry }) {
  const s = suffixOf(name) ?? '';
  const list = namesBySuffix.get(s);
  if (list) list.push(item);
  else namesBySuffix.set(s, [item]);
}
for (const e of deptEntries) for (const n of e.names) addBySuffix(n, { name: n, dept: e });
for (const e of unitsData.national) for (const n of e.names) addBySuffix(normalizeName(n), { name: normalizeName(n), national: e });

// ---- characters ----

export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function allCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isCjk(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/**
 * The name compared for identity: spaces dropped, full-width ASCII (（）ＡＢ１２) made half-width.
 * Unit names keep their own characters otherwise.
 */
export function normalizeName(raw: string): string {
  // most names have nothing to change: find the first character that does
  let i = 0;
  for (; i < raw.length; i++) if (changes(raw.charCodeAt(i))) break;
  if (i === raw.length) return raw;
  let out = raw.slice(0, i);
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0xfeff) continue;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else out += raw[i];
  }
  return out;
}

/** A character normalizeName drops or replaces. */
function changes(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e);
}


/** Longest grammar suffix the name ends with (the name must be longer than it). */
export function suffixOf(name: string): string | undefined {
  const list = suffixesByLast.get(name[name.length - 1]);
  if (list) for (const s of list) if (name.length > s.length && name.endsWith(s)) return s;
  return undefined;
}


/** Characters of body names that never occur in a place name (市行政审批局市 is no place). */
const NOT_IN_PLACE = /[局厅委办部署室所队社组]|政府|公司|集团|中心|支行/;

/**
 * Words ending in a level character that are no place (住房城乡 of 区住房城乡建委, 城市 of 市城市交通局): a name
 * whose "place" ends in one is a longer department name, never a place plus the short name after it.
 */
const NOT_PLACE_ENDINGS = new Set(['城乡', '城镇', '村镇', '城市', '都市']);

function endsInNonPlaceWord(p: string): boolean {
  return p.length >= 2 && NOT_PLACE_ENDINGS.has(p.slice(p.length - 2));
}

/** A level word alone (市) or a place name ending in one (嘉兴市, 浙江省嘉兴市, 嘉兴经济技术开发区). */
export function isLevelOrPlace(p: string): boolean {
  if (LEVEL_SET.has(p)) return true;
  if (p.length < 2 || p.length > 16 || !allCjk(p) || NOT_IN_PLACE.test(p) || endsInNonPlaceWord(p)) return false;
  for (const l of LEVELS) if (p.length > l.length && p.endsWith(l)) return true;
  return false;
}

/**
 * Two to four characters from inside a department name (文化, 规划, 住房城乡): words of a longer department name
 * (文化旅游委, 规划国土局), never a bare place before a short one.
 */
const DEPT_WORDS = new Set<string>();
for (const e of deptEntries)
  for (const n of e.names)
    for (let i = 0; i + 2 <= n.length; i++) for (let l = 2; l <= 4 && i + l <= n.length; l++) DEPT_WORDS.add(n.slice(i, i + l));

/** The one-character levels (省 市 县 区 州 旗 盟 镇 乡). */
const LEVEL_ONE = new Set(LEVELS.filter((l) => l.length === 1));

/**
 * A one-character level inside the prefix, after its first character and before its last (海盐县食 of
 * 海盐县食安委办): the prefix is a level place followed by part of the name, never a bare place. A bare place
 * may end in one (杭州, 湖州, 萍乡: 湖州银保监分局).
 */
function hasInnerLevel(p: string): boolean {
  for (let i = 1; i < p.length - 1; i++) if (LEVEL_ONE.has(p[i])) return true;
  return false;
}

/** A bare place name before a vertical or government body: 嘉兴 (嘉兴银监分局, 嘉兴港务局). */
function isBarePlace(p: string): boolean {
  return (
    p.length >= 2 &&
    p.length <= 4 &&
    allCjk(p) &&
    !LEVEL_CHARS.has(p[0]) &&
    !hasInnerLevel(p) &&
    !p.endsWith('委') &&
    !endsInNonPlaceWord(p) &&
    !DEPT_WORDS.has(p)
  );
}

/** 市委, 县委, 嘉兴市委, 中共嘉兴市委. */
export function isPartyPrefix(p: string): boolean {
  const q = p.startsWith('中共') ? p.slice(2) : p;
  return q.length >= 2 && q.endsWith('委') && isLevelOrPlace(q.slice(0, -1));
}

function prefixFits(prefix: string, kind: DeptKind): boolean {
  if (prefix === '') return true;
  switch (kind) {
    case 'party':
      return isPartyPrefix(prefix);
    case 'both':
      return isPartyPrefix(prefix) || isLevelOrPlace(prefix) || isBarePlace(prefix);
    case 'self':
      return isLevelOrPlace(prefix);
    default:
      return isLevelOrPlace(prefix) || isBarePlace(prefix);
  }
}

/** The place slot of a template: a level (团市委), a place with its level, or a bare place (人行嘉兴中心支行). */
function placeSlotFits(p: string, bareAllowed: boolean): boolean {
  return isLevelOrPlace(p) || (bareAllowed && isBarePlace(p));
}

export type BuiltinMatch =
  | { kind: 'national'; entry: NationalEntry; prefix: ''; name: string }
  | { kind: 'dept'; entry: DeptEntry; prefix: string; name: string }
  | { kind: 'template'; entry: TemplateEntry; prefix: string; name: string };

/** Matches a name (designations removed) against the built-in data. */
export function matchBuiltin(main: string): BuiltinMatch | undefined {
  const nat = nationalByName.get(main);
  if (nat) return { kind: 'national', entry: nat, prefix: '', name: main };
  for (const f of templateForms) {
    if (main.length <= f.head.length + f.tail.length) continue;
    if (!main.startsWith(f.head) || !main.endsWith(f.tail)) continue;
    const p = main.slice(f.head.length, main.length - f.tail.length);
    if (placeSlotFits(p, f.head !== '')) return { kind: 'template', entry: f.entry, prefix: p, name: main };
  }
  const max = Math.min(main.length - 1, 18);
  for (let i = 0; i <= max; i++) {
    const list = deptByName.get(i === 0 ? main : main.slice(i));
    if (!list) continue;
    const prefix = main.slice(0, i);
    for (const e of list) if (prefixFits(prefix, e.kind)) return { kind: 'dept', entry: e, prefix, name: main };
  }
  return undefined;
}

// ---- groups ----

const groupData = unitsData.groups;
/** Words by a character: their first (prefixes) or last (suffixes). */
function byChar(words: string[], last: boolean): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    if (!w) continue;
    const k = w.charCodeAt(last ? w.length - 1 : 0);
    const list = out.get(k);
    if (list) list.push(w);
    else out.set(k, [w]);
  }
  return out;
}
const groupPrefixes = byChar(groupData.prefixes, false);
const groupSuffixes = byChar(groupData.suffixes, true);
const anyEmptyGroupWord = groupData.prefixes.includes('') || groupData.suffixes.includes('') || groupData.contains.includes('');

/** Group designations: 各县(市、区)政府, 市级有关部门, 市政府各部门, ……成员单位. */
export function isGroup(name: string): boolean {
  const n = normalizeName(name);
  if (anyEmptyGroupWord) return true;
  if (n.length === 0) return false;
  const ps = groupPrefixes.get(n.charCodeAt(0));
  if (ps) for (const p of ps) if (n.startsWith(p)) return true;
  const ss = groupSuffixes.get(n.charCodeAt(n.length - 1));
  if (ss) for (const s of ss) if (n.endsWith(s)) return true;
  for (const c of groupData.contains) if (n.includes(c)) return true;
  // ^(市|省|县|区)(级|直)
  const a = n[0];
  const b = n[1];
  return (a === '市' || a === '省' || a === '县' || a === '区') && (b === '级' || b === '直');
}

// ---- designations ----

export interface SplitName {
  /** The name without parenthetical designations and notes. */
  main: string;
  /** Designations as written after normalising, e.g. '(信息产业局)'; notes are dropped. */
  designation: string;
  balanced: boolean;
}

/** Separates parenthetical designations (市财政局(地税局)) and notes from the name proper. */
export function splitDesignations(name: string): SplitName {
  // most names have no bracket at all
  let k = 0;
  for (; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09) break;
  }
  if (k === name.length) return { main: name, designation: '', balanced: true };
  let main = '';
  let designation = '';
  let i = 0;
  let balanced = true;
  while (i < name.length) {
    const ch = name[i];
    if (ch === '(' || ch === '（') {
      const close = name.indexOf(')', i + 1);
      const close2 = name.indexOf('）', i + 1);
      const end = close < 0 ? close2 : close2 < 0 ? close : Math.min(close, close2);
      if (end < 0) {
        balanced = false;
        main += name.slice(i);
        break;
      }
      const inner = name.slice(i + 1, end);
      if (inner.length <= 16 && /^[\u3400-\u9fff〇、]+$/.test(inner)) designation += `(${inner})`;
      i = end + 1;
      continue;
    }
    if (ch === ')' || ch === '）') balanced = false;
    main += ch;
    i++;
  }
  return { main, designation, balanced };
}

// ---- role words the list may leave on a name ----

const TRAIL_RE = /(?:分别|共同)?(?:牵头|负责|指导|参与|配合|协助)$|等$/;

/** Offsets [start, end) of the unit name proper inside a unit reference's text. */
export function trimUnitText(text: string): { start: number; end: number } {
  let s = 0;
  let e = text.length;
  const junk = (c: string) => /[\s\u3000，,、。；;：:．.]/.test(c);
  while (s < e && junk(text[s])) s++;
  while (e > s && junk(text[e - 1])) e--;
  const m = TRAIL_RE.exec(text.slice(s, e));
  if (m && e - s - m[0].length >= 2) e -= m[0].length;
  while (e > s && junk(text[e - 1])) e--;
  return { start: s, end: e };
}

// ---- grammar ----

export type GrammarResult = { ok: true; suffix: string; place: boolean } | { ok: false; reason: 'chars' | 'length' | 'suffix' };

/** Does the grammar accept the name (designations removed)? */
export function acceptGrammar(main: string): GrammarResult {
  if (main.length < 2 || main.length > 40) return { ok: false, reason: 'length' };
  let latinRun = 0;
  for (let i = 0; i < main.length; i++) {
    const c = main.charCodeAt(i);
    if (isLatin(c)) {
      if (++latinRun > 8) return { ok: false, reason: 'chars' };
      continue;
    }
    latinRun = 0;
    if (!isCjk(c) && !isDigit(c) && main[i] !== '·') return { ok: false, reason: 'chars' };
  }
  if (isLevelOrPlace(main) && !LEVEL_SET.has(main)) return { ok: true, suffix: '', place: true };
  const s = suffixOf(main);
  if (!s) return { ok: false, reason: 'suffix' };
  let body = main.slice(0, main.length - s.length);
  for (const l of LEVELS)
    if (body.startsWith(l)) {
      body = body.slice(l.length);
      break;
    }
  if (body.length === 0) return { ok: false, reason: 'suffix' };
  return { ok: true, suffix: s, place: false };
}

/** A level word or similar fragment a list split left on its own (自治区, 直辖市): not worth a finding. */
export function isFragment(main: string): boolean {
  return LEVEL_SET.has(main) || main === '直辖市' || main === '计划单列市';
}

// ---- spam ----

const spamStrong = [...unitsData.spam.strong].sort((a, b) => b.length - a.length);
const spamWeak = [...unitsData.spam.weak].sort((a, b) => b.length - a.length);
const latinSpam = spamStrong.filter((w) => /^[a-z]+$/i.test(w)).map((w) => w.toLowerCase());
const cjkStrong = byChar(spamStrong.filter((w) => !/^[a-z]+$/i.test(w)), false);
/** Empty terms (none in the data) match everywhere: kept so that byChar's buckets change nothing. */
const emptyStrong = spamStrong.filter((w) => w === '').length;
const cjkWeak = byChar(spamWeak.filter((w) => !/^[a-z_\-]+$/i.test(w)), false);

export interface SpamRun {
  start: number;
  end: number;
}

/**
 * The injected run in a unit name: from the first to the last piece of hard evidence (a run of Latin letters
 * mixed with digits, a gambling term), widened over adjacent supporting words (在线, 平台, 网, 怎么办, _ …).
 */
export function findSpamRun(name: string): SpamRun | undefined {
  if (!mayBeSpam(name)) return undefined;
  // mark every character: 2 evidence, 1 supporting, 0 other; overlapping terms (真人娱乐 / 娱乐城) all count
  const mark = new Uint8Array(name.length);
  let mixedRuns = 0; // 365bet, bte365: Latin letters mixed with digits
  let terms = 0; // gambling terms (投注, 提款, bet …)
  let latinRuns = 0;
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (isLatin(c) || isDigit(c) || name[i] === '_' || name[i] === '-') {
      let j = i;
      let letters = 0;
      let digits = 0;
      while (j < name.length) {
        const d = name.charCodeAt(j);
        if (isLatin(d)) letters++;
        else if (isDigit(d)) digits++;
        else if (name[j] !== '_' && name[j] !== '-') break;
        j++;
      }
      const low = name.slice(i, j).toLowerCase();
      const mixed = letters >= 2 && digits >= 2;
      // bet in bet365 counts, in Tibet or alphabet not; a number (市12345政务服务热线) or a code (5G, G20) only supports
      const term = latinSpam.includes(low.replace(/[0-9_\-]/g, ''));
      if (mixed) mixedRuns++;
      if (term) terms++;
      if (letters > 0) latinRuns++;
      mark.fill(mixed || term ? 2 : 1, i, j);
      i = j;
      continue;
    }
    const strong = cjkStrong.get(c);
    if (strong)
      for (const w of strong)
        if (name.startsWith(w, i)) {
          if (mark[i] !== 2) terms++;
          mark.fill(2, i, i + w.length);
        }
    if (emptyStrong > 0 && mark[i] !== 2) terms += emptyStrong;
    const weak = cjkWeak.get(c);
    if (weak) for (const w of weak) if (name.startsWith(w, i)) for (let k = i; k < i + w.length; k++) if (mark[k] === 0) mark[k] = 1;
    i++;
  }
  // one gambling term alone is not spam (市棋牌运动协会, 体彩投注站): it needs a mixed run, a second term or Latin text
  if (mixedRuns === 0 && terms < 2 && !(terms === 1 && latinRuns > 0)) return undefined;
  let first = mark.indexOf(2);
  if (first < 0) return undefined;
  let last = mark.lastIndexOf(2);
  while (first > 0 && mark[first - 1] === 1) first--;
  while (last < name.length - 1 && mark[last + 1] === 1) last++;
  return { start: first, end: last + 1 };
}

/**
 * False when findSpamRun cannot find a run: no Latin letter, digit, _ or - (no mixed run, no Latin term)
 * and no gambling term (evidence needs one of them).
 */
function mayBeSpam(name: string): boolean {
  if (emptyStrong > 0) return true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isLatin(c) || isDigit(c) || c === 0x5f || c === 0x2d) return true;
    const strong = cjkStrong.get(c);
    if (strong) for (const w of strong) if (name.startsWith(w, i)) return true;
  }
  return false;
}

/** Maximum edit distance for a near miss, by the length of the shorter name's core (name without prefix and suffix). */
export function maxDistanceFor(coreLength: number): number {
  if (coreLength <= 1) return 0;
  if (coreLength <= 7) return 1;
  return 2;
}

const confusableGroups = new Map<string, number[]>();
unitsData.confusables.groups.forEach((g, k) => {
  for (const ch of g) {
    const list = confusableGroups.get(ch);
    if (list) list.push(k);
    else confusableGroups.set(ch, [k]);
  }
});

/** a and b differ in exactly one character, and those two characters are easily confused (正/政). */
export function isConfusableSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) {
      if (at >= 0) return false;
      at = i;
    }
  if (at < 0) return false;
  const ga = confusableGroups.get(a[at]);
  const gb = confusableGroups.get(b[at]);
  return !!ga && !!gb && ga.some((k) => gb.includes(k));
}
