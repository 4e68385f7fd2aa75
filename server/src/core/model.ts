// The document model: what a notice is made of. Pure data, no LSP types.
// Every range is a pair of UTF-16 offsets into the analysed text (BOM already dropped),
// end exclusive — the same units LSP positions use, so adapters only map offsets to lines.

export interface Range {
  start: number;
  end: number;
}

export interface TextSpan extends Range {
  text: string;
}

/** Structural levels of GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）, plus ① below. */
export type SectionLevel = 1 | 2 | 3 | 4 | 5;

export interface Marker extends TextSpan {
  level: SectionLevel;
  /** Numeric value: 一 → 1, 二十三 → 23, ⑴ → 1. */
  ordinal: number;
  /**
   * The marker's shape with the number replaced by N, e.g. 'N、' (一、), '（N）', '(N)', 'N.', 'N．',
   * 'N、' for 1、, '⒈' style Word characters as 'word-dot' / 'word-paren' / 'circled'.
   * Canonical forms: level 1 'N、', level 2 '（N）', level 3 'N.' or 'N．', level 4 '（N）', level 5 'circled'.
   * The parser also counts '(N)' (and mixed '（N)') as canonical: bracket width is punct-half-width's business,
   * mixing （一） with (一) in one document is numbering-style's. A wrong trailing mark is kept in the marker and
   * the form: '（N）、' '（N）.'; full-width digits (１．) are canonical: false with fullWidthDigits: true.
   */
  form: string;
  canonical: boolean;
  /** Digits written full-width (１．). */
  fullWidthDigits: boolean;
}

export interface Section {
  level: SectionLevel;
  ordinal: number;
  marker: Marker;
  /** Heading text after the marker, up to the first 。；？！：, end of line or next marker. */
  title: TextSpan;
  /** Marker through the end of the heading's first sentence/line. */
  heading: Range;
  /** The whole section: marker to the start of the next sibling-or-ancestor, or end of its container. */
  range: Range;
  /** True when the marker starts a line or a paragraph (including a collapsed-layout paragraph). */
  startsParagraph: boolean;
  /** Title ends its own paragraph (a heading on its own line). */
  headingOwnParagraph: boolean;
  children: Section[];
  /** Index path from the root of its tree (doc.sections, or doc.noticeSections for the notice's own body), e.g. [1, 0, 2]. */
  path: number[];
  /** Assignments that belong to this section's own text (not its children's). */
  assignments: Assignment[];
}

export type AssignmentRole = 'lead' | 'participant';

export interface UnitRef extends TextSpan {
  role: AssignmentRole;
}

export interface AssignmentEntry {
  /** The label as written, e.g. 牵头单位 / 参与部门 / 责任单位; absent in '（X牵头）' forms. */
  label?: TextSpan;
  /** The colon after the label, if any (：or :). */
  colon?: TextSpan;
  role: AssignmentRole;
  /** The unit list text (without label and closing punctuation). */
  list: TextSpan;
  units: UnitRef[];
  /** 分别牵头 / 分别负责 / 共同牵头 closing the list (every unit before it leads). */
  respectively?: TextSpan;
  /** Bracketed remarks in the list that are not units, e.g. （除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）. */
  remarks?: Range[];
}

export type AssignmentForm = 'sentence' | 'paren' | 'line' | 'table';

export interface Assignment {
  range: Range;
  form: AssignmentForm;
  entries: AssignmentEntry[];
}

export interface Task {
  /** Number path such as 二、（一）3. (markers as written); empty for a table row without numbers. */
  path: string;
  /** The section this task is (or lies in), if any. */
  section?: Section;
  /** The task's own text (for a prose task: up to its assignment note). */
  range: Range;
  /** Heading or first sentence, for tables and views. */
  label: string;
  assignments: Assignment[];
  leads: UnitRef[];
  participants: UnitRef[];
  /** True when the lead comes from an enclosing item. */
  leadInherited: boolean;
  deadline?: DateMention;
  /** When one item holds several tasks (several closing notes in its prose): 1-based position within the item. */
  part?: number;
  /** The table row this task is, for table tasks. */
  row?: TableRow;
}

export type ResidueKind =
  | 'breadcrumb'
  | 'field' // 发布日期 / 信息来源 / 浏览次数 / 作者 …
  | 'pipe' // lines or runs of |
  | 'page-ui' // 打印本页 / 关闭窗口 / 字号：大 中 小 / 分享到 …
  | 'metadata-table'; // gov.cn 索引号/主题分类 header block

export interface ResidueNode extends Range {
  /**
   * A field node holds a run of fields on one line (发布时间：… 来源：… 点击数：…) and any pipes that follow
   * them (`作者: 信息来源: |`); a pipe run ending a line includes the spaces before it (` | |`).
   * Ranges never include the line terminator; a whole-line node starts after its indentation.
   */
  kind: ResidueKind;
  /** Residue nodes next to each other (only whitespace between) share a block number. */
  block: number;
  /** The node covers its line's whole text (only indentation outside it): delete the line with its terminator. */
  wholeLines: boolean;
}

export type DateStyle = 'iso' | 'arabic' | 'chinese' | 'dotted' | 'slash';

export interface DateMention extends TextSpan {
  style: DateStyle;
  year?: number;
  month?: number;
  day?: number;
  /** Offsets of zero characters in a Chinese-numeral year/number that are not 〇 (○ ◯ O o Ｏ 0 ０ 零). */
  wrongZeros: Range[];
  /** 底 / 末 / 前 / 上旬 … qualifiers right after the date. */
  suffix?: TextSpan;
  /** Year written with two digits (12年7月1日): `year` holds the full year (2012). */
  shortYear?: boolean;
  /**
   * For the start of a period (2009-2011年, 2009年—2011年, 2011—2009年): the period's end. The end is also listed
   * on its own in GongwenDocument.dates (with `periodStart` true). A start written without 年 (the 2009 of 2009-2011年)
   * is a mention too, style 'arabic', year only.
   */
  periodEnd?: DateMention;
  /** This mention is the end of a period whose start precedes it. */
  periodStart?: boolean;
}

export interface DocNumber extends TextSpan {
  /** 嘉政发 */
  issuer: string;
  year: number;
  /** The brackets and year, e.g. 〔2009〕. */
  yearPart: TextSpan;
  /** The number, e.g. 61. */
  number: TextSpan;
  /** True when the year stands in 〔〕. */
  canonicalBrackets: boolean;
  /** 第 before the number (第61号). */
  hasDi?: boolean;
  /** The number starts with 0 (061号). */
  leadingZero?: boolean;
}

export interface TableRow {
  range: Range;
  /** Cells as written, trimmed (an empty cell is an empty span where its text would be). */
  cells: TextSpan[];
  /**
   * Header column index of each cell. A row with fewer cells than the header lacks its leading (merged) cells, so
   * its cells align to the right; a last row cut short (no closing | where the header has one) aligns one further left.
   */
  columns?: number[];
}

export interface TaskTable {
  range: Range;
  header: TableRow;
  /** Column index by role, -1 when absent. */
  columns: { number: number; task: number; lead: number; participant: number; deadline: number };
  rows: TableRow[];
}

export interface Paragraph extends Range {
  /** True when the paragraph was split out of a longer line (collapsed layout). */
  collapsed: boolean;
}

export interface NoticeParts {
  docNumber?: DocNumber;
  /** The notice's title (may span two lines; text has the line break removed). */
  title?: TextSpan;
  /** 关于印发X的通知 → X; 转发/批转 recorded as kind. */
  kind?: 'issue' | 'forward' | 'other';
  /** Document(s) named in the title, e.g. ['嘉兴市推进服务业发展工作方案']. */
  titledDocuments: string[];
  /** The 主送机关 paragraph as written (colon included); units split at 、，, (brackets kept inside a unit;
   *  role is always 'participant' — it means nothing here). */
  addressee?: TextSpan & { units: UnitRef[] };
  body?: Range;
  /** 《X》 cited in the notice's body: the outermost 书名号 pair, brackets included (text '《X》'). */
  citedTitles: TextSpan[];
  signatures: TextSpan[];
  signDate?: DateMention;
  notes: TextSpan[];
  attachmentNote?: TextSpan;
  cc?: TextSpan;
  printer?: TextSpan;
  printDate?: DateMention;
}

export interface AttachedDocument {
  /** May span two lines (text joined without the break), including a bracketed qualifier such as （2022—2025年）. */
  title: TextSpan;
  preamble?: Range;
  range: Range;
}

export interface GongwenDocument {
  text: string;
  /** Offsets where each line starts (line 0 starts at 0). */
  lineStarts: number[];
  paragraphs: Paragraph[];
  residue: ResidueNode[];
  notice: NoticeParts;
  attachment?: AttachedDocument;
  /** Top-level sections (of the attached document when there is one, else of the body). */
  sections: Section[];
  /**
   * With an attached document: the top-level sections of the notice's own body (the cover letter's 一、二、 before
   * the 署名), a second tree; [] otherwise (and when the body has none). Their paths start from this list.
   */
  noticeSections: Section[];
  /** Every section of both trees, in document order (the notice's own sections first). */
  allSections: Section[];
  assignments: Assignment[];
  tasks: Task[];
  tables: TaskTable[];
  dates: DateMention[];
  docNumbers: DocNumber[];
  /** The document (its main tree: doc.sections) numbers its level-3 items 1. 2. 3. continuously across parents. */
  continuousItemNumbering: boolean;
}
