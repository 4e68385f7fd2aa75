// A date that cannot exist: 4月31日, 2月29日 in a common year, 13月, 32日; one that lost its 年 and 月 (2017822日);
// one that lost its year (年6月12日); one whose 月 was typed 日 (2018年10日11日); digits alone under a body's name (20181224),
// or numbers set apart by blanks there ({ 2017 6 23), or a date there that lost its 年 (and maybe 日) but kept its 月
// (20231月19, 2023 1月19).
import type { Rule } from '../../rule';
import { daysInMonth, isLeapYear } from './calendar';
import { digitDateReads, lostNianRead, spacedDateRead } from '../../parse/dates';
import { issuerLine } from '../../parse/notice';

export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  owner: 'other',
  description: {
    zh: '不存在的日期（如4月31日、平年2月29日、13月），漏写“日”字的日期（2022年8月19），丢了年份的日期（年6月12日），以及把“月”误打成“日”的日期（2018年10日11日）。',
    en: 'A date that does not exist (31 April, 29 February in a common year, month 13), whose day lacks 日 (2022年8月19), that lost its year (年6月12日), or whose 月 was typed 日 (2018年10日11日).',
  },
  check(ctx) {
    const { text } = ctx.doc;
    for (const d of ctx.doc.dates) {
      if (ctx.inResidue(d)) continue;
      if (d.month === undefined) {
        // a year whose month was typed 日 (2018年10日11日): the mention stops at 年
        const slip = d.year !== undefined && d.style === 'arabic' ? monthTypedAsDay(text, d.end, d.year) : undefined;
        if (slip) {
          const shown = text.slice(d.start, slip.end);
          const right = `${text.slice(d.start, slip.mark)}月${text.slice(slip.mark + 1, slip.end)}`;
          ctx.report({
            range: { start: d.start, end: slip.end },
            message: { zh: `日期“${shown}”有误，应为“${right}”。`, en: `The date "${shown}" is wrong: write "${right}".` },
            fixes: [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ range: { start: slip.mark, end: slip.mark + 1 }, newText: '月' }], safe: false, preferred: true }],
          });
        }
        continue;
      }
      const dayEnd = d.day === undefined && d.year !== undefined ? bareDayEnd(text, d.end) : -1;
      if (dayEnd > 0) {
        const shown = text.slice(d.start, dayEnd);
        ctx.report({
          range: { start: d.start, end: dayEnd },
          severity: 'warning',
          message: { zh: `日期“${shown}”漏写了“日”字，应写作“${shown}日”。`, en: `The date "${shown}" lacks 日 after the day: write "${shown}日".` },
          fixes: [{ title: { zh: '补上“日”', en: 'Add 日' }, edits: [{ range: { start: dayEnd, end: dayEnd }, newText: '日' }], safe: false, preferred: true }],
        });
        continue;
      }
      // a date whose year was dropped (a page that set the year as an image): 年6月12日 starting a line or after a blank;
      // not 每年6月, 今年6月, 同年6月 (a word before 年)
      if (d.year === undefined) {
        const y = text.charCodeAt(d.start) === 0x5e74 ? d.start : d.start > 0 && text.charCodeAt(d.start - 1) === 0x5e74 ? d.start - 1 : -1;
        const before = y > 0 ? text.charCodeAt(y - 1) : 10;
        if (y >= 0 && (before === 10 || before === 13 || before === 0x20 || before === 0x3000 || before === 9)) {
          const shown = text.slice(y, d.end);
          ctx.report({
            range: { start: y, end: d.end },
            message: { zh: `日期“${shown}”缺少年份，请补上年份。`, en: `The date "${shown}" has lost its year: add it.` },
          });
          continue;
        }
      }
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
    // digits alone under an issuing body's name (the 成文日期 under the 署名, an attached plan's cover date): a page that
    // set 年 月 日 as images (20181224, 2023410)
    const paras = ctx.doc.paragraphs;
    /** Ranges reported below for digits that lost their marks (no second finding inside one). */
    const lostAt: { start: number; end: number }[] = [];
    for (let k = 1; k < paras.length; k++) {
      const p = paras[k];
      const c = text.charCodeAt(p.start);
      // (or numbers set apart by blanks, maybe inside a stray mark: { 2017 6 23)
      const spaced = p.end - p.start <= 24 ? spacedDateRead(text.slice(p.start, p.end)) : undefined;
      // (or a date that lost its 年, and maybe its 日, keeping its 月: 20231月19, 20231月19日, 2023 1月19)
      const lost = !spaced && p.end - p.start <= 12 && c >= 0x30 && c <= 0x39 ? lostNianRead(text.slice(p.start, p.end)) : undefined;
      if (lost) {
        if (!issuerLine(text.slice(paras[k - 1].start, paras[k - 1].end)) || ctx.inResidue(p)) continue;
        const shown = text.slice(p.start, p.end);
        const right = `${lost.year}年${lost.month}月${lost.day}日`;
        lostAt.push(p);
        const marks = lost.lostDay ? '“年”“日”' : '“年”';
        const marksEn = lost.lostDay ? '年 and 日' : '年';
        ctx.report({
          range: { start: p.start, end: p.end },
          severity: 'warning',
          message: { zh: `日期“${shown}”缺少${marks}，应为“${right}”。`, en: `The date "${shown}" lacks ${marksEn}: "${right}".` },
          fixes: [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ range: { start: p.start, end: p.end }, newText: right }], safe: false, preferred: true }],
        });
        continue;
      }
      if (!spaced && (p.end - p.start < 6 || p.end - p.start > 8 || c < 0x30 || c > 0x39)) continue;
      const reads = spaced ? [spaced] : digitDateReads(text.slice(p.start, p.end));
      // (or the 成文日期 the notice reads there with no 署名 above it, set far right after the body: one reading only)
      const sign = ctx.doc.notice.signDate;
      const signHere = !spaced && reads?.length === 1 && sign !== undefined && sign.start === p.start && sign.end === p.end;
      if (!reads || (!issuerLine(text.slice(paras[k - 1].start, paras[k - 1].end)) && !signHere) || ctx.inResidue(p)) continue;
      const shown = text.slice(p.start, p.end);
      const which = reads.map(([y, m, dd]) => `${y}年${m}月${dd}日`);
      ctx.report({
        range: { start: p.start, end: p.end },
        severity: 'warning',
        message: {
          zh: `日期“${shown}”缺少“年”“月”“日”，应为“${which.join('”或“')}”。`,
          en: `The date "${shown}" lacks 年, 月 and 日: ${which.map((w) => `"${w}"`).join(' or ')}.`,
        },
        fixes: reads.length === 1 ? [{ title: { zh: `改为“${which[0]}”`, en: `Change to "${which[0]}"` }, edits: [{ range: { start: p.start, end: p.end }, newText: which[0] }], safe: false, preferred: true }] : [],
      });
    }
    // a year run into its month (202310月份, 20232月): a page that lost the 年 inside a sentence or a title
    for (let i = text.indexOf('月'); i >= 0; i = text.indexOf('月', i + 1)) {
      const lost = lostYear(text, i);
      if (!lost || ctx.inResidue(lost) || lostAt.some((r) => r.start < lost.end && lost.start < r.end)) continue;
      const shown = text.slice(lost.start, lost.end);
      const right = `${shown.slice(0, 4)}年${shown.slice(4)}`;
      lostAt.push(lost);
      ctx.report({
        range: lost,
        severity: 'warning',
        message: { zh: `日期“${shown}”缺少“年”，应为“${right}”。`, en: `The date "${shown}" lacks 年: "${right}".` },
        fixes: [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ range: { start: lost.start + 4, end: lost.start + 4 }, newText: '年' }], safe: false, preferred: true }],
      });
    }
    // digits run together before 日: a page that set 年 and 月 as images or superscripts (2017822日)
    for (let i = text.indexOf('日'); i >= 0; i = text.indexOf('日', i + 1)) {
      // (or only 月, after 截至 于 至 …: 截至1031日)
      const noMonth = lostMonth(text, i);
      if (noMonth && !ctx.inResidue(noMonth) && !lostAt.some((r) => r.start < noMonth.end && noMonth.start < r.end)) {
        const shown = text.slice(noMonth.start, noMonth.end);
        const right = `${noMonth.month}月${noMonth.day}日`;
        ctx.report({
          range: noMonth,
          severity: 'warning',
          message: { zh: `日期“${shown}”缺少“月”，应为“${right}”。`, en: `The date "${shown}" lacks 月: "${right}".` },
          fixes: [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ range: noMonth, newText: right }], safe: false, preferred: true }],
        });
        continue;
      }
      const lost = lostYearMonth(text, i);
      if (!lost || ctx.inResidue(lost)) continue;
      const shown = text.slice(lost.start, lost.end);
      const right = lost.reads.length === 1 ? `${lost.reads[0][0]}年${lost.reads[0][1]}月${lost.reads[0][2]}日` : '';
      const which = lost.reads.map(([y, m, dd]) => `${y}年${m}月${dd}日`);
      ctx.report({
        range: lost,
        severity: 'warning',
        message: {
          zh: `日期“${shown}”缺少“年”“月”，应为“${which.join('”或“')}”。`,
          en: `The date "${shown}" lacks 年 and 月: ${which.map((w) => `"${w}"`).join(' or ')}.`,
        },
        fixes: right ? [{ title: { zh: `改为“${right}”`, en: `Change to "${right}"` }, edits: [{ range: lost, newText: right }], safe: false, preferred: true }] : [],
      });
    }
  },
};

/**
 * The 6–8 ASCII digits right before the 日 at i, not glued to a letter, digit or mark of a number, whose first four are a
 * year (1949–2099) and whose rest reads as a month and a day in one or two ways (822 → 8月22日; 111 → 1月11日 or 11月1日).
 */
function lostYearMonth(text: string, i: number): { start: number; end: number; reads: [number, number, number][] } | undefined {
  let s = i;
  while (s > 0 && i - s < 9 && text.charCodeAt(s - 1) >= 0x30 && text.charCodeAt(s - 1) <= 0x39) s--;
  const n = i - s;
  if (n < 6 || n > 8) return undefined;
  if (s > 0) {
    const p = text.charCodeAt(s - 1);
    if ((p >= 0x30 && p <= 0x39) || ((p | 0x20) >= 0x61 && (p | 0x20) <= 0x7a) || p === 0x2e || p === 0x2d || p === 0x2f || p === 0x5e74 || p === 0x6708) return undefined;
  }
  const year = Number(text.slice(s, s + 4));
  if (year < 1949 || year > 2099) return undefined;
  const rest = text.slice(s + 4, i);
  const reads: [number, number, number][] = [];
  for (let m = 1; m <= 2 && m < rest.length; m++) {
    const ms = rest.slice(0, m);
    const ds = rest.slice(m);
    if (ds.length > 2) continue;
    const month = Number(ms);
    const day = Number(ds);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) reads.push([year, month, day]);
  }
  return reads.length ? { start: s, end: i + 1, reads } : undefined;
}

/** A mark or character that glues digits before it into some other number or code (a digit, a letter, . - / 年 月). */
function gluedBefore(text: string, s: number): boolean {
  if (s === 0) return false;
  const p = text.charCodeAt(s - 1);
  return (p >= 0x30 && p <= 0x39) || ((p | 0x20) >= 0x61 && (p | 0x20) <= 0x7a) || p === 0x2e || p === 0x2d || p === 0x2f || p === 0x5e74 || p === 0x6708 || (p >= 0xff10 && p <= 0xff19);
}

/**
 * The 5 or 6 ASCII digits right before the 月 at i that are a year (1949–2099) run into a month (1–12), 202310月, 20232月:
 * their range with the 月. Not glued to another number, nor followed by a day (20231月19 is the date line's).
 */
function lostYear(text: string, i: number): { start: number; end: number } | undefined {
  let s = i;
  while (s > 0 && i - s < 7 && text.charCodeAt(s - 1) >= 0x30 && text.charCodeAt(s - 1) <= 0x39) s--;
  const n = i - s;
  if (n < 5 || n > 6 || gluedBefore(text, s)) return undefined;
  // (a day after the 月, 20231月19: only the date line under a 署名 is read so)
  const nx = text.charCodeAt(i + 1);
  if ((nx >= 0x30 && nx <= 0x39) || (nx >= 0xff10 && nx <= 0xff19)) return undefined;
  const year = Number(text.slice(s, s + 4));
  const month = Number(text.slice(s + 4, i));
  if (year < 1949 || year > 2099 || month < 1 || month > 12) return undefined;
  return { start: s, end: i + 1 };
}

/** What opens a date that lost its 月 (截至1031日): 截至 截止 于 至 到 自 从. */
const LOST_MONTH_LEAD_RE = /(?:截至|截止|截止到|于|至|到|自|从)$/;

/**
 * The 4 ASCII digits right before the 日 at i, after 截至 于 至 …, reading as a month and a day one way only (1031 → 10月31日;
 * a count of days, 1200日, reads none): the range and the date. Not glued to another number.
 */
function lostMonth(text: string, i: number): { start: number; end: number; month: number; day: number } | undefined {
  const s = i - 4;
  if (s < 2) return undefined;
  for (let j = s; j < i; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  if (gluedBefore(text, s) || !LOST_MONTH_LEAD_RE.test(text.slice(Math.max(0, s - 3), s))) return undefined;
  const month = Number(text.slice(s, s + 2));
  const day = Number(text.slice(s + 2, i));
  // (the other split, 1月031日, has a three-digit day: never a date)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return undefined;
  return { start: s, end: i + 1, month, day };
}

/**
 * After a year ending at e (its 年): a month typed with 日 and then a day, 10日11日, whose month and day exist in
 * that year; the offset of the wrong 日 and the end of the day's 日. Not 2018年10日 alone, nor a third digit.
 */
function monthTypedAsDay(text: string, e: number, year: number): { mark: number; end: number } | undefined {
  const m = MONTH_AS_DAY_RE;
  m.lastIndex = e;
  const hit = m.exec(text);
  if (!hit) return undefined;
  const month = Number(hit[1].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  const day = Number(hit[2].replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { mark: e + hit[1].length, end: e + hit[0].length };
}
const MONTH_AS_DAY_RE = /([0-9０-９]{1,2})日([0-9０-９]{1,2})日(?![0-9０-９])/y;

/**
 * After a 年月 date ending at e: the end of a day number written without 日 (2022年8月19 at a line end, before a blank
 * or a mark, or before 至/到 and a date with its month or year), or -1. Not a range (8月19-20日, 8月19至20日), a count
 * (8月19家) or 19号.
 */
function bareDayEnd(text: string, e: number): number {
  let x = e;
  while (x < text.length && x - e < 2 && text.charCodeAt(x) >= 0x30 && text.charCodeAt(x) <= 0x39) x++;
  if (x === e || (x < text.length && text.charCodeAt(x) >= 0x30 && text.charCodeAt(x) <= 0x39)) return -1;
  const day = Number(text.slice(e, x));
  if (day < 1 || day > 31) return -1;
  if (x >= text.length) return x;
  const c = text.charCodeAt(x);
  // the first date of a range whose second date names its month or year (2022年11月17至2022年11月23日,
  // 3月1到3月5日); not 17至23日, where the two days share 日
  if (c === 0x81f3 || c === 0x5230) {
    let y = x + 1;
    while (y < text.length && y - x <= 4 && text.charCodeAt(y) >= 0x30 && text.charCodeAt(y) <= 0x39) y++;
    return y > x + 1 && y < text.length && (text.charCodeAt(y) === 0x5e74 || text.charCodeAt(y) === 0x6708) ? x : -1;
  }
  // a line break, a blank, or 。，；、 (full or half width)
  return c === 10 || c === 13 || c === 0x20 || c === 0x3000 || c === 9 || c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3001 ? x : -1;
}
