// 、 between items that each stand in quotation marks or 书名号 (GB/T 15834-2011 4.5.3.5: usually omitted).
import type { Rule } from '../../rule';

const CLOSERS = '”》';
const OPENERS = '“《';

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
    for (let i = 1; i + 1 < text.length; i++) {
      if (text.charCodeAt(i) !== 0x3001 /* 、 */) continue;
      if (!CLOSERS.includes(text[i - 1]) || !OPENERS.includes(text[i + 1])) continue;
      const range = { start: i, end: i + 1 };
      if (ctx.inResidue(range)) continue;
      ctx.report({
        range,
        message: {
          zh: `并列的${text[i - 1] === '》' ? '书名' : '引语'}之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。`,
          en: `Items in ${text[i - 1] === '》' ? 'title marks' : 'quotation marks'} are usually not separated by 、 (GB/T 15834-2011 4.5.3.5).`,
        },
        fixes: [{ title: { zh: '删除顿号', en: 'Remove the 、' }, edits: [{ range, newText: '' }], safe: true }],
        tags: ['unnecessary'],
      });
    }
  },
};
