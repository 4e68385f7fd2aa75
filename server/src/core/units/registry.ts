// The unit registry: the built-in, level-generic data (data/units.json) and the name grammar (grammar.ts),
// plus the workspace's own units (gongwen.json "units"). Lookups are map/set based; classifications and
// near-miss searches are computed lazily and memoised per name, so a long document repeating a name pays once.
import type { WorkspaceUnit } from '../config';
import { boundedDistance, differsInOneWord } from './distance';
import {
  acceptGrammar,
  deptByName,
  deptFamily,
  findSpamRun,
  isCjk,
  isConfusableSlip,
  isFragment,
  isGroup,
  isLevelOrPlace,
  isPartyPrefix,
  matchBuiltin,
  maxDistanceFor,
  namesBySuffix,
  nationalById,
  normalizeName,
  splitDesignations,
  suffixOf,
  unitsData,
  type BuiltinMatch,
  type DeptEntry,
} from './grammar';

export interface UnitInfo {
  /** Canonical (full or preferred) name. */
  name: string;
  aliases: string[];
  /** Where the registry knows it from: 'builtin:<source>' or 'workspace'. */
  source: string;
  /**
   * Abolished on `date`, its duties passed to `successor`; `later`: the successor's own abolitions in turn
   * (县卫生局 → 县卫生和计划生育局 in 2015 → 县卫生健康局 in 2019), each with its date, oldest first.
   */
  abolished?: { date: string; successor: string; later?: { date: string; successor: string }[] };
}

/**
 * How the registry sees a name:
 * - known: in the workspace registry or the built-in data (any alias);
 * - group: a group designation (各县(市、区)政府, 市级有关部门, ……成员单位);
 * - fragment: a level word a list split left alone (自治区);
 * - grammar: well formed (place + level + department + suffix) but not in any data;
 * - run-together: two known names written without a separator (unit-run-together's business);
 * - unknown: not a well-formed unit name;
 * - spam: injected text inside the name (Latin letters mixed with digits, gambling terms).
 */
export type UnitStatus = 'known' | 'group' | 'fragment' | 'grammar' | 'run-together' | 'unknown' | 'spam';

export interface UnitClassification {
  /** The name after normalising (spaces dropped, full-width ASCII made half-width). */
  name: string;
  /** Without parenthetical designations and notes. */
  main: string;
  /** '(信息产业局)' for 市发展改革委(信息产业局); '' when none. */
  designation: string;
  status: UnitStatus;
  /** For known names: the unit (the same object for all its aliases). */
  info?: UnitInfo;
  /** Identity for alias comparison: two names with one key name one unit (designation included). */
  key?: string;
  /** Known from the workspace registry. */
  workspace: boolean;
  /** The place/level prefix of a known built-in name ('' for national names and bare department names). */
  prefix?: string;
  /** The built-in entry's source text, for known built-in names. */
  citation?: string;
  /** The injected run inside `name` (spam only). */
  spam?: { start: number; end: number; before: string; after: string };
}

export interface NearMiss {
  name: string;
  distance: number;
}

export interface UnitRegistry {
  /** Exact lookup by any name or alias (workspace and built-in, level-generic names with their place/level prefix). */
  lookup(name: string): UnitInfo | undefined;
  /** Group designations: 各县(市、区)政府, 市级有关部门, ……成员单位. */
  isGroupName(name: string): boolean;
  /** True when the workspace supplied its own registry. */
  hasWorkspaceUnits: boolean;
  /** The workspace's own units (the built-in data is level-generic and not enumerated). */
  all(): Iterable<UnitInfo>;
  /** Classifies a unit name (memoised). */
  classify(name: string): UnitClassification;
  /** True when both names denote one unit (identical after normalising, or aliases of one unit). */
  sameUnit(a: string, b: string): boolean;
  /**
   * Known names (built-in at the same place/level, and workspace units) within a small edit distance of a
   * well-formed name with the same suffix, nearest first (memoised). `anySuffix` widens the search for names
   * the grammar rejects (市财政 → 市财政局).
   */
  nearMisses(name: string, anySuffix?: boolean): NearMiss[];
}

const MEMO_LIMIT = 200000;

/** 2019-1-1, 2019/1/1, 2019.1.1, 2019年1月1日 → 2019-01-01 (other text is kept as given). */
function isoDay(s: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s.trim();
}

function roundDate(round: string, local: boolean): string | undefined {
  const r = unitsData.rounds[round];
  if (!r) return undefined;
  return local ? r.localDate : r.date;
}

/** The successor entry of a family that matches the abolished name's kind of body (厅 → 厅, 局 → 局). */
function successorName(family: string, matchedName: string): string | undefined {
  const fam = deptFamily.get(family);
  if (!fam || fam.length === 0) return undefined;
  const last = matchedName[matchedName.length - 1];
  const same = fam.find((e) => e.names[0].endsWith(last));
  return (same ?? fam[0]).names[0];
}

/** Longest chain of successors followed (the data's rounds are few; a bound against a cycle in the data). */
const MAX_CHAIN = 4;

/**
 * The successor family's own abolitions in turn (卫生和计划生育局 → 卫生健康局), each named as successorName
 * names the first, with the place prefix; the chain stops at a successor the registry does not know.
 */
function laterSuccessors(family: string, name: string, prefix: string, local: boolean): { date: string; successor: string }[] {
  const out: { date: string; successor: string }[] = [];
  let fam = family;
  let current = name;
  for (let k = 0; k < MAX_CHAIN; k++) {
    const ab = deptFamily.get(fam)?.[0]?.abolished;
    if (!ab) break;
    const date = roundDate(ab.round, local);
    const next = successorName(ab.successor, current);
    if (!date || next === undefined || !isSuccessor(prefix + next, ab.successor)) break;
    out.push({ date, successor: prefix + next });
    fam = ab.successor;
    current = next;
  }
  return out;
}

/** The name is a built-in name of the successor family (市住房和城乡建设局 of zjj), not a garbled one. */
function isSuccessor(name: string, family: string): boolean {
  const m = matchBuiltin(name);
  return m !== undefined && m.kind === 'dept' && m.entry.family === family && m.name === name;
}

/** 市委组织部机关: the offices of the body named before it. */
const ORGAN = '机关';

/** First characters of level words and of the names built on a place (市, 县, 区, 省, 嘉…): see isRunTogether. */
const LEVEL_FIRST = new Set(['市', '县', '区', '省', '州', '镇', '乡', '旗', '盟', '自', '街']);

/** A registry of the built-in data plus the workspace's own units. */
export function createRegistry(workspace: WorkspaceUnit[] = []): UnitRegistry {
  const byName = new Map<string, UnitInfo>();
  const workspaceInfos = new Set<UnitInfo>();
  const wsKey = new Map<UnitInfo, string>();
  const wsBySuffix = new Map<string, string[]>();
  for (const u of workspace) {
    const info: UnitInfo = {
      name: u.name,
      aliases: u.aliases ?? [],
      source: 'workspace',
      ...(u.abolished ? { abolished: { date: isoDay(u.abolished.date), successor: u.abolished.successor } } : {}),
    };
    workspaceInfos.add(info);
    wsKey.set(info, `ws|${normalizeName(u.name)}`);
    for (const n of [u.name, ...info.aliases]) {
      const k = normalizeName(n);
      if (!byName.has(k)) byName.set(k, info);
      const s = suffixOf(k) ?? '';
      const list = wsBySuffix.get(s);
      if (list) list.push(k);
      else wsBySuffix.set(s, [k]);
    }
  }

  const builtinInfos = new Map<string, UnitInfo>();
  const memo = new Map<string, UnitClassification>();
  const mainMemo = new Map<string, MainVerdict>();
  const nearMemo = new Map<string, NearMiss[]>();

  function builtinInfo(m: BuiltinMatch): { info: UnitInfo; key: string; citation: string } {
    const key = `${m.kind}|${m.prefix}|${m.entry.id}`;
    const citation = unitsData.sources[m.entry.source] ?? m.entry.source;
    let info = builtinInfos.get(key);
    if (!info) {
      let names: string[];
      if (m.kind === 'template') {
        names = m.entry.forms.map((f) => f.replace('{P}', m.prefix));
      } else names = m.entry.names.map((n) => m.prefix + normalizeName(n));
      const local = m.kind !== 'national';
      let abolished: UnitInfo['abolished'];
      const ab = m.entry.abolished;
      if (ab) {
        const date = roundDate(ab.round, local);
        let successor: string | undefined;
        if (m.kind === 'national') successor = nationalById.get(ab.successor)?.names[0];
        else if (m.kind === 'dept') {
          const s = successorName(ab.successor, m.name);
          successor = s === undefined ? undefined : m.prefix + s;
        } else {
          const fam = deptFamily.get(ab.successor);
          successor = fam ? m.prefix + fam[0].names[0] : undefined;
        }
        // a fix never offers a name the registry does not know as the successor itself
        if (date && successor && m.kind !== 'national' && !isSuccessor(successor, ab.successor)) successor = undefined;
        if (date && successor) {
          abolished = { date, successor };
          if (m.kind !== 'national') {
            const later = laterSuccessors(ab.successor, successor.slice(m.prefix.length), m.prefix, local);
            if (later.length) abolished.later = later;
          }
        }
      }
      info = { name: names[0], aliases: names.slice(1), source: `builtin:${m.entry.source}`, ...(abolished ? { abolished } : {}) };
      builtinInfos.set(key, info);
    }
    return { info, key, citation };
  }

  function classifyUncached(raw: string, depth: number): UnitClassification {
    const name = normalizeName(raw);
    const { main, designation } = splitDesignations(name);
    const run = findSpamRun(name);
    if (run) {
      const spam = { start: run.start, end: run.end, before: name.slice(0, run.start), after: name.slice(run.end) };
      return { name, main, designation, workspace: false, status: 'spam', spam };
    }
    const ws = byName.get(name) ?? byName.get(main);
    if (ws) return { name, main, designation, workspace: true, status: 'known', info: ws, key: wsKey.get(ws)! + (byName.get(name) ? '' : designation) };
    if (isGroup(name)) return { name, main, designation, workspace: false, status: 'group' };
    // the rest depends on the name proper only (市财政局(919), 市财政局(地税局) and 市财政局 are judged once)
    const v = mainVerdict(main, depth);
    switch (v.status) {
      case 'known':
        return { name, main, designation, workspace: false, status: 'known', info: v.info, key: v.key + designation, citation: v.citation, prefix: v.prefix };
      case 'grammar':
        return { name, main, designation, workspace: false, status: 'grammar', key: `name|${main}${designation}` };
      default:
        return { name, main, designation, workspace: false, status: v.status };
    }
  }

  interface MainVerdict {
    status: 'fragment' | 'known' | 'run-together' | 'grammar' | 'unknown';
    info?: UnitInfo;
    /** The built-in key, without the designation. */
    key?: string;
    citation?: string;
    prefix?: string;
  }

  function mainVerdict(main: string, depth: number): MainVerdict {
    const k = depth === 0 ? main : `\u0000${main}`;
    let v = mainMemo.get(k);
    if (!v) {
      if (mainMemo.size > MEMO_LIMIT) mainMemo.clear();
      v = mainVerdictUncached(main, depth);
      mainMemo.set(k, v);
    }
    return v;
  }

  function mainVerdictUncached(main: string, depth: number): MainVerdict {
    if (isFragment(main)) return { status: 'fragment' };
    const m = matchBuiltin(main);
    if (m) {
      const { info, key, citation } = builtinInfo(m);
      return { status: 'known', info, key, citation, prefix: m.prefix };
    }
    if (depth === 0 && isRunTogether(main)) return { status: 'run-together' };
    if (acceptGrammar(main).ok) return { status: 'grammar' };
    // 市委组织部机关, 县政府机关: a body's own offices, named after the body (well formed when the body is a
    // known or well-formed unit; not the same unit as the body, so no alias of it)
    if (main.length >= ORGAN.length + 2 && main.endsWith(ORGAN)) {
      const body = mainVerdict(main.slice(0, main.length - ORGAN.length), 1).status;
      if (body === 'known' || body === 'grammar') return { status: 'grammar' };
    }
    return { status: 'unknown' };
  }

  /** 市行政审批局市司法局: a known name followed directly by another known name. */
  function isRunTogether(main: string): boolean {
    for (let j = 2; j <= main.length - 2; j++) {
      // the second name must start with its own place or level (市司法局, 嘉兴市司法局) or be a workspace unit
      if (!LEVEL_FIRST.has(main[j]) && !byName.has(main.slice(j))) continue;
      if (!suffixOf(main.slice(0, j))) continue;
      const left = classify(main.slice(0, j), 1);
      if (left.status !== 'known') continue;
      const right = classify(main.slice(j), 1);
      if (right.status === 'known' && (right.workspace || right.prefix !== '')) return true;
    }
    return false;
  }

  function classify(raw: string, depth = 0): UnitClassification {
    const k = depth === 0 ? raw : `\u0000${raw}`;
    let c = memo.get(k);
    if (!c) {
      if (memo.size > MEMO_LIMIT) memo.clear();
      c = classifyUncached(raw, depth);
      memo.set(k, c);
    }
    return c;
  }

  /** Splits of a name into a place/level prefix and the rest, shortest prefix first. */
  function prefixSplits(main: string): { prefix: string; rest: string; party: boolean }[] {
    const out: { prefix: string; rest: string; party: boolean }[] = [{ prefix: '', rest: main, party: false }];
    const max = Math.min(main.length - 2, 16);
    for (let i = 1; i <= max; i++) {
      const p = main.slice(0, i);
      const party = isPartyPrefix(p);
      if (party || isLevelOrPlace(p)) out.push({ prefix: p, rest: main.slice(i), party });
    }
    return out;
  }

  function kindFits(e: DeptEntry | undefined, party: boolean, prefix: string): boolean {
    if (!e) return prefix === ''; // national names stand alone
    if (prefix === '') return true;
    if (e.kind === 'party') return party;
    if (e.kind === 'both') return true;
    return !party;
  }

  /** Near misses of a name proper (normalised, designations removed). */
  function nearMissesUncached(main: string, anySuffix: boolean): NearMiss[] {
    const found = new Map<string, number>();
    const add = (n: string, d: number) => {
      if (n === main) return;
      const prev = found.get(n);
      if (prev === undefined || d < prev) found.set(n, d);
    };
    const splits = prefixSplits(main);
    for (const { prefix, rest, party } of splits) {
      const s = suffixOf(rest) ?? '';
      const pools = anySuffix ? [...namesBySuffix.values()] : [namesBySuffix.get(s) ?? []];
      for (const pool of pools)
        for (const item of pool) {
          if (Math.abs(item.name.length - rest.length) > 2) continue;
          if (!kindFits(item.dept, party, prefix)) continue;
          // a bare department name is a candidate only for a name without a place or level of its own
          if (prefix === '' && item.dept && splits.length > 1) continue;
          const itemSuffix = suffixOf(item.name) ?? '';
          const core = Math.min(rest.length - s.length, item.name.length - itemSuffix.length);
          const max = anySuffix ? Math.min(2, Math.max(1, maxDistanceFor(Math.min(rest.length, item.name.length)))) : maxDistanceFor(core);
          if (max === 0) continue;
          // a short department name (财政局) differs from another real one by a character easily (水产局 / 水利局):
          // only an input-method slip between easily confused characters counts (财正局 → 财政局)
          if (!anySuffix && core <= 3 && !isConfusableSlip(rest, item.name)) continue;
          const d = boundedDistance(rest, item.name, max);
          // at a city or county level 局 is the usual form, at a province 厅: prefer it on a tie
          const off = item.name.endsWith('厅') !== prefix.includes('省') ? 0.5 : 0;
          if (d <= max && d > 0 && !(d === 2 && differsInOneWord(rest, item.name)) && !differsOnlyInHe(rest, item.name)) add(prefix + item.name, d + off);
        }
    }
    // workspace units: only names long enough that a one- or two-character difference is a slip, not another body
    if (main.length >= 5) {
      const s = suffixOf(main) ?? '';
      const pools = anySuffix ? [...wsBySuffix.values()] : [wsBySuffix.get(s) ?? []];
      for (const pool of pools)
        for (const w of pool) {
          if (Math.abs(w.length - main.length) > 2) continue;
          const max = Math.min(main.length, w.length) >= 8 ? 2 : 1;
          const d = boundedDistance(main, w, max);
          if (d <= max && d > 0 && !differsOnlyInPlaceOrNumber(main, w) && !(d === 2 && differsInOneWord(main, w)) && !differsOnlyInHe(main, w)) add(w, d);
        }
    }
    return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([n, distance]) => ({ name: n, distance: Math.floor(distance) }));
  }

  return {
    lookup: (name) => {
      const c = classify(name);
      return c.status === 'known' ? c.info : undefined;
    },
    isGroupName: (name) => isGroup(name),
    hasWorkspaceUnits: workspace.length > 0,
    all: () => workspaceInfos,
    classify: (name) => classify(name),
    sameUnit: (a, b) => {
      const ca = classify(a);
      const cb = classify(b);
      if (ca.name === cb.name) return true;
      return ca.key !== undefined && ca.key === cb.key;
    },
    nearMisses: (name, anySuffix = false) => {
      // a function of the name proper: 市财正局(919) and 市财正局 search once
      const main = classify(name).main;
      const k = (anySuffix ? '*' : '') + main;
      let r = nearMemo.get(k);
      if (!r) {
        if (nearMemo.size > MEMO_LIMIT) nearMemo.clear();
        r = nearMissesUncached(main, anySuffix);
        nearMemo.set(k, r);
      }
      return r;
    },
  };
}

const NUMERALS = /[0-9一二三四五六七八九十〇零百]/g;

/**
 * Two names that differ only by 和 (市发展和改革委 / 市发展改革委, 市人力资源和社会保障局 / 市人力资源社会保障局):
 * the full name and its short form, both in use; not a slip.
 */
export function differsOnlyInHe(a: string, b: string): boolean {
  if (a.length === b.length || (a.indexOf('和') < 0 && b.indexOf('和') < 0)) return false;
  return a.replace(/和/g, '') === b.replace(/和/g, '');
}

/**
 * Two names that differ only in their place (南湖区政府 / 秀洲区政府) or in a number (第一中学 / 第二中学)
 * name different bodies, not a slip.
 */
export function differsOnlyInPlaceOrNumber(a: string, b: string): boolean {
  if (a.replace(NUMERALS, '') === b.replace(NUMERALS, '')) return true;
  if (differsOnlyInLead(a, b)) return true;
  const pa = placeOf(a);
  const pb = placeOf(b);
  if (pa === '' || pb === '' || pa === pb) return false;
  // a long place spelt two ways (嘉禾现代服务业集聚区 / …聚集区) is a slip; short ones (南湖区 / 秀洲区) are two places
  return Math.min(pa.length, pb.length) < 6 || boundedDistance(pa, pb, 2) > 2;
}

/**
 * Two names alike but for what stands before their common tail, where one has a bare level (县) and the other
 * a place of two or more characters (兵团文化体育广电和旅游局 / 县文化体育广电和旅游局): two bodies, not a slip.
 */
function differsOnlyInLead(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  if (k < 3) return false;
  const ha = a.slice(0, a.length - k);
  const hb = b.slice(0, b.length - k);
  const bare = (h: string) => h.length === 1 && isLevelOrPlace(h);
  return (bare(ha) && hb.length >= 2) || (bare(hb) && ha.length >= 2) || qualifiedBodies(ha, hb, a.slice(a.length - k));
}

/**
 * The heads are one place (one with its level: 某县, 海盐县) with none, one or two Han characters after it, not the
 * same, and the common tail is a whole department name of the data: 海盐县消安委办 / 海盐县安委办 / 海盐县道安委办,
 * other bodies of that kind (消防安全委员会办公室) at the same place, not slips. A character repeated from either
 * side (海盐县安安委办) is a slip still.
 */
function qualifiedBodies(ha: string, hb: string, tail: string): boolean {
  if (ha === hb || !deptByName.has(tail)) return false;
  let cp = 0;
  while (cp < ha.length && cp < hb.length && ha.charCodeAt(cp) === hb.charCodeAt(cp)) cp++;
  for (let l = cp; l >= 1 && l >= cp - 2; l--) {
    if (ha.length - l > 2 || hb.length - l > 2) return false;
    const place = ha.slice(0, l);
    if (!isLevelOrPlace(place)) continue;
    return qualifierFits(ha.slice(l), place, tail) && qualifierFits(hb.slice(l), place, tail);
  }
  return false;
}

/** Characters written between a place and a department name that make another body, not a repeated keystroke. */
function qualifierFits(added: string, place: string, tail: string): boolean {
  if (added === '') return true;
  for (let i = 0; i < added.length; i++) if (!isCjk(added.charCodeAt(i))) return false;
  return added[0] !== place[place.length - 1] && added[added.length - 1] !== tail[0];
}

/** The leading place of a name (嘉兴市 of 嘉兴市财政局; 南湖区 of 南湖区政府), '' when none beyond a bare level. */
function placeOf(n: string): string {
  let best = '';
  const max = Math.min(n.length - 1, 12);
  for (let i = 2; i <= max; i++) {
    const p = n.slice(0, i);
    if (isLevelOrPlace(p)) best = p;
  }
  return best;
}
