// Which parts of a notice are tasks, and who leads them.
//
// A section of tasks is a top-level section in which some item (the section itself or any descendant) carries a
// non-table assignment — a label, a note, or a lead named in a sentence of the item (县住建局负责。, promoted to an
// assignment by promoteSentenceLeads where two or more items name their leads so). Inside it every leaf item is a task; an item with child items is never itself a task —
// except an item whose sub-items are only its fields and role lines (1.召开动员会 （1）时间：… （3）责任单位：X: the role
// line assigns the item, see liftRoleItems), or only fields beside such a sibling.
// A leaf whose own assignments are all closing notes (form 'paren') is split: each note closes one task, the text
// from the previous note (or the item's start) to the note's end (a note standing on a line of its own closes all
// the text since the previous note; an inline note, the text since the last line break before it); trailing text after the last note, if it holds
// words, is one more task (without a note of its own). A task without its own lead takes the lead of the nearest
// enclosing item whose own assignment names one (leadInherited). Every task-table row with content is a task too.
import type { Assignment, DateMention, Section, TableRow, Task, TaskTable, TextSpan, UnitRef } from '../model';
import { isSpace } from './unitlist';
import { headingLead, isAssignmentLabel, sentenceLead } from './assignments';

/** Attaches each assignment to the innermost section whose own text holds it (fills section.assignments). */
export function attachAssignments(allSections: Section[], assignments: Assignment[], text?: string): void {
  if (!allSections.length) return;
  const tops = topLevel(allSections);
  for (const a of assignments) {
    let level = tops;
    let best: Section | undefined;
    for (;;) {
      const s = containing(level, a.range.start);
      if (!s) break;
      best = s;
      level = s.children;
    }
    if (best && !best.assignments.includes(a)) best.assignments.push(a);
  }
  if (text !== undefined) {
    liftRoleItems(text, allSections);
    liftGroupAssignments(text, allSections);
    promoteSentenceLeads(text, allSections, assignments);
  }
}

/**
 * Leaf items naming their lead in a sentence of their own (县住建局负责。 县商务局牵头，县应急局配合。 or such clauses
 * opening the item's sentence, 市环保局负责，市公安局配合，加强……; see sentenceLead) are assigned by it: the sentence
 * becomes an assignment of the item and of the document (`assignments`, kept in document order, grows), so the
 * section is a section of tasks and the outline, the unit rules and task-missing-lead read it as they read a label.
 * Only where the top-level section is one of tasks already (a label or note in its tree), or two or more of its
 * leaf items name their leads so, or it is a top-level leaf item naming its lead beside such a section or such
 * another leaf (a flat plan): one sentence in a 基本原则 or 保障措施 part is no task, nor are several in a part whose
 * heading says it is no list of tasks (保障措施, 工作要求, 基本原则, 工作目标 …) unless a label in it says so.
 */
function promoteSentenceLeads(text: string, allSections: Section[], assignments: Assignment[]): void {
  const tops = topLevel(allSections);
  if (!tops.length) return;
  // the leaf items of each top-level tree naming their lead in a sentence, with that sentence
  const found: { leaf: Section; lead: Assignment }[][] = tops.map(() => []);
  let any = false;
  tops.forEach((top, ti) => {
    const walk = (x: Section): void => {
      if (x.children.length) {
        for (const c of x.children) walk(c);
        return;
      }
      if (x.assignments.length || headingLead(text, x.marker.end, x.range.end)) return;
      const lead = itemSentenceLead(text, x, x.marker.end, x.range.end);
      if (!lead || !lead.entries.some((e) => e.units.some((u) => u.role === 'lead')) || overlapsAny(assignments, lead.range)) return;
      found[ti].push({ leaf: x, lead });
      any = true;
    };
    walk(top);
  });
  if (!any) return;
  // (a 保障措施, 工作要求, 基本原则 … part names who does what in sentences without being a list of tasks: only its labels
  // make it one)
  const base = tops.map((top, i) => hasAssignmentInTree(top) || (found[i].length >= 2 && !NOT_TASKS_RE.test(top.title.text)));
  const single = (i: number): boolean => i >= 0 && i < tops.length && found[i].length === 1 && !tops[i].children.length && !NOT_TASKS_RE.test(tops[i].title.text);
  const added: Assignment[] = [];
  for (let i = 0; i < tops.length; i++) {
    if (!found[i].length) continue;
    if (!base[i] && !(single(i) && (base[i - 1] || base[i + 1] || single(i - 1) || single(i + 1)))) continue;
    for (const { leaf, lead } of found[i]) {
      leaf.assignments.push(lead);
      added.push(lead);
    }
  }
  if (!added.length) return;
  assignments.push(...added);
  assignments.sort((a, b) => a.range.start - b.range.start);
}

/** Headings of a plan's parts that are not lists of tasks: principles, aims, requirements, safeguards. */
const NOT_TASKS_RE = /保障措施|保障机制|组织保障|工作保障|组织领导|工作要求|有关要求|相关要求|基本原则|工作原则|总体要求|指导思想|工作目标|主要目标|总体目标|注意事项/;

/** The lead item s names in a sentence of text[from, to) (sentenceLead; its heading, a paragraph of its own, ends one). */
function itemSentenceLead(text: string, s: Section, from: number, to: number): Assignment | undefined {
  return sentenceLead(text, from, to, false, s.headingOwnParagraph && s.title.end > s.marker.end ? s.title.end : -1);
}

/** Some assignment of the sorted list overlaps r. */
function overlapsAny(list: Assignment[], r: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  // (ranges do not nest in practice: the first one ending after r.start, and the one before it)
  for (let k = Math.max(0, lo - 1); k < list.length && k <= lo + 1; k++) if (list[k].range.start < r.end && r.start < list[k].range.end) return true;
  return false;
}

/** A contact or person label closing a role line: 联系人：王明, 联系电话：…, 责任人：…. */
const CONTACT_TAIL = /^[ \t\u3000]*(?:联系人|联系电话|联系方式|责任人|负责人|电话)[ \u3000]*[：:]/;

/**
 * 1.召开动员会 （1）时间：… （2）地点：… （3）责任单位：镇爱卫办 联系人：王明 — a numbered sub-item that is only a
 * role label line (its label right after its marker, nothing after the list but a contact label) assigns its parent:
 * its assignments move to the parent (unless the parent names a lead of its own), and the item is no task (see
 * liftedRoleItem).
 */
function liftRoleItems(text: string, allSections: Section[]): void {
  for (const parent of allSections) {
    const kids = parent.children;
    if (!kids.length || parent.assignments.some((a) => a.form !== 'table' && a.entries.some((e) => e.units.some((u) => u.role === 'lead')))) continue;
    // (every such item: （3）牵头单位：X （4）配合单位：Y; one of them names a lead)
    const roleItems: Section[] = [];
    let lead = false;
    for (const c of kids) {
      if (c.children.length || !c.assignments.length) continue;
      if (!c.assignments.every((a) => a.form === 'sentence' || a.form === 'line')) continue;
      let at = c.marker.end;
      while (at < c.range.end && isSpace(text.charCodeAt(at))) at++;
      const first = c.assignments.reduce((m, a) => (a.range.start < m.range.start ? a : m));
      if (first.range.start !== at || first.entries[0].label?.start !== at) continue;
      // after the list: the item's end, a blank (a line break, or a collapsed layout's paragraph break: what follows is
      // no longer the role line's), or a contact label glued after a comma (镇爱卫办，联系人：王明)
      const last = c.assignments.reduce((m, a) => Math.max(m, a.range.end), 0);
      let tail = last;
      while (tail < c.range.end && isSpace(text.charCodeAt(tail))) tail++;
      if (tail < c.range.end && tail === last) {
        const p = text.charCodeAt(tail);
        const from = p === 0xff0c || p === 0x2c || p === 0xff1b || p === 0x3b ? tail + 1 : tail;
        if (!CONTACT_TAIL.test(text.slice(from, Math.min(c.range.end, from + 12)))) continue;
      }
      roleItems.push(c);
      lead ||= c.assignments.some((a) => a.entries.some((e) => e.units.some((u) => u.role === 'lead')));
    }
    if (!lead) continue;
    for (const c of roleItems) {
      parent.assignments.push(...c.assignments);
      c.assignments = [];
    }
    parent.assignments.sort((a, b) => a.range.start - b.range.start);
  }
}

/** A child whose role line was lifted to `parent` (liftRoleItems): no task of its own. */
function liftedRoleItem(text: string, parent: Section, c: Section): boolean {
  if (c.children.length || c.assignments.length || !parent.assignments.length) return false;
  // (its label right after its marker: a group label lifted from the last item's end is not this)
  let at = c.marker.end;
  while (at < c.range.end && isSpace(text.charCodeAt(at))) at++;
  // (the parent's assignments are in document order: a binary search)
  const as = parent.assignments;
  let lo = 0;
  let hi = as.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (as[mid].range.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < as.length && as[lo].range.start === at;
}

/** A field sub-item: 时间：…, 地点：…, 参加人员：… (a short label and a colon right after the marker). */
const FIELD_ITEM = /[\u4e00-\u9fff]{2,4}[ \u3000]*[：:]/y;

function fieldItem(text: string, c: Section): boolean {
  if (c.children.length) return false;
  let at = c.marker.end;
  while (at < c.range.end && isSpace(text.charCodeAt(at))) at++;
  FIELD_ITEM.lastIndex = at;
  return FIELD_ITEM.test(text) && FIELD_ITEM.lastIndex <= c.range.end;
}

/**
 * The item's children are its fields and a lifted role line only (2), or its fields only (1) — the item itself is
 * then the task when a sibling is of the first kind (2.开展义务劳动 （1）时间：… （2）地点：… beside 1.'s role line);
 * else 0.
 */
function fieldGroup(text: string, s: Section): 0 | 1 | 2 {
  if (!s.children.length) return 0;
  let lifted = false;
  for (const c of s.children) {
    if (liftedRoleItem(text, s, c)) lifted = true;
    else if (!fieldItem(text, c)) return 0;
  }
  return lifted ? 2 : 1;
}

/** A label naming who carries a task out that the parser does not read (包联单位：X, 主管部门：X). */
const ANY_LABEL = /([\u4e00-\u9fff]{2,6})[ \u3000]*[：:][ \u3000]*[\u4e00-\u9fff]/y;
const ROLE_LABEL_WORD = /(?:责任|牵头|负责|主体|承办|主管|主办|落实|执行|实施|包联|包保|挂钩|督办)/;
const ROLE_LABEL_BODY = /(?:单位|部门|主体|站所|科室|股室|处室)$/;
const NOT_LEAD_WORD = /(?:协同|配合|参与|协办|协作|协助|参加)/;

/**
 * text[a, b) holds a role label the parser does not read, at a line's (or the item's) start or after a sentence end:
 * the item names its unit in a form of its own.
 */
export function unknownRoleLabel(text: string, a: number, b: number): boolean {
  const end = Math.min(b, a + 4000);
  for (let i = a; i < end; i++) {
    if (i > a) {
      const p = text.charCodeAt(i - 1);
      if (!(isSpace(p) || p === 0x3002 || p === 0xff1b || p === 0x3b || p === 0xff09 || p === 0x29)) continue;
    }
    ANY_LABEL.lastIndex = i;
    const m = ANY_LABEL.exec(text);
    // (a label the parser reads is no unknown one: 协同责任单位 names participants, and its task's lead is missing)
    if (m && ANY_LABEL.lastIndex <= b && ROLE_LABEL_BODY.test(m[1]) && ROLE_LABEL_WORD.test(m[1]) && !NOT_LEAD_WORD.test(m[1]) && !isAssignmentLabel(text, i, b)) return true;
  }
  return false;
}

/** 由X牵头 / 由X负责 in one clause (X short). */
const PROSE_LEAD = /由[^，,。；;！？\n]{2,30}?(?:牵头|负责|主办)/;

/** The item (a leaf) names its own unit in a form the parser does not read as an assignment. */
function namesOwnUnit(text: string, k: Section): boolean {
  const a = k.marker.end;
  const b = Math.min(k.range.end, a + 4000);
  return headingLead(text, a, k.range.end) !== undefined || itemSentenceLead(text, k, a, b) !== undefined || PROSE_LEAD.test(text.slice(a, b)) || unknownRoleLabel(text, a, b);
}

/**
 * （一）提升市容环境。 1.…… 2.…… 牵头单位：X；配合单位：Y — a label line standing on its own after the last of
 * several child items, none of which has an assignment of its own, assigns the whole group: it moves to the parent
 * (the children then inherit its lead). Only label lines (forms 'sentence'/'line') that start their own paragraph
 * and end the last child qualify; a closing note （X牵头） belongs to the item it closes.
 */
function liftGroupAssignments(text: string, allSections: Section[]): void {
  for (const parent of allSections) {
    const kids = parent.children;
    if (kids.length < 2 || parent.assignments.length) continue;
    const last = kids[kids.length - 1];
    if (last.children.length || !last.assignments.length) continue;
    if (kids.some((k) => k !== last && (k.children.length || k.assignments.length))) continue;
    // (an item naming its own unit in a sentence, 县住建局负责。 由X牵头负责。, or under a label we do not read, keeps it:
    // the label line closes the last item only)
    if (kids.some((k) => k !== last && namesOwnUnit(text, k))) continue;
    if (!last.assignments.every((a) => (a.form === 'sentence' || a.form === 'line') && ownParagraph(text, a.range.start))) continue;
    const first = last.assignments.reduce((m, a) => (a.range.start < m.range.start ? a : m));
    let tail = last.assignments.reduce((m, a) => Math.max(m, a.range.end), 0);
    while (tail < last.range.end && isSpace(text.charCodeAt(tail))) tail++;
    if (tail < last.range.end || first.range.start <= last.heading.end) continue;
    if (!last.assignments.some((a) => a.entries.some((e) => e.units.some((u) => u.role === 'lead')))) continue;
    parent.assignments.push(...last.assignments);
    parent.assignments.sort((a, b) => a.range.start - b.range.start);
    last.assignments = [];
  }
}

/** The text at pos starts a paragraph: only indentation since a line break (or an ASCII space run, collapsed). */
function ownParagraph(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x3000 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 0x20;
}

/** Sections that are nobody's child, in order. */
function topLevel(all: Section[]): Section[] {
  const child = new Set<Section>();
  for (const s of all) for (const c of s.children) child.add(c);
  return all.filter((s) => !child.has(s)).sort((a, b) => a.range.start - b.range.start);
}

/** The section of a sorted sibling list whose range holds pos (binary search). */
function containing(list: Section[], pos: number): Section | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (pos < s.range.start) hi = mid - 1;
    else if (pos >= s.range.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function ownAssignments(s: Section): Assignment[] {
  return s.assignments.filter((a) => a.form !== 'table');
}

function hasAssignmentInTree(s: Section): boolean {
  if (ownAssignments(s).length) return true;
  return s.children.some(hasAssignmentInTree);
}

/**
 * Two or more leaf items of the tree are headed by their units (（一）县公安局：…… （二）各乡镇人民政府：……): a section of
 * tasks even without a label (its rows show in the tasks table; task-missing-lead reads labelled sections only).
 */
function headingLeadItems(text: string, s: Section): boolean {
  let n = 0;
  const walk = (x: Section): boolean => {
    if (!x.children.length) return headingLead(text, x.marker.end, x.range.end) !== undefined && ++n >= 2;
    return x.children.some(walk);
  };
  return walk(s);
}

function rolesOf(assignments: Assignment[]): { leads: UnitRef[]; participants: UnitRef[] } {
  const leads: UnitRef[] = [];
  const participants: UnitRef[] = [];
  for (let i = 0; i < assignments.length; i++) {
    const entries = assignments[i].entries;
    for (let j = 0; j < entries.length; j++) {
      const units = entries[j].units;
      for (let k = 0; k < units.length; k++) (units[k].role === 'lead' ? leads : participants).push(units[k]);
    }
  }
  return { leads, participants };
}

const DEADLINE_LABEL = /(完成时限|时间节点|完成时间|完成期限|时限要求|时限)[ \u3000]*[：:][ \u3000]*$/;
const STATUS_BEFORE = /(截至|截止|截止到|已于|已在)$/;

/**
 * True when the date stands in a deadline slot: after a 完成时限/时间节点 label, or qualified by 前 (2023年3月底前,
 * ……前完成), or by 底/末 followed by 完成/前. Statements of status (截至……, 已于……, ……以来) are not deadlines.
 */
export function isDeadlineSlot(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  if (STATUS_BEFORE.test(before)) return false;
  if (DEADLINE_LABEL.test(before)) return true;
  const after = d.suffix ? d.suffix.end : d.end;
  if (text.startsWith('以来', after)) return false;
  if (d.suffix && d.suffix.text.endsWith('前')) return true;
  const tail = text.slice(after, after + 4);
  return /^(前|以前|之前)?(完成|办结|到位|建成|出台|印发)/.test(tail) && (d.suffix !== undefined || /^(前|以前|之前)/.test(tail));
}

/** The first deadline-slot date within [start, end), if any (dates sorted by start). */
function deadlineIn(text: string, dates: DateMention[], start: number, end: number): DateMention | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < dates.length && dates[i].start < end; i++) {
    if (dates[i].periodStart) continue;
    if (isDeadlineSlot(text, dates[i])) return dates[i];
  }
  return undefined;
}

/** The first date lying within [start, end) (dates sorted by start). */
function firstDateIn(dates: DateMention[], start: number, end: number): DateMention | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < dates.length && dates[lo].end <= end ? dates[lo] : undefined;
}

/** First sentence of text[start, end) (after skipping whitespace), at most 60 characters. */
function firstSentence(text: string, start: number, end: number): string {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let e = s;
  while (e < end && e - s < 60) {
    const ch = text[e];
    if ('。；;！？!?\n\r'.includes(ch)) break;
    e++;
  }
  return text.slice(s, e);
}

/**
 * First sentence of a table cell, at most 60 characters: a line break inside a cell only wraps its text (a table
 * pasted one cell per line), so it is dropped with the blanks around it.
 */
function cellSentence(text: string, start: number, end: number): string {
  let out = '';
  let n = 0;
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (i < end && n < 60) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      while (out.length && isSpace(out.charCodeAt(out.length - 1))) out = out.slice(0, -1);
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    if ('。；;！？!?'.includes(text[i])) break;
    out += text[i++];
    n++;
  }
  return out;
}

/**
 * The start of the last paragraph beginning inside text(a, b): after a line break, or after whitespace that follows
 * a sentence end (a collapsed layout's paragraph break); a when there is none.
 */
/** A line break (among blanks only) comes between the text since `a` and the note at `at`. */
function onOwnLine(text: string, a: number, at: number): boolean {
  for (let i = at - 1; i >= a; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

function lastBreak(text: string, a: number, b: number): number {
  let found = a;
  let i = a;
  while (i < b) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const ws = i;
    let nl = false;
    while (i < b && isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) nl = true;
      i++;
    }
    if (i < b && (nl || (ws > a && '。！？!?；;'.includes(text[ws - 1])))) found = i;
  }
  return found;
}

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** True when text[a, b) holds words (two or more Han letters or Latin letters/digits), not just punctuation. */
function hasWords(text: string, a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (++n >= 2) return true;
    }
  }
  return false;
}

/** Closing statements that are never tasks: 本方案自……起施行, 有效期至……, 各地各部门要……, 以上……. */
const CLOSING_RE = /^(?:本(?:方案|措施|若干措施|意见|实施意见|通知|办法|细则|规定|计划|行动计划|方案)[^。；]{0,30}?(?:施行|执行|实施|有效|废止|解释|负责解释)|[^。；]{0,40}(?:起施行|起执行|有效期)|各(?:地|级|有关)?[^。；，]{0,12}(?:要|应|须|务必)|(?:以上|上述|此前|凡|如有|执行中|实施中|未尽事宜))/;

/**
 * The task standing after an item's last closing note: text in the same paragraph as the note (no line break and no
 * collapsed-layout space between them), up to the paragraph's end, holding words and not a closing statement.
 */
function trailingTask(text: string, from: number, end: number): { start: number; end: number } | undefined {
  let b = from;
  while (b < end && '。；;.'.includes(text.charAt(b))) b++;
  while (b < end && isSpace(text.charCodeAt(b))) {
    const c = text.charCodeAt(b);
    if (c === 10 || c === 13 || c === 0x20 || c === 0x09) return undefined;
    b++;
  }
  let e = b;
  while (e < end) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    if ((c === 0x20 || c === 0x09) && e > b && '。！？!?；;）)'.includes(text[e - 1])) break;
    e++;
  }
  while (e > b && isSpace(text.charCodeAt(e - 1))) e--;
  if (!hasWords(text, b, e) || CLOSING_RE.test(text.slice(b, Math.min(e, b + 60)))) return undefined;
  return { start: b, end: e };
}

/**
 * The work of an item whose text opens with its sentence lead (2.市水务局、市林业局负责。实施河流综合整治工程。 / 1.各县
 * （市）和矿区政府负责，创建……。): the first sentence after the lead's clauses, '' when the item opens otherwise
 * (（一）整治占道经营。X负责。) or nothing follows the lead (4.市农业农村局负责。).
 */
function workAfterLead(text: string, s: Section, own: Assignment[]): string {
  let lead: Assignment | undefined;
  for (const a of own) if (a.form === 'sentence' && a.entries.every((e) => !e.label)) lead = lead ?? a;
  if (!lead && !own.length) lead = itemSentenceLead(text, s, s.marker.end, s.range.end);
  if (!lead) return '';
  let a = s.title.text.trim() ? s.title.start : s.title.end;
  while (a < s.range.end && isSpace(text.charCodeAt(a))) a++;
  if (a !== lead.range.start) return '';
  let b = lead.range.end;
  while (b < s.range.end && ('，,。；;'.includes(text.charAt(b)) || isSpace(text.charCodeAt(b)))) b++;
  const work = firstSentence(text, b, s.range.end);
  return hasWords(text, b, b + work.length) ? work : '';
}

export function deriveTasks(text: string, sections: Section[], assignments: Assignment[], tables: TaskTable[], dates: DateMention[]): Task[] {
  void assignments;
  const sortedDates = dates.slice().sort((a, b) => a.start - b.start);
  const tasks: Task[] = [];
  const tableRanges = tables.map((t) => t.range);
  const inTable = (pos: number): boolean => tableRanges.some((r) => pos >= r.start && pos < r.end);

  // the sections above the one visited (one stack, not a copy per section)
  const chain: Section[] = [];
  // (prefix: the markers of the chain, written together)
  // (fieldSiblings: a sibling of s is an item whose sub-items are its fields and a role line, see fieldGroup)
  const visit = (s: Section, prefix: string, fieldSiblings = false): void => {
    const pathText = prefix + s.marker.text;
    const kids = s.children;
    // (an item whose sub-items are its fields and a role line, （1）时间：… （3）责任单位：X, is the task itself)
    const fg = fieldGroup(text, s);
    if (kids.length && !(fg === 2 || (fg === 1 && fieldSiblings))) {
      chain.push(s);
      let roleGroups = false;
      for (let i = 0; i < kids.length && !roleGroups; i++) roleGroups = fieldGroup(text, kids[i]) === 2;
      for (let i = 0; i < kids.length; i++) if (!liftedRoleItem(text, s, kids[i])) visit(kids[i], pathText, roleGroups);
      chain.pop();
      return;
    }
    if (inTable(s.marker.start)) return; // rows of a task table are tasks of their own
    const own = ownAssignments(s).sort((a, b) => a.range.start - b.range.start);
    const inherited = (): { leads: UnitRef[]; participants: UnitRef[] } | undefined => {
      for (let k = chain.length - 1; k >= 0; k--) {
        const r = rolesOf(ownAssignments(chain[k]));
        if (r.leads.length) return r;
      }
      return undefined;
    };
    const make = (start0: number, end0: number, label: string, as: Assignment[], part?: number): Task => {
      const [start, end] = trimmed(text, start0, end0);
      const own = rolesOf(as);
      let leads = own.leads;
      let participants = own.participants;
      let leadInherited = false;
      // a lead named by the item's heading (（二）县公安局：要……), or by a sentence of the task's own (县住建局负责。
      // 由X负责，Y、Z配合。), when it has no note or label
      if (!leads.length && !as.length) {
        const own = (start0 <= s.marker.start ? headingLead(text, s.marker.end, end0)?.assignment : undefined) ?? itemSentenceLead(text, s, start0 <= s.marker.start ? s.marker.end : start0, end0);
        if (own) {
          const r = rolesOf([own]);
          if (r.leads.length) {
            leads = r.leads;
            participants = r.participants;
          }
        }
      }
      if (!leads.length) {
        const inh = inherited();
        if (inh) {
          leads = inh.leads;
          if (!participants.length) participants = inh.participants;
          leadInherited = true;
        }
      }
      const t: Task = { path: pathText, section: s, range: { start, end }, label, assignments: as, leads, participants, leadInherited };
      let dl = deadlineIn(text, sortedDates, start, end);
      // a deadline of an enclosing item's own text (its note: （牵头单位：X；完成时限：2024年9月底前）) holds for its
      // sub-items, as its lead does
      for (let k = chain.length - 1; k >= 0 && !dl; k--) {
        const c = chain[k];
        dl = deadlineIn(text, sortedDates, c.range.start, c.children.length ? c.children[0].range.start : c.range.end);
      }
      if (dl) t.deadline = dl;
      if (part !== undefined) t.part = part;
      return t;
    };
    const title = s.title.text.trim() || firstSentence(text, s.title.end, s.range.end);
    const notes = own.filter((a) => a.form === 'paren');
    const split = notes.length > 0 && notes.length === own.length;
    if (split && notes.length === 1 && trailingTask(text, notes[0].range.end, s.range.end) === undefined) {
      // One task closed by its note: the task ends with the note (a closing paragraph after it is not part of it).
      let end = notes[0].range.end;
      while (end < s.range.end && '。；;.'.includes(text.charAt(end))) end++;
      tasks.push(make(s.range.start, end, title, own));
      return;
    }
    if (split) {
      let prev = s.range.start;
      let part = 1;
      for (const n of notes) {
        // Text left after the previous note at the end of its paragraph is a task of its own (without a note).
        if (part > 1) {
          const br = lastBreak(text, prev, n.range.start);
          // (a note on a line of its own closes all the text above it, back to the previous note)
          if (br > prev && hasWords(text, prev, br) && !onOwnLine(text, prev, n.range.start)) {
            const [b, e] = trimmed(text, prev, br);
            tasks.push(make(b, e, firstSentence(text, b, e), [], part++));
            prev = br;
          }
        }
        const label = part === 1 ? title : firstSentence(text, prev, n.range.start);
        let end = n.range.end;
        while (end < s.range.end && '。；;.'.includes(text.charAt(end))) end++;
        tasks.push(make(prev, end, label, [n], part++));
        prev = n.range.end;
        // A note may stand before its sentence's full stop: ……体系（X牵头）。 — the stop belongs to that task.
        while (prev < s.range.end && '。；;.'.includes(text.charAt(prev))) prev++;
      }
      // Text after the last note is one more task only when it continues the notes' paragraph and reads like a
      // task: a closing paragraph (本措施自……起施行, 各地各部门要……) is not.
      const tail = trailingTask(text, prev, s.range.end);
      if (tail) tasks.push(make(tail.start, tail.end, firstSentence(text, tail.start, tail.end), [], part));
      return;
    }
    // (an item headed by its unit, （二）县公安局：要……: the task is what follows the colon)
    const hl = own.length ? undefined : headingLead(text, s.marker.end, s.range.end);
    tasks.push(make(s.range.start, s.range.end, hl ? firstSentence(text, hl.colonEnd, s.range.end) || title : workAfterLead(text, s, own) || title, own));
  };

  for (let ti = 0; ti < sections.length; ti++) {
    const top = sections[ti];
    // (a flat plan's top-level item headed by its unit, 二、县公安局：……, beside a top-level item with a note or label)
    const flatHeaded = (): boolean =>
      !top.children.length &&
      [sections[ti - 1], sections[ti + 1]].some((n) => n !== undefined && !n.children.length && ownAssignments(n).length > 0) &&
      headingLead(text, top.marker.end, top.range.end) !== undefined;
    if (!hasAssignmentInTree(top) && !headingLeadItems(text, top) && !flatHeaded()) continue;
    visit(top, '');
  }
  for (const table of tables) tasks.push(...tableTasks(text, table, assignments, sortedDates));
  tasks.sort((a, b) => a.range.start - b.range.start);
  return tasks;
}

/** Markers at the start of a table cell: 一、 (一) （一） 1. 1． 1、 (1) （1）. */
const CELL_MARKER = /(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,3}(?:[.．](?![0-9])|、)|[（(][0-9]{1,3}[）)])/y;
const MARKER_LEVEL = (m: string): number =>
  /^[一二三四五六七八九十]/.test(m) ? 1 : /^[（(][一二三四五六七八九十]/.test(m) ? 2 : /^[0-9]/.test(m) ? 3 : 4;

function tableTasks(text: string, table: TaskTable, assignments: Assignment[], dates: DateMention[]): Task[] {
  const out: Task[] = [];
  const levels: string[] = [];
  const tableAs = assignments.filter((a) => a.form === 'table' && a.range.start >= table.range.start && a.range.end <= table.range.end);
  let ap = 0;
  const cols = table.columns;
  for (const row of table.rows) {
    // Path: markers at the start of cells, carried from earlier rows by level (rows may omit merged cells).
    let deepest = 0;
    let numberCell = '';
    for (const cell of row.cells) {
      CELL_MARKER.lastIndex = cell.start;
      const m = CELL_MARKER.exec(text);
      if (m && m.index === cell.start && m.index + m[0].length <= cell.end) {
        const lv = MARKER_LEVEL(m[0]);
        levels[lv] = m[0];
        levels.length = lv + 1;
        deepest = Math.max(deepest, lv);
      } else if (/^[0-9]{1,3}$/.test(cell.text) && !numberCell) numberCell = cell.text;
    }
    const filled = row.cells.filter((c) => c.text.length > 0);
    const cellAt = (k: number) => (k >= 0 ? rowCell(row, table, k) : undefined);
    const taskCell = cellAt(cols.task);
    const leadCell = cellAt(cols.lead);
    // A group row (only its first cell filled, e.g. 一、全链条优化审批) is a heading, not a task.
    if (filled.length <= 1 && !(leadCell && leadCell.text)) continue;
    let path = '';
    for (let k = 1; k <= deepest; k++) if (levels[k]) path += levels[k];
    if (!path) path = numberCell;
    // Rows and their assignments are both in document order: advance one pointer.
    while (ap < tableAs.length && tableAs[ap].range.start < row.range.start) ap++;
    const as: Assignment[] = [];
    while (ap < tableAs.length && tableAs[ap].range.end <= row.range.end) as.push(tableAs[ap++]);
    const leads: UnitRef[] = [];
    const participants: UnitRef[] = [];
    for (const x of as) for (const e of x.entries) for (const u of e.units) (u.role === 'lead' ? leads : participants).push(u);
    // (without a task cell, the first filled cell that is no 序号)
    const numberAt = cols.number >= 0 ? cellAt(cols.number) : undefined;
    const labelCell = taskCell && taskCell.text ? taskCell : filled.find((c) => c !== numberAt && !/^[0-9]{1,3}[.．、]?$/.test(c.text));
    const t: Task = {
      path,
      range: row.range,
      label: labelCell ? cellSentence(text, labelCell.start, labelCell.end) : '',
      assignments: as,
      leads,
      participants,
      leadInherited: false,
      row,
    };
    const dl = cellAt(cols.deadline);
    if (dl) {
      const d = firstDateIn(dates, dl.start, dl.end);
      if (d) t.deadline = d;
    } else {
      const d = deadlineIn(text, dates, row.range.start, row.range.end);
      if (d) t.deadline = d;
    }
    out.push(t);
  }
  return out;
}

/** The cell of a row under header column k (rows with fewer cells lack their leading, merged cells). */
export function rowCell(row: TableRow, table: TaskTable, k: number): TextSpan | undefined {
  const cols = row.columns;
  if (cols) {
    const i = cols.indexOf(k);
    return i >= 0 ? row.cells[i] : undefined;
  }
  const shift = table.header.cells.length - row.cells.length;
  const i = k - Math.max(0, shift);
  return i >= 0 && i < row.cells.length ? row.cells[i] : undefined;
}
