// A notice cannot cite a document issued after it, and a period cannot end before it starts.
import type { Rule } from '../../rule';
import { dayNumber, isValidDate } from './calendar';

/** Between the two dates of a period: a range mark, maybe with a blank either side. */
const RANGE_SEP = /^[ \u3000]?(?:-|－|—{1,2}|–|~|～|〜|至|到)[ \u3000]?$/;
/** A period whose end, read in the start's year, falls before its start, is read across the new year only when that makes
 * it at most this long (2023年11月1日—2月28日, a winter's campaign). */
const CROSS_YEAR_DAYS = 183;

// 2011—2009年, 2011-2009年, 2011年至2009年: two four-digit years joined by a range mark.
const period = /(\d{4})(年?)\s{0,2}(?:—{1,2}|–|-|－|~|～|〜|至|到)\s{0,2}(\d{4})年/g;

export const dateFutureReference: Rule = {
  id: 'date-future-reference',
  defaultSeverity: 'error',
  owner: 'other',
  description: {
    zh: '引用的文件字号年份晚于本文成文年份，或时间段的终止年份早于起始年份。',
    en: "A cited document number dated after the notice's own year, or a period that ends before it starts.",
  },
  check(ctx) {
    const { doc } = ctx;
    const signYear = doc.notice.signDate?.year;
    if (signYear !== undefined) {
      for (const n of doc.docNumbers) {
        if (ctx.inResidue(n) || n.year <= signYear) continue;
        // the notice's own number carries its own year
        if (doc.notice.docNumber && doc.notice.docNumber.start === n.start) continue;
        ctx.report({
          range: n.yearPart,
          message: {
            zh: `引用的发文字号“${n.text}”年份为${n.year}年，晚于本文成文日期所在的${signYear}年：不能引用尚未印发的文件，请核对发文字号或成文日期。`,
            en: `The cited document "${n.text}" is dated ${n.year}, after this notice's signing year ${signYear}: a notice cannot cite a document not yet issued. Check the number or the signing date.`,
          },
        });
      }
    }
    // 2024年4月1日—2024年3月15日, 2024年5月1日—4月20日 (the end in the start's year): a period of full dates (or
    // months) whose end comes before its start
    const dates = doc.dates;
    for (let k = 0; k + 1 < dates.length; k++) {
      const d = dates[k];
      if (d.year === undefined || d.month === undefined || d.periodStart || !isValidDate(d)) continue;
      const e = d.periodEnd ?? dates[k + 1];
      if (e.month === undefined || (e.year === undefined ? !RANGE_SEP.test(doc.text.slice(d.suffix ? d.suffix.end : d.end, e.start)) : d.periodEnd !== e)) continue;
      const year = e.year ?? d.year;
      if (!isValidDate({ ...e, year })) continue;
      const days = d.day !== undefined && e.day !== undefined;
      const from = days ? dayNumber(d.year, d.month, d.day!) : d.year * 12 + d.month;
      const to = days ? dayNumber(year, e.month, e.day!) : year * 12 + e.month;
      if (to >= from) continue;
      // (a period across the new year whose end does not repeat the year: 2023年11月1日—2月28日)
      if (e.year === undefined && (days ? dayNumber(year + 1, e.month, e.day!) - from : (year + 1) * 12 + e.month - from) <= (days ? CROSS_YEAR_DAYS : 6)) continue;
      const range = { start: d.start, end: e.end };
      if (ctx.inResidue(range)) continue;
      const shown = doc.text.slice(range.start, range.end);
      ctx.report({
        range,
        message: {
          zh: `时间段“${shown}”的终止日期“${e.text}”早于起始日期“${d.text}”，请核对。`,
          en: `The period "${shown}" ends (${e.text}) before it starts (${d.text}). Check the dates.`,
        },
      });
    }
    period.lastIndex = 0;
    for (let m = period.exec(doc.text); m; m = period.exec(doc.text)) {
      const from = Number(m[1]);
      const to = Number(m[3]);
      const range = { start: m.index, end: m.index + m[0].length };
      if (to >= from || ctx.inResidue(range)) continue;
      // digits glued before (a longer number, a phone number) are not years
      const before = doc.text.charCodeAt(m.index - 1);
      if (before >= 48 && before <= 57) continue;
      ctx.report({
        range,
        message: {
          zh: `时间段“${m[0]}”的终止年份${to}年早于起始年份${from}年，请核对。`,
          en: `The period "${m[0]}" ends (${to}) before it starts (${from}). Check the years.`,
        },
      });
    }
  },
};
