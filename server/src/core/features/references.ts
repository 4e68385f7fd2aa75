// Unit occurrences: every place a document names a unit (the units of its assignments and of the 主送机关 line),
// each with an identity key under which aliases meet (市发改委 = 市发展改革委 = 市发展和改革委员会). Pure.
import type { AssignmentRole, GongwenDocument, TextSpan } from '../model';

/** What the occurrence index needs from the unit registry. */
export interface UnitKeyLookup {
  lookup(name: string): { name: string; aliases?: string[] } | undefined;
}

export interface UnitOccurrence extends TextSpan {
  /** lead / participant in an assignment, or the 主送机关 line. */
  role: AssignmentRole | 'addressee';
  /** Identity: the registry's canonical name when it knows the unit, else the name as written (spaces dropped). */
  key: string;
}

/** The name as written, without spaces (a unit's identity when the registry does not know it). */
export function plainName(name: string): string {
  return name.replace(/[\s\u3000]+/g, '');
}

/** A unit's identity key: the registry's canonical name, or the name as written. */
export function unitKey(name: string, registry?: UnitKeyLookup): string {
  const plain = plainName(name);
  if (!registry || plain === '') return plain;
  try {
    return registry.lookup(plain)?.name ?? plain;
  } catch {
    return plain;
  }
}

/**
 * A finer identity for rename: the registry's classification key, which keeps a bracketed designation apart
 * (市发展改革委(信息产业局) is not renamed with 市发展改革委); aliases still meet.
 */
export function exactUnitKey(name: string, registry?: { classify?(name: string): { key?: string } }): string {
  const plain = plainName(name);
  try {
    return registry?.classify?.(plain).key ?? plain;
  } catch {
    return plain;
  }
}

/** Every unit the document names, in document order (one occurrence per range). */
export function unitOccurrences(doc: GongwenDocument, registry?: UnitKeyLookup): UnitOccurrence[] {
  const memo = new Map<string, string>();
  const keyOf = (name: string) => {
    let k = memo.get(name);
    if (k === undefined) {
      k = unitKey(name, registry);
      memo.set(name, k);
    }
    return k;
  };
  const out: UnitOccurrence[] = [];
  const seen = new Set<number>();
  const push = (u: TextSpan, role: UnitOccurrence['role']) => {
    if (u.end <= u.start || seen.has(u.start) || plainName(u.text) === '') return;
    seen.add(u.start);
    out.push({ start: u.start, end: u.end, text: u.text, role, key: keyOf(u.text) });
  };
  for (const u of doc.notice.addressee?.units ?? []) push(u, 'addressee');
  for (const a of doc.assignments) for (const e of a.entries) for (const u of e.units) push(u, u.role);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The occurrence at an offset (a cursor touching either end counts), if any. */
export function occurrenceAt(occurrences: UnitOccurrence[], offset: number): UnitOccurrence | undefined {
  let lo = 0;
  let hi = occurrences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = occurrences[mid];
    if (offset < o.start) hi = mid - 1;
    else if (offset > o.end) lo = mid + 1;
    else {
      // a cursor between two adjacent units touches both: prefer the one it is inside
      const next = occurrences[mid + 1];
      if (offset === o.end && next && next.start === offset) return next;
      return o;
    }
  }
  return undefined;
}

/** Every occurrence of the unit with this key. */
export function occurrencesOf(occurrences: UnitOccurrence[], key: string): UnitOccurrence[] {
  return occurrences.filter((o) => o.key === key);
}

/** How often the document names each unit, most used first (ties: first named first). */
export function unitUsage(occurrences: UnitOccurrence[], exclude?: { start: number; end: number }): { key: string; name: string; count: number }[] {
  const by = new Map<string, { key: string; count: number; first: number; forms: Map<string, number> }>();
  for (const o of occurrences) {
    if (exclude && o.start < exclude.end && exclude.start < o.end) continue;
    if (exclude && o.start === exclude.start) continue;
    if (o.role === 'addressee') continue; // the 主送机关 line names groups (各县（市、区）人民政府), not task units
    let b = by.get(o.key);
    if (!b) by.set(o.key, (b = { key: o.key, count: 0, first: o.start, forms: new Map() }));
    b.count++;
    const form = plainName(o.text);
    b.forms.set(form, (b.forms.get(form) ?? 0) + 1);
  }
  return [...by.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((b) => {
      let name = '';
      let n = -1;
      for (const [f, c] of b.forms) if (c > n) [name, n] = [f, c];
      return { key: b.key, name, count: b.count };
    });
}
