// unit-not-in-registry: with a workspace unit registry (gongwen.json "units"), a well-formed unit name that is
// neither in it nor in the built-in level-generic data. Silent without a workspace registry.
import type { Fix, Rule, RuleContext } from '../../rule';
import { documentUnits, inDocumentOrder } from '../../units/document';

const q = (s: string) => `“${s}”`;

export const rule: Rule = {
  id: 'unit-not-in-registry',
  defaultSeverity: 'warning',
  owner: 'unit',
  description: {
    zh: '单位名称不在本工作区的单位名录中。',
    en: 'A unit name that is not in the workspace unit registry.',
  },
  check(ctx: RuleContext) {
    if (!ctx.units.hasWorkspaceUnits) return;
    const du = documentUnits(ctx);
    // well-formed names unit-unknown does not speak for, then their occurrences in document order
    const names = du.names.filter((n) => n.c.status === 'grammar' && !du.unknown(n.name));
    if (names.length === 0) return;
    for (const occ of inDocumentOrder(du, names)) {
      if (occ.addressee || ctx.inResidue(occ.range)) continue;
      const near = ctx.units.nearMisses(occ.name, true).filter((n) => ctx.units.classify(n.name).workspace).slice(0, 3);
      const fixes: Fix[] = near.map((n, k) => ({
        title: { zh: `改为${q(n.name)}`, en: `Replace with ${q(n.name)}` },
        edits: [{ range: occ.range, newText: n.name }],
        safe: false,
        ...(k === 0 ? { preferred: true } : {}),
      }));
      ctx.report({
        range: occ.range,
        message: {
          zh: `${q(occ.text)}不在本工作区的单位名录（gongwen.json 的 units）中。如为本地单位，请将其加入名录；否则请核对名称。`,
          en: `${q(occ.text)} is not in the workspace unit registry (the "units" of gongwen.json). Add it there if it is a local body; otherwise check the name.`,
        },
        fixes,
      });
    }
  },
};
