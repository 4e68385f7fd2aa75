// Hover content (Markdown, in the client's locale) for a unit, a heading and a date. Pure.
import type { DateMention, GongwenDocument, Range, Section, UnitRef } from '../model';
import type { Locale } from '../rule';
import type { UnitInfo } from '../units/registry';
import { buildUnitIndex, unitTasksFor, type UnitTaskLink } from './unitIndex';
import { occurrenceAt, unitOccurrences, plainName } from './references';
import { treeRoots } from '../parse/sections';

/** What hover needs from the unit registry. */
export interface HoverRegistry {
  lookup(name: string): UnitInfo | undefined;
  classify?(name: string): { citation?: string; status?: string };
}

export interface HoverResult {
  range: Range;
  /** Markdown. */
  markdown: string;
}

const t = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

/** Markdown special characters escaped (unit names and titles are plain text). */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c);
}

// ---- sections ----

/** The chain of sections from the top level down to `s`. */
export function sectionChain(doc: GongwenDocument, s: Section): Section[] {
  const chain: Section[] = [];
  let level: Section[] = treeRoots(doc, s);
  for (const i of s.path) {
    const x = level[i];
    if (!x) break;
    chain.push(x);
    level = x.children;
  }
  return chain[chain.length - 1] === s ? chain : [s];
}

/** The number path of a section as written: 二、（一）3. */
export function sectionPath(doc: GongwenDocument, s: Section): string {
  return sectionChain(doc, s)
    .map((x) => x.marker.text)
    .join('');
}

/** The section whose heading (marker and title) holds the offset, the innermost one. */
export function headingAt(doc: GongwenDocument, offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of doc.allSections) {
    const end = Math.max(s.heading.end, s.title.end);
    if (offset >= s.marker.start && offset <= end && (!best || s.marker.start >= best.marker.start)) best = s;
  }
  return best;
}

// ---- dates ----

const DIGITS = '〇一二三四五六七八九';

/** 2010 → 二〇一〇 (a year digit by digit). */
export function chineseYear(y: number): string {
  return String(y)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('');
}

/** 12 → 十二, 9 → 九, 20 → 二十, 31 → 三十一 (months and days). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday of a real date (0 = Sunday), undefined for an impossible one. */
export function weekday(y: number, m: number, d: number): number | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return undefined;
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCDay();
}

export interface DateDescription {
  arabic: string;
  chinese: string;
  weekday?: { zh: string; en: string };
}

export function describeDate(d: Pick<DateMention, 'year' | 'month' | 'day'>): DateDescription | undefined {
  const { year, month, day } = d;
  if (year === undefined) return undefined;
  if (month !== undefined && !(month >= 1 && month <= 12)) return undefined;
  let arabic = `${year}年`;
  let chinese = `${chineseYear(year)}年`;
  if (month !== undefined) {
    arabic += `${month}月`;
    chinese += `${chineseNumber(month)}月`;
    if (day !== undefined) {
      if (!(day >= 1 && day <= 31)) return undefined;
      arabic += `${day}日`;
      chinese += `${chineseNumber(day)}日`;
      const w = weekday(year, month, day);
      if (w !== undefined) return { arabic, chinese, weekday: { zh: WEEKDAYS_ZH[w], en: WEEKDAYS_EN[w] } };
    }
  }
  return { arabic, chinese };
}

function dateAt(doc: GongwenDocument, offset: number): DateMention | undefined {
  for (const d of doc.dates) if (offset >= d.start && offset <= d.end && d.year !== undefined) return d;
  return undefined;
}

// ---- units ----

/** Where the registry knows a unit from, in words. */
export function sourceInWords(info: UnitInfo | undefined, citation: string | undefined, locale: Locale, group = false): string {
  if (!info && group) return t(locale, '泛指一类单位的统称，单位库不逐一收录', 'a collective designation of a class of units, not listed one by one');
  if (!info) return t(locale, '单位库和工作区设置中均未收录', 'not in the built-in unit data nor in the workspace settings');
  if (info.source === 'workspace') return t(locale, '工作区的单位设置（gongwen.json 或 VS Code 设置 gongwen.units）', "the workspace's own units (gongwen.json or the VS Code setting gongwen.units)");
  const what = citation ? `：${citation}` : '';
  return t(locale, `内置单位数据${what}`, `the built-in unit data${citation ? ` (${citation})` : ''}`);
}

function taskLines(doc: GongwenDocument, links: UnitTaskLink[], locale: Locale): string[] {
  return links.map((l) => {
    const task = doc.tasks[l.task];
    const path = task?.path || t(locale, '（无编号）', '(unnumbered)');
    const label = task?.label ? `${task.path ? '' : ' '}${md(task.label)}` : '';
    const inherited = l.inherited ? t(locale, '（继承自上级）', ' (inherited)') : '';
    return `- ${md(path)}${label}${inherited}`;
  });
}

function unitHover(doc: GongwenDocument, u: { start: number; end: number; text: string }, registry: HoverRegistry | undefined, locale: Locale): HoverResult {
  const written = plainName(u.text);
  let info: UnitInfo | undefined;
  let citation: string | undefined;
  let group = false;
  try {
    info = registry?.lookup(written);
    const c = registry?.classify?.(written);
    citation = info ? c?.citation : undefined;
    group = c?.status === 'group';
  } catch {
    info = undefined;
  }
  const lines: string[] = [];
  const name = info?.name ?? written;
  lines.push(`**${md(name)}**`);
  lines.push('');
  const aliases = info ? [info.name, ...info.aliases].filter((n) => n !== name) : [];
  if (info && written !== info.name && !aliases.includes(written)) aliases.unshift(written);
  if (aliases.length) lines.push(`${t(locale, '简称、别名：', 'Aliases: ')}${aliases.map(md).join(t(locale, '、', ', '))}`, '');
  lines.push(`${t(locale, '来源：', 'Source: ')}${md(sourceInWords(info, citation, locale, group))}`, '');
  if (info?.abolished) {
    // each later step too: the first successor may itself be gone (县卫生局 → 县卫生和计划生育局 → 县卫生健康局)
    const ab = info.abolished;
    let zh = `已于 ${ab.date} 撤销，由 ${md(ab.successor)} 承接`;
    let en = `Abolished on ${ab.date}; succeeded by ${md(ab.successor)}`;
    let last = ab.successor;
    for (const step of ab.later ?? []) {
      zh += `；${md(last)} 又于 ${step.date} 撤销，由 ${md(step.successor)} 承接`;
      en += `, itself abolished on ${step.date} and succeeded by ${md(step.successor)}`;
      last = step.successor;
    }
    lines.push(t(locale, `${zh}。`, `${en}.`), '');
  }
  const index = buildUnitIndex(doc, registry);
  const entry = unitTasksFor(index, written, registry);
  const leads = entry?.leads ?? [];
  const joins = entry?.joins ?? [];
  if (leads.length === 0 && joins.length === 0) lines.push(t(locale, '本文件中没有由它牵头或参与的任务。', 'It leads or joins no task in this document.'));
  if (leads.length) lines.push(t(locale, `牵头任务（${leads.length} 项）：`, `Leads ${leads.length} task${leads.length > 1 ? 's' : ''}:`), '', ...taskLines(doc, leads, locale), '');
  if (joins.length) lines.push(t(locale, `参与任务（${joins.length} 项）：`, `Joins ${joins.length} task${joins.length > 1 ? 's' : ''}:`), '', ...taskLines(doc, joins, locale), '');
  while (lines[lines.length - 1] === '') lines.pop();
  return { range: { start: u.start, end: u.end }, markdown: lines.join('\n') };
}

function unitsOf(refs: UnitRef[]): string[] {
  const out: string[] = [];
  for (const r of refs) {
    const n = plainName(r.text);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

function headingHover(doc: GongwenDocument, s: Section, locale: Locale): HoverResult {
  const path = sectionPath(doc, s);
  const lines = [`**${md(path + s.title.text)}**`, ''];
  const chain = sectionChain(doc, s);
  if (chain.length > 1)
    lines.push(
      `${t(locale, '位置：', 'Location: ')}${chain
        .slice(0, -1)
        .map((x) => md(x.marker.text + x.title.text))
        .join(' › ')}`,
      '',
    );
  const own = s.assignments.flatMap((a) => a.entries);
  let leads = unitsOf(own.filter((e) => e.role === 'lead').flatMap((e) => e.units));
  const participants = unitsOf(own.filter((e) => e.role === 'participant').flatMap((e) => e.units));
  let inherited = false;
  if (leads.length === 0) {
    const task = doc.tasks.find((x) => x.section === s);
    if (task && task.leads.length) {
      leads = unitsOf(task.leads);
      inherited = task.leadInherited;
    }
  }
  const sep = t(locale, '、', ', ');
  if (leads.length) lines.push(`${t(locale, '牵头单位：', 'Lead: ')}${leads.map(md).join(sep)}${inherited ? t(locale, '（继承自上级）', ' (inherited)') : ''}`, '');
  if (participants.length) lines.push(`${t(locale, '参与单位：', 'Participants: ')}${participants.map(md).join(sep)}`, '');
  if (!leads.length && !participants.length) lines.push(t(locale, '本节未明确牵头单位和参与单位。', 'No lead or participant units are named for this section.'));
  const subtasks = doc.tasks.filter((x) => x.section && x.section !== s && x.section.range.start >= s.range.start && x.section.range.end <= s.range.end).length;
  if (subtasks) lines.push('', t(locale, `下设 ${subtasks} 项任务。`, `${subtasks} task${subtasks > 1 ? 's' : ''} below it.`));
  while (lines[lines.length - 1] === '') lines.pop();
  return { range: { start: s.marker.start, end: Math.max(s.title.end, s.marker.end) }, markdown: lines.join('\n') };
}

function dateHover(d: DateMention, locale: Locale): HoverResult | undefined {
  const desc = describeDate(d);
  if (!desc) return undefined;
  const lines = [`**${desc.arabic}**`, '', `${t(locale, '阿拉伯数字：', 'Arabic numerals: ')}${desc.arabic}`, '', `${t(locale, '汉字数字：', 'Chinese numerals: ')}${desc.chinese}`];
  if (desc.weekday) lines.push('', `${t(locale, '星期：', 'Weekday: ')}${locale === 'en' ? desc.weekday.en : desc.weekday.zh}`);
  return { range: { start: d.start, end: d.end }, markdown: lines.join('\n') };
}

/** Hover at an offset: a unit, else a date, else a heading. */
export function hoverAt(doc: GongwenDocument, offset: number, registry: HoverRegistry | undefined, locale: Locale): HoverResult | undefined {
  const u = occurrenceAt(unitOccurrences(doc, registry), offset);
  if (u) return unitHover(doc, u, registry, locale);
  const d = dateAt(doc, offset);
  if (d) {
    const h = dateHover(d, locale);
    if (h) return h;
  }
  const s = headingAt(doc, offset);
  if (s) return headingHover(doc, s, locale);
  return undefined;
}
