// Units → the tasks they lead and join, for the "任务 · 按单位" view and for hover on a unit.
// A unit's identity is its registry name when the registry knows it (市发改委 and 市发展改革委 are one unit),
// otherwise its name as written (trimmed). Pure.
import type { GongwenDocument, Range, Task } from '../model';

export interface UnitTaskLink {
  /** Index of the task in doc.tasks (and in taskTableRows(doc)). */
  task: number;
  /** The lead comes from an enclosing item. */
  inherited: boolean;
  /** Where the unit is named for this task (its unit references), in document order. */
  mentions: Range[];
}

export interface UnitTasks {
  /** Identity: the registry's name, or the name as written. */
  key: string;
  /** Display name: the most used written form (the first of equals). */
  name: string;
  /** The registry's name when the registry knows the unit. */
  canonical?: string;
  /** Every written form, in order of first appearance. */
  names: string[];
  /** Tasks it leads, in document order. */
  leads: UnitTaskLink[];
  /** Tasks it joins (participates in), in document order. */
  joins: UnitTaskLink[];
}

/** What the index needs from the unit registry. */
export interface UnitLookup {
  lookup(name: string): { name: string } | undefined;
}

interface Building extends UnitTasks {
  first: number;
  uses: Map<string, number>;
}

/**
 * Every unit named as lead or participant of a task, with its tasks. Order: most tasks led first, then most
 * tasks joined, then first appearance. A unit leading a task by inheritance (the task has no lead of its own)
 * counts as leading it, marked `inherited`.
 */
export function buildUnitIndex(doc: GongwenDocument, registry?: UnitLookup): UnitTasks[] {
  const byKey = new Map<string, Building>();
  const memo = new Map<string, string | undefined>();
  const canonicalOf = (name: string): string | undefined => {
    if (!registry) return undefined;
    if (memo.has(name)) return memo.get(name);
    let c: string | undefined;
    try {
      c = registry.lookup(name)?.name;
    } catch {
      c = undefined;
    }
    memo.set(name, c);
    return c;
  };
  const add = (taskIndex: number, t: Task, role: 'lead' | 'participant') => {
    const refs = role === 'lead' ? t.leads : t.participants;
    const local = new Map<string, UnitTaskLink>();
    for (const u of refs) {
      const written = u.text.trim();
      if (!written) continue;
      const canonical = canonicalOf(written);
      const key = canonical ?? written;
      let b = byKey.get(key);
      if (!b) {
        b = { key, name: written, names: [], leads: [], joins: [], first: u.start, uses: new Map() };
        if (canonical) b.canonical = canonical;
        byKey.set(key, b);
      }
      b.first = Math.min(b.first, u.start);
      if (!b.names.includes(written)) b.names.push(written);
      let link = local.get(key);
      if (!link) {
        link = { task: taskIndex, inherited: role === 'lead' && t.leadInherited, mentions: [] };
        local.set(key, link);
        (role === 'lead' ? b.leads : b.joins).push(link);
        // A written form counts once per task and role it names the unit in.
        b.uses.set(written, (b.uses.get(written) ?? 0) + 1);
      }
      link.mentions.push({ start: u.start, end: u.end });
    }
  };
  doc.tasks.forEach((t, i) => {
    add(i, t, 'lead');
    add(i, t, 'participant');
  });
  const list = [...byKey.values()];
  for (const b of list) {
    let best = b.names[0];
    for (const n of b.names) if ((b.uses.get(n) ?? 0) > (b.uses.get(best) ?? 0)) best = n;
    b.name = best;
    for (const l of [...b.leads, ...b.joins]) l.mentions.sort((x, y) => x.start - y.start);
  }
  list.sort((a, b) => b.leads.length - a.leads.length || b.joins.length - a.joins.length || a.first - b.first);
  return list.map(({ key, name, canonical, names, leads, joins }) => ({ key, name, ...(canonical ? { canonical } : {}), names, leads, joins }));
}

/** The unit entry a written name belongs to (for hover on a unit). */
export function unitTasksFor(index: UnitTasks[], name: string, registry?: UnitLookup): UnitTasks | undefined {
  const written = name.trim();
  const key = registry?.lookup(written)?.name ?? written;
  return index.find((u) => u.key === key) ?? index.find((u) => u.names.includes(written));
}
