// The task table (任务分解表): one row per task of the document — number path, the task, lead units,
// participant units, deadline — and its three renderings (GitHub markdown, CSV for Excel/WPS, JSON).
// Pure: the CLI (`gongwen tasks`) and the server (gongwen/taskTable) share it.
//
// Paths are the markers as written (二、(一)1. stays half-width if the document writes it so). When one item
// holds several tasks (several closing notes in its prose, Task.part), the tasks would share a path; each then
// gets （之一）, （之二）… appended in document order, e.g. 二、（一）3.（之二）. The same happens to any other
// non-empty path that occurs more than once (a table repeating a number). Empty paths (table rows without
// numbers) are left empty. A task in an attached document after the first (its 附件2 label line opens it) has
// that document's label before its path: 附件2：1.
import type { Assignment, DateMention, GongwenDocument, Range } from '../model';
import type { Locale } from '../rule';
import { rowCell } from '../parse/tasks';
import { attachmentParts } from '../parse/sections';

export type TaskTableFormat = 'md' | 'csv' | 'json';
export const TASK_TABLE_FORMATS: readonly TaskTableFormat[] = ['md', 'csv', 'json'];

export interface TaskTableRow {
  /** Number path as written, with （之N） when several tasks share it. */
  path: string;
  /** The task's heading or first sentence. */
  task: string;
  /** Lead units as written, each once, in order. */
  leads: string[];
  /** Participant units as written, each once, in order. */
  participants: string[];
  /** The leads come from an enclosing item (the task has no lead of its own). */
  leadInherited: boolean;
  /** The deadline as written, with its qualifier (2023年3月底前). */
  deadline?: string;
  /** The task's range (core offsets). */
  range: Range;
  /** 1-based position within an item holding several tasks. */
  part?: number;
}

export interface Position {
  line: number;
  character: number;
}

/** The JSON shape of a row (and what gongwen/taskTable returns). */
export interface TaskTableJsonRow {
  path: string;
  task: string;
  leads: string[];
  participants: string[];
  deadline?: string;
  /** Present (true) only when the leads come from an enclosing item. */
  leadInherited?: true;
  /** Present when the item holds several tasks. */
  part?: number;
  range: { start: Position; end: Position };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 123 → 一二三 (beyond 99 the digits are just spelled). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CHINESE_DIGITS[n % 10] : '');
  if (n < 100) return CHINESE_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CHINESE_DIGITS[n % 10] : '');
  return String(n)
    .split('')
    .map((d) => CHINESE_DIGITS[Number(d)])
    .join('');
}

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
/** Characters a unit name ends with (its body, a place, 等): a blank after one parts two names (县财政局 县教育局). */
const NAME_END = '局委办厅部院会处室所站队心团司行社组府馆校台署位门关区县市镇村等';

/**
 * A unit name wrapped over lines (a table cell's 县发展⏎改革局: the line break is layout, not writing) shown as one:
 * a line break, with the blanks around it, between two Chinese characters is dropped when the one before it ends no
 * name (展 does not, 局 does: 县财政局⏎县教育局 stays apart). A blank without a line break is written text and stays
 * (农 办, as written: unit-unknown says it splits the name). Linear.
 */
export function unwrapName(t: string): string {
  if (t.indexOf('\n') < 0 && t.indexOf('\r') < 0) return t;
  let out = '';
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 0x20 && c !== 0x09 && c !== 0x3000) {
      out += t[i++];
      continue;
    }
    let j = i;
    let br = false;
    while (j < t.length) {
      const d = t.charCodeAt(j);
      if (d === 10 || d === 13) br = true;
      else if (d !== 0x20 && d !== 0x09 && d !== 0x3000) break;
      j++;
    }
    const p = out.length ? out.charCodeAt(out.length - 1) : 0;
    if (!(br && isHan(p) && !NAME_END.includes(out[out.length - 1]) && j < t.length && isHan(t.charCodeAt(j)))) out += t.slice(i, j);
    i = j;
  }
  return out;
}

function uniqueTexts(spans: { text: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of spans) {
    const t = unwrapName(s.text.trim());
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}

/** The deadline as written: the date and its qualifier (底前, 上旬 …) when the qualifier follows it directly. */
function deadlineText(text: string, d: DateMention): string {
  const end = d.suffix && d.suffix.start >= d.end ? d.suffix.end : d.end;
  return text.slice(d.start, rangeEnd(text, end));
}

const RANGE_MARKS = '—–-~～至到';
const RANGE_DATE_CHARS = '0123456789０１２３４５６７８９年月日底末前上中下旬';

/**
 * A deadline that is a period (2024年3月—5月, 2024年3月1日至3月15日): where its end date ends, so that the table
 * shows the whole period, not its start; `end` itself when no period follows.
 */
function rangeEnd(text: string, end: number): number {
  let i = end;
  while (i < text.length && i - end < 2 && RANGE_MARKS.includes(text[i])) i++;
  if (i === end) return end;
  let k = i;
  let digits = 0;
  let units = 0;
  while (k < text.length && k - i < 16 && RANGE_DATE_CHARS.includes(text[k])) {
    if ('年月日'.includes(text[k])) units++;
    else if (!'底末前上中下旬'.includes(text[k])) digits++;
    k++;
  }
  return digits > 0 && units > 0 ? k : end;
}

/** A deadline label with its colon (完成时限：, 时间节点:), read within one task's text. */
const DEADLINE_LABEL = /(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)[ \u3000]*[：:][ \u3000]*/;
/** Where a labelled deadline's text ends: the next separator or blank (a collapsed layout's paragraph break). */
const DEADLINE_STOP = '；;。，,）) \u3000\t\n\r';

/**
 * A deadline written without a date after a label in the task's own text (完成时限：长期坚持, （……；时间节点：持续推进）),
 * as written: at most 20 characters up to the next separator. Searched in the task's text only (linear overall:
 * tasks do not overlap).
 */
function labelledDeadline(text: string, start: number, end: number): string | undefined {
  const own = text.slice(start, end);
  const m = DEADLINE_LABEL.exec(own);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  let e = from;
  while (e < own.length && e - from <= 20 && !DEADLINE_STOP.includes(own[e])) e++;
  if (e - from > 20) return undefined;
  const v = own.slice(from, e).trim();
  return v || undefined;
}

/** A standing deadline closing a note: （X牵头，Y配合，长期坚持）. */
const STANDING_NOTE_TAIL = /[，,；;][ \u3000]*(长期坚持|持续推进|持续实施)[ \u3000]*[）)〕】\]]$/;

/** The standing deadline (长期坚持, 持续推进) closing one of the task's bracketed notes, as written. */
function standingNoteDeadline(text: string, assignments: Assignment[]): string | undefined {
  for (const a of assignments) {
    if (a.form !== 'paren' || a.range.end - a.range.start > 400) continue;
    const m = STANDING_NOTE_TAIL.exec(text.slice(Math.max(a.range.start, a.range.end - 12), a.range.end));
    if (m) return m[1];
  }
  return undefined;
}

/** Line breaks (with the spaces around them) become one space; linear, no backtracking. */
export function oneLine(c: string): string {
  if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) return c;
  return c
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

/** A number marker at the start of a task text: 一、 （一） (一) 1. 1． 1、 （1） (1). */
const LEADING_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,3}(?:[.．](?![0-9])|、)|[（(][0-9]{1,3}[）)])/;

/** The task text without a leading marker that the path already ends with (a table cell starting (1)…). */
function taskText(label: string, path: string): string {
  const t = oneLine(label).trim();
  const m = LEADING_MARKER.exec(t);
  if (!m || !path.endsWith(m[0]) || t.length === m[0].length) return t;
  return t.slice(m[0].length).trim();
}

/** One row per task of the document, in document order. */
export function taskTableRows(doc: GongwenDocument): TaskTableRow[] {
  let ti = 0; // tables and table tasks are both in document order
  const rows: TaskTableRow[] = doc.tasks.map((t) => {
    const row: TaskTableRow = {
      path: t.path,
      task: taskText(t.label, t.path),
      leads: uniqueTexts(t.leads),
      participants: uniqueTexts(t.participants),
      leadInherited: t.leadInherited,
      range: { start: t.range.start, end: t.range.end },
    };
    if (t.deadline) row.deadline = deadlineText(doc.text, t.deadline);
    else if (t.row) {
      // a 完成时限 cell without a date (长期坚持, 持续推进) is the deadline as written
      while (ti < doc.tables.length && doc.tables[ti].range.end < t.row.range.end) ti++;
      const table = doc.tables[ti];
      const cell = table && table.range.start <= t.row.range.start && table.columns.deadline >= 0 ? rowCell(t.row, table, table.columns.deadline) : undefined;
      if (cell && cell.text) row.deadline = cell.text;
    } else {
      // 完成时限：长期坚持 in a note or on a label line: the deadline as written
      const d = labelledDeadline(doc.text, t.range.start, t.range.end) ?? standingNoteDeadline(doc.text, t.assignments);
      if (d) row.deadline = d;
    }
    if (t.part !== undefined) row.part = t.part;
    return row;
  });
  // A second attached document (附件2 / 任务分工表) numbers its items anew: its rows' paths start with 附件2：.
  const att = doc.attachment;
  const parts = att && rows.length ? attachmentParts(doc.text, doc.paragraphs, { start: att.title.end, end: att.range.end }) : [];
  if (parts.length) {
    let pi = -1;
    for (const r of rows) {
      while (pi + 1 < parts.length && r.range.start >= parts[pi + 1].range.start) pi++;
      if (pi >= 0 && r.path && r.range.start < parts[pi].range.end) r.path = `附件${parts[pi].ordinal}：${r.path}`;
    }
  }
  // Shared paths: （之一）（之二）… in document order.
  const count = new Map<string, number>();
  for (const r of rows) if (r.path) count.set(r.path, (count.get(r.path) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.path || (count.get(r.path) ?? 0) < 2) continue;
    const k = (seen.get(r.path) ?? 0) + 1;
    seen.set(r.path, k);
    r.path = `${r.path}（之${chineseNumber(k)}）`;
  }
  return rows;
}

export const TASK_TABLE_HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '任务', '牵头单位', '参与单位', '完成时限'],
  en: ['No.', 'Task', 'Lead units', 'Participating units', 'Deadline'],
};

/** The five cells of a row, on one line each. */
export function taskTableCells(r: TaskTableRow): string[] {
  return [r.path, r.task, r.leads.join('、'), r.participants.join('、'), r.deadline ?? ''].map(oneLine);
}

/** A markdown table cell: | and \ escaped (GitHub tables), line breaks already gone. */
export function markdownCell(c: string): string {
  return c.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** An RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF (quotes doubled). */
export function csvField(c: string): string {
  return /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

export function toJsonRows(rows: TaskTableRow[], position: (offset: number) => Position): TaskTableJsonRow[] {
  return rows.map((r) => {
    const j: TaskTableJsonRow = { path: r.path, task: r.task, leads: r.leads, participants: r.participants } as TaskTableJsonRow;
    if (r.deadline !== undefined) j.deadline = r.deadline;
    if (r.leadInherited) j.leadInherited = true;
    if (r.part !== undefined) j.part = r.part;
    j.range = { start: position(r.range.start), end: position(Math.max(r.range.start, r.range.end)) };
    return j;
  });
}

export interface RenderOptions {
  /** Language of the header row (default zh-CN). */
  locale?: Locale;
  /** Offset → position, for json (the CLI and the server pass their BOM-aware mapper). */
  position?: (offset: number) => Position;
}

/**
 * md: a GitHub table (header 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限), LF lines;
 * csv: UTF-8 text starting with a BOM (so Excel and WPS read it as UTF-8), RFC 4180 quoting, CRLF rows;
 * json: the rows as TaskTableJsonRow[], indented, with line/character ranges.
 */
export function renderTaskTable(rows: TaskTableRow[], format: TaskTableFormat, options: RenderOptions = {}): string {
  const header = TASK_TABLE_HEADERS[options.locale ?? 'zh-CN'];
  if (format === 'json') {
    const position = options.position ?? ((offset: number) => ({ line: 0, character: offset }));
    return JSON.stringify(toJsonRows(rows, position), null, 2) + '\n';
  }
  if (format === 'csv') return '\ufeff' + [header, ...rows.map(taskTableCells)].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => line(taskTableCells(r)))].join('\n') + '\n';
}
