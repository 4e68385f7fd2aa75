// Invariants shared by the property tests: every range of an analysis lies inside the document,
// children inside parents, the edits of one fix never overlap.
import type { Analysis } from '../../server/src/core/analyze';
import type { GongwenDocument, Range, Section } from '../../server/src/core/model';
import type { Edit } from '../../server/src/core/rule';

export class Problems {
  readonly list: string[] = [];
  add(msg: string): void {
    if (this.list.length < 20) this.list.push(msg);
  }
  /** r is a proper range inside [0, len]. */
  inside(r: Range | undefined, len: number, what: string): void {
    if (!r) return;
    const ok =
      Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= len && r.start <= r.end;
    if (!ok) this.add(`${what}: ${r.start}-${r.end} not inside 0-${len}`);
  }
  /** inner lies within outer. */
  within(inner: Range | undefined, outer: Range, what: string): void {
    if (!inner) return;
    if (inner.start < outer.start || inner.end > outer.end) this.add(`${what}: ${inner.start}-${inner.end} outside its parent ${outer.start}-${outer.end}`);
  }
  /** A span's text is the document's text at its range. */
  textAt(span: { start: number; end: number; text: string } | undefined, text: string, what: string): void {
    if (!span) return;
    if (text.slice(span.start, span.end) !== span.text) this.add(`${what}: text ${JSON.stringify(span.text)} ≠ ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
}

function checkSection(p: Problems, s: Section, len: number, text: string, parent: Range | undefined, path: string): void {
  p.inside(s.range, len, `${path}.range`);
  p.inside(s.marker, len, `${path}.marker`);
  p.inside(s.title, len, `${path}.title`);
  p.inside(s.heading, len, `${path}.heading`);
  p.textAt(s.marker, text, `${path}.marker`);
  p.within(s.marker, s.range, `${path}.marker`);
  p.within(s.heading, s.range, `${path}.heading`);
  p.within(s.title, s.heading, `${path}.title`);
  if (parent) p.within(s.range, parent, `${path}.range`);
  for (const a of s.assignments) p.inside(a.range, len, `${path}.assignment`);
  s.children.forEach((c, i) => checkSection(p, c, len, text, s.range, `${path}.${i}`));
}

/** Every range of the model lies inside the text; children inside parents. */
export function checkModel(doc: GongwenDocument, p: Problems): void {
  const text = doc.text;
  const len = text.length;
  if (doc.lineStarts[0] !== 0) p.add('lineStarts[0] ≠ 0');
  for (let i = 1; i < doc.lineStarts.length; i++)
    if (!(doc.lineStarts[i] > doc.lineStarts[i - 1] && doc.lineStarts[i] <= len)) p.add(`lineStarts[${i}] = ${doc.lineStarts[i]} out of order`);
  doc.paragraphs.forEach((r, i) => p.inside(r, len, `paragraph ${i}`));
  doc.residue.forEach((r, i) => p.inside(r, len, `residue ${i}`));
  doc.sections.forEach((s, i) => checkSection(p, s, len, text, undefined, `section ${i}`));
  doc.allSections.forEach((s, i) => p.inside(s.range, len, `allSections ${i}`));
  doc.assignments.forEach((a, i) => {
    p.inside(a.range, len, `assignment ${i}`);
    a.entries.forEach((e, j) => {
      const w = `assignment ${i} entry ${j}`;
      p.inside(e.label, len, `${w} label`);
      p.inside(e.colon, len, `${w} colon`);
      p.inside(e.list, len, `${w} list`);
      p.inside(e.respectively, len, `${w} respectively`);
      e.remarks?.forEach((r, k) => p.inside(r, len, `${w} remark ${k}`));
      e.units.forEach((u, k) => {
        p.inside(u, len, `${w} unit ${k}`);
        p.within(u, a.range, `${w} unit ${k}`);
      });
      p.within(e.list, a.range, `${w} list`);
    });
  });
  doc.tasks.forEach((t, i) => {
    p.inside(t.range, len, `task ${i}`);
    t.leads.forEach((u, k) => p.inside(u, len, `task ${i} lead ${k}`));
    t.participants.forEach((u, k) => p.inside(u, len, `task ${i} participant ${k}`));
    p.inside(t.deadline, len, `task ${i} deadline`);
  });
  doc.tables.forEach((t, i) => {
    p.inside(t.range, len, `table ${i}`);
    for (const [j, row] of [t.header, ...t.rows].entries()) {
      p.inside(row.range, len, `table ${i} row ${j}`);
      p.within(row.range, t.range, `table ${i} row ${j}`);
      row.cells.forEach((c, k) => {
        p.inside(c, len, `table ${i} row ${j} cell ${k}`);
        p.within(c, row.range, `table ${i} row ${j} cell ${k}`);
      });
    }
  });
  doc.dates.forEach((d, i) => {
    p.inside(d, len, `date ${i}`);
    p.textAt(d, text, `date ${i}`);
    p.inside(d.suffix, len, `date ${i} suffix`);
    p.inside(d.periodEnd, len, `date ${i} periodEnd`);
    d.wrongZeros.forEach((z, k) => {
      p.inside(z, len, `date ${i} wrongZero ${k}`);
      p.within(z, d, `date ${i} wrongZero ${k}`);
    });
  });
  doc.docNumbers.forEach((d, i) => {
    p.inside(d, len, `docNumber ${i}`);
    p.within(d.yearPart, d, `docNumber ${i} yearPart`);
    p.within(d.number, d, `docNumber ${i} number`);
  });
  const n = doc.notice;
  p.inside(n.docNumber, len, 'notice.docNumber');
  p.inside(n.title, len, 'notice.title');
  p.inside(n.addressee, len, 'notice.addressee');
  n.addressee?.units.forEach((u, k) => {
    p.inside(u, len, `notice.addressee unit ${k}`);
    p.within(u, n.addressee!, `notice.addressee unit ${k}`);
  });
  p.inside(n.body, len, 'notice.body');
  n.citedTitles.forEach((c, k) => p.inside(c, len, `notice.citedTitle ${k}`));
  n.signatures.forEach((c, k) => p.inside(c, len, `notice.signature ${k}`));
  p.inside(n.signDate, len, 'notice.signDate');
  n.notes.forEach((c, k) => p.inside(c, len, `notice.note ${k}`));
  p.inside(n.attachmentNote, len, 'notice.attachmentNote');
  p.inside(n.cc, len, 'notice.cc');
  p.inside(n.printer, len, 'notice.printer');
  p.inside(n.printDate, len, 'notice.printDate');
  if (doc.attachment) {
    p.inside(doc.attachment.range, len, 'attachment.range');
    p.inside(doc.attachment.title, len, 'attachment.title');
    p.inside(doc.attachment.preamble, len, 'attachment.preamble');
  }
}

/** Two edits overlap: they share a character, or an insertion lies strictly inside the other's range. */
export function editsOverlap(a: Edit, b: Edit): boolean {
  const A = a.range;
  const B = b.range;
  if (A.start < B.end && B.start < A.end) return true;
  if (A.start === A.end && B.start < A.start && A.start < B.end) return true;
  if (B.start === B.end && A.start < B.start && B.start < A.end) return true;
  // the same range replaced twice
  return A.start === B.start && A.end === B.end && A.start !== A.end;
}

export function checkEditsDisjoint(edits: Edit[], p: Problems, what: string): void {
  for (let i = 0; i < edits.length; i++)
    for (let j = i + 1; j < edits.length; j++)
      if (editsOverlap(edits[i], edits[j]))
        p.add(`${what}: edits ${edits[i].range.start}-${edits[i].range.end} and ${edits[j].range.start}-${edits[j].range.end} overlap`);
}

/** Findings, fixes, related ranges inside the document; the edits of one fix disjoint; no rule failed. */
export function checkAnalysis(a: Analysis, p: Problems): void {
  const len = a.doc.text.length;
  for (const f of a.failures) p.add(`rule ${f.ruleId} failed: ${f.error.split('\n').slice(0, 3).join(' | ')}`);
  a.findings.forEach((f, i) => {
    const w = `finding ${i} (${f.ruleId})`;
    p.inside(f.range, len, w);
    f.related?.forEach((r, k) => p.inside(r.range, len, `${w} related ${k}`));
    f.fixes.forEach((fix, k) => {
      if (fix.edits.length === 0) p.add(`${w} fix ${k} has no edits`);
      fix.edits.forEach((e, m) => {
        p.inside(e.range, len, `${w} fix ${k} edit ${m}`);
        if (typeof e.newText !== 'string') p.add(`${w} fix ${k} edit ${m}: newText not a string`);
      });
      checkEditsDisjoint(fix.edits, p, `${w} fix ${k}`);
    });
    if (!f.message?.zh || !f.message?.en) p.add(`${w}: empty message`);
  });
  checkModel(a.doc, p);
}

/** Applies edits independently of applyEdits (right to left), for cross-checking. */
export function spliceEdits(text: string, edits: Edit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.range.start - a.e.range.start || b.e.range.end - a.e.range.end || b.i - a.i);
  for (const { e } of sorted) text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
  return text;
}

/** The text outside the edits' ranges, in order, is present in `after` at the mapped positions. */
export function checkOnlyEditedChanged(before: string, after: string, edits: Edit[], p: Problems, what: string): void {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let pos = 0;
  let out = 0;
  for (const e of sorted) {
    const gap = before.slice(pos, e.range.start);
    if (after.slice(out, out + gap.length) !== gap) {
      p.add(`${what}: text before ${e.range.start} changed outside any edit`);
      return;
    }
    out += gap.length;
    if (after.slice(out, out + e.newText.length) !== e.newText) {
      p.add(`${what}: edit at ${e.range.start} not applied as written`);
      return;
    }
    out += e.newText.length;
    pos = Math.max(pos, e.range.end);
  }
  if (after.slice(out) !== before.slice(pos)) p.add(`${what}: text after the last edit changed`);
}

export const describeText = (t: string): string => (t.length > 400 ? `${JSON.stringify(t.slice(0, 400))}… (${t.length} units)` : JSON.stringify(t));
