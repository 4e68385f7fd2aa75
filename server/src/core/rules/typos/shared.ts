import type { RuleContext } from '../../rule';
import type { GongwenDocument } from '../../model';
import { findConfusables, type ConfusableHit } from './matcher';

/** typo-confusable and typo-style share one scan per analysed document (keyed weakly by the model). */
const hitsByDoc = new WeakMap<GongwenDocument, ConfusableHit[]>();
function hitsOf(doc: GongwenDocument): ConfusableHit[] {
  let hits = hitsByDoc.get(doc);
  if (!hits) {
    hits = findConfusables(doc.text);
    hitsByDoc.set(doc, hits);
  }
  return hits;
}

export function checkConfusables(ctx: RuleContext, style: boolean): void {
  for (const h of hitsOf(ctx.doc)) {
    const e = h.entry;
    if (!!e.style !== style) continue;
    if (ctx.inResidue(h)) continue;
    const note = e.note ? e.note : '';
    ctx.report({
      range: { start: h.start, end: h.end },
      message: style
        ? { zh: `公文中宜写作“${e.right}”，不写“${e.wrong}”。${note}`, en: `Official writing prefers "${e.right}" to "${e.wrong}".` }
        : { zh: `“${e.wrong}”应为“${e.right}”。${note}`, en: `"${e.wrong}" is a misspelling of "${e.right}".` },
      fixes: [
        {
          title: { zh: `改为“${e.right}”`, en: `Change to "${e.right}"` },
          edits: [{ range: { start: h.start, end: h.end }, newText: e.right }],
          safe: !style && e.safe !== false,
          preferred: true,
        },
      ],
    });
  }
}

