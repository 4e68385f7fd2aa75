// The units of one document, classified once and shared by the unit rules (kept in the analysis cache under
// the document's text): every unit reference of the task assignments and of the 主送机关, the verdict on each
// distinct name, and its suggestions. Linear in the number of references; per-name work is memoised (in the
// registry, across documents).
import type { GongwenDocument, Range, UnitRef } from '../model';
import type { RuleContext } from '../rule';
import { boundedDistance, differsInOneWord } from './distance';
import { normalizeName, suffixOf, trimUnitText } from './grammar';
import { differsOnlyInPlaceOrNumber, type UnitClassification, type UnitRegistry } from './registry';

export interface UnitOccurrence {
  ref: UnitRef;
  /** The unit name proper (role words such as 牵头 and stray punctuation trimmed). */
  range: Range;
  /** The name as written (text of `range`). */
  text: string;
  /** Normalised name. */
  name: string;
  addressee: boolean;
  c: UnitClassification;
}

export type UnknownKind = 'spam' | 'malformed' | 'near-miss';

export interface UnknownVerdict {
  kind: UnknownKind;
  /** Up to three replacement names, best first. */
  suggestions: string[];
}

export interface DocumentUnits {
  occurrences: UnitOccurrence[];
  /** Occurrences by normalised name, in document order. */
  byName: Map<string, UnitOccurrence[]>;
  /** unit-unknown's verdict on a name (undefined: the name is fine). Memoised. */
  unknown(name: string): UnknownVerdict | undefined;
}

const MAX_SUGGESTIONS = 3;
const TARGETS_PER_NAME = 64;

/**
 * The document's units for this analysis, built by the first unit rule that asks and shared by the others
 * (an analysis has one document and one registry).
 */
export function documentUnits(ctx: Pick<RuleContext, 'doc' | 'units' | 'cache'>): DocumentUnits {
  return ctx.cache.forDocument('units.document', ctx.doc, () => buildDocumentUnits(ctx.doc, ctx.units));
}

interface Trimmed {
  /** Offsets of the name proper inside the reference's text. */
  start: number;
  end: number;
  text: string;
  name: string;
}

function buildDocumentUnits(doc: GongwenDocument, registry: UnitRegistry): DocumentUnits {
  const addresseeRefs = doc.notice.addressee?.units ?? [];
  const all: UnitRef[] = addresseeRefs.slice();
  // (indexed loops: cold code allocates an iterator result per for-of step)
  const assignments = doc.assignments;
  for (let i = 0; i < assignments.length; i++) {
    const entries = assignments[i].entries;
    for (let j = 0; j < entries.length; j++) {
      const units = entries[j].units;
      for (let k = 0; k < units.length; k++) all.push(units[k]);
    }
  }
  const refs = uniqueByRange(all.sort((a, b) => a.start - b.start));
  const isAddressee = new Set(addresseeRefs);

  const occurrences: UnitOccurrence[] = [];
  const byName = new Map<string, UnitOccurrence[]>();
  const addresseeNames = new Set<string>();
  // a reference text repeated through the document is trimmed and normalised once
  const trimmed = new Map<string, Trimmed | null>();
  for (let q = 0; q < refs.length; q++) {
    const ref = refs[q];
    const addressee = isAddressee.has(ref);
    let t = trimmed.get(ref.text);
    if (t === undefined) {
      const r = trimUnitText(ref.text);
      const text = r.end > r.start ? ref.text.slice(r.start, r.end) : '';
      const name = text ? normalizeName(text) : '';
      t = name ? { start: r.start, end: r.end, text, name } : null;
      trimmed.set(ref.text, t);
    }
    if (!t) continue;
    const { name } = t;
    const list = byName.get(name);
    const occ: UnitOccurrence = {
      ref,
      range: { start: ref.start + t.start, end: ref.start + t.end },
      text: t.text,
      name,
      addressee,
      // a name repeated through the document (the seed's units, fifty times over in 1 MB) is classified once
      c: list ? list[0].c : registry.classify(name),
    };
    occurrences.push(occ);
    if (list) list.push(occ);
    else byName.set(name, [occ]);
    if (addressee) addresseeNames.add(name);
  }

  // names of this document that can serve as suggestions: known or well formed, not spam
  const docNames: { name: string; main: string; count: number; first: number; known: boolean }[] = [];
  for (const [name, list] of byName) {
    const c = list[0].c;
    if (c.status === 'known' || c.status === 'grammar')
      docNames.push({ name, main: c.main, count: list.length, first: list[0].range.start, known: c.status === 'known' || addresseeNames.has(name) });
  }

  // near-miss targets by suffix, the established spellings first (known, then most used, then first used);
  // a name is compared with at most TARGETS_PER_NAME of them, so the search stays linear in the document
  const bySuffix = new Map<string, typeof docNames>();
  for (const d of docNames) {
    if (d.main.length < 5) continue;
    const s = suffixOf(d.main) ?? '';
    const list = bySuffix.get(s);
    if (list) list.push(d);
    else bySuffix.set(s, [d]);
  }
  for (const list of bySuffix.values()) list.sort((a, b) => Number(b.known) - Number(a.known) || b.count - a.count || a.first - b.first);

  const verdicts = new Map<string, UnknownVerdict | undefined>();

  const namesByEnd: Map<string, string[]>[] = [];
  function spamSuggestions(c: UnitClassification): string[] {
    const s = c.spam!;
    const remainder = s.before + s.after;
    const out: string[] = [];
    const add = (n: string) => {
      if (n && n !== c.name && !out.includes(n) && out.length < MAX_SUGGESTIONS) out.push(n);
    };
    // 1. the remainder as this document names it elsewhere, 2. a unit of the document with the same beginning
    // and end (市…体育局 → 市体育局), 3. the remainder when it is a known or well-formed name, 4. its near misses
    if (byName.has(remainder)) add(remainder);
    if (s.after.length >= 2) {
      // the names ending as the remainder does, found by their last (up to four) characters, in document order
      const k = Math.min(s.after.length, 4);
      let index = namesByEnd[k];
      if (!index) {
        index = namesByEnd[k] = new Map();
        for (const d of docNames) {
          if (d.name.length < k) continue;
          const end = d.name.slice(-k);
          const list = index.get(end);
          if (list) list.push(d.name);
          else index.set(end, [d.name]);
        }
      }
      for (const n of index.get(s.after.slice(-k)) ?? []) {
        if (out.length >= MAX_SUGGESTIONS) break;
        if (n.startsWith(s.before) && n.endsWith(s.after)) add(n);
      }
    }
    const rc = registry.classify(remainder);
    if (rc.status === 'known' || rc.status === 'grammar') add(remainder);
    for (const n of registry.nearMisses(remainder)) add(n.name);
    return out;
  }

  /** Near misses among this document's own names (a slip against the spelling used elsewhere). */
  function documentNearMisses(c: UnitClassification, count: number, first: number): { name: string; distance: number; inDoc: boolean }[] {
    const out: { name: string; distance: number; inDoc: boolean }[] = [];
    if (c.main.length < 5) return out;
    const s = suffixOf(c.main) ?? '';
    const list = bySuffix.get(s) ?? [];
    let compared = 0;
    for (const d of list) {
      // the other spelling must be the established one: known, more used, or as used and earlier; the list is
      // sorted so that the established targets come first
      if (!(d.known || d.count > count || (d.count === count && d.first < first))) break;
      if (++compared > TARGETS_PER_NAME) break;
      if (d.name === c.name || d.main === c.main) continue;
      const len = Math.min(d.main.length, c.main.length);
      if (len < 5 || Math.abs(d.main.length - c.main.length) > 2) continue;
      const max = len >= 8 ? 2 : 1;
      const dist = boundedDistance(c.main, d.main, max);
      if (dist > max || dist === 0) continue;
      if (differsOnlyInPlaceOrNumber(c.main, d.main) || (dist === 2 && differsInOneWord(c.main, d.main))) continue;
      if (!d.known && d.count === count && len < 8) continue; // equally used short names: no telling which is right
      out.push({ name: d.name, distance: dist, inDoc: true });
    }
    return out;
  }

  function unknown(name: string): UnknownVerdict | undefined {
    if (verdicts.has(name)) return verdicts.get(name);
    const list = byName.get(name);
    const c = list ? list[0].c : registry.classify(name);
    let v: UnknownVerdict | undefined;
    if (c.status === 'spam') v = { kind: 'spam', suggestions: spamSuggestions(c) };
    else if (addresseeNames.has(name)) v = undefined; // a document's 主送机关 units are known in it
    else if (c.status === 'unknown') {
      const cands = registry.nearMisses(name, true).map((n) => ({ ...n, inDoc: byName.has(n.name) }));
      v = { kind: 'malformed', suggestions: rank(cands) };
    } else if (c.status === 'grammar') {
      const cands = registry.nearMisses(name).map((n) => ({ ...n, inDoc: byName.has(n.name) }));
      cands.push(...documentNearMisses(c, list?.length ?? 0, list ? list[0].range.start : 0));
      if (cands.length) v = { kind: 'near-miss', suggestions: rank(cands) };
    }
    verdicts.set(name, v);
    return v;
  }

  return { occurrences, byName, unknown };
}

/**
 * A reference the parser lists twice (in the 主送机关 and in an assignment, or in two entries) counts once: of
 * the references sorted by start (stably), the first with each range stays.
 */
function uniqueByRange(sorted: UnitRef[]): UnitRef[] {
  const out: UnitRef[] = [];
  let runStart = -1;
  let ends: number[] = []; // ends kept in the current run of one start (a handful at most)
  let many: Set<number> | undefined;
  for (const r of sorted) {
    if (r.start !== runStart) {
      runStart = r.start;
      ends = [];
      many = undefined;
    } else if (many ? many.has(r.end) : ends.includes(r.end)) continue;
    if (many) many.add(r.end);
    else if (ends.push(r.end) > 16) many = new Set(ends);
    out.push(r);
  }
  return out;
}

function rank(cands: { name: string; distance: number; inDoc: boolean }[]): string[] {
  const best = new Map<string, { distance: number; inDoc: boolean; order: number }>();
  cands.forEach((c, order) => {
    const prev = best.get(c.name);
    if (!prev || c.distance < prev.distance || (c.inDoc && !prev.inDoc)) best.set(c.name, { distance: Math.min(c.distance, prev?.distance ?? 99), inDoc: c.inDoc || !!prev?.inDoc, order });
  });
  return [...best.entries()]
    .sort((a, b) => a[1].distance - b[1].distance || Number(b[1].inDoc) - Number(a[1].inDoc) || a[1].order - b[1].order)
    .slice(0, MAX_SUGGESTIONS)
    .map(([n]) => n);
}
