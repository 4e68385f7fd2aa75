// Which parts of a notice are tasks, and who leads them.
import type { Assignment, DateMention, Section, Task, TaskTable } from '../model';

/** Attaches each assignment to the innermost section whose own text holds it (fills section.assignments). */
export function attachAssignments(allSections: Section[], assignments: Assignment[]): void {
  void allSections; void assignments;
}

export function deriveTasks(text: string, sections: Section[], assignments: Assignment[], tables: TaskTable[], dates: DateMention[]): Task[] {
  void text; void sections; void assignments; void tables; void dates;
  return [];
}
