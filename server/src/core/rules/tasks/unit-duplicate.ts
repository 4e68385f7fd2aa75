// unit-duplicate: the same unit twice in one list (one label's list, one note, 主送机关).
import type { UnitRef } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { deleteUnitEdit, normalizeUnit, q } from './shared';

export const rule: Rule = {
  id: 'unit-duplicate',
  defaultSeverity: 'warning',
  owner: 'unit',
  description: {
    zh: '同一单位在同一列表中重复出现。',
    en: 'The same unit appears twice in one list.',
  },
  check(ctx: RuleContext) {
    const { doc } = ctx;
    const lists: UnitRef[][] = [];
    for (const a of doc.assignments) for (const e of a.entries) if (e.units.length > 1) lists.push(e.units);
    if (doc.notice.addressee && doc.notice.addressee.units.length > 1) lists.push(doc.notice.addressee.units);
    for (const units of lists) {
      const first = new Map<string, UnitRef>();
      units.forEach((u, k) => {
        // exact designation only: 市发展改革委(信息产业局) and 市发展改革委 are different designations
        const key = normalizeUnit(u.text);
        if (!key) return;
        const prev = first.get(key);
        if (!prev) {
          first.set(key, u);
          return;
        }
        if (ctx.inResidue(u)) return;
        const del = deleteUnitEdit(doc.text, units, k);
        ctx.report({
          range: { start: u.start, end: u.end },
          message: {
            zh: `${q(u.text)}在同一列表中重复列出，请删除重复项。`,
            en: `${q(u.text)} is listed twice in the same list; remove the repetition.`,
          },
          related: [{ range: { start: prev.start, end: prev.end }, message: { zh: '首次列出', en: 'first listed here' } }],
          fixes: del
            ? [{ title: { zh: '删除重复的单位', en: 'Remove the repeated unit' }, edits: [{ range: del, newText: '' }], safe: true, preferred: true }]
            : [],
          tags: ['unnecessary'],
        });
      });
    }
  },
};
