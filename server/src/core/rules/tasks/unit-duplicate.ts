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
    // the first unit of each key in the list: a short list (the usual) is searched, a long one is mapped
    const keys: string[] = [];
    const firsts: UnitRef[] = [];
    for (let li = 0; li < lists.length; li++) {
      const units = lists[li];
      const first = units.length > 16 ? new Map<string, UnitRef>() : undefined;
      keys.length = 0;
      firsts.length = 0;
      for (let k = 0; k < units.length; k++) {
        const u = units[k];
        // exact designation only: 市发展改革委(信息产业局) and 市发展改革委 are different designations
        const key = normalizeUnit(u.text);
        if (!key) continue;
        let prev: UnitRef | undefined;
        if (first) prev = first.get(key);
        else {
          const at = keys.indexOf(key);
          if (at >= 0) prev = firsts[at];
        }
        if (!prev) {
          if (first) first.set(key, u);
          else {
            keys.push(key);
            firsts.push(u);
          }
          continue;
        }
        if (ctx.inResidue(u)) continue;
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
      }
    }
  },
};
