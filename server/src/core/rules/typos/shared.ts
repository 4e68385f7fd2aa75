import type { RuleContext } from '../../rule';
import { findConfusables } from './matcher';

export function checkConfusables(ctx: RuleContext, style: boolean): void {
  for (const h of findConfusables(ctx.doc.text)) {
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

