import type { RuleContext } from '../../rule';
import { textPieces } from '../shared/text';
import { confusables, matchConfusables } from './matcher';

/**
 * typo-confusable and typo-style share one scan per piece of text (ctx.cache: the second rule and
 * unchanged pieces reuse it).
 */
export function checkConfusables(ctx: RuleContext, style: boolean): void {
  const pieces = textPieces(ctx.doc, ctx.cache);
  for (let k = 0; k < pieces.from.length; k++) {
    const piece = pieces.str[k];
    // computed on the piece's characters in place (the same as the piece string; a flat string reads faster)
    const found = ctx.cache.lookup('typos.confusables', piece, () => matchConfusables(ctx.doc.text, pieces.from[k], pieces.to[k]));
    for (let j = 0; j < found.length; j += 2) {
      const e = confusables[found[j + 1]];
      if (!!e.style !== style) continue;
      const start = pieces.from[k] + found[j];
      const end = start + e.wrong.length;
      if (ctx.inResidue({ start, end })) continue;
      const note = e.note ? e.note : '';
      ctx.report({
        range: { start, end },
        message: style
          ? { zh: `公文中宜写作“${e.right}”，不写“${e.wrong}”。${note}`, en: `Official writing prefers "${e.right}" to "${e.wrong}".` }
          : { zh: `“${e.wrong}”应为“${e.right}”。${note}`, en: `"${e.wrong}" is a misspelling of "${e.right}".` },
        fixes: [
          {
            title: { zh: `改为“${e.right}”`, en: `Change to "${e.right}"` },
            edits: [{ range: { start, end }, newText: e.right }],
            safe: !style && e.safe !== false,
            preferred: true,
          },
        ],
      });
    }
  }
}
