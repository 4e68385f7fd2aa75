// `gongwen tasks FILE [--format md|csv|json]`: the task table (任务分解表) of one notice.
// md: a GitHub table; csv: UTF-8 with a BOM, RFC 4180 quoting, CRLF rows (opens in Excel/WPS);
// json: [{path, task, leads, participants, deadline?, range}] with 0-based line/character ranges
// (UTF-16 columns, in the file as read, BOM included) — the rows gongwen/taskTable returns.
import { parse } from '../core/parse';
import { stripBom } from '../core/analyze';
import type { GongwenConfig } from '../core/config';
import { renderTaskTable, taskTableRows, type TaskTableFormat, type TaskTableRow } from '../core/features/taskTable';
import { localize, type Locale } from '../core/rule';
import { analyzeDocument, utf8Length } from '../lsp/analysis';
import { Mapper } from '../lsp/convert';

export interface TasksOutput {
  out: string;
  /** A message for stderr (the file was too large to analyse: the table is empty). */
  err?: string;
}

/** The table of a decoded file's text (as read, BOM included) in the given format. */
export function tasksOutput(text: string, config: GongwenConfig, format: TaskTableFormat, locale: Locale): TasksOutput {
  let rows: TaskTableRow[] = [];
  let err: string | undefined;
  if (config.maxFileSize > 0 && utf8Length(text) > config.maxFileSize) {
    const r = analyzeDocument(text, config);
    err = localize(r.findings[0].message, locale);
  } else rows = taskTableRows(parse(stripBom(text)));
  const m = new Mapper(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const out = renderTaskTable(rows, format, { locale, position: (o) => m.position(o) });
  return err === undefined ? { out } : { out, err };
}
