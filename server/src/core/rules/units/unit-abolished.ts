// unit-abolished: a unit name the registry marks as abolished (workspace entries with a date and successor;
// the built-in data for the national reorganisations of 2003, 2008, 2013, 2018 and 2023) on a document signed
// after the abolition. Silent when the document has no 成文日期.
import type { Fix, Rule, RuleContext } from '../../rule';
import { documentUnits, type UnitOccurrence } from '../../units/document';

const q = (s: string) => `“${s}”`;
/** A township-level place prefix: 镇, 某某乡, 某某街道, 某某苏木. */
const TOWNSHIP_RE = /(?:镇|乡|街道|苏木)$/;

function isoDate(y?: number, m?: number, d?: number): string | undefined {
  if (!y) return undefined;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(m ?? 12)}-${p(d ?? 31)}`;
}

export const rule: Rule = {
  id: 'unit-abolished',
  defaultSeverity: 'information',
  owner: 'unit',
  description: {
    zh: '使用了成文日期前已撤销或更名的单位名称。',
    en: 'A unit name that had been abolished or renamed before the document was signed.',
  },
  check(ctx: RuleContext) {
    const sd = ctx.doc.notice.signDate;
    const signed = sd ? isoDate(sd.year, sd.month, sd.day) : undefined;
    if (!signed) return;
    const du = documentUnits(ctx);
    // per name abolished before the signing date, its occurrences outside residue (names in order of the first)
    const lists: UnitOccurrence[][] = [];
    for (let i = 0; i < du.names.length; i++) {
      const c = du.names[i].c;
      const ab = c.status === 'known' ? c.info?.abolished : undefined;
      if (!ab || !(ab.date < signed)) continue;
      // a 乡镇/街道 has no 局: its own successor of a county 局 is not known (镇扶贫办 is not 镇乡村振兴局)
      if (TOWNSHIP_RE.test(c.prefix ?? '') && ab.successor.endsWith('局')) continue;
      const live = du.occurrences(du.names[i]).filter((o) => !ctx.inResidue(o.range));
      if (live.length) lists.push(live);
    }
    lists.sort((a, b) => a[0].index - b[0].index);
    for (const list of lists) {
      const occ = list[0];
      const ab = occ.c.info!.abolished!;
      // the successor in office on the signing date: the chain followed while each successor was itself
      // abolished before it (县卫生局 in 2024: 县卫生和计划生育局, then 县卫生健康局)
      const chain = [ab.successor];
      for (const l of ab.later ?? []) if (l.date < signed) chain.push(l.successor);
      const current = chain[chain.length - 1];
      const succ = current + occ.c.designation;
      const source = occ.c.workspace ? '' : occ.c.citation ? `（依据：${occ.c.citation}）` : '';
      const fixes: Fix[] = [
        {
          title: { zh: `改为${q(succ)}`, en: `Replace with ${q(succ)}` },
          edits: list.map((o) => ({ range: o.range, newText: succ })),
          safe: false,
          preferred: true,
        },
      ];
      ctx.report({
        range: occ.range,
        message: {
          zh: `${q(occ.text)}已于${ab.date}撤销或更名，其职责${chain.length > 1 ? '先后' : ''}由${chain.map(q).join('、')}承担${source}；本文成文日期为${sd!.text}，应使用现名称。`,
          en: `${q(occ.text)} was abolished or renamed on ${ab.date}; its successor is ${q(current)}${chain.length > 1 ? ` (by way of ${chain.slice(0, -1).map(q).join(', ')}, itself abolished since)` : ''}. This document is dated ${sd!.text}: use the current name.`,
        },
        related: list.slice(1).map((o) => ({ range: o.range, message: { zh: `又见${q(o.text)}`, en: `Also ${q(o.text)}` } })),
        fixes,
      });
    }
  },
};
