// Parses a notice into the document model in one linear pass. See docs/architecture.md.
//
// Pipeline (each step linear in the text, scanning with indexes and sticky regexes):
//   lineStarts → task tables (so their lines are never residue) → web residue (head/tail zones) →
//   paragraphs (lines, collapsed lines split at separating spaces) → dates, document numbers →
//   the notice's parts and the attached document → the section tree (inside the attached document,
//   else the notice's body) → assignments (prose + table, merged in document order) → attached to
//   sections → tasks.
// Offsets are UTF-16 code units of the string as given: the text is never normalised, so LF, CRLF,
// a lone CR and characters outside the BMP never shift a range. A BOM, if still present, is treated
// as leading whitespace (analyze() strips it before parsing, as VS Code does).
import type { Assignment, GongwenDocument } from '../model';

import { computeLineStarts } from '../text';
import { AnalysisCache } from '../memo';
import { findAssignments } from './assignments';
import { findDates } from './dates';
import { findDocNumbers } from './docnumbers';
import { findNotice } from './notice';
import { findParagraphs } from './paragraphs';
import { findResidue, tableLines } from './residue';
import { buildSections } from './sections';
import { findTables } from './tables';
import { attachAssignments, deriveTasks } from './tasks';

export function parse(text: string, cache: AnalysisCache = new AnalysisCache()): GongwenDocument {
  const lineStarts = computeLineStarts(text);
  const { tables, assignments: tableAssignments } = findTables(text, lineStarts);
  const table = tableLines(
    text,
    lineStarts,
    tables.map((t) => t.range),
  );
  const residue = findResidue(text, lineStarts, table);
  const paragraphs = findParagraphs(text, lineStarts, residue, table);
  const dates = findDates(text);
  const docNumbers = findDocNumbers(text);
  const { notice, attachment, container } = findNotice(text, paragraphs, docNumbers, dates);
  const { sections, allSections, continuousItemNumbering } = buildSections(text, paragraphs, container);

  // a table's rows own their cells: a label inside a table is read from its column, not as prose
  const prose = outsideRanges(findAssignments(text, paragraphs, residue), tables.map((t) => t.range));
  const assignments = mergeByStart(prose, tableAssignments);
  attachAssignments(allSections, assignments, text);
  const tasks = deriveTasks(text, sections, assignments, tables, dates);

  return {
    text,
    lineStarts,
    paragraphs,
    residue,
    notice,
    attachment,
    sections,
    allSections,
    assignments,
    tasks,
    tables,
    dates,
    docNumbers,
    continuousItemNumbering,
  };
}

/** The assignments (in document order) that do not overlap any of the sorted ranges. */
function outsideRanges(list: Assignment[], ranges: { start: number; end: number }[]): Assignment[] {
  if (!ranges.length) return list;
  let k = 0;
  return list.filter((a) => {
    while (k < ranges.length && ranges[k].end <= a.range.start) k++;
    return !(k < ranges.length && ranges[k].start < a.range.end);
  });
}

function mergeByStart(a: Assignment[], b: Assignment[]): Assignment[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: Assignment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].range.start <= b[j].range.start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}
