// numbering-single-item (hint): a list with a single item — a parent with exactly one child of a level.
import type { Rule } from '../../rule';
import { numberingFacts, q, readsOn } from './numbering';

export const numberingSingleItem: Rule = {
  id: 'numbering-single-item',
  defaultSeverity: 'hint',
  owner: 'numbering',
  description: {
    zh: '只有一项的列表：某一层级只有一个序号，通常不必编号，或缺少后续各项。',
    en: 'A list with a single item: a lone number at a level usually needs no number, or the items after it are missing.',
  },
  check(ctx) {
    const facts = numberingFacts(ctx);
    const { st } = facts;
    for (const list of st.lists) {
      if (list.items.length !== 1) continue;
      const s = list.items[0];
      // continuous 1. 2. … numbering: an item alone under its parent still belongs to the document's run
      // (each tree's own reading: the notice's body and the attached document)
      if (readsOn(ctx.doc, facts, list)) continue;
      if (st.tainted.has(s) || st.inTable.has(s) || ctx.inResidue(s.marker)) continue;
      if (st.disordered.has(st.familyOf.get(list)!)) continue;
      const m = q(s.marker.text);
      const where = list.parent ? { zh: `${q(list.parent.marker.text)}下`, en: ` under ${q(list.parent.marker.text)}` } : { zh: '本层级', en: ' at this level' };
      ctx.report({
        range: { start: s.marker.start, end: s.marker.end },
        message: {
          zh: `${where.zh}只有${m}一项。只有一项时通常不必编号；如还有后续各项，请补齐。`,
          en: `${m} is the only item${where.en}. A single item usually needs no number; if items are missing after it, add them.`,
        },
      });
    }
  },
};
