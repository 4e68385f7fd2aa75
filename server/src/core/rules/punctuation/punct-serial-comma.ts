// 、 between items that each stand in quotation marks or 书名号 (GB/T 15834-2011 4.5.3.5: usually omitted).
import type { Rule } from '../../rule';
import { pieceValues, textPieces } from '../shared/text';

/** Offsets of 、 standing between ” or 》 and “ or 《 (a three-character pattern: never across a piece boundary). */
function serialCommas(piece: string): number[] {
  const out: number[] = [];
  for (let i = piece.indexOf('、', 1); i >= 0 && i + 1 < piece.length; i = piece.indexOf('、', i + 1)) {
    const b = piece.charCodeAt(i - 1);
    const a = piece.charCodeAt(i + 1);
    if ((b === 0x201d || b === 0x300b) && (a === 0x201c || a === 0x300a)) out.push(i); // ”》 、 “《
  }
  return out.length === 0 ? NONE : out;
}
const NONE: number[] = [];
const isEmpty = (v: number[]) => v.length === 0;

export const punctSerialComma: Rule = {
  id: 'punct-serial-comma',
  defaultSeverity: 'hint',
  owner: 'punctuation',
  description: {
    zh: '标有引号或书名号的并列成分之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。',
    en: 'No 、 between items that each stand in quotation marks or title marks (GB/T 15834-2011 4.5.3.5).',
  },
  check(ctx) {
    const text = ctx.doc.text;
    const pieces = textPieces(ctx.doc, ctx.cache);
    const found = pieceValues(ctx.doc, ctx.cache, 'punct-serial-comma', (k) => serialCommas(pieces.str[k]), isEmpty);
    for (let f = 0; f < found.values.length; f++) {
      for (const rel of found.values[f]) {
        const i = found.at[f] + rel;
        const range = { start: i, end: i + 1 };
        if (ctx.inResidue(range)) continue;
        const title = text.charCodeAt(i - 1) === 0x300b; // 》
        ctx.report({
          range,
          message: {
            zh: `并列的${title ? '书名' : '引语'}之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。`,
            en: `Items in ${title ? 'title marks' : 'quotation marks'} are usually not separated by 、 (GB/T 15834-2011 4.5.3.5).`,
          },
          fixes: [{ title: { zh: '删除顿号', en: 'Remove the 、' }, edits: [{ range, newText: '' }], safe: true }],
          tags: ['unnecessary'],
        });
      }
    }
  },
};
