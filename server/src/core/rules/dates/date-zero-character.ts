// 〇 (U+3007) is the zero of Chinese-numeral dates; ○ ◯ O 0 零 look alike but are other characters.
import type { Rule } from '../../rule';

export const dateZeroCharacter: Rule = {
  id: 'date-zero-character',
  defaultSeverity: 'error',
  owner: 'other',
  description: {
    zh: '汉字数字日期中的“零”应写作“〇”（U+3007），不能用“○”“O”“0”“零”等字符代替。',
    en: 'The zero of a Chinese-numeral date is 〇 (U+3007), not ○, O, 0 or 零.',
  },
  check(ctx) {
    const { text } = ctx.doc;
    for (const date of ctx.doc.dates) {
      if (date.style !== 'chinese' || ctx.inResidue(date)) continue;
      for (const zero of date.wrongZeros) {
        const ch = text.slice(zero.start, zero.end);
        const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        ctx.report({
          range: zero,
          message: {
            zh: `日期“${date.text}”中的“${ch}”（U+${code}）不是汉字“〇”（U+3007）；汉字数字日期的零应写作“〇”（GB/T 9704-1999 7.3.5、GB/T 15835-2011）。`,
            en: `"${ch}" (U+${code}) in the date "${date.text}" is not the Chinese zero 〇 (U+3007), which Chinese-numeral dates use (GB/T 9704-1999 7.3.5, GB/T 15835-2011).`,
          },
          fixes: [{ title: { zh: '改为“〇”', en: 'Replace with 〇' }, edits: [{ range: zero, newText: '〇' }], safe: true, preferred: true }],
        });
      }
    }
  },
};
