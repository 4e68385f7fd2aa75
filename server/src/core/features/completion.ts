// Completion of unit names after an assignment label (牵头单位：| 参与部门：|) and after 、 inside a unit list.
// Candidates: the document's own units ranked by use, then the workspace's registry, then built-in names at the
// place/level the document writes (市 → 市财政局 …). Pure.
import type { Range } from '../model';
import { deptEntries, isPartyPrefix } from '../units/grammar';
import type { UnitInfo } from '../units/registry';
import { plainName, unitUsage, type UnitOccurrence } from './references';

/** The labels the parser reads as assignment labels (parse/assignments.ts LABEL_RE), without the colon. */
const LABEL_AT_END = /(?:牵头|主办|主责|责任|负责|指导|参与|配合|协办|协同)(?:单位|部门)[ \t\u3000]*$/;
/** Characters that end the unit typed so far (looking back from the cursor). */
const STOP = '、，,：:；;。！？!?\n\r（(【[“"';
/** How far back (UTF-16 units) the list's label may lie. */
const MAX_LIST = 400;

export interface UnitCompletionContext {
  /** The partial unit typed so far (replaced by the completion). */
  range: Range;
  partial: string;
  /** What opened the slot: the label's colon, or 、 inside a list. */
  after: 'label' | 'separator';
  /** Where the list starts (after the label's colon): units named between it and the slot are already listed. */
  listStart: number;
}

/** The completion slot at `offset`, if the cursor is where a unit name goes. */
export function unitCompletionContext(text: string, offset: number): UnitCompletionContext | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let i = offset;
  while (i > lineStart && !STOP.includes(text[i - 1])) i--;
  // leading spaces are not part of the name
  let start = i;
  while (start < offset && /[ \t\u3000]/.test(text[start])) start++;
  const partial = text.slice(start, offset);
  if (i <= lineStart) return undefined;
  const stop = text[i - 1];
  if (stop === '：' || stop === ':') {
    const before = text.slice(Math.max(lineStart, i - 1 - 12), i - 1);
    return LABEL_AT_END.test(before) ? { range: { start, end: offset }, partial, after: 'label', listStart: i } : undefined;
  }
  if (stop !== '、') return undefined;
  // inside a list: a label and its colon earlier on the line, with only units and 、 between (no sentence end)
  const from = Math.max(lineStart, i - MAX_LIST);
  for (let j = i - 1; j > from; j--) {
    const c = text[j - 1];
    if (c === '：' || c === ':') {
      const before = text.slice(Math.max(lineStart, j - 1 - 12), j - 1);
      return LABEL_AT_END.test(before) ? { range: { start, end: offset }, partial, after: 'separator', listStart: j } : undefined;
    }
    if ('。；;！？!?\n\r'.includes(c)) return undefined;
  }
  return undefined;
}

export interface UnitCandidate {
  name: string;
  /** Where it comes from: the document (with its use count), the workspace registry, the built-in data. */
  origin: 'document' | 'workspace' | 'builtin';
  count?: number;
  info?: UnitInfo;
}

/** What completion needs from the registry. */
export interface CompletionRegistry {
  all(): Iterable<UnitInfo>;
  lookup(name: string): UnitInfo | undefined;
  classify?(name: string): { prefix?: string };
}

/**
 * Candidates in order: the document's units (most used first; the occurrence being typed is not counted),
 * the workspace registry's units, then `builtin` names (already ordered) not yet offered. Names compared without spaces,
 * aliases of an offered unit are not offered again, nor units the list already names (`listed`: from the list's start
 * to the slot).
 */
export function unitCandidates(
  occurrences: UnitOccurrence[],
  registry: CompletionRegistry | undefined,
  typing?: Range,
  builtin: string[] = [],
  max = 300,
  listed?: Range,
): { items: UnitCandidate[]; incomplete: boolean } {
  const items: UnitCandidate[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  if (listed)
    for (const o of occurrences)
      if (o.start >= listed.start && o.end <= listed.end) {
        keys.add(o.key);
        names.add(plainName(o.text));
      }
  const add = (c: UnitCandidate, key: string) => {
    if (names.has(c.name) || keys.has(key)) return;
    names.add(c.name);
    keys.add(key);
    items.push(c);
  };
  for (const u of unitUsage(occurrences, typing)) add({ name: u.name, origin: 'document', count: u.count }, u.key);
  if (registry)
    for (const info of registry.all()) {
      if (info.abolished) continue;
      add({ name: info.name, origin: 'workspace', info }, info.name);
    }
  for (const n of builtin) {
    if (items.length >= max) return { items, incomplete: true };
    let key = n;
    try {
      key = registry?.lookup(n)?.name ?? n;
    } catch {
      key = n;
    }
    add({ name: plainName(n), origin: 'builtin' }, key);
  }
  return { items: items.slice(0, max), incomplete: items.length > max };
}

/** The place/level prefixes the document's units are written with (市 of 市发改委), most used first. */
export function documentPrefixes(occurrences: UnitOccurrence[], registry: CompletionRegistry | undefined): string[] {
  if (!registry?.classify) return [];
  const count = new Map<string, number>();
  for (const o of occurrences) {
    if (o.role === 'addressee') continue;
    let p: string | undefined;
    try {
      p = registry.classify(plainName(o.text)).prefix;
    } catch {
      p = undefined;
    }
    if (p) count.set(p, (count.get(p) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

/**
 * Built-in department names at a place/level prefix (市 → 市财政局, 市发展改革委 …; 市委 → 市委宣传部 …), in the
 * data's order (full names), abolished bodies left out.
 */
export function builtinNamesAt(prefix: string): string[] {
  const party = isPartyPrefix(prefix);
  const out: string[] = [];
  for (const e of deptEntries) {
    if (e.abolished || e.kind === 'self') continue;
    if (party ? e.kind !== 'party' && e.kind !== 'both' : e.kind === 'party') continue;
    const n = e.names[0];
    if (n) out.push(prefix + n);
  }
  return out;
}
