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
    for (const names of byKey.values()) {
      if (names.size < 2) continue;
      const groups = [...names.values()]; // insertion order = order of first use
      const first = groups[0][0];
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
              title: { zh: `全文统一为${q(first.text)}`, en: `Use ${q(first.text)} throughout` },
              edits: live.map((o) => ({ range: o.range, newText: first.text })),
              safe: true,
              preferred: true,
            },
          ],
        });
      }
    }
  },
};
