// Task assignments: 牵头单位：… sentences, （X牵头，Y参与） notes, label lines; each unit with its exact range.
import type { Assignment, Paragraph, Range } from '../model';

/** Assignments in the given paragraphs (residue ranges excluded), in document order. */
export function findAssignments(text: string, paragraphs: Paragraph[], residue: Range[]): Assignment[] {
  void text; void paragraphs; void residue;
  return [];
}
