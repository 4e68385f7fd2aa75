// unit-unknown: a unit name that neither the registry nor the grammar of unit names accepts, injected spam
// inside a unit name, or a near miss of a known unit (市财正局 for 市财政局). Suggestions replace the name.
import type { Fix, Rule, RuleContext } from '../../rule';
import { documentUnits } from '../../units/document';

const q = (s: string) => `“${s}”`;

export const rule: Rule = {
  id: 'unit-unknown',
  defaultSeverity: 'warning',
  owner: 'unit',
  description: {
    zh: '单位名称无法识别、疑似笔误，或混入了无关字符。',
    en: 'A unit name that is not recognised, looks like a slip, or has foreign text injected into it.',
  },
  check(ctx: RuleContext) {
    const du = documentUnits(ctx);
    for (const occ of du.occurrences) {
      const v = du.unknown(occ.name);
      if (!v || ctx.inResidue(occ.range)) continue;
      const fixes: Fix[] = v.suggestions.map((s, k) => ({
        title: { zh: `改为${q(s)}`, en: `Replace with ${q(s)}` },
        edits: [{ range: occ.range, newText: s }],
        safe: false,
        ...(k === 0 ? { preferred: true } : {}),
      }));
      const zhDid = v.suggestions.length ? `是否应为${v.suggestions.map(q).join('、')}？` : '';
      const enDid = v.suggestions.length ? ` Did you mean ${v.suggestions.map(q).join(', ')}?` : '';
      if (v.kind === 'spam') {
        const sp = occ.c.spam!;
        const run = occ.c.name.slice(sp.start, sp.end);
        ctx.report({
          range: occ.range,
          severity: 'error',
          message: {
            zh: `单位名称${q(occ.text)}中混入了与单位无关的字符${q(run)}，疑为注入的垃圾信息，应为规范的单位名称。${zhDid}`,
            en: `Unit name ${q(occ.text)} has unrelated text ${q(run)} injected into it (spam); a unit's proper name is expected.${enDid}`,
          },
          fixes,
        });
      } else if (v.kind === 'malformed') {
        ctx.report({
          range: occ.range,
          message: {
            zh: `无法识别单位名称${q(occ.text)}：不符合“地名＋层级＋部门＋机构类别”的构成（如市财政局、嘉兴市发展改革委），也不在单位名录中。${zhDid || '请核对单位全称或规范简称。'}`,
            en: `Unit name ${q(occ.text)} is not recognised: it is not of the form place + level + department + kind of body (市财政局, 嘉兴市发展改革委) and is in no registry.${enDid || ' Check the full name or its standard abbreviation.'}`,
          },
          fixes,
        });
      } else {
        ctx.report({
          range: occ.range,
          message: {
            zh: `单位名称${q(occ.text)}与已知单位仅差一两个字，疑为笔误。${zhDid}`,
            en: `Unit name ${q(occ.text)} differs from a known unit by one or two characters; probably a slip.${enDid}`,
          },
          fixes,
        });
      }
    }
  },
};
