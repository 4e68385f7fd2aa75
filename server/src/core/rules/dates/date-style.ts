// GB/T 9704-2012 §7.3.5: 成文日期 in Arabic numerals, full year, no zero padding (2012年7月1日).
import type { DateMention } from '../../model';
import type { Rule } from '../../rule';
import { dayNumber, isValidDate } from './calendar';
import { lostNianRead, spacedDateRead } from '../../parse/dates';

const standardInForce = dayNumber(2012, 7, 1);

export const dateStyle: Rule = {
  id: 'date-style',
  defaultSeverity: 'information',
  owner: 'other',
  description: {
    zh: '2012年7月1日起，成文日期应用阿拉伯数字将年、月、日标全，年份不能简写，月、日不编虚位（GB/T 9704-2012 7.3.5.3）；日期中间不应夹有空格。',
    en: 'Since 1 July 2012 the signing date is written in Arabic numerals in full, e.g. 2012年7月1日 (GB/T 9704-2012 §7.3.5.3); no date has blanks inside it.',
  },
  check(ctx) {
    const signed = checkSignDate(ctx);
    // any date with a blank a page left inside it (2008年 10月9 日), in force or not: the blanks go
    for (const d of ctx.doc.dates) {
      if (d === signed || !BLANK_RE.test(d.text) || ctx.inResidue(d)) continue;
      const compact = d.text.replace(BLANKS_RE, '');
      ctx.report({
        range: { start: d.start, end: d.end },
        message: {
          zh: `日期“${d.text}”中夹有空格，应写作“${compact}”。`,
          en: `The date "${d.text}" has blanks inside it: write "${compact}".`,
        },
        fixes: [{ title: { zh: `改为“${compact}”`, en: `Write ${compact}` }, edits: [{ range: { start: d.start, end: d.end }, newText: compact }], safe: true, preferred: true }],
      });
    }
  },
};

const BLANK_RE = /[ \u3000]/;
const BLANKS_RE = /[ \u3000]/g;
const DIGITS_RE = /^[0-9]+$/;
const BARE_DAY_RE = /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}$/;

/** The 成文日期's style; returns the signing date when it reported it. */
function checkSignDate(ctx: Parameters<Rule['check']>[0]): DateMention | undefined {
  const d = ctx.doc.notice.signDate;
  if (!d || d.year === undefined || d.month === undefined || d.day === undefined || !isValidDate(d)) return;
  if (dayNumber(d.year, d.month, d.day) < standardInForce) return;
  const canonical = `${d.year}年${d.month}月${d.day}日`;
  if (d.text === canonical) return;
  // (digits alone, 20181224: the 年 月 日 lost, date-invalid's finding)
  // (nor numbers set apart by blanks, { 2017 6 23: the same finding)
  // (nor a date that lost its 年 or its 日, 20231月19, 2023年1月19: date-invalid's finding)
  if (DIGITS_RE.test(d.text) || spacedDateRead(d.text) || lostNianRead(d.text) || BARE_DAY_RE.test(d.text)) return;
  // (only blanks amiss: the loop over every date reports them)
  if (d.text.replace(BLANKS_RE, '') === canonical) return;
  const shortYear = (d as { shortYear?: boolean }).shortYear;
  // (what is amiss, each named: full-width digits, 号 for 日, a month and day in Chinese numerals, zero padding)
  const half = d.text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const odd: { zh: string; en: string }[] = [];
  if (d.style === 'arabic' && !shortYear) {
    if (half !== d.text) odd.push({ zh: '用了全角数字', en: 'it uses full-width digits' });
    if (d.text.endsWith('号')) odd.push({ zh: '“日”写成了“号”', en: 'the day ends with 号 instead of 日' });
    if (/[一二三四五六七八九十]/.test(d.text)) odd.push({ zh: '月、日用了汉字数字', en: 'the month and day use Chinese numerals' });
    if (/[年月]0/.test(half)) odd.push({ zh: '月、日编了虚位（补了0）', en: 'month or day is zero-padded' });
  }
  const why =
    odd.length > 0
      ? { zh: odd.map((o) => o.zh).join('，'), en: odd.map((o) => o.en).join('; ') }
      : d.style === 'chinese'
      ? { zh: '用了汉字数字', en: 'it uses Chinese numerals' }
      : shortYear
        ? { zh: '年份简写', en: 'the year is shortened' }
        : d.style === 'arabic'
          ? { zh: '月、日编了虚位（补了0）', en: 'month or day is zero-padded' }
          : { zh: `写成了“${d.text}”的形式`, en: `it is written as "${d.text}"` };
  ctx.report({
    range: { start: d.start, end: d.end },
    message: {
      zh: `成文日期“${d.text}”不合 GB/T 9704-2012 7.3.5.3 的要求：${why.zh}。应写作“${canonical}”。`,
      en: `The signing date "${d.text}" does not follow GB/T 9704-2012 §7.3.5.3: ${why.en}. Write "${canonical}".`,
    },
    fixes: [{ title: { zh: `改为“${canonical}”`, en: `Write ${canonical}` }, edits: [{ range: { start: d.start, end: d.end }, newText: canonical }], safe: true, preferred: true }],
  });
  return d;
}
