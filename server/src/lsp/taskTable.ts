// The task table and the units' tasks over LSP (custom requests), on top of the pure core
// (core/features/taskTable.ts, core/features/unitIndex.ts):
//   gongwen/taskTable { uri, format?: 'md'|'csv'|'json' } → { rows: TaskTableJsonRow[], text: string }
//     rows: one per task, ranges in the client's positions; text: the table rendered in `format`
//     (default md) with headers in the server's locale. An unknown or closed document: no rows, the empty table.
//   gongwen/unitTasks { uri } → { units: UnitTasksJson[], tasks: TaskTableJsonRow[] }
//     every unit named as lead or participant, with the tasks it leads and joins (the view's tree).
import { renderTaskTable, TASK_TABLE_FORMATS, taskTableRows, toJsonRows, type TaskTableFormat } from '../core/features/taskTable';
import { buildUnitIndex, type UnitLookup } from '../core/features/unitIndex';
import type { GongwenDocument } from '../core/model';
import type { Locale } from '../core/rule';
import type { Mapper } from './convert';
import type { TaskRow, TaskTableResult, UnitTaskJson, UnitTasksResult } from './protocol';

export { TASK_TABLE_REQUEST, UNIT_TASKS_REQUEST } from './protocol';
export type { TaskRow, TaskTableResult, UnitTaskJson, UnitTasksJson, UnitTasksResult } from './protocol';
export type { TaskTableFormat };

export function parseFormat(value: unknown): TaskTableFormat {
  return typeof value === 'string' && (TASK_TABLE_FORMATS as readonly string[]).includes(value) ? (value as TaskTableFormat) : 'md';
}

/** The rows with LSP ranges (positions in the text as the client holds it). */
export function taskRows(doc: GongwenDocument, m: Mapper): TaskRow[] {
  return toJsonRows(taskTableRows(doc), (o) => m.position(o));
}

export function taskTable(doc: GongwenDocument | undefined, m: Mapper | undefined, format: TaskTableFormat, locale: Locale): TaskTableResult {
  const rows = doc && m ? taskTableRows(doc) : [];
  const position = (o: number) => (m ? m.position(o) : { line: 0, character: 0 });
  return { rows: toJsonRows(rows, position), text: renderTaskTable(rows, format, { locale, position }) };
}

export function unitTasks(doc: GongwenDocument | undefined, m: Mapper | undefined, registry?: UnitLookup): UnitTasksResult {
  if (!doc || !m) return { units: [], tasks: [] };
  const rows = taskTableRows(doc);
  const tasks = toJsonRows(rows, (o) => m.position(o));
  const units = buildUnitIndex(doc, registry).map((u) => {
    const link = (l: { task: number; inherited: boolean; mentions: { start: number; end: number }[] }): UnitTaskJson => ({
      task: l.task,
      path: rows[l.task].path,
      label: rows[l.task].task,
      range: tasks[l.task].range,
      ...(l.inherited ? { inherited: true as const } : {}),
      mentions: l.mentions.map((r) => m.range(r)),
    });
    return {
      key: u.key,
      name: u.name,
      ...(u.canonical ? { canonical: u.canonical } : {}),
      names: u.names,
      leads: u.leads.map(link),
      joins: u.joins.map(link),
    };
  });
  return { units, tasks };
}
