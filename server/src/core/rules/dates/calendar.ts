// Calendar arithmetic for the date rules (proleptic Gregorian, no Date objects: no time zones).
import type { DateMention, GongwenDocument } from '../../model';

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Day number (days since 0000-03-01), for differences and comparisons. */
export function dayNumber(y: number, m: number, d: number): number {
  const a = m <= 2 ? 1 : 0;
  const yy = y - a;
  const mm = m + 12 * a - 3;
  return 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + Math.floor((153 * mm + 2) / 5) + d - 1;
}

export function isValidDate(d: DateMention): boolean {
  if (d.year === undefined) return true;
  if (d.month === undefined) return true;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  return d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** The last day a (possibly partial) date stands for: 2023年3月 → 31 March, 2023年 → 31 December. */
export function endDay(d: DateMention): number | undefined {
  if (d.year === undefined || !isValidDate(d)) return undefined;
  const m = d.month ?? 12;
  const day = d.day ?? daysInMonth(d.year, m);
  return dayNumber(d.year, m, day);
}

/** The first day a (possibly partial) date stands for. */
export function startDay(d: DateMention): number | undefined {
  if (d.year === undefined || !isValidDate(d)) return undefined;
  return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
}

export function formatArabic(d: { year?: number; month?: number; day?: number }): string {
  return `${d.year ?? ''}年${d.month !== undefined ? `${d.month}月` : ''}${d.day !== undefined ? `${d.day}日` : ''}`;
}

/** The 成文日期 as a complete, valid date, if the notice has one. */
export function signingDay(doc: GongwenDocument): number | undefined {
  const s = doc.notice.signDate;
  if (!s || s.year === undefined || s.month === undefined || s.day === undefined) return undefined;
  return startDay(s);
}
