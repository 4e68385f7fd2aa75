// unit-alias-mixed: one document naming the same unit by two of its names (市发改委 and 市发展改革委).
// Fix: the first-used name everywhere.
import type { Range } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { documentUnits, type NameUnits, type UnitOccurrence } from '../../units/document';

const q = (s: string) => `“${s}”`;

interface ListIndex {
  /**
   * The occurrences (of one unit) that stand in a list holding an earlier one of them: renaming would list
   * the unit twice (市市场监管局、市市场监督管理局), so the fix deletes the second name instead.
   */
  twiceInList(all: UnitOccurrence[]): Set<UnitOccurrence>;
}

/** The assignment lists; an occurrence's list is the first list (in document order) holding it. */
function listIndex(lists: Range[]): ListIndex {
  let disjoint = true;
  for (let i = 0; i < lists.length && disjoint; i++)
    if (lists[i].end < lists[i].start || (i + 1 < lists.length && lists[i].end > lists[i + 1].start)) disjoint = false;
  if (!disjoint) {
    // lists out of order or nested: compare directly (quadratic, never seen from the parser)
    const listOf = (o: UnitOccurrence) => lists.find((l) => l.start <= o.range.start && o.range.end <= l.end);
    return {
      twiceInList(all) {
        const out = new Set<UnitOccurrence>();
        for (const o of all) {
          const l = listOf(o);
          if (l && all.some((p) => p !== o && p.range.start < o.range.start && l.start <= p.range.start && p.range.end <= l.end)) out.add(o);
        }
        return out;
      },
    };
  }
  // in order and disjoint: the one list that may hold a (non-empty) occurrence starts last at or before it
  const listOf = (o: UnitOccurrence): number => {
    let lo = 0;
    let hi = lists.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lists[mid].start <= o.range.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && o.range.end <= lists[found].end ? found : -1;
  };
  return {
    twiceInList(all) {
      const at = all.map(listOf);
      const earliest = new Map<number, number>();
      at.forEach((l, k) => {
        if (l < 0) return;
        const e = earliest.get(l);
        if (e === undefined || all[k].range.start < e) earliest.set(l, all[k].range.start);
      });
      const out = new Set<UnitOccurrence>();
      at.forEach((l, k) => {
        if (l >= 0 && earliest.get(l)! < all[k].range.start) out.add(all[k]);
      });
      return out;
    },
  };
}

export const rule: Rule = {
  id: 'unit-alias-mixed',
  defaultSeverity: 'information',
  owner: 'unit',
  description: {
    zh: '同一单位在一份公文中使用了不同的名称（全称与简称混用）。',
    en: 'One document names the same unit in two ways (full name and abbreviation mixed).',
  },
  check(ctx: RuleContext) {
    const du = documentUnits(ctx);
    // known names by unit (in order of first use: the names are)
    const byKey = new Map<string, NameUnits[]>();
    for (let i = 0; i < du.names.length; i++) {
      const n = du.names[i];
      const c = n.c;
      if (c.status !== 'known' || !c.key) continue;
      const list = byKey.get(c.key);
      if (list) list.push(n);
      else byKey.set(c.key, [n]);
    }
    const text = ctx.doc.text;
    let index: ListIndex | undefined;
    for (const names of byKey.values()) {
      if (names.length < 2) continue;
      index ??= listIndex(ctx.doc.assignments.flatMap((a) => a.entries.map((e) => e.list)));
      const groups = names.map((n) => du.occurrences(n)); // order of first use
      const first = groups[0][0];
      const twice = index.twiceInList(groups.flat());
      const edit = (o: UnitOccurrence) => {
        if (!twice.has(o)) return { range: o.range, newText: first.text };
        const sep = '、，,；;';
        if (sep.includes(text[o.range.start - 1])) return { range: { start: o.range.start - 1, end: o.range.end }, newText: '' };
        return { range: o.range, newText: first.text };
      };
      for (const other of groups.slice(1)) {
        const live = other.filter((o) => !ctx.inResidue(o.range));
        if (!live.length) continue;
        const anyTwice = live.some((o) => twice.has(o));
        ctx.report({
          range: live[0].range,
          message: {
            zh: `同一单位在本文中有两种写法：${q(live[0].text)}与首次使用的${q(first.text)}。应全文统一，建议统一为${q(first.text)}。`,
            en: `The same unit is named two ways in this document: ${q(live[0].text)} and, first, ${q(first.text)}. Use one name throughout, e.g. ${q(first.text)}.`,
          },
          related: [{ range: first.range, message: { zh: `首次使用的名称${q(first.text)}`, en: `First used as ${q(first.text)}` } }],
          fixes: [
            {
              title: anyTwice
                ? { zh: `全文统一为${q(first.text)}，删除同一列表中的重复名称`, en: `Use ${q(first.text)} throughout, removing the repeat in one list` }
                : { zh: `全文统一为${q(first.text)}`, en: `Use ${q(first.text)} throughout` },
              edits: live.map(edit),
              safe: !anyTwice,
              preferred: true,
            },
          ],
        });
      }
    }
  },
};
