// numbering-hierarchy: levels used in the wrong order — （一） items below 1. items, or 1. items
// followed by （一） items under the same 一、. See docs/rules/numbering-hierarchy.md for the tree
// the model builds for such input and where the finding lands.
import type { Section } from '../../model';
import type { Rule } from '../../rule';
import { q, numberingFacts } from './numbering';

const ORDER = { zh: '“一、”“（一）”“1.”“（1）”', en: '“一、” → “（一）” → “1.” → “（1）”' };

export const numberingHierarchy: Rule = {
  id: 'numbering-hierarchy',
  defaultSeverity: 'error',
  owner: 'numbering',
  description: {
    zh: '结构层次序数应依次为“一、”“（一）”“1.”“（1）”，不得颠倒。',
    en: 'Structural levels run 一、 → （一） → 1. → （1）, never in the reverse order.',
  },
  check(ctx) {
    const { st } = numberingFacts(ctx);
    for (const f of st.families) {
      let first: Section | undefined;
      const others: Section[] = [];
      let deeper: Section | undefined;
      let deepestSoFar: Section | undefined;
      for (const c of f.children) {
        if (st.misplaced.has(c)) {
          if (!first) {
            first = c;
            deeper = deepestSoFar;
          } else others.push(c);
        }
        if (!deepestSoFar || c.level > deepestSoFar.level) deepestSoFar = c;
      }
      if (!first || ctx.inResidue(first.marker)) continue;
      const m = q(first.marker.text);
      const underParent = f.parent && first.level <= f.parent.level;
      let message;
      let related: { range: { start: number; end: number }; message: { zh: string; en: string } }[] = [];
      if (underParent && f.parent) {
        const p = q(f.parent.marker.text);
        message = {
          zh: `层次颠倒：${m}位于${p}之下，${m}的层次高于${p}。结构层次序数依次为${ORDER.zh}（GB/T 9704-2012 7.3.3）。`,
          en: `Levels in the wrong order: ${m} stands below ${p}, but ${m} is the higher level. Levels run ${ORDER.en} (GB/T 9704-2012 §7.3.3).`,
        };
        related.push({
          range: { start: f.parent.marker.start, end: f.parent.marker.end },
          message: { zh: `上一层级为${p}`, en: `the enclosing item is ${p}` },
        });
      } else {
        const d = deeper ? q(deeper.marker.text) : '';
        const where = f.parent ? { zh: `同一${q(f.parent.marker.text)}下`, en: ` under the same ${q(f.parent.marker.text)}` } : { zh: '同一部分', en: ' in the same part' };
        message = {
          zh: `层次颠倒：${where.zh}先用${d}、后用${m}，${m}的层次高于${d}。结构层次序数依次为${ORDER.zh}（GB/T 9704-2012 7.3.3）。`,
          en: `Levels in the wrong order: ${m} follows ${d}${where.en}, but ${m} is the higher level. Levels run ${ORDER.en} (GB/T 9704-2012 §7.3.3).`,
        };
        if (deeper)
          related.push({
            range: { start: deeper.marker.start, end: deeper.marker.end },
            message: { zh: `此前已使用较低层次${d}`, en: `the lower level ${d} is used before it` },
          });
      }
      related = related.concat(
        others.map((o) => ({
          range: { start: o.marker.start, end: o.marker.end },
          message: { zh: `同样层次颠倒：${q(o.marker.text)}`, en: `also out of order: ${q(o.marker.text)}` },
        })),
      );
      ctx.report({ range: { start: first.marker.start, end: first.marker.end }, message, related });
    }
  },
};
