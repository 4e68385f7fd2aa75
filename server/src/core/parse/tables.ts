// Task tables flattened into | rows (a header naming 序号/任务/牵头单位/责任单位/完成时限).
//
// Two or more consecutive lines with two or more `|` each, the first of them a header naming at least two of
// 序号 / 任务(措施、事项) / 牵头单位 / 责任单位 / 配合单位 / 完成时限 (with or without a leading or closing `|`;
// a markdown `---` row is skipped). Each following line of the run is a row; its lead and participant cells give an
// assignment of form 'table' (label = the header cell). A line with `|` that is not part of such a table is no table.
import type { Assignment, Range, TableRow, TaskTable, TextSpan } from '../model';
import { declaresFirstListedLead, resolveAssignment, type RawAssignment, type RawEntry } from './assignments';
import { isSpace, parseUnitList, type RoleKind } from './unitlist';

interface Line {
  start: number;
  end: number; // without the line break
  pipes: number;
}

function blankLine(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function linesWithPipes(text: string, lineStarts: number[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lineStarts.length; k++) {
    const s = lineStarts[k];
    let e = k + 1 < lineStarts.length ? lineStarts[k + 1] : text.length;
    while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    let pipes = 0;
    for (let i = s; i < e; i++) if (text.charCodeAt(i) === 0x7c) pipes++;
    out.push({ start: s, end: e, pipes });
  }
  return out;
}

/** Cells of one line, trimmed; a leading `|` and a closing `|` do not make cells. */
function splitCells(text: string, line: Line): { cells: TextSpan[]; closed: boolean } {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  const open = text.charCodeAt(s) === 0x7c;
  const closed = e > s && text.charCodeAt(e - 1) === 0x7c;
  const from = open ? s + 1 : s;
  const to = closed && e - 1 >= from ? e - 1 : e;
  const cells: TextSpan[] = [];
  let cs = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 0x7c) {
      let a = cs;
      let b = i;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      cells.push({ start: a, end: b, text: text.slice(a, b) });
      cs = i + 1;
    }
  }
  return { cells, closed };
}

type Category = 'number' | 'task' | 'lead' | 'responsible' | 'participant' | 'deadline';

function categorize(cell: string): Category | undefined {
  if (/序号|编号/.test(cell)) return 'number';
  if (/牵头|主办|主责/.test(cell)) return 'lead';
  if (/配合|参与|协办|协同/.test(cell)) return 'participant';
  if (/责任(单位|部门|主体)|负责(单位|部门)/.test(cell)) return 'responsible';
  if (/完成时限|完成时间|时间节点|时限|完成期限/.test(cell)) return 'deadline';
  if (/任务|措施|事项|内容|工作|项目/.test(cell)) return 'task';
  return undefined;
}

const SEPARATOR_CELL = /^:?-{3,}:?$/;

export function findTables(text: string, lineStarts: number[]): { tables: TaskTable[]; assignments: Assignment[] } {
  const lines = linesWithPipes(text, lineStarts);
  const tables: TaskTable[] = [];
  const assignments: Assignment[] = [];
  let firstLeads: boolean | undefined;
  let k = 0;
  while (k < lines.length) {
    if (lines[k].pipes < 2) {
      k++;
      continue;
    }
    let j = k;
    // Blank lines between rows (a scraped page's table often has them) do not end the run.
    const run: Line[] = [];
    for (;;) {
      while (j < lines.length && lines[j].pipes >= 2) run.push(lines[j++]);
      let b = j;
      while (b < lines.length && blankLine(text, lines[b])) b++;
      if (b === j || b >= lines.length || lines[b].pipes < 2) break;
      j = b;
    }
    // run: the pipe lines of lines[k, j).
    if (run.length >= 2) {
      const t = buildTable(text, run);
      if (t) {
        if (firstLeads === undefined) firstLeads = declaresFirstListedLead(text);
        tables.push(t.table);
        for (const raw of t.raws) assignments.push(resolveAssignment(raw, firstLeads));
      }
    }
    k = j;
  }
  return { tables, assignments };
}

function buildTable(text: string, run: Line[]): { table: TaskTable; raws: RawAssignment[] } | undefined {
  const head = splitCells(text, run[0]);
  const cats = head.cells.map((c) => categorize(c.text));
  const distinct = new Set(cats.filter((c) => c !== undefined));
  if (distinct.size < 2) return undefined;
  const idx = (c: Category, last = false): number => (last ? cats.lastIndexOf(c) : cats.indexOf(c));
  const leadCol = idx('lead') >= 0 ? idx('lead') : idx('responsible');
  const participantCol = idx('participant') >= 0 ? idx('participant') : idx('lead') >= 0 ? idx('responsible') : -1;
  // The task column: the last task-like column before the lead column (西安市落实措施 after 部署任务).
  let taskCol = -1;
  for (let i = 0; i < cats.length; i++) if (cats[i] === 'task' && (leadCol < 0 || i < leadCol)) taskCol = i;
  const columns = { number: idx('number'), task: taskCol, lead: leadCol, participant: participantCol, deadline: idx('deadline') };
  const header: TableRow = { range: { start: run[0].start, end: run[0].end }, cells: head.cells, columns: head.cells.map((_, i) => i) };
  const rows: TableRow[] = [];
  const raws: RawAssignment[] = [];
  const n = head.cells.length;
  for (let r = 1; r < run.length; r++) {
    const { cells, closed } = splitCells(text, run[r]);
    if (cells.every((c) => SEPARATOR_CELL.test(c.text))) continue;
    let shift = Math.max(0, n - cells.length);
    if (shift > 0 && head.closed && !closed) shift = Math.max(0, shift - 1);
    const row: TableRow = { range: { start: run[r].start, end: run[r].end }, cells, columns: cells.map((_, i) => i + shift) };
    rows.push(row);
    const entries: RawEntry[] = [];
    const addEntry = (col: number): void => {
      if (col < 0) return;
      const ci = row.columns!.indexOf(col);
      if (ci < 0) return;
      const cell = cells[ci];
      if (!cell.text) return;
      const h = head.cells[col];
      const cat = cats[col];
      // where the table has a 牵头单位 column, its 责任单位 column names participants, even in a row whose lead
      // cell is empty (an empty lead cell means no lead, not that the 责任单位 lead)
      const kind: RoleKind =
        cat === 'lead' ? 'lead' : cat === 'responsible' ? (col === participantCol && leadCol !== col ? 'participant' : 'responsible') : 'participant';
      const word = cat === 'lead' ? '牵头' : cat === 'responsible' ? '责任' : '参与';
      entries.push({ label: h, kind, word, parsed: parseUnitList(text, cell.start, cell.end) });
    };
    addEntry(leadCol);
    addEntry(participantCol);
    if (entries.length) {
      const start = Math.min(...entries.map((e) => e.parsed.list.start));
      const end = Math.max(...entries.map((e) => e.parsed.list.end));
      raws.push({ range: { start, end }, form: 'table', entries });
    }
  }
  const last = run[run.length - 1];
  const range: Range = { start: run[0].start, end: last.end };
  return { table: { range, header, columns, rows }, raws };
}
