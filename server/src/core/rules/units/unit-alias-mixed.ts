// unit-alias-mixed: one document naming the same unit by two of its names (市发改委 and 市发展改革委).
// Fix: the first-used name everywhere.
import type { Rule, RuleContext } from '../../rule';
import { documentUnits, type UnitOccurrence } from '../../units/document';

const q = (s: string) => `“${s}”`;

export const rule: Rule = {
  id: 'unit-alias-mixed',
  defaultSeverity: 'information',
  owner: 'unit',
  description: {
    zh: '同一单位在一份公文中使用了不同的名称（全称与简称混用）。',
    en: 'One document names the same unit in two ways (full name and abbreviation mixed).',
  },
  check(ctx: RuleContext) {
    const du = documentUnits(ctx.doc, ctx.units);
    const byKey = new Map<string, Map<string, UnitOccurrence[]>>();
    for (const occ of du.occurrences) {
      const c = occ.c;
      if (c.status !== 'known' || !c.key) continue;
      let names = byKey.get(c.key);
      if (!names) byKey.set(c.key, (names = new Map()));
      const list = names.get(c.name);
      if (list) list.push(occ);
      else names.set(c.name, [occ]);
    }
    const text = ctx.doc.text;
    const lists = ctx.doc.assignments.flatMap((a) => a.entries.map((e) => e.list));
    const listOf = (o: UnitOccurrence) => lists.find((l) => l.start <= o.range.start && o.range.end <= l.end);
    for (const names of byKey.values()) {
      if (names.size < 2) continue;
      const groups = [...names.values()]; // insertion order = order of first use
      const first = groups[0][0];
      const all = groups.flat();
      // 市市场监管局、市市场监督管理局 in one list: renaming would list the unit twice; delete the second name instead
      const twiceInList = (o: UnitOccurrence): boolean => {
        const l = listOf(o);
        return !!l && all.some((p) => p !== o && p.range.start < o.range.start && l.start <= p.range.start && p.range.end <= l.end);
      };
      const edit = (o: UnitOccurrence) => {
        if (!twiceInList(o)) return { range: o.range, newText: first.text };
        const sep = '、，,；;';
        if (sep.includes(text[o.range.start - 1])) return { range: { start: o.range.start - 1, end: o.range.end }, newText: '' };
        return { range: o.range, newText: first.text };
      };
      for (const other of groups.slice(1)) {
        const live = other.filter((o) => !ctx.inResidue(o.range));
        if (!live.length) continue;
        ctx.report({
          range: live[0].range,
          message: {
            zh: `同一单位在本文中有两种写法：${q(live[0].text)}与首次使用的${q(first.text)}。应全文统一，建议统一为${q(first.text)}。`,
            en: `The same unit is named two ways in this document: ${q(live[0].text)} and, first, ${q(first.text)}. Use one name throughout, e.g. ${q(first.text)}.`,
          },
          related: [{ range: first.range, message: { zh: `首次使用的名称${q(first.text)}`, en: `First used as ${q(first.text)}` } }],
          fixes: [
            {
              title: live.some(twiceInList)
                ? { zh: `全文统一为${q(first.text)}，删除同一列表中的重复名称`, en: `Use ${q(first.text)} throughout, removing the repeat in one list` }
                : { zh: `全文统一为${q(first.text)}`, en: `Use ${q(first.text)} throughout` },
              edits: live.map(edit),
              safe: !live.some(twiceInList),
              preferred: true,
            },
          ],
        });
      }
    }
  },
};
