// A date that cannot exist: 4月31日, 2月29日 in a common year, 13月, 32日.
import type { Rule } from '../../rule';
import { daysInMonth, isLeapYear } from './calendar';

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  owner: 'other',
  description: { zh: '不存在的日期（如4月31日、平年2月29日、13月）。', en: 'A date that does not exist (31 April, 29 February in a common year, month 13).' },
  check(ctx) {
    for (const d of ctx.doc.dates) {
      if (d.month === undefined || ctx.inResidue(d)) continue;
      let why: { zh: string; en: string } | undefined;
      if (d.month < 1 || d.month > 12) why = { zh: `没有${d.month}月`, en: `there is no month ${d.month}` };
      else if (d.day !== undefined && (d.day < 1 || d.day > 31)) why = { zh: `没有${d.day}日`, en: `there is no day ${d.day}` };
      else if (d.day !== undefined && d.year !== undefined && d.day > daysInMonth(d.year, d.month))
        why =
          d.month === 2 && d.day === 29 && !isLeapYear(d.year)
            ? { zh: `${d.year}年不是闰年，2月只有28日`, en: `${d.year} is not a leap year: February has 28 days` }
            : { zh: `${d.month}月只有${daysInMonth(d.year, d.month)}日`, en: `month ${d.month} has ${daysInMonth(d.year, d.month)} days` };
      else if (d.day !== undefined && d.year === undefined && d.day > daysInMonth(2000, d.month))
        why = { zh: `${d.month}月只有${daysInMonth(2000, d.month)}日`, en: `month ${d.month} has ${daysInMonth(2000, d.month)} days` };
      if (!why) continue;
      ctx.report({
        range: d,
        message: { zh: `日期“${d.text}”不存在：${why.zh}。请核对。`, en: `The date "${d.text}" does not exist: ${why.en}. Check it.` },
      });
    }
  },
};
