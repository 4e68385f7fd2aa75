// The custom requests between the client and the server: their names and the shapes they carry.
// Types and string constants only, so the client can import this file without bundling the server.
import type { Range as LspRange } from 'vscode-languageserver-types';
import type { TaskTableJsonRow } from '../core/features/taskTable';

/** gongwen/documentInfo { uri } → DocumentInfo: what the client's status item shows. */
export const DOCUMENT_INFO_REQUEST = 'gongwen/documentInfo';

export interface DocumentInfo {
  served: boolean;
  tasks: number;
  findings: number;
}

/** gongwen/taskTable { uri, format?: 'md'|'csv'|'json' } → TaskTableResult. */
export const TASK_TABLE_REQUEST = 'gongwen/taskTable';

export type TaskRow = TaskTableJsonRow;

export interface TaskTableResult {
  rows: TaskRow[];
  text: string;
}

/** gongwen/unitTasks { uri } → UnitTasksResult: every unit with the tasks it leads and joins. */
export const UNIT_TASKS_REQUEST = 'gongwen/unitTasks';

export interface UnitTaskJson {
  /** Index into `tasks`. */
  task: number;
  path: string;
  label: string;
  /** Where the task is (select it when revealing). */
  range: LspRange;
  /** The lead comes from an enclosing item. */
  inherited?: true;
  /** Where the unit is named for this task. */
  mentions: LspRange[];
}

export interface UnitTasksJson {
  key: string;
  name: string;
  canonical?: string;
  names: string[];
  leads: UnitTaskJson[];
  joins: UnitTaskJson[];
}

export interface UnitTasksResult {
  units: UnitTasksJson[];
  tasks: TaskRow[];
}
