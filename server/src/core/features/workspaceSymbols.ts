// Workspace symbols of one document: every heading and every task, searchable by name or unit. Pure.
import type { GongwenDocument, Range } from '../model';
import { sectionPath } from './hover';
import { plainName } from './references';
import { inNoticeTree } from '../parse/sections';

export interface NoticeSymbol {
  kind: 'heading' | 'task';
  /** Heading: 一、（一）1.建设物流园区; task: its path and label, then its units (so a search by unit finds it). */
  name: string;
  /** The notice (or attached plan) title, for the container. */
  container?: string;
  /** Where the symbol is (the heading, or the task's text). */
  range: Range;
  /** Text searched besides the name: the heading text, the task's units as written. */
  heading: string;
  units: string[];
}

/** Every heading and task of the document, in document order. */
export function noticeSymbols(doc: GongwenDocument, locale: 'zh-CN' | 'en' = 'zh-CN'): NoticeSymbol[] {
  const out: NoticeSymbol[] = [];
  const container = doc.attachment?.title.text ?? doc.notice.title?.text;
  // the notice's own headings (its body's 一、二、 when the attached document holds the main tree) are the notice's
  const noticeContainer = doc.notice.title?.text ?? container;
  for (const s of doc.allSections) {
    const title = s.title.text.trim();
    const c = inNoticeTree(doc, s) ? noticeContainer : container;
    out.push({
      kind: 'heading',
      name: sectionPath(doc, s) + title,
      ...(c ? { container: c } : {}),
      range: { start: s.marker.start, end: Math.max(s.marker.end, s.heading.end) },
      heading: title,
      units: [],
    });
  }
  const sep = locale === 'en' ? ', ' : '、';
  for (const t of doc.tasks) {
    const leads = uniq(t.leads.map((u) => plainName(u.text)));
    const participants = uniq(t.participants.map((u) => plainName(u.text)));
    const parts: string[] = [];
    if (leads.length) parts.push((locale === 'en' ? 'lead: ' : '牵头：') + leads.join(sep));
    if (participants.length) parts.push((locale === 'en' ? 'participants: ' : '参与：') + participants.join(sep));
    const label = t.label.trim();
    const head = t.path + label || (locale === 'en' ? 'Task' : '任务');
    const units = parts.length ? (locale === 'en' ? ` (${parts.join('; ')})` : `（${parts.join('；')}）`) : '';
    const c = t.section && inNoticeTree(doc, t.section) ? noticeContainer : container;
    out.push({
      kind: 'task',
      name: head + units,
      ...(c ? { container: c } : {}),
      range: t.section ? { start: t.section.marker.start, end: Math.max(t.section.marker.end, t.section.heading.end) } : t.range,
      heading: label,
      units: uniq([...leads, ...participants]),
    });
  }
  out.sort((a, b) => a.range.start - b.range.start || (a.kind === b.kind ? 0 : a.kind === 'heading' ? -1 : 1));
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x))];
}

/** Case-insensitive, space-insensitive substring match of the query on the name, the heading or a unit (or its aliases). */
export function symbolMatches(s: NoticeSymbol, query: string, aliasesOf?: (unit: string) => string[]): boolean {
  const q = plainName(query).toLowerCase();
  if (q === '') return true;
  const has = (x: string) => plainName(x).toLowerCase().includes(q);
  if (has(s.name) || has(s.heading)) return true;
  for (const u of s.units) {
    if (has(u)) return true;
    if (aliasesOf) for (const a of aliasesOf(u)) if (has(a)) return true;
  }
  return false;
}
