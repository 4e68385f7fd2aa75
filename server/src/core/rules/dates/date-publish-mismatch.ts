// A web page's 发布日期 or the 版记's 印发日期 against the 成文日期: earlier is impossible,
// much later means a re-posted page (worth knowing before citing it as current).
import type { DateMention } from '../../model';
import type { Rule } from '../../rule';
import { formatArabic, signingDay, startDay } from './calendar';

// a bare 时间/日期 counts, not one that names another date of the page's metadata table (生效时间, 废止日期, 归档时间)
const publishLabel = /(?:发布日期|发布时间|发文日期|[^\u3400-\u9fff](?:时间|日期))\s{0,3}[:：]\s{0,3}$/;

function publishDates(text: string, dates: DateMention[], inResidue: (d: DateMention) => boolean): DateMention[] {
  // (a line break stands for the start of the text: a label there has nothing before it)
  return dates.filter((d) => inResidue(d) && publishLabel.test(d.start >= 10 ? text.slice(d.start - 10, d.start) : `\n${text.slice(0, d.start)}`));
}

export const datePublishMismatch: Rule = {
  id: 'date-publish-mismatch',
  defaultSeverity: 'warning',
  owner: 'other',
  description: {
    zh: '网页发布日期或印发日期早于成文日期（不可能），或晚于成文日期过久（转载的旧文件）。',
    en: 'A web publication date or printing date earlier than the signing date (impossible), or much later (a re-posted old notice).',
  },
  check(ctx) {
    const { doc } = ctx;
    const sign = doc.notice.signDate;
    const signDay = signingDay(doc);
    if (!sign || signDay === undefined) return;
    const tolerance = ctx.config.dates.publishToleranceDays;
    const candidates: { date: DateMention; kind: 'publish' | 'print' }[] = publishDates(doc.text, doc.dates, ctx.inResidue).map((date) => ({ date, kind: 'publish' as const }));
    if (doc.notice.printDate) candidates.push({ date: doc.notice.printDate, kind: 'print' });
    // a page's info table often repeats the publication date (发布日期 in the table, 发布时间 above the body): report each day once
    const seen = new Set<string>();
    for (const { date, kind } of candidates) {
      const day = startDay(date);
      if (day === undefined || date.day === undefined) continue;
      if (seen.has(`${kind}${day}`)) continue;
      seen.add(`${kind}${day}`);
      const diff = day - signDay;
      const what = kind === 'publish' ? { zh: '网页发布日期', en: 'web publication date' } : { zh: '印发日期', en: 'printing date' };
      const signText = `${sign.text}`;
      const related = [{ range: { start: date.start, end: date.end }, message: { zh: `${what.zh}：${date.text}`, en: `${what.en}: ${date.text}` } }];
      if (diff < 0) {
        ctx.report({
          range: sign,
          message: {
            zh: `${what.zh}（${formatArabic(date)}）早于成文日期“${signText}”，两者必有一误。`,
            en: `The ${what.en} (${date.text}) is earlier than the signing date "${signText}": one of them is wrong.`,
          },
          related,
        });
      } else if (diff > tolerance) {
        const years = Math.floor(diff / 365.25);
        const span = years >= 1 ? { zh: `约${years}年`, en: `about ${years} year${years > 1 ? 's' : ''}` } : { zh: `${diff}天`, en: `${diff} days` };
        // a page posted weeks after signing is common on a city's site: only a gap of years says "re-posted"
        const why =
          years >= 1
            ? { zh: '这可能是转载的旧文件，引用前请核实是否仍然有效', en: 'probably a re-posted old notice; check it is still in force before citing it' }
            : { zh: '若是转载的旧文件，引用前请核实是否仍然有效', en: 'if it is a re-posted old notice, check it is still in force before citing it' };
        ctx.report({
          range: sign,
          severity: 'information',
          message: {
            zh: `${what.zh}（${formatArabic(date)}）比成文日期“${signText}”晚${span.zh}：${why.zh}。`,
            en: `The ${what.en} (${date.text}) is ${span.en} after the signing date "${signText}": ${why.en}.`,
          },
          related,
        });
      }
    }
  },
};
