// Task tables flattened into | rows (a header naming 序号/任务/牵头单位/责任单位/完成时限).
import type { Assignment, TaskTable } from '../model';

export function findTables(text: string, lineStarts: number[]): { tables: TaskTable[]; assignments: Assignment[] } {
  void text; void lineStarts;
  return { tables: [], assignments: [] };
}
