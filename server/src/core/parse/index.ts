// Parses a notice into the document model in one linear pass. See docs/architecture.md.
//
// Pipeline (each step linear in the text, scanning with indexes and sticky regexes):
//   lineStarts → task tables (so their lines are never residue) → web residue (head/tail zones) →
//   paragraphs (lines, collapsed lines split at separating spaces) → dates, document numbers →
//   the notice's parts and the attached document → the section tree (inside the attached document,
//   else the notice's body; with an attached document, the notice's own body is a second tree,
//   noticeSections) → assignments (prose + table, merged in document order) → attached to
//   sections → tasks.
// Offsets are UTF-16 code units of the string as given: the text is never normalised, so LF, CRLF,
// a lone CR and characters outside the BMP never shift a range. A BOM, if still present, is treated
// as leading whitespace (analyze() strips it before parsing, as VS Code does).
import type { Assignment, DateMention, DocNumber, GongwenDocument, Section } from '../model';

import { computeLineStarts } from '../text';
import { lineContentEnd, pipeCounts } from './chars';
import { AnalysisCache, shiftRanges } from '../memo';
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
  const counts = pipeCounts(text, lineStarts);
  const { tables, assignments: tableAssignments } = findTables(text, lineStarts, counts);
  const pipes = counts.bars;
  const table = tableLines(
    text,
    lineStarts,
    tables.map((t) => t.range),
    pipes,
  );
  const residue = findResidue(text, lineStarts, table, pipes);
  // each line's text, once: the key of the per-line lookups (a string is hashed once, whatever looks it up)
  const lineTexts: string[] = new Array(lineStarts.length);
  for (let i = 0; i < lineStarts.length; i++) lineTexts[i] = text.slice(lineStarts[i], lineContentEnd(text, lineStarts, i));
  const paragraphs = findParagraphs(text, lineStarts, residue, table, cache, lineTexts);
  const { dates, docNumbers } = datesAndDocNumbers(text, lineStarts, lineTexts, cache);
  const { notice, attachment, container } = findNotice(text, paragraphs, docNumbers, dates);
  const { sections, allSections: mainSections, continuousItemNumbering } = buildSections(text, paragraphs, container);
  // the notice's own body, when the attached document holds the main tree: a second tree (the cover letter's 一、二、)
  let noticeSections: Section[] = [];
  let allSections = mainSections;
  if (attachment && notice.body && notice.body.end <= container.start) {
    const cover = buildSections(text, paragraphs, notice.body);
    if (cover.sections.length) {
      noticeSections = cover.sections;
      allSections = cover.allSections.concat(mainSections);
    }
  }

  // a table's rows own their cells: a label inside a table is read from its column, not as prose
  const prose = outsideRanges(findAssignments(text, paragraphs, residue, cache), tables.map((t) => t.range));
  const assignments = mergeByStart(prose, tableAssignments);
  attachAssignments(allSections, assignments, text);
  // (a cover section is a task only when some item of it carries an assignment, as in the attached document)
  const tasks = deriveTasks(text, noticeSections.length ? noticeSections.concat(sections) : sections, assignments, tables, dates);

  return {
    text,
    lineStarts,
    paragraphs,
    residue,
    notice,
    attachment,
    sections,
    noticeSections,
    allSections,
    assignments,
    tasks,
    tables,
    dates,
    docNumbers,
    continuousItemNumbering,
  };
}

/**
 * Dates and document numbers, line by line: neither spans a line break. The piece is the line with its
 * terminator, so what a match reads after its end (a suffix 前 before the line break) is as in the whole text:
 * the key is the line's text, the kind names its terminator.
 */
function datesAndDocNumbers(text: string, lineStarts: number[], lineTexts: string[], cache: AnalysisCache): { dates: DateMention[]; docNumbers: DocNumber[] } {
  const dates: DateMention[] = [];
  const docNumbers: DocNumber[] = [];
  // the line looked up (one closure for all the lookups: it runs within the call)
  let ls = 0;
  let le = 0;
  const compute = () => shiftRanges({ dates: findDates(text, ls, le), docNumbers: findDocNumbers(text, ls, le) }, -ls);
  for (let i = 0; i < lineStarts.length; i++) {
    ls = lineStarts[i];
    le = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    if (le - ls < 2) continue; // no date or number is shorter
    const line = lineTexts[i];
    const terminator = le - ls - line.length;
    const kind = terminator === 0 ? 'parse.dates-docnumbers' : terminator === 2 ? 'parse.dates-docnumbers.crlf' : text.charCodeAt(le - 1) === 10 ? 'parse.dates-docnumbers.lf' : 'parse.dates-docnumbers.cr';
    // (read in the whole text, which finds what the line alone holds: see findDates)
    const found = cache.lookup(kind, line, compute);
    if (!found.dates.length && !found.docNumbers.length) continue; // (most lines: nothing to copy)
    const v = shiftRanges(found, ls);
    const d = v.dates;
    for (let k = 0; k < d.length; k++) {
      // a period's start points at its end, the next mention (the copy made them two objects)
      if (d[k].periodEnd) d[k].periodEnd = d[k + 1];
      dates.push(d[k]);
    }
    for (const n of v.docNumbers) docNumbers.push(n);
  }
  return { dates, docNumbers };
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
