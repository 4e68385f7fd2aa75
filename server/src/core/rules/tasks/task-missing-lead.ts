// task-missing-lead: every task in a section of tasks names its lead unit (itself or through an
// enclosing item). The fix inserts the document's own usual lead label at the end of the task, or, in a notice
// whose leads are sentences (县住建局负责。 X负责，Y配合，加强……), such a sentence where the notice writes it.
import type { Assignment, GongwenDocument, Range, Section, Task } from '../../model';
import type { Edit, Rule, RuleContext } from '../../rule';
import { escapeSnippet, isWs, q, sectionsOfTasks, topSectionAt, trimSpan } from './shared';
import { treeRoots } from '../../parse/sections';
import { parseUnitList, roleWordBefore } from '../../parse/unitlist';
import { unknownRoleLabel } from '../../parse/tasks';
import { headingLead } from '../../parse/assignments';

/** How the document writes its leads, learned from its own assignments. */
export type LeadStyle =
  | { kind: 'label'; label: string; colon: string; term: string; sep: string }
  | { kind: 'paren-label'; open: string; close: string; label: string; colon: string }
  | { kind: 'paren-word'; open: string; close: string; word: string }
  /**
   * A lead named in a sentence (promoted by tasks.ts from assignments.ts sentenceLead): 县住建局负责。 由X牵头，Y配合。
   * (`opening` false, `close` the sentence's stop, '' at a line's end) or clauses opening the task's sentence, X负责，
   * Y配合，加强…… (`opening` true, `close` the comma after them). `by`: 由 opening it, else ''. `at`: where the item
   * holds it — closing the item ('end', `sep` the blanks before it: '' on the task's line, a line break, a collapsed
   * layout's blank), right after the marker ('marker') or after the item's heading sentence ('heading').
   */
  | { kind: 'sentence'; by: string; word: string; opening: boolean; close: string; at: 'end' | 'marker' | 'heading'; sep: string };

/** A lead named in prose: 由X牵头 / 由X负责 / 由X主办 (X short, within one clause). */
const PROSE_LEAD = /由[^，,。；;！？\n]{2,30}?(?:牵头|负责|主办)/;

const ROLE_WORD_AFTER = /(分别牵头|共同牵头|牵头负责|牵头|主办|指导|负责)/y;

/** A number marker opening a sentence (the task's own: （三）县应急管理局负责……). */
const SENTENCE_MARKER = /(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,3}[.．、](?![0-9])|[（(][0-9]{1,3}[）)])/y;
/** Openings of a clause that is no unit's name (组织开展县市场监管局…, 请县财政局…). */
const VERB_OPENING = /^(?:由|请|要|在|对|将|把|以|按|经|组织|开展|推动|推进|督促|协调|指导|支持|鼓励|加强|落实|要求|会同|配合|结合|围绕|依托|通过|加快|建立|健全|完善|强化)/;
/** A group designation naming units: 各乡镇人民政府, 各有关部门, 各村（社区）. */
const GROUP_OF_UNITS = /^各[^，,。；;]*(?:政府|部门|单位|机关|街道|办事处|镇|乡|村|社区|局|委|办|）|\))$/;
/** How far a sentence's subject may run before its 牵头/负责. */
const SUBJECT_MAX = 32;

/**
 * A lead named as a sentence's subject in text[start, end): 县市场监管局牵头组织……, 各乡镇人民政府负责……,
 * 县市场监管局、县卫生健康委牵头…… — right at a sentence's start (after its marker), names of units only (each
 * one the registry knows, a well-formed name or a group designation) then 牵头 or 负责. Each sentence start reads
 * at most SUBJECT_MAX characters.
 */
function subjectLead(ctx: RuleContext, start: number, end: number): boolean {
  const text = ctx.doc.text;
  let at = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWs(c)) {
      // (a line break starts a sentence too)
      if (c === 10 || c === 13) at = true;
      continue;
    }
    if (!at) {
      at = '。！？；!?;'.includes(text[i]);
      continue;
    }
    at = false;
    SENTENCE_MARKER.lastIndex = i;
    const m = SENTENCE_MARKER.exec(text);
    let s = m ? i + m[0].length : i;
    while (s < end && isWs(text.charCodeAt(s))) s++;
    // the subject: Han letters, 、 and brackets up to the first 牵头/负责
    let k = s;
    const stop = Math.min(end, s + SUBJECT_MAX);
    let role = -1;
    for (; k < stop; k++) {
      const ch = text.charCodeAt(k);
      if ((text.startsWith('牵头', k) || text.startsWith('负责', k)) && k > s) {
        role = k;
        break;
      }
      if (!((ch >= 0x4e00 && ch <= 0x9fff) || ch === 0x3001 || ch === 0xff08 || ch === 0xff09 || ch === 0x28 || ch === 0x29)) break;
    }
    if (role > s) {
      const units = parseUnitList(text, s, role).units;
      const ok = (u: { text: string; override?: string; joined?: boolean }): boolean => {
        // (a unit after 会同 takes part beside the subject: 县交通运输局会同县公安局负责……)
        if (u.override && !u.joined) return false;
        const st = ctx.units.classify(u.text).status;
        if (st === 'known') return true;
        // (a well-formed name not opening with a verb: 组织开展县市场监管局 is no subject; a group of units, not
        // of people: 各乡镇人民政府, 各村（社区）, not 各级干部)
        if (st === 'grammar') return !VERB_OPENING.test(u.text);
        return st === 'group' && GROUP_OF_UNITS.test(u.text);
      };
      if (units.length && units.every(ok)) return true;
    }
    i = (m ? i + m[0].length : i) - 1;
  }
  return false;
}

function styleKey(s: LeadStyle): string {
  switch (s.kind) {
    case 'label':
      return `l|${s.label}|${s.colon}|${s.term}|${s.sep}`;
    case 'paren-label':
      return `pl|${s.open}|${s.close}|${s.label}|${s.colon}`;
    case 'sentence':
      return `s|${s.by}|${s.word}|${s.opening}|${s.close}|${s.at}|${s.sep}`;
    default:
      return `pw|${s.open}|${s.close}|${s.word}`;
  }
}

/** The opening bracket of a label written in brackets (【牵头单位】, its colon the closing bracket), else ''. */
function bracketOpen(text: string, e: { label?: { start: number }; colon?: { text: string } }): string {
  const c = e.colon?.text.charAt(0);
  return e.label && (c === '】' || c === ']') ? text.charAt(e.label.start - 1) : '';
}

/** Whitespace immediately before offset (the layout separator between a task and its note). */
function wsBefore(text: string, offset: number, floor = 0): string {
  let k = offset;
  while (k > floor && isWs(text.charCodeAt(k - 1))) k--;
  return text.slice(k, offset);
}

/** Stops closing a sentence-form lead (a line's end closes one too). */
const SENTENCE_STOPS = '。！？!?.';

/** The first offset at or after i that is no blank. */
function skipWs(text: string, i: number, end: number): number {
  while (i < end && isWs(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A lead named in a sentence (see the 'sentence' style): an assignment of form 'sentence' with no label, its first
 * clause the lead's units closed by their role word (县住建局负责, 由县住建局牵头), read from the role clauses' text
 * and range: after its last clause a stop, a line's end (a whole sentence) or a comma (clauses opening the sentence).
 * `sec`: the item holding it.
 */
function sentenceStyle(text: string, a: Assignment, sec: Section | undefined): LeadStyle | undefined {
  const lead = a.entries[0];
  if (a.form !== 'sentence' || !lead || lead.role !== 'lead' || a.entries.some((e) => e.label)) return undefined;
  const rw = roleWordBefore(text, lead.list.start, lead.list.end);
  if (!rw || !lead.units.length || lead.units[lead.units.length - 1].end > rw.start || rw.start + rw.word.length !== lead.list.end) return undefined;
  const by = a.range.start === lead.list.start - 1 && text[a.range.start] === '由' ? '由' : '';
  if (!by && a.range.start !== lead.list.start) return undefined;
  const after = a.range.end < text.length ? text[a.range.end] : '\n';
  const opening = after === '，' || after === ',';
  if (!opening && !SENTENCE_STOPS.includes(after) && !isWs(after.charCodeAt(0))) return undefined;
  const close = opening || SENTENCE_STOPS.includes(after) ? after : '';
  const word = rw.word === '分别牵头' || rw.word === '共同牵头' ? '牵头' : rw.word;
  let at: 'end' | 'marker' | 'heading' = opening ? 'marker' : 'end';
  let sep = '';
  if (sec) {
    const closes = !opening && skipWs(text, a.range.end + close.length, sec.range.end) >= sec.range.end;
    at = closes ? 'end' : a.range.start <= skipWs(text, sec.marker.end, sec.range.end) ? 'marker' : 'heading';
  }
  if (at === 'end') {
    sep = wsBefore(text, a.range.start, sec ? sec.marker.end : 0);
    if (sep.length > 12) sep = sep.slice(-12);
  }
  return { kind: 'sentence', by, word, opening, close, at, sep };
}

function styleOf(text: string, a: Assignment, sec?: Section): LeadStyle | undefined {
  const leadEntry = a.entries.find((e) => e.role === 'lead');
  if (!leadEntry) return undefined;
  if (a.form === 'sentence' || a.form === 'line') {
    if (!leadEntry.label) return sentenceStyle(text, a, sec);
    const first = a.entries[0];
    const startOfNote = first.label ? first.label.start - bracketOpen(text, first).length : a.range.start;
    const last = a.entries[a.entries.length - 1];
    const afterLead = text[leadEntry.list.end] ?? '';
    const afterLast = text[last.list.end] ?? '';
    // the lead sentence ends like the document's notes end: 。 or nothing (a label line)
    const term = afterLead === '。' || afterLead === '.' ? afterLead : afterLast === '。' ? '。' : '';
    let sep = wsBefore(text, startOfNote);
    if (sep.length > 12) sep = sep.slice(-12);
    return { kind: 'label', label: bracketOpen(text, leadEntry) + leadEntry.label.text, colon: leadEntry.colon?.text ?? '：', term, sep };
  }
  if (a.form === 'paren') {
    const open = text[a.range.start];
    const close = text[a.range.end - 1];
    if (!'（('.includes(open) || !'）)'.includes(close)) return undefined;
    if (leadEntry.label) return { kind: 'paren-label', open, close, label: bracketOpen(text, leadEntry) + leadEntry.label.text, colon: leadEntry.colon?.text ?? '：' };
    ROLE_WORD_AFTER.lastIndex = leadEntry.list.end;
    let m = ROLE_WORD_AFTER.exec(text);
    if (!m) {
      // the list may include its role word (X牵头): read it from the list's end
      const tail = leadEntry.list.text.match(/(分别牵头|共同牵头|牵头负责|牵头|主办|指导|负责)$/);
      if (tail) m = tail as RegExpExecArray;
    }
    // no role word at all: a bare note naming the responsible units, （市农业农村局）
    const word = m ? (m[1] === '分别牵头' || m[1] === '共同牵头' || m[1] === '牵头负责' ? '牵头' : m[1]) : '';
    return { kind: 'paren-word', open, close, word };
  }
  return undefined;
}

interface StyleCount {
  style: LeadStyle;
  n: number;
  first: number;
}

/** The most frequent of the counts (first seen wins a tie). */
function mostFrequent<T extends { n: number; first: number }>(counts: Iterable<T>): T | undefined {
  let best: T | undefined;
  for (const c of counts) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best;
}

/**
 * The document's most frequent lead style (first seen wins a tie). Leads named in sentences count as one style
 * against each label or note style, whatever their words and places (县住建局负责。 beside X牵头，Y配合，……); the
 * fix then writes the most frequent of their forms.
 */
export function documentLeadStyle(doc: GongwenDocument): LeadStyle | undefined {
  // (the item holding each assignment: where a sentence lead stands in it)
  const secOf = new Map<Assignment, Section>();
  for (const sec of doc.allSections) for (const a of sec.assignments) secOf.set(a, sec);
  const groups = new Map<string, { n: number; first: number; forms: Map<string, StyleCount> }>();
  doc.assignments.forEach((a, i) => {
    const s = styleOf(doc.text, a, secOf.get(a));
    if (!s) return;
    const k = styleKey(s);
    const g = s.kind === 'sentence' ? 's' : k;
    let group = groups.get(g);
    if (!group) groups.set(g, (group = { n: 0, first: i, forms: new Map() }));
    group.n++;
    const c = group.forms.get(k);
    if (c) c.n++;
    else group.forms.set(k, { style: s, n: 1, first: i });
  });
  const best = mostFrequent(groups.values());
  return best && mostFrequent(best.forms.values())?.style;
}

/** The sentence closing [start, end): from after the previous 。！？；, trimmed. */
function lastSentence(text: string, start: number, end: number): Range {
  const t = trimSpan(text, { start, end });
  let k = t.end - 1;
  // skip the sentence's own closing punctuation
  while (k > t.start && '。！？；!?;'.includes(text[k])) k--;
  while (k > t.start && !'。！？；!?;\n\r'.includes(text[k - 1])) k--;
  return trimSpan(text, { start: k, end: t.end });
}

function isSectionTask(task: Task): boolean {
  return !!task.section && task.range.start <= task.section.marker.start;
}

/** Where the task's own text ends: before its first (participant-only) note, else its end, trimmed. */
function taskTextEnd(text: string, task: Task): number {
  let end = task.range.end;
  for (const a of task.assignments) if (a.range.start < end && a.range.start >= task.range.start) end = a.range.start;
  return trimSpan(text, { start: task.range.start, end }).end;
}

function fixFor(doc: GongwenDocument, task: Task | undefined, section: Section | undefined, style: LeadStyle | undefined): Edit | undefined {
  const text = doc.text;
  const range = task ? task.range : section!.range;
  const assignments = task ? task.assignments : section!.assignments;
  const s: LeadStyle = style ?? { kind: 'label', label: '牵头单位', colon: '：', term: '。', sep: '' };
  // a participant-only note already there: put the lead in front of (or into) it
  const note = assignments.find((a) => a.range.start >= range.start && a.range.start <= range.end);
  if (note) {
    const first = note.entries[0];
    if ((note.form === 'sentence' || note.form === 'line') && first?.label) {
      // (a label in brackets starts at its opening bracket)
      const at = first.label.start - bracketOpen(text, first).length;
      let sep = wsBefore(text, at, range.start);
      if (sep === '') sep = s.kind === 'label' ? s.sep : '';
      const label = s.kind === 'label' ? s : { label: bracketOpen(text, first) + first.label.text.replace(/^(参与|配合|协办|协同|责任|负责)/, '牵头'), colon: first.colon?.text ?? '：', term: '。' };
      const term = s.kind === 'label' ? s.term || (text[note.entries[note.entries.length - 1].list.end] === '。' ? '。' : '') : label.term;
      const newText = label.label + label.colon + term + sep;
      return { range: { start: at, end: at }, newText, snippet: escapeSnippet(label.label + label.colon) + '$0' + escapeSnippet(term + sep) };
    }
    if (note.form === 'paren' && '（('.includes(text[note.range.start])) {
      const at = note.range.start + 1;
      if (first?.label) {
        const label = s.kind === 'label' || s.kind === 'paren-label' ? s.label : '牵头单位';
        const colon = first.colon?.text ?? '：';
        // a note whose labels stand in brackets, （【配合单位】Y）: the lead's label in the same brackets, before it
        const bo = bracketOpen(text, first);
        if (bo) {
          const lead = bo + label.replace(/^[【[]/, '') + colon;
          return { range: { start: at, end: at }, newText: lead, snippet: escapeSnippet(lead) + '$0' };
        }
        const semi = colon === ':' ? ';' : '；';
        return { range: { start: at, end: at }, newText: label + colon + semi, snippet: escapeSnippet(label + colon) + '$0' + escapeSnippet(semi) };
      }
      const word = (s.kind === 'paren-word' && s.word) || '牵头';
      const comma = text[note.range.start] === '(' ? ',' : '，';
      return { range: { start: at, end: at }, newText: word + comma, snippet: '$0' + escapeSnippet(word + comma) };
    }
    return undefined;
  }
  const end = task ? taskTextEnd(text, task) : trimSpan(text, range).end;
  if (s.kind === 'label') {
    let sep = s.sep;
    // mirror the line break style of the text around the task
    if (sep.includes('\n')) {
      const crlf = text.lastIndexOf('\r\n', end) >= range.start || text.indexOf('\r\n', end) === end;
      sep = crlf ? sep.replace(/\r?\n/g, '\r\n') : sep.replace(/\r\n/g, '\n');
    }
    const newText = sep + s.label + s.colon + s.term;
    return { range: { start: end, end }, newText, snippet: escapeSnippet(sep + s.label + s.colon) + '$0' + escapeSnippet(s.term) };
  }
  if (s.kind === 'sentence') {
    const form = s.by + s.word + s.close;
    if (s.at === 'end') {
      let sep = s.sep;
      if (sep.includes('\n')) {
        const crlf = text.lastIndexOf('\r\n', end) >= range.start || text.indexOf('\r\n', end) === end;
        sep = crlf ? sep.replace(/\r?\n/g, '\r\n') : sep.replace(/\r\n/g, '\n');
      }
      // (a task ending without a stop, written on its line: close its sentence first)
      const stop = sep === '' && end > range.start && !'。！？；!?;.'.includes(text[end - 1]) ? (s.close === '.' ? '.' : '。') : '';
      return { range: { start: end, end }, newText: stop + sep + form, snippet: escapeSnippet(stop + sep + s.by) + '$0' + escapeSnippet(s.word + s.close) };
    }
    // at the start of the item (after its marker), or of the sentence after its heading
    const sec = task ? task.section : section;
    let at = trimSpan(text, range).start;
    if (sec && at <= sec.marker.start) {
      at = skipWs(text, sec.marker.end, end);
      if (s.at === 'heading' && sec.title.end > at) {
        let k = sec.title.end;
        while (k < end && (SENTENCE_STOPS.includes(text[k]) || text[k] === '；' || text[k] === ';')) k++;
        k = skipWs(text, k, end);
        if (k < end) at = k;
      }
    }
    // (a whole sentence opening the item closes with its stop; the task's own words follow it)
    return { range: { start: at, end: at }, newText: form, snippet: escapeSnippet(s.by) + '$0' + escapeSnippet(s.word + s.close) };
  }
  if (s.kind === 'paren-label') {
    const newText = s.open + s.label + s.colon + s.close;
    return { range: { start: end, end }, newText, snippet: escapeSnippet(s.open + s.label + s.colon) + '$0' + escapeSnippet(s.close) };
  }
  const newText = s.open + s.word + s.close;
  return { range: { start: end, end }, newText, snippet: escapeSnippet(s.open) + '$0' + escapeSnippet(s.word + s.close) };
}

function styleName(s: LeadStyle | undefined): string {
  if (!s) return '牵头单位：……';
  if (s.kind === 'label') return `${s.label}${s.colon}……`;
  if (s.kind === 'paren-label') return `${s.open}${s.label}${s.colon}……${s.close}`;
  if (s.kind === 'sentence') return `${s.by}……${s.word}${s.close}${s.opening ? '……' : ''}`;
  return `${s.open}……${s.word}${s.close}`;
}

/** The section's own text (before its first child) holds a lead. */
function hasOwnLead(doc: GongwenDocument, sec: Section): boolean {
  const isLead = (a: Assignment) => a.entries.some((e) => e.role === 'lead' && e.units.length > 0);
  if (sec.assignments.length > 0) return sec.assignments.some(isLead);
  // the parser did not attach assignments: look at the section's own text directly
  const end = sec.children.length > 0 ? sec.children[0].range.start : sec.range.end;
  const list = doc.assignments;
  for (let i = firstAssignmentFrom(doc, sec.range.start); i < list.length && list[i].range.start < end; i++) if (isLead(list[i])) return true;
  return false;
}

/** Index of the first assignment starting at or after offset (assignments are in document order). */
function firstAssignmentFrom(doc: GongwenDocument, offset: number): number {
  const list = doc.assignments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasAssignmentIn(doc: GongwenDocument, r: Range): boolean {
  const i = firstAssignmentFrom(doc, r.start);
  return i < doc.assignments.length && doc.assignments[i].range.start < r.end;
}

/** Ancestors of a section (nearest first), found by path from the top-level list. */
function ancestors(doc: GongwenDocument, sec: Section): Section[] {
  const out: Section[] = [];
  let list = treeRoots(doc, sec);
  for (let i = 0; i < sec.path.length - 1; i++) {
    const s = list[sec.path[i]];
    if (!s) break;
    out.unshift(s);
    list = s.children;
  }
  return out;
}

/**
 * An item followed directly by a sibling of a higher level (1.建设一体化平台 then （一）（二） under the same 一、):
 * the levels are inverted — numbering-hierarchy's finding — and the item is the heading of the items that follow
 * it, not a task of its own (one finding per slip).
 */
function headsInvertedItems(doc: GongwenDocument, sec: Section): boolean {
  const parent = ancestors(doc, sec)[0];
  const list = parent ? parent.children : treeRoots(doc, sec);
  const next = list[sec.path[sec.path.length - 1] + 1];
  return !!next && next.level < sec.level && !hasAssignmentIn(doc, sec.range);
}

export const rule: Rule = {
  id: 'task-missing-lead',
  defaultSeverity: 'error',
  owner: 'other',
  description: {
    zh: '工作任务未明确牵头单位：任务部署部分的每项任务应写明牵头单位（或由上级事项的牵头单位统一负责）。',
    en: 'A task with no lead unit: every task in a section of tasks names its lead (or is covered by its enclosing item’s lead).',
  },
  check(ctx: RuleContext) {
    const { doc } = ctx;
    if (doc.assignments.length === 0) return;
    const tops = sectionsOfTasks(doc);
    const style = documentLeadStyle(doc);
    const sample = styleName(style);
    const reported = new Set<number>();

    const report = (task: Task | undefined, section: Section | undefined) => {
      const text = doc.text;
      // a lead named in the task's own prose (由市商务局牵头, 由市财政局负责) is a lead too
      const own = task ? task.range : section!.range;
      if (!task?.row && PROSE_LEAD.test(text.slice(own.start, Math.min(own.end, own.start + 4000)))) return;
      // and so is one named as a sentence's subject (县市场监管局牵头组织……, 各乡镇人民政府负责……)
      if (!task?.row && subjectLead(ctx, own.start, Math.min(own.end, own.start + 4000))) return;
      // and a unit under a role label the parser does not read (包联单位：X, 主管部门：X): the task names its own
      if (!task?.row && unknownRoleLabel(text, own.start, own.end)) return;
      // and an item headed by its unit: （二）县公安局：要…… / 二、各乡镇人民政府：……
      const headed = task ? task.section : section;
      if (!task?.row && headed && (!task || task.range.start <= headed.marker.end) && headingLead(text, headed.marker.end, headed.range.end)) return;
      let range: Range;
      let name: string;
      if (section && (!task || isSectionTask(task))) {
        // the heading: marker + title (without the sentence's closing 。)
        range = { start: section.marker.start, end: Math.max(section.title.end, section.marker.end) };
        name = text.slice(range.start, range.end);
      } else if (task) {
        if (task.row) {
          // a table row: its task cell's first sentence
          const at = task.label ? text.indexOf(task.label, task.range.start) : -1;
          range = at >= 0 && at < task.range.end ? { start: at, end: at + task.label.length } : trimSpan(text, task.range);
        } else range = lastSentence(text, task.range.start, taskTextEnd(text, task));
        name = task.label || text.slice(range.start, range.end);
      } else return;
      if (range.end <= range.start || reported.has(range.start) || ctx.inResidue(range)) return;
      reported.add(range.start);
      const edit = task?.row ? undefined : fixFor(doc, task, section, style);
      ctx.report({
        range,
        message: task?.row
          ? {
              zh: `任务${q(name)}的牵头单位一栏为空。分工表中的每项任务均应写明牵头单位。`,
              en: `Task ${q(name)} has an empty lead-unit cell. Every task in a task table should name its lead.`,
            }
          : {
              zh: `任务${q(name)}未明确牵头单位。任务部署部分的每项任务均应写明牵头单位，本文其他任务写作“${sample}”。`,
              en: `Task ${q(name)} names no lead unit. Every task in a section of tasks should name its lead; this document’s other tasks write “${sample}”.`,
            },
        fixes: edit
          ? [{ title: { zh: '补写牵头单位', en: 'Add the lead unit' }, edits: [edit], safe: false, preferred: true }]
          : [],
      });
    };

    const inScope = (task: Task): boolean => {
      if (task.row) return doc.tables.some((t) => t.columns.lead >= 0 && t.range.start <= task.range.start && task.range.start < t.range.end);
      const top = topSectionAt(doc, task.range.start);
      return !!top && tops.has(top);
    };

    // tasks the parser derived
    const taskStarts: number[] = [];
    // a task-table row whose lead column is empty: the parser may have promoted its 责任单位 to lead, but a
    // table with both a lead and a participant column names the lead in the lead column
    const leadCellEmpty = (task: Task): boolean => {
      const table = doc.tables.find((t) => t.range.start <= task.range.start && task.range.start < t.range.end);
      if (!table || table.columns.lead < 0 || table.columns.participant < 0 || table.columns.lead === table.columns.participant) return false;
      const hdr = table.header.cells[table.columns.lead];
      if (!hdr) return false;
      return !task.assignments.some((a) => a.entries.some((e) => e.label !== undefined && e.label.start === hdr.start && e.units.length > 0));
    };
    for (const task of doc.tasks) {
      taskStarts.push(task.range.start);
      if (task.leads.length > 0 && !(task.row && leadCellEmpty(task))) continue;
      // an empty 牵头单位： label is task-empty-assignment's finding; one finding per slip
      if (task.assignments.some((a) => a.entries.some((e) => e.role === 'lead' && e.units.length === 0))) continue;
      if (!inScope(task)) continue;
      if (task.section && ancestors(doc, task.section).some((a) => hasOwnLead(doc, a))) continue;
      if (task.section && task.section.children.length === 0 && headsInvertedItems(doc, task.section)) continue;
      report(task, task.section && isSectionTask(task) ? task.section : undefined);
    }
    taskStarts.sort((a, b) => a - b);
    const taskSections = new Set<Section>();
    for (const task of doc.tasks) if (task.section) taskSections.add(task.section);

    // leaf items of a section of tasks that no derived task covers (defensive: the parser's task
    // list should hold every one of them; an item covered by an ancestor's lead is fine)
    const hasTaskIn = (r: Range): boolean => {
      let lo = 0;
      let hi = taskStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taskStarts[mid] < r.start) lo = mid + 1;
        else hi = mid;
      }
      return lo < taskStarts.length && taskStarts[lo] < r.end;
    };
    for (const sec of doc.allSections) {
      if (sec.children.length > 0 || sec.level === 1) continue;
      const top = topSectionAt(doc, sec.range.start);
      if (!top || !tops.has(top)) continue;
      if (hasTaskIn(sec.range)) continue;
      const up = ancestors(doc, sec);
      if (hasOwnLead(doc, sec) || up.some((a) => hasOwnLead(doc, a))) continue;
      // (a field of an item that is a task itself: 2.开展义务劳动 （1）时间：… — the item's task covers it)
      if (up.some((a) => taskSections.has(a))) continue;
      if (headsInvertedItems(doc, sec)) continue;
      report(undefined, sec);
    }

    // a flat plan whose top-level items are the tasks (一、…… 牵头单位：X。 二、…… 三、……): a top-level leaf
    // with no note between two top-level leaves that name their leads
    // (each tree on its own: the notice's own body, when it is a second tree, and the attached document)
    for (const tl of [doc.noticeSections, doc.sections]) {
      const leadLeaf = tl.map((sec) => sec.children.length === 0 && hasOwnLead(doc, sec));
      let seenLead = false;
      let pending: Section[] = [];
      tl.forEach((sec, i) => {
        if (leadLeaf[i]) {
          if (seenLead) for (const p of pending) report(undefined, p);
          seenLead = true;
          pending = [];
        } else if (sec.children.length === 0 && !hasAssignmentIn(doc, sec.range)) {
          pending.push(sec);
        } else pending = [];
      });
    }
  },
};
