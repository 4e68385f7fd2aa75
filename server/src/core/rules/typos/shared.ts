import type { RuleContext } from '../../rule';
import { pieceValues, textPieces } from '../shared/text';
import { confusables, matchConfusables } from './matcher';

/**
 * typo-confusable and typo-style share one scan per piece of text (ctx.cache: the second rule and
 * unchanged pieces reuse it).
 */
export function checkConfusables(ctx: RuleContext, style: boolean): void {
  const pieces = textPieces(ctx.doc, ctx.cache);
  const text = ctx.doc.text;
  // computed on the piece's characters in place (the same as the piece string; a flat string reads faster)
  const hits = pieceValues(ctx.doc, ctx.cache, 'typos.confusables', (k) => matchConfusables(text, pieces.from[k], pieces.to[k]), isEmpty);
  for (let f = 0; f < hits.values.length; f++) {
    const found = hits.values[f];
    for (let j = 0; j < found.length; j += 2) {
      const e = confusables[found[j + 1]];
      if (!!e.style !== style) continue;
      const start = hits.at[f] + found[j];
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
const isEmpty = (v: number[]) => v.length === 0;
