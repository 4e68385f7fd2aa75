// Helpers shared by the task and unit-list rules. Pure, linear in what they are given.
import type { AssignmentEntry, GongwenDocument, Range, Section, TextSpan, UnitRef } from '../../model';
import type { RuleContext } from '../../rule';

/** Whitespace a layout may put between parts of a notice (including line breaks). */
export function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0xfeff;
}

/** Unit text compared for identity: spaces dropped, bracket width unified. */
export function normalizeUnit(s: string): string {
  // most names have nothing to change: find the first character that does
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWs(c) || c === 0x28 || c === 0x29) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (isWs(c)) continue;
    out += ch === '(' ? '（' : ch === ')' ? '）' : ch;
  }
  return out;
}

const GROUP_RE = /^各|有关|相关(?:部门|单位)|成员单位$|等(?:部门|单位)?$|^市级|^省级|^县级/;

/** Group designations (各县(市、区)政府, 市级有关部门, ……成员单位): never one specific unit. */
export function isGroupUnit(ctx: RuleContext, name: string): boolean {
  const n = normalizeUnit(name);
  return ctx.units.isGroupName(n) || GROUP_RE.test(n);
}

/**
 * Same unit: identical after normalising, or aliases of one unit in the registry (a bracketed
 * designation keeps names apart: 市发展改革委(信息产业局) is not 市发展改革委).
 */
export function sameUnit(ctx: RuleContext, a: string, b: string): boolean {
  const na = normalizeUnit(a);
  const nb = normalizeUnit(b);
  if (na === nb) return true;
  if (/[（）]/.test(na + nb)) return false;
  return ctx.units.sameUnit(na, nb);
}

/** Escapes text for an LSP snippet ($ } \ are special). */
export function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (m) => '\\' + m);
}

/** Every assignment entry of the document with its assignment's form, in document order. */
export function allEntries(doc: GongwenDocument): { entry: AssignmentEntry; form: string; index: number }[] {
  const out: { entry: AssignmentEntry; form: string; index: number }[] = [];
  doc.assignments.forEach((a, index) => {
    for (const entry of a.entries) out.push({ entry, form: a.form, index });
  });
  return out;
}

/** Strength of a separator between two units: ； > ， > 、 > anything else (和, 及, spaces). */
export function separatorStrength(sep: string): number {
  if (/[；;]/.test(sep)) return 3;
  if (/[，,]/.test(sep)) return 2;
  if (sep.includes('、')) return 1;
  return 0;
}

const PLAIN_SEPARATOR = /^[\s\u3000\u00a0、，,；;]*(?:和|及|以及|与)?[\s\u3000\u00a0、，,；;]*$/;

/**
 * The edit that deletes units[k] from its list with one adjacent separator, keeping the list's
 * separators right: the weaker of the two separators around it goes (the following one when
 * they are equal), so a category break （，）survives. Undefined when the text between units is
 * more than a separator (a remark, a role word) — deleting it blindly could lose words.
 */
export function deleteUnitEdit(text: string, units: UnitRef[], k: number): Range | undefined {
  const u = units[k];
  const prev = k > 0 ? units[k - 1] : undefined;
  const next = k + 1 < units.length ? units[k + 1] : undefined;
  const before = prev ? text.slice(prev.end, u.start) : undefined;
  const after = next ? text.slice(u.end, next.start) : undefined;
  const ok = (s: string | undefined) => s !== undefined && s.length <= 8 && PLAIN_SEPARATOR.test(s);
  const useAfter = ok(after) && (!ok(before) || separatorStrength(after!) <= separatorStrength(before!));
  if (useAfter) return { start: u.start, end: next!.start };
  if (ok(before)) return { start: prev!.end, end: u.end };
  return undefined;
}

/**
 * Top-level sections sorted by start (doc.sections already is); the one holding offset. The notice's own sections
 * (doc.noticeSections, before the attached document) count too: a cover letter's item is a section of tasks only
 * when some item of it carries an assignment.
 */
export function topSectionAt(doc: GongwenDocument, offset: number): Section | undefined {
  const cover = doc.noticeSections;
  const s = cover.length && offset < cover[cover.length - 1].range.end ? cover : doc.sections;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].range.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  return offset < s[found].range.end ? s[found] : undefined;
}

/**
 * Top-level sections in which some item carries an assignment ("sections of tasks"). A task table's rows do not
 * count (as in deriveTasks): an attached 分工表 under the last item assigns its own rows, and does not make the
 * body's items above it tasks that must each name a lead (the table names them).
 */
export function sectionsOfTasks(doc: GongwenDocument): Set<Section> {
  const out = new Set<Section>();
  for (const a of doc.assignments) {
    if (a.form === 'table') continue;
    const top = topSectionAt(doc, a.range.start);
    if (top) out.add(top);
  }
  return out;
}

/** Text of a span, trimmed of whitespace, as a span. */
export function trimSpan(text: string, r: Range): TextSpan {
  let s = r.start;
  let e = r.end;
  while (s < e && isWs(text.charCodeAt(s))) s++;
  while (e > s && isWs(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Quotes a name for a message, shortened to about 24 characters. */
export function q(s: string): string {
  const t = s.length > 24 ? s.slice(0, 23) + '…' : s;
  return `“${t}”`;
}
