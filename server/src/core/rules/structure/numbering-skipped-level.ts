// numbering-skipped-level (hint): a level left out — 1. items directly under 一、 with no （一） level.
// Common and allowed in practice, hence only a hint: one per parent, on its first such child.
import type { Rule } from '../../rule';
import { q, numberingFacts } from './numbering';

const example: Record<number, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）', 5: '①' };

export const numberingSkippedLevel: Rule = {
  id: 'numbering-skipped-level',
  defaultSeverity: 'hint',
  owner: 'numbering',
  description: {
    zh: '层次跳级：如“一、”下直接使用“1.”，未用“（一）”层。',
    en: 'A level is skipped, e.g. 1. items directly under 一、 with no （一） level.',
  },
  check(ctx) {
    const { st } = numberingFacts(ctx);
    for (const f of st.families) {
      const p = f.parent;
      if (!p || st.tainted.has(p)) continue;
      let min = 99;
      for (const c of f.children) if (c.level < min) min = c.level;
      if (min <= p.level + 1 || min > 5) continue;
      const first = f.children.find((c) => c.level === min);
      // a task table's rows start wherever its cells do: not a layout of levels
      if (!first || st.inTable.has(first) || ctx.inResidue(first.marker)) continue;
      // a document's own heading between them (一、总则 / 1.2 事件分级 / （1）…, 第四条 …（1）): the child stands under it
      if (st.headingBetween(p.marker.end, first.marker.start)) continue;
      const skipped: string[] = [];
      for (let l = p.level + 1; l < min; l++) skipped.push(q(example[l]));
      const pm = q(p.marker.text);
      const m = q(first.marker.text);
      ctx.report({
        range: { start: first.marker.start, end: first.marker.end },
        message: {
          zh: `层次跳级：${pm}下直接使用${m}，未用${skipped.join('')}层。结构层次序数依次为“一、”“（一）”“1.”“（1）”（GB/T 9704-2012 7.3.3）；层次较少时可以跳用，此处仅作提示。`,
          en: `Skipped level: ${m} stands directly under ${pm} without the ${skipped.join(' ')} level. Levels run “一、” → “（一）” → “1.” → “（1）” (GB/T 9704-2012 §7.3.3); skipping one is common in short documents, so this is only a hint.`,
        },
      });
    }
  },
};

