// `|` left over from a scraped web table: on an otherwise empty line, or trailing prose.
import type { Range } from '../../model';
import type { Rule } from '../../rule';
import { deletionRange, isBlank } from '../shared/text';

interface PipeRun extends Range {
  /** Nothing but | and blanks on the line. */
  wholeLine: boolean;
  /** Index of the line in the text (for grouping consecutive lines). */
  line: number;
}

/**
 * Lines made only of | and blanks, and | runs at the end of a prose line, outside task tables. Each line
 * is read backwards from its end (the model's line starts) only while it shows blanks and |.
 */
function findPipeRuns(text: string, lineStarts: number[], tables: Range[]): PipeRun[] {
  const runs: PipeRun[] = [];
  let tableIndex = 0;
  const lines = lineStarts.length;
  for (let line = 0; line < lines; line++) {
    const lineStart = lineStarts[line];
    let lineEnd = line + 1 < lines ? lineStarts[line + 1] : text.length;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    // most lines end in prose: nothing to do
    const last = lineEnd > lineStart ? text.charCodeAt(lineEnd - 1) : 0;
    if (last !== 124 && last !== 0xff5c && !isBlank(last)) continue;
    while (tableIndex < tables.length && tables[tableIndex].end <= lineStart) tableIndex++;
    const inTable = tableIndex < tables.length && tables[tableIndex].start < lineEnd && tables[tableIndex].end > lineStart;
    if (inTable) continue;
    let s = lineEnd;
    let pipes = 0;
    while (s > lineStart) {
      const c = text.charCodeAt(s - 1);
      if (c === 124 || c === 0xff5c) pipes++;
      else if (!isBlank(c)) break;
      s--;
    }
    const wholeLine = s === lineStart;
    // a | glued to a word may be content; a residue | stands apart from the prose
    if (pipes > 0 && (wholeLine || isBlank(text.charCodeAt(s)))) {
      while (isBlank(text.charCodeAt(s))) s++;
      let e = lineEnd;
      while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
      runs.push({ start: s, end: e, wholeLine, line });
    }
  }
  return runs;
}

export const strayTablePipe: Rule = {
  id: 'stray-table-pipe',
  defaultSeverity: 'warning',
  owner: 'residue',
  description: {
    zh: '网页表格残留的竖线“|”（独占一行或附在文字末尾）。',
    en: 'A `|` left from a web table, alone on a line or trailing prose.',
  },
  check(ctx) {
    const { text } = ctx.doc;
    // runs inside other residue belong to stray-web-residue (the seed's trailing “作者: 信息来源: |”), and so do runs
    // between two other nodes of one residue block (a page's `• |` line among its image names): that rule's finding
    // spans the block and its fix deletes them
    // (runs come in text order: a span holds a run when, of the spans starting at or before it, one reaches its end)
    const spans = new Map<number, { start: number; end: number }>();
    for (const n of ctx.doc.residue) {
      if (n.kind === 'pipe') continue;
      const sp = spans.get(n.block);
      if (sp) {
        sp.start = Math.min(sp.start, n.start);
        sp.end = Math.max(sp.end, n.end);
      } else spans.set(n.block, { start: n.start, end: n.end });
    }
    const otherResidue = [...spans.values()].sort((a, b) => a.start - b.start);
    let next = 0;
    let reach = -1;
    const runs = findPipeRuns(text, ctx.doc.lineStarts, ctx.doc.tables.map((t) => t.range)).filter((r) => {
      for (; next < otherResidue.length && otherResidue[next].start <= r.start; next++) reach = Math.max(reach, otherResidue[next].end);
      return reach < r.end;
    });
    // pipe-only lines that follow one another form one finding
    const groups: PipeRun[][] = [];
    for (const run of runs) {
      const prev = groups[groups.length - 1];
      const last = prev?.[prev.length - 1];
      if (last && last.wholeLine && run.wholeLine && run.line === last.line + 1) prev.push(run);
      else groups.push([run]);
    }
    for (const group of groups) {
      const start = group[0].start;
      const end = group[group.length - 1].end;
      const lines = group.length;
      ctx.report({
        range: { start, end },
        message: group[0].wholeLine
          ? {
              zh: lines > 1 ? `这 ${lines} 行只有竖线“|”，是网页表格的残留，应删除。` : '此行只有竖线“|”，是网页表格的残留，应删除。',
              en: lines > 1 ? `These ${lines} lines hold only "|", left from a web table; delete them.` : 'This line holds only "|", left from a web table; delete it.',
            }
          : { zh: '文字末尾的竖线“|”是网页表格的残留，应删除。', en: 'The "|" after this text is left from a web table; delete it.' },
        tags: ['unnecessary'],
        fixes: [
          {
            title: { zh: '删除竖线', en: 'Delete the "|"' },
            edits: [{ range: deletionRange(text, start, end), newText: '' }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};
