// The units of one document, classified once and shared by the unit rules (built once per analysis): every
// unit reference of the task assignments and of the 主送机关 grouped by its distinct name, the verdict on each
// name, and its suggestions. One cheap step per reference (grouping by its text); the per-name work (trimming,
// normalising, classifying, the verdict) is done once per distinct name, and a name's occurrences are made only
// for the rules that ask for them (the few names with a finding). Per-name registry work is memoised in the
// registry, across documents.
import type { GongwenDocument, Range, UnitRef } from '../model';
import type { RuleContext } from '../rule';
import { findMemberLists } from '../parse/assignments';
import { boundedDistance, differsInOneWord } from './distance';
import { normalizeName, suffixOf, trimUnitText } from './grammar';
import { differsOnlyInHe, differsOnlyInPlaceOrNumber, type UnitClassification, type UnitRegistry } from './registry';

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
  /** Position in document order (among all the document's occurrences). */
  index: number;
}

/** One distinct (normalised) name of the document. */
export interface NameUnits {
  name: string;
  c: UnitClassification;
  /** Occurrences of the name. */
  count: number;
  /** Start of its first occurrence's range. */
  first: number;
}

export type UnknownKind = 'spam' | 'malformed' | 'near-miss';

export interface UnknownVerdict {
  kind: UnknownKind;
  /** Up to three replacement names, best first. */
  suggestions: string[];
}

export interface DocumentUnits {
  /**
   * The distinct texts of all the unit references (as the parser gives them), in order of first use (those of
   * references dropped as repeats of a range, where they differ from the text kept, last: never from the parser).
   */
  texts: string[];
  /** The distinct names, in order of first use. */
  names: NameUnits[];
  /** The distinct names by name. */
  byName: Map<string, NameUnits>;
  /** A name's occurrences, in document order (made when first asked for). */
  occurrences(n: NameUnits): UnitOccurrence[];
  /** unit-unknown's verdict on a name (undefined: the name is fine). Memoised. */
  unknown(name: string): UnknownVerdict | undefined;
  /**
   * The units of the member lists (成员单位：A、B。), in document order: checked like the others, but no task's
   * (they are not in doc.assignments).
   */
  members: UnitRef[];
}

/** The occurrences of some names, in document order. */
export function inDocumentOrder(du: DocumentUnits, names: NameUnits[]): UnitOccurrence[] {
  if (names.length === 1) return du.occurrences(names[0]);
  const out: UnitOccurrence[] = [];
  for (let i = 0; i < names.length; i++) {
    const list = du.occurrences(names[i]);
    for (let k = 0; k < list.length; k++) out.push(list[k]);
  }
  return out.sort(byIndex);
}

function byIndex(a: UnitOccurrence, b: UnitOccurrence): number {
  return a.index - b.index;
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

/** A distinct name with where it occurs: per reference text of it, the references (indexes in document order). */
interface NameEntry extends NameUnits {
  texts: { t: Trimmed; refs: number[] }[];
  occurrences?: UnitOccurrence[];
}

function buildDocumentUnits(doc: GongwenDocument, registry: UnitRegistry): DocumentUnits {
  const addresseeRefs = doc.notice.addressee?.units ?? [];
  const members = memberUnits(doc);
  const all: UnitRef[] = addresseeRefs.slice();
  // sorted by start, stably (the references almost always come in order already: then there is nothing to move)
  // (indexed loops: cold code allocates an iterator result per for-of step)
  let sorted = true;
  let last = -1;
  for (let i = 0; i < all.length; i++) {
    if (all[i].start < last) sorted = false;
    last = all[i].start;
  }
  const assignments = doc.assignments;
  for (let i = 0; i < assignments.length; i++) {
    const entries = assignments[i].entries;
    for (let j = 0; j < entries.length; j++) {
      const units = entries[j].units;
      for (let k = 0; k < units.length; k++) {
        const u = units[k];
        if (u.start < last) sorted = false;
        last = u.start;
        all.push(u);
      }
    }
  }
  for (let i = 0; i < members.length; i++) {
    if (members[i].start < last) sorted = false;
    last = members[i].start;
    all.push(members[i]);
  }
  if (!sorted) all.sort((a, b) => a.start - b.start);
  const others: string[] = [];
  const refs = uniqueByRange(all, others);
  const isAddressee = new Set(addresseeRefs);

  // the references by their text, in order of first use (a text repeated through the document, as the seed's
  // units are fifty times over in 1 MB, is trimmed, normalised and classified once)
  const byText = new Map<string, number[]>();
  const texts: string[] = [];
  for (let q = 0; q < refs.length; q++) {
    const text = refs[q].text;
    const list = byText.get(text);
    if (list !== undefined) list.push(q);
    else {
      byText.set(text, [q]);
      texts.push(text);
    }
  }
  const named = texts.length;
  if (others.length) for (const t of new Set(others)) if (!byText.has(t)) texts.push(t);
  const names: NameEntry[] = [];
  const byName = new Map<string, NameEntry>();
  for (let i = 0; i < named; i++) {
    const refText = texts[i];
    const list = byText.get(refText)!;
    const r = trimUnitText(refText);
    const text = r.end > r.start ? refText.slice(r.start, r.end) : '';
    const name = text ? normalizeName(text) : '';
    if (!name) continue;
    const t: Trimmed = { start: r.start, end: r.end, text, name };
    const e = byName.get(name);
    if (e) {
      // (a later text: the name's first occurrence is its first text's)
      e.texts.push({ t, refs: list });
      e.count += list.length;
    } else {
      const entry: NameEntry = { name, c: registry.classify(name), count: list.length, first: refs[list[0]].start + r.start, texts: [{ t, refs: list }] };
      names.push(entry);
      byName.set(name, entry);
    }
  }
  // a document's 主送机关 units (an addressee reference is never dropped as a repeat: it comes first in its range)
  const addresseeNames = new Set<string>();
  for (let i = 0; i < addresseeRefs.length; i++) {
    const r = trimUnitText(addresseeRefs[i].text);
    const text = r.end > r.start ? addresseeRefs[i].text.slice(r.start, r.end) : '';
    if (text) addresseeNames.add(normalizeName(text));
  }

  function occurrences(n: NameUnits): UnitOccurrence[] {
    const e = n as NameEntry;
    if (e.occurrences) return e.occurrences;
    const out: UnitOccurrence[] = [];
    for (let i = 0; i < e.texts.length; i++) {
      const { t, refs: list } = e.texts[i];
      for (let k = 0; k < list.length; k++) {
        const ref = refs[list[k]];
        out.push({
          ref,
          range: { start: ref.start + t.start, end: ref.start + t.end },
          text: t.text,
          name: e.name,
          addressee: isAddressee.has(ref),
          c: e.c,
          index: list[k],
        });
      }
    }
    if (e.texts.length > 1) out.sort(byIndex);
    return (e.occurrences = out);
  }

  // names of this document that can serve as suggestions: known or well formed, not spam
  const docNames: { name: string; main: string; count: number; first: number; known: boolean }[] = [];
  for (let i = 0; i < names.length; i++) {
    const { name, c, count, first } = names[i];
    if (c.status === 'known' || c.status === 'grammar') docNames.push({ name, main: c.main, count, first, known: c.status === 'known' || addresseeNames.has(name) });
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
      if (differsOnlyInPlaceOrNumber(c.main, d.main) || (dist === 2 && differsInOneWord(c.main, d.main)) || differsOnlyInHe(c.main, d.main)) continue;
      if (!d.known && d.count === count && len < 8) continue; // equally used short names: no telling which is right
      out.push({ name: d.name, distance: dist, inDoc: true });
    }
    return out;
  }

  function unknown(name: string): UnknownVerdict | undefined {
    const known = verdicts.get(name);
    if (known !== undefined || verdicts.has(name)) return known;
    const entry = byName.get(name);
    const c = entry ? entry.c : registry.classify(name);
    let v: UnknownVerdict | undefined;
    if (c.status === 'spam') v = { kind: 'spam', suggestions: spamSuggestions(c) };
    else if (addresseeNames.has(name)) v = undefined; // a document's 主送机关 units are known in it
    else if (c.status === 'unknown') {
      const cands = registry.nearMisses(name, true).map((n) => ({ ...n, inDoc: byName.has(n.name) }));
      v = { kind: 'malformed', suggestions: rank(cands) };
    } else if (c.status === 'grammar') {
      const cands = registry.nearMisses(name).map((n) => ({ ...n, inDoc: byName.has(n.name) }));
      cands.push(...documentNearMisses(c, entry ? entry.count : 0, entry ? entry.first : 0));
      if (cands.length) v = { kind: 'near-miss', suggestions: rank(cands) };
    }
    verdicts.set(name, v);
    return v;
  }

  return { texts, names, byName, occurrences, unknown, members };
}

/** The units of the document's member lists (成员单位：…), outside its residue, 主送机关 and assignments. */
function memberUnits(doc: GongwenDocument): UnitRef[] {
  // (a document made by hand, in a test, may lack the text and the residue)
  if (!doc.text || doc.text.indexOf('成员') < 0) return [];
  const skip: Range[] = [];
  for (const n of doc.residue ?? []) skip.push({ start: n.start, end: n.end });
  if (doc.notice.addressee) skip.push({ start: doc.notice.addressee.start, end: doc.notice.addressee.end });
  for (const a of doc.assignments) skip.push(a.range);
  return findMemberLists(doc.text, skip);
}

/**
 * A reference the parser lists twice (in the 主送机关 and in an assignment, or in two entries) counts once: of
 * the references sorted by start (stably), the first with each range stays. The text of a dropped reference
 * that differs from the one kept (never seen from the parser) is added to `others`.
 */
function uniqueByRange(sorted: UnitRef[], others: string[]): UnitRef[] {
  const out: UnitRef[] = [];
  let runStart = -1;
  let runFrom = 0; // where the current run of one start begins in out (a handful of references at most)
  let many: Map<number, string> | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i];
    if (r.start !== runStart) {
      runStart = r.start;
      runFrom = out.length;
      many = undefined;
    } else if (many) {
      const kept = many.get(r.end);
      if (kept !== undefined) {
        if (kept !== r.text) others.push(r.text);
        continue;
      }
      many.set(r.end, r.text);
    } else {
      let k = runFrom;
      while (k < out.length && out[k].end !== r.end) k++;
      if (k < out.length) {
        if (out[k].text !== r.text) others.push(r.text);
        continue;
      }
      if (out.length - runFrom >= 16) {
        many = new Map();
        for (k = runFrom; k < out.length; k++) many.set(out[k].end, out[k].text);
        many.set(r.end, r.text);
      }
    }
    out.push(r);
  }
  return out;
}

function rank(cands: { name: string; distance: number; inDoc: boolean }[]): string[] {
  const best = new Map<string, { distance: number; inDoc: boolean; order: number }>();
  cands.forEach((c, order) => {
    // a one-character name (办, 局) is a short form only inside a longer name: never a replacement
    if (c.name.length < 2) return;
    const prev = best.get(c.name);
    if (!prev || c.distance < prev.distance || (c.inDoc && !prev.inDoc)) best.set(c.name, { distance: Math.min(c.distance, prev?.distance ?? 99), inDoc: c.inDoc || !!prev?.inDoc, order });
  });
  return [...best.entries()]
    .sort((a, b) => a[1].distance - b[1].distance || Number(b[1].inDoc) - Number(a[1].inDoc) || a[1].order - b[1].order)
    .slice(0, MAX_SUGGESTIONS)
    .map(([n]) => n);
}
