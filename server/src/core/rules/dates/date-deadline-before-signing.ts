// A task's deadline earlier than the notice's own 成文日期: the task was over before it was assigned.
import type { DateMention, Range } from '../../model';
import type { Rule } from '../../rule';
import { endDay, formatArabic, signingDay } from './calendar';

// A deadline reads "……前" after the date (its 底/末/旬 qualifier may sit between); a statement of status does not.
const deadlineTail = /^\s{0,2}(?:底|末|中旬|上旬|下旬)?\s{0,2}(?:以前|之前|前)/;
const statusBefore = /(截至|截止|已于|已在)\s{0,2}$/;

export function isDeadlineDate(text: string, d: DateMention): boolean {
  if (statusBefore.test(text.slice(Math.max(0, d.start - 4), d.start))) return false;
  const from = d.suffix ? d.suffix.end : d.end;
  return deadlineTail.test((d.suffix?.text ?? '') + text.slice(from, from + 6));
}

/**
 * A request to report or finish by a date (请各乡镇于2024年3月5日前报送…, 各乡镇于…前完成自查): the clause before the date,
 * from its sentence's start (after a list marker), opens with 请 or 各, names no earlier document or requirement and
 * ends with 于; what follows the 前 up to the clause's end says nothing is done yet (no 已 了).
 */
const REQUEST_BEFORE = /^(?:请|务请|望|各)[^，,。；;！？!?：:“”《》〔〕已曾原了]{0,30}于[ \u3000]?$/;
const REQUEST_AFTER = /^[^，,。；;！？!?]{0,40}/;
const DONE = /已|了|曾|过/;
/** A list marker opening the clause: （一） 1. 一、 ⑴. */
const MARKER = /^(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、]|[⑴-⒇①-⑳])[ \u3000]?/;

export function isRequestDeadline(text: string, d: DateMention, paraStart: number): boolean {
  if (d.year === undefined || d.month === undefined || !isDeadlineDate(text, d)) return false;
  // the clause before the date, back to the sentence's start or the paragraph's
  let s = d.start;
  while (s > paraStart && d.start - s < 40) {
    const c = text[s - 1];
    if (c === '\n' || c === '\r' || c === '。' || c === '；' || c === ';' || c === '！' || c === '？' || c === '：' || c === ':') break;
    s--;
  }
  let before = text.slice(s, d.start).replace(/^[ \u3000\t]+/, '');
  const mk = MARKER.exec(before);
  if (mk) before = before.slice(mk[0].length);
  if (!REQUEST_BEFORE.test(before)) return false;
  const from = d.suffix ? d.suffix.end : d.end;
  const after = REQUEST_AFTER.exec(text.slice(from, from + 40))![0];
  return !DONE.test(after);
}

function inside(r: Range, outer: Range): boolean {
  return r.start >= outer.start && r.end <= outer.end;
}

export const dateDeadlineBeforeSigning: Rule = {
  id: 'date-deadline-before-signing',
  defaultSeverity: 'warning',
  owner: 'other',
  description: {
    zh: '任务的完成时限早于本文的成文日期。',
    en: "A task's deadline earlier than the notice's signing date.",
  },
  check(ctx) {
    const { doc } = ctx;
    const signDay = signingDay(doc);
    if (signDay === undefined) return;
    const seen = new Set<number>();
    const consider = (d: DateMention) => {
      if (seen.has(d.start) || ctx.inResidue(d)) return;
      seen.add(d.start);
      const end = endDay(d);
      if (end === undefined || end >= signDay) return;
      ctx.report({
        range: d,
        message: {
          zh: `完成时限“${d.text}”早于成文日期“${doc.notice.signDate!.text}”，任务在下达前就已到期，请核对时限或成文日期。`,
          en: `The deadline "${d.text}" (${formatArabic(d)}) is before the signing date "${doc.notice.signDate!.text}": the task would be due before it was assigned. Check the dates.`,
        },
      });
    };
    for (const task of doc.tasks) {
      if (task.deadline) consider(task.deadline);
    }
    // dates in a task's text followed by ……前(完成)
    const taskRanges = doc.tasks.map((t) => t.range).sort((a, b) => a.start - b.start);
    let t = 0;
    const paras = doc.paragraphs;
    const forwarded = doc.notice.kind === 'forward' ? doc.attachment?.range : undefined;
    let p = 0;
    for (const d of doc.dates) {
      while (p + 1 < paras.length && paras[p].end <= d.start) p++;
      while (t < taskRanges.length && taskRanges[t].end <= d.start) t++;
      if (t < taskRanges.length && inside(d, taskRanges[t]) && isDeadlineDate(doc.text, d)) consider(d);
      // a request in the body to report or finish by a date (请各乡镇于2024年3月5日前报送…), in a task or not
      // (not in a forwarded document: its requests date from its own issue — 转发 notices set their own deadline)
      else if (!(forwarded && inside(d, forwarded)) && isRequestDeadline(doc.text, d, paras.length && paras[p].start <= d.start ? paras[p].start : 0)) consider(d);
    }
  },
};
