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
    for (const d of doc.dates) {
      while (t < taskRanges.length && taskRanges[t].end <= d.start) t++;
      if (t < taskRanges.length && inside(d, taskRanges[t]) && isDeadlineDate(doc.text, d)) consider(d);
    }
  },
};
