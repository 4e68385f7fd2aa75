// Task tables flattened into | rows (a header naming 序号/任务/牵头单位/责任单位/完成时限).
//
// Two or more consecutive lines with two or more `|` each, the first of them a header naming at least two of
// 序号 / 任务(措施、事项) / 牵头单位 / 责任单位 / 配合单位 / 完成时限 (with or without a leading or closing `|`;
// a markdown `---` row is skipped). Each following line of the run is a row; its lead and participant cells give an
// assignment of form 'table' (label = the header cell). A line with `|` that is not part of such a table is no table.
//
// A table pasted from Word or Excel as text, its cells separated by tabs (tabTables), is read too: consecutive lines of
// two or more tabs, the first a header of three or more short column labels with a task column and a units column.
// Blank-separated lines (spaceTables) only where the split is safe: a header of column labels starting with 序号, rows
// of exactly as many pieces numbered 1, 2, 3 ….
//
// A table pasted one cell per line (cellTables) is read too, when its rhythm is unambiguous: a header of column labels
// one per line starting with 序号 (three or more columns, a task column and a units column), then rows each starting
// with the next number. Cells closed by ` |` (a web page's table) may wrap over several lines and ` |` alone is an
// empty cell; cells without any `|` (a PDF's table) are one line each — on consecutive lines, or each a paragraph
// of its own after a blank line, as the header's are — a row is exactly as many lines as the header has columns and
// must be followed by the next number, a blank line or the end (consecutive lines) or by the next paragraph (spaced).
// The header and the columns 序号/责任单位/完成时限 are checked (labels; numbers in sequence; unit and deadline cells
// no sentences). A row breaking the rhythm (a merged cell, a wrapped cell) ends the table there; a table without a
// complete row is no table.
import type { Assignment, Range, TableRow, TaskTable, TextSpan } from '../model';
import { declaresFirstListedLead, resolveAssignment, type RawAssignment, type RawEntry } from './assignments';
import { brTagLength, isSpace, parseUnitList, type RoleKind } from './unitlist';
import { pipeCounts } from './chars';

interface Line {
  start: number;
  end: number; // without the line break
  pipes: number; // `|`
  bars: number; // `|` and `｜`
  tabs: number; // tab characters (a Word table pasted as text separates its cells by tabs)
}

function blankLine(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function linesWithPipes(text: string, lineStarts: number[], counts: { pipes: number[]; bars: number[] }): Line[] {
  const out: Line[] = [];
  const { pipes, bars } = counts;
  for (let k = 0; k < lineStarts.length; k++) {
    const s = lineStarts[k];
    let e = k + 1 < lineStarts.length ? lineStarts[k + 1] : text.length;
    while (e > s && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    out.push({ start: s, end: e, pipes: pipes[k], bars: bars[k], tabs: 0 });
  }
  // tabs per line: each found by indexOf (a native scan), the line advanced monotonically
  let li = 0;
  for (let p = text.indexOf('\t'); p >= 0; p = text.indexOf('\t', p + 1)) {
    while (li + 1 < out.length && lineStarts[li + 1] <= p) li++;
    out[li].tabs++;
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
  return { cells: cellsBetween(text, from, to, 0x7c), closed };
}

type Category = 'number' | 'task' | 'target' | 'lead' | 'responsible' | 'participant' | 'deadline';

/** A units column that also names its person: 牵头单位及责任人, 责任单位及责任人, 牵头单位/责任人, 责任单位和联系人. */
const UNITS_AND_PERSON = /^(.*(?:单位|部门|主体|股室|科室|处室|站所))[ \u3000]*(?:及|和|与|\/|／|、)[ \u3000]*(?:责任人|联系人|负责人)$/;

function categorize(cell: string): Category | undefined {
  if (/序号|编号/.test(cell)) return 'number';
  const up = UNITS_AND_PERSON.exec(cell);
  if (up) cell = up[1];
  // a person's column (牵头领导, 责任市领导, 责任人) is no units column
  if (/(领导|责任人|联系人)$/.test(cell)) return undefined;
  if (/牵头|主办|主责/.test(cell)) return 'lead';
  if (/配合|参与|协办|协同|协作/.test(cell)) return 'participant';
  if (/责任(单位|部门|主体|股室|科室|处室)|负责(单位|部门)/.test(cell)) return 'responsible';
  if (/完成时限|完成时间|时间节点|时限|完成期限|时间安排|进度安排/.test(cell)) return 'deadline';
  if (/任务|措施|事项|内容|工作|项目/.test(cell)) return 'task';
  // a goal or indicator column (2024年预期目标, 主要指标): the task column of a table of targets
  if (/目标|指标/.test(cell)) return 'target';
  return undefined;
}

/** Columns of people or remarks: never a table's task column. */
const NOT_TASK_COLUMN = /领导|责任人|联系人|备注|说明/;

const SEPARATOR_CELL = /^:?-{3,}:?$/;

interface Found {
  table: TaskTable;
  raws: RawAssignment[];
}

/** `counts`: pipeCounts(text, lineStarts), when the caller has it. */
export function findTables(
  text: string,
  lineStarts: number[],
  counts: { pipes: number[]; bars: number[] } = pipeCounts(text, lineStarts),
): { tables: TaskTable[]; assignments: Assignment[] } {
  const lines = linesWithPipes(text, lineStarts, counts);
  const found: Found[] = [];
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
      if (t) found.push(t);
    }
    k = j;
  }
  // tables written one cell per line never hold a line of two `|` (cellTables stops at one): no overlap
  const cells = cellTables(text, lines);
  // tab-separated tables hold no line of two `|` either, and no cell-per-line table holds a line of two tabs; a
  // space-separated table's lines hold neither (nor is its header one cell: no overlap with cellTables)
  const tabbed = tabTables(text, lines);
  tabbed.push(...spaceTables(text, lines));
  if (cells.length || tabbed.length) {
    found.push(...cells, ...tabbed);
    found.sort((a, b) => a.table.range.start - b.table.range.start);
  }
  const tables: TaskTable[] = [];
  const assignments: Assignment[] = [];
  let firstLeads: boolean | undefined;
  for (const t of found) {
    if (firstLeads === undefined && t.raws.length) firstLeads = declaresFirstListedLead(text);
    tables.push(t.table);
    for (const raw of t.raws) assignments.push(resolveAssignment(raw, firstLeads ?? false));
  }
  return { tables, assignments };
}

interface Columns {
  cats: (Category | undefined)[];
  columns: TaskTable['columns'];
}

function headerColumns(cells: TextSpan[]): Columns | undefined {
  const cats = cells.map((c) => categorize(c.text));
  const distinct = new Set(cats.filter((c) => c !== undefined));
  if (distinct.size < 2) return undefined;
  const idx = (c: Category): number => cats.indexOf(c);
  const leadCol = idx('lead') >= 0 ? idx('lead') : idx('responsible');
  const participantCol = idx('participant') >= 0 ? idx('participant') : idx('lead') >= 0 ? idx('responsible') : -1;
  // The task column: the last task-like column before the lead column (西安市落实措施 after 部署任务); else the
  // last goal column before it (序号|2024年预期目标|责任单位); else the first column of no category before it, not
  // a person's (整治行业|时间安排|责任单位). Never the 序号 column.
  const before = (i: number): boolean => leadCol < 0 || i < leadCol;
  let taskCol = -1;
  for (let i = 0; i < cats.length; i++) if (cats[i] === 'task' && before(i)) taskCol = i;
  if (taskCol < 0) for (let i = 0; i < cats.length; i++) if (cats[i] === 'target' && before(i)) taskCol = i;
  if (taskCol < 0 && leadCol >= 0)
    for (let i = 0; i < leadCol; i++)
      if (cats[i] === undefined && cells[i].text && !NOT_TASK_COLUMN.test(cells[i].text)) {
        taskCol = i;
        break;
      }
  return { cats, columns: { number: idx('number'), task: taskCol, lead: leadCol, participant: participantCol, deadline: idx('deadline') } };
}

/** The row's lead and participant cells as one raw assignment (none when both are empty). */
function rowAssignment(text: string, head: TextSpan[], { cats, columns }: Columns, row: TableRow): RawAssignment | undefined {
  const { lead: leadCol, participant: participantCol } = columns;
  const entries: RawEntry[] = [];
  const addEntry = (col: number): void => {
    if (col < 0) return;
    const ci = row.columns!.indexOf(col);
    if (ci < 0) return;
    const cell = row.cells[ci];
    if (!cell.text) return;
    const h = head[col];
    const cat = cats[col];
    // where the table has a 牵头单位 column, its 责任单位 column names participants, even in a row whose lead
    // cell is empty (an empty lead cell means no lead, not that the 责任单位 lead)
    const kind: RoleKind =
      cat === 'lead' ? 'lead' : cat === 'responsible' ? (col === participantCol && leadCol !== col ? 'participant' : 'responsible') : 'participant';
    const word = cat === 'lead' ? '牵头' : cat === 'responsible' ? '责任' : '参与';
    // (a column naming units and their person, 牵头单位及责任人: the person's name after the last unit is dropped)
    const end = UNITS_AND_PERSON.test(h.text) ? personCut(text, cell.start, cell.end) : cell.end;
    entries.push({ label: h, kind, word, parsed: parseUnitList(text, cell.start, end) });
  };
  addEntry(leadCol);
  addEntry(participantCol);
  if (!entries.length) return undefined;
  let start = entries[0].parsed.list.start;
  let end = entries[0].parsed.list.end;
  for (const e of entries) {
    start = Math.min(start, e.parsed.list.start);
    end = Math.max(end, e.parsed.list.end);
  }
  return { range: { start, end }, form: 'table', entries };
}

/** Characters a unit's name ends with (before a person's name in a 单位及责任人 cell). */
const UNIT_LAST = '局委办厅部院会处室所站队心团司行社组府馆校台署位门关区县市镇村）)';

/**
 * The end of the units in a 单位及责任人 cell text[a, b): before a blank (or a ／ / ： / <br>) followed by a person's name (two
 * to four Han letters, perhaps several split by 、 or blanks) that closes the cell, after a unit's ending; else b.
 */
function personCut(text: string, a: number, b: number): number {
  for (let i = a + 2; i < b; i++) {
    const c = text.charCodeAt(i);
    // (an HTML line break left in a pasted web table parts them too: 县财政局<br>张三)
    const br = brTagLength(text, i, b);
    if (!(br > 0 || isSpace(c) || c === 0xff0f || c === 0x2f || c === 0xff1a || c === 0x3a)) continue;
    if (!UNIT_LAST.includes(text[i - 1])) continue;
    let j = i + br;
    while (j < b && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 0xff0f || text.charCodeAt(j) === 0x2f || text.charCodeAt(j) === 0xff1a || text.charCodeAt(j) === 0x3a)) j++;
    if (j >= b) return i;
    // names only up to the cell's end: 张三 / 张三、李四 / 张三 李四
    let run = 0;
    let ok = true;
    for (let k = j; k < b && ok; k++) {
      const d = text.charCodeAt(k);
      if (d >= 0x4e00 && d <= 0x9fff) {
        if (++run > 4) ok = false;
      } else if (d === 0x3001 || isSpace(d)) {
        if (run === 1) ok = false;
        run = 0;
      } else ok = false;
    }
    if (ok && run !== 1 && !UNIT_LAST.includes(text[b - 1])) return i;
  }
  return b;
}

function buildTable(text: string, run: Line[]): Found | undefined {
  const head = splitCells(text, run[0]);
  const cols = headerColumns(head.cells);
  if (!cols) return undefined;
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
    const raw = rowAssignment(text, head.cells, cols, row);
    if (raw) raws.push(raw);
  }
  const last = run[run.length - 1];
  const range: Range = { start: run[0].start, end: last.end };
  return { table: { range, header, columns: cols.columns, rows }, raws };
}

// ---- tables whose cells are separated by tabs (a Word or Excel table pasted as text) ----

/** A line of a tab-separated table: two or more tabs, fewer than two `|`, something besides blanks. */
function tabLine(text: string, line: Line): boolean {
  return line.tabs >= 2 && line.pipes < 2 && !blankLine(text, line);
}

/**
 * Cells of a tab-separated line: every tab ends a cell (an empty cell is two tabs together), each cell trimmed of
 * other blanks. Blanks before the first cell and after the last (an indent, trailing tabs) make no cells.
 */
function splitTabCells(text: string, line: Line): TextSpan[] {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return cellsBetween(text, s, e, 0x09);
}

/** The cells of text[from, to) between separators (| or a tab), each trimmed of blanks. */
function cellsBetween(text: string, from: number, to: number, separator: number): TextSpan[] {
  const cells: TextSpan[] = [];
  let cs = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === separator) {
      let a = cs;
      let b = i;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      cells.push({ start: a, end: b, text: text.slice(a, b) });
      cs = i + 1;
    }
  }
  return cells;
}

/**
 * Runs of consecutive tab-separated lines whose first line is a header of three or more column labels with a task
 * column and a units column (序号⇥重点任务⇥牵头单位⇥责任单位⇥完成时限). Each following line of the run is a row;
 * its cells fill the columns from the left (a row short of cells lost its empty trailing ones). A row with more
 * cells than the header, or a run with no row, is no table.
 */
function tabTables(text: string, lines: Line[]): Found[] {
  const out: Found[] = [];
  let k = 0;
  while (k < lines.length) {
    if (!tabLine(text, lines[k])) {
      k++;
      continue;
    }
    let j = k;
    while (j < lines.length && tabLine(text, lines[j])) j++;
    const t = j - k >= 2 ? tabTable(text, lines, k, j) : undefined;
    if (t) out.push(t);
    k = j;
  }
  return out;
}

function tabTable(text: string, lines: Line[], k: number, j: number): Found | undefined {
  const head = splitTabCells(text, lines[k]);
  if (head.length < 3 || head.some((c) => !c.text || c.text.length > 12)) return undefined;
  const cols = headerColumns(head);
  if (!cols || cols.columns.task < 0 || cols.columns.lead < 0) return undefined;
  const header: TableRow = { range: { start: lines[k].start, end: lines[k].end }, cells: head, columns: head.map((_, i) => i) };
  const rows: TableRow[] = [];
  const raws: RawAssignment[] = [];
  for (let r = k + 1; r < j; r++) {
    const cells = splitTabCells(text, lines[r]);
    if (cells.length > head.length) break;
    const row: TableRow = { range: { start: lines[r].start, end: lines[r].end }, cells, columns: cells.map((_, i) => i) };
    rows.push(row);
    const raw = rowAssignment(text, head, cols, row);
    if (raw) raws.push(raw);
  }
  if (!rows.length) return undefined;
  const range: Range = { start: lines[k].start, end: rows[rows.length - 1].range.end };
  return { table: { range, header, columns: cols.columns, rows }, raws };
}

// ---- tables whose cells are separated by blanks (a table pasted as text that lost its tabs) ----

/** Cells of a line split at blank runs (spaces, U+3000, NBSP), or undefined when the line is long. */
function splitBlankCells(text: string, line: Line, max: number): TextSpan[] | undefined {
  if (line.end - line.start > max) return undefined;
  const cells: TextSpan[] = [];
  let i = line.start;
  for (;;) {
    while (i < line.end && isSpace(text.charCodeAt(i))) i++;
    if (i >= line.end) break;
    const a = i;
    while (i < line.end && !isSpace(text.charCodeAt(i))) i++;
    cells.push({ start: a, end: i, text: text.slice(a, i) });
  }
  return cells;
}

/** Longest line read as a blank-separated header or row. */
const MAX_BLANK_ROW = 160;

/**
 * Blank-separated tables, read only where the split is safe: a header line of three or more column labels, 序号 first,
 * with a task column and a units column (序号 重点任务 牵头单位 责任单位 完成时限), then rows on the following lines,
 * each exactly as many blank-separated pieces as the header has labels, its first the next number (1, 2, 3 …) and
 * its unit and deadline cells no sentences. A row whose text has a blank of its own (so one piece more) ends the
 * table; a header without a complete row is no table. Only lines starting with 序号/编号 are tried as headers.
 */
function spaceTables(text: string, lines: Line[]): Found[] {
  const out: Found[] = [];
  const plain = (l: Line): boolean => l.tabs < 2 && l.bars === 0;
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    let s = line.start;
    while (s < line.end && isSpace(text.charCodeAt(s))) s++;
    if (!plain(line) || !isNumberLabel(text, s, Math.min(line.end, s + 2))) {
      k++;
      continue;
    }
    const head = splitBlankCells(text, line, MAX_BLANK_ROW);
    const cols = head && head.length >= 3 && head.every((c) => COLUMN_LABEL.test(c.text)) ? cellHeader(head) : undefined;
    if (!head || !cols || head.slice(1).some((c) => categorize(c.text) === 'number')) {
      k++;
      continue;
    }
    const rows: TableRow[] = [];
    let expect = -1;
    let j = k + 1;
    for (; j < lines.length && plain(lines[j]); j++) {
      const cells = splitBlankCells(text, lines[j], MAX_BLANK_ROW);
      if (!cells || cells.length !== head.length) break;
      const num = rowNumber(text, cells[0].start, cells[0].end);
      if (num === undefined || (expect >= 0 ? num !== expect : num !== 1) || !plausibleRow(cells, cols)) break;
      rows.push({ range: { start: lines[j].start, end: lines[j].end }, cells, columns: cells.map((_, i) => i) });
      expect = num + 1;
    }
    if (rows.length) {
      const header: TableRow = { range: { start: line.start, end: line.end }, cells: head, columns: head.map((_, i) => i) };
      const raws: RawAssignment[] = [];
      for (const row of rows) {
        const raw = rowAssignment(text, head, cols, row);
        if (raw) raws.push(raw);
      }
      out.push({ table: { range: { start: line.start, end: rows[rows.length - 1].range.end }, header, columns: cols.columns, rows }, raws });
    }
    k = Math.max(k + 1, j);
  }
  return out;
}

// ---- tables written one cell per line ----

/**
 * A column label: a few Han letters ending in a column word, maybe with a parenthesised note (责任股室（单位）);
 * two roles joined make a longer one (责任主体与协同单位, 责任单位及协同单位), and 责任主体 ends in 主体.
 */
const COLUMN_LABEL =
  /^(?:[0-9]{4}年度?)?[\u4e00-\u9fff]{0,8}(?:序号|编号|任务|工作|措施|举措|事项|内容|名称|单位|部门|主体|股室|科室|处室|时限|时间|节点|期限|领导|责任人|备注|指标|目标|要求|情况|类别|分类)(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?$/;
/** The second line of a wrapped header cell: （单位）. */
const LABEL_NOTE = /^[（(][\u4e00-\u9fff、]{1,6}[）)]$/;
/** A 序号 cell: 1, 1., 1、 */
const ROW_NUMBER = /^([0-9]{1,3})[.．、]?$/;
const MAX_COLUMNS = 16;
/** Lines one `|`-closed cell may wrap over. */
const MAX_CELL_LINES = 12;

const isBar = (c: number): boolean => c === 0x7c || c === 0xff5c;

/** The line's content, trimmed, without its closing `|` (closed: it had one and no other). */
function lineCell(text: string, line: Line): { start: number; end: number; closed: boolean } {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  const closed = line.bars === 1 && e > s && isBar(text.charCodeAt(e - 1));
  if (closed) {
    const bar = --e;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e === s) s = e = bar; // an empty cell: where its text would be
  }
  return { start: s, end: e, closed };
}

/** The text of [s, e) without blanks and line breaks (a wrapped label read as one), or undefined when long. */
function compact(text: string, s: number, e: number): string | undefined {
  if (e - s > 24) return undefined;
  let out = '';
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) out += text[i];
  }
  return out;
}

function rowNumber(text: string, s: number, e: number): number | undefined {
  if (e - s > 4) return undefined;
  const m = ROW_NUMBER.exec(text.slice(s, e));
  return m ? Number(m[1]) : undefined;
}

function isNumberLabel(text: string, s: number, e: number): boolean {
  return e - s === 2 && (text.startsWith('序号', s) || text.startsWith('编号', s));
}

/** Tables written one cell per line (see the head of this file), in document order. */
function cellTables(text: string, lines: Line[]): Found[] {
  const out: Found[] = [];
  let k = 0;
  while (k < lines.length) {
    const line = lines[k];
    // a header starts with 序号 (or 编号), alone on its line or closed by `|`
    if (line.bars <= 1 && line.end - line.start <= 12) {
      const c = lineCell(text, line);
      if (isNumberLabel(text, c.start, c.end) && (c.closed || line.bars === 0)) {
        const t = c.closed ? pipedTable(text, lines, k) : bareTable(text, lines, k);
        if (t) {
          out.push(t.found);
          k = t.next;
          continue;
        }
      }
    }
    k++;
  }
  return out;
}

interface Cell extends TextSpan {
  /** The line after the cell's last line. */
  next: number;
}

/** One `|`-closed cell starting at line k: its lines (none blank) up to one closed by `|`. */
function pipedCell(text: string, lines: Line[], k: number): Cell | undefined {
  let start = -1;
  for (let j = k; j < lines.length && j < k + MAX_CELL_LINES; j++) {
    const line = lines[j];
    if (line.bars > 1 || blankLine(text, line)) return undefined;
    const c = lineCell(text, line);
    if (start < 0) start = c.start;
    if (line.bars === 1) {
      // (a wrapped cell never ends in the 序号 of a table's header: that line starts a table)
      if (!c.closed || (j > k && isNumberLabel(text, c.start, c.end))) return undefined;
      return { start, end: c.end, text: text.slice(start, c.end), next: j + 1 };
    }
  }
  return undefined;
}

function skipBlank(text: string, lines: Line[], j: number): number {
  while (j < lines.length && blankLine(text, lines[j])) j++;
  return j;
}

/** A table whose every cell is closed by ` |`, its 序号 header cell on line k. */
function pipedTable(text: string, lines: Line[], k: number): { found: Found; next: number } | undefined {
  const head: TextSpan[] = [];
  let j = k;
  for (;;) {
    const c = pipedCell(text, lines, j);
    if (!c || head.length >= MAX_COLUMNS) break;
    const w = compact(text, c.start, c.end);
    if (w === undefined || !COLUMN_LABEL.test(w) || (head.length > 0 && categorize(w) === 'number')) break;
    head.push({ start: c.start, end: c.end, text: c.text });
    j = c.next;
  }
  const cols = cellHeader(head);
  if (!cols) return undefined;
  const rows: TableRow[] = [];
  let expect = -1;
  let next = j;
  for (;;) {
    const p0 = skipBlank(text, lines, next);
    const first = p0 < lines.length ? pipedCell(text, lines, p0) : undefined;
    // (the 序号 cell stands on one line)
    if (!first || first.next !== p0 + 1) break;
    const num = rowNumber(text, first.start, first.end);
    if (num === undefined || (expect >= 0 && num !== expect)) break;
    const cells: TextSpan[] = [{ start: first.start, end: first.end, text: first.text }];
    let p = first.next;
    while (cells.length < head.length) {
      const c = pipedCell(text, lines, p);
      if (!c) break;
      cells.push({ start: c.start, end: c.end, text: c.text });
      p = c.next;
    }
    if (cells.length < head.length) break;
    rows.push({ range: { start: lines[p0].start, end: lines[p - 1].end }, cells, columns: cells.map((_, i) => i) });
    expect = num + 1;
    next = p;
  }
  if (!rows.length) return undefined;
  return { found: cellFound(text, lines, k, head, cols, rows), next };
}

/**
 * A table without `|`, one cell per line, its 序号 header cell on line k. Its cells stand on consecutive lines, or
 * (a page whose every cell became a paragraph) each after one or two blank lines, as the header's do; a line right
 * after a cell in the spaced layout is that cell wrapped: the rhythm is broken.
 */
function bareTable(text: string, lines: Line[], k: number): { found: Found; next: number } | undefined {
  const L = lines.length;
  const cellAt = (q: number): TextSpan => {
    const c = lineCell(text, lines[q]);
    return { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
  };
  const head: TextSpan[] = [cellAt(k)];
  let spaced: boolean | undefined;
  let j = k + 1;
  for (;;) {
    const q = skipBlank(text, lines, j);
    const gap = q - j;
    if (q >= L || lines[q].bars > 0 || lines[q].end - lines[q].start > 24) break;
    const c = cellAt(q);
    if (gap === 0 && LABEL_NOTE.test(c.text)) {
      const h = head[head.length - 1];
      h.end = c.end;
      h.text = text.slice(h.start, h.end);
      j = q + 1;
      continue;
    }
    if (!COLUMN_LABEL.test(c.text) || head.length >= MAX_COLUMNS || categorize(c.text) === 'number') break;
    if (gap > 2 || (spaced !== undefined && spaced !== gap > 0)) break;
    spaced = gap > 0;
    head.push(c);
    j = q + 1;
  }
  const cols = cellHeader(head);
  if (!cols) return undefined;
  const n = head.length;
  const rows: TableRow[] = [];
  let expect = -1;
  let next = j;
  for (;;) {
    const p = skipBlank(text, lines, next);
    if (p >= L || lines[p].bars > 0) break;
    const c0 = cellAt(p);
    const num = rowNumber(text, c0.start, c0.end);
    if (num === undefined || (expect >= 0 && num !== expect)) break;
    const cells: TextSpan[] = [c0];
    let q = p + 1;
    while (cells.length < n) {
      const r = skipBlank(text, lines, q);
      const gap = r - q;
      if (r >= L || lines[r].bars > 0 || (spaced ? gap < 1 || gap > 2 : gap !== 0)) break;
      cells.push(cellAt(r));
      q = r + 1;
    }
    if (cells.length < n || !plausibleRow(cells, cols)) break;
    // a row short of a cell takes the next row's number as its last cell
    if (rowNumber(text, cells[n - 1].start, cells[n - 1].end) === num + 1) break;
    // the row is followed by the next row's number, or by the end, a blank line (consecutive cells) or the next
    // paragraph (spaced cells): else the line after it may be its last cell wrapped
    const r = skipBlank(text, lines, q);
    if (r < L && r === q) {
      const a = lineCell(text, lines[r]);
      if (spaced || lines[r].bars > 0 || rowNumber(text, a.start, a.end) !== num + 1) break;
    }
    rows.push({ range: { start: lines[p].start, end: lines[q - 1].end }, cells, columns: cells.map((_, i) => i) });
    expect = num + 1;
    next = q;
  }
  if (!rows.length) return undefined;
  return { found: cellFound(text, lines, k, head, cols, rows), next };
}

/**
 * The cells of a row read by counting lines fit their columns: a unit cell is no sentence (ends without 。！？), a
 * deadline cell is short and no sentence.
 */
function plausibleRow(cells: TextSpan[], { cats }: Columns): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cat = cats[i];
    if (cat !== 'lead' && cat !== 'responsible' && cat !== 'participant' && cat !== 'deadline') continue;
    const t = cells[i].text;
    if ('。！？!?；;'.includes(t.charAt(t.length - 1))) return false;
    if (cat === 'deadline' && t.length > 20) return false;
  }
  return true;
}

/** Header columns of a cell-per-line table: three or more, 序号 first, a task column and a units column. */
function cellHeader(head: TextSpan[]): Columns | undefined {
  if (head.length < 3) return undefined;
  const cols = headerColumns(head);
  if (!cols) return undefined;
  const c = cols.columns;
  if (c.number !== 0 || c.task < 0 || c.lead < 0) return undefined;
  return cols;
}

function cellFound(text: string, lines: Line[], k: number, head: TextSpan[], cols: Columns, rows: TableRow[]): Found {
  const last = head[head.length - 1];
  let he = k;
  while (he + 1 < lines.length && lines[he + 1].start <= last.end) he++;
  const header: TableRow = { range: { start: lines[k].start, end: lines[he].end }, cells: head, columns: head.map((_, i) => i) };
  const raws: RawAssignment[] = [];
  for (const row of rows) {
    const raw = rowAssignment(text, head, cols, row);
    if (raw) raws.push(raw);
  }
  const range: Range = { start: lines[k].start, end: rows[rows.length - 1].range.end };
  return { table: { range, header, columns: cols.columns, rows }, raws };
}
