// The notice's outline: what the LSP server returns as document symbols and the CLI prints.
//
// Shape: the notice (its title) → its own parts (主送机关, 署名, 成文日期) → the attached document (its
// title) → its sections. The notice's own sections (its body's 一、二、 before the 署名, doc.noticeSections) stand
// under the notice in document order, between the 主送机关 and the 署名. Without an attachment, the sections follow
// the parts under the notice; without a notice title, the attached document (or, failing that, the sections) is at
// the top level.
// Every child's range lies inside its parent's range; selectionRange (title or marker + title) lies
// inside range.
import type { GongwenDocument, Range, Section } from '../model';

export type OutlineKind = 'notice' | 'document' | 'section' | 'part';

export interface OutlineNode {
  /** The document's own text: marker as written + title (at most ~30 characters, then …). */
  name: string;
  /** Lead units, joined with 、 (absent when there are none). */
  detail?: string;
  kind: OutlineKind;
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

export const OUTLINE_NAME_MAX = 30;

/** At most OUTLINE_NAME_MAX characters (code points), then …. */
/** Titles of the notice and of the attached document are shown whole up to this length. */
export const OUTLINE_TITLE_MAX = 60;

/** At most `max` characters (code points), then …. */
export function shortName(s: string, max = OUTLINE_NAME_MAX): string {
  const t = s.replace(/[\r\n]+/g, '');
  const cps = Array.from(t);
  return cps.length > max ? cps.slice(0, max).join('') + '…' : t;
}

function sectionNode(s: Section): OutlineNode {
  const leads: string[] = [];
  for (const a of s.assignments) {
    for (const e of a.entries) {
      if (e.role !== 'lead') continue;
      for (const u of e.units) if (u.role === 'lead' && !leads.includes(u.text)) leads.push(u.text);
    }
  }
  const node: OutlineNode = {
    name: shortName(s.marker.text + s.title.text),
    kind: 'section',
    range: { start: s.range.start, end: s.range.end },
    selectionRange: { start: s.heading.start, end: Math.min(s.heading.end, s.range.end) },
    children: s.children.map(sectionNode),
  };
  if (leads.length) node.detail = leads.join('、');
  return node;
}

function part(name: string, r: Range): OutlineNode {
  return { name: shortName(name), kind: 'part', range: { start: r.start, end: r.end }, selectionRange: { start: r.start, end: r.end }, children: [] };
}

export function buildOutline(doc: GongwenDocument): OutlineNode[] {
  const sections = doc.sections.map(sectionNode);
  const att = doc.attachment;
  const documentNode = (): OutlineNode | undefined =>
    att && {
      name: shortName(att.title.text, OUTLINE_TITLE_MAX),
      kind: 'document',
      range: { start: att.range.start, end: att.range.end },
      selectionRange: { start: att.title.start, end: att.title.end },
      children: sections,
    };
  const n = doc.notice;
  if (!n.title) {
    const d = documentNode();
    return d ? [...doc.noticeSections.map(sectionNode), d] : sections;
  }
  const children: OutlineNode[] = [];
  if (n.addressee) children.push(part(n.addressee.text, n.addressee));
  for (const s of n.signatures) children.push(part(s.text, s));
  if (n.signDate) children.push(part(n.signDate.text, n.signDate));
  const d = documentNode();
  if (d) {
    // the notice's own sections (its body's 一、二、 when the attached document holds the main tree)
    for (const s of doc.noticeSections) children.push(sectionNode(s));
    children.push(d);
  } else children.push(...sections);
  children.sort((a, b) => a.range.start - b.range.start); // document order

  let start = n.title.start;
  let end = n.title.end;
  if (n.docNumber) start = Math.min(start, n.docNumber.start);
  for (const c of children) {
    start = Math.min(start, c.range.start);
    end = Math.max(end, c.range.end);
  }
  const last = doc.paragraphs[doc.paragraphs.length - 1];
  if (last) end = Math.max(end, last.end);
  return [
    {
      name: shortName(n.title.text, OUTLINE_TITLE_MAX),
      kind: 'notice',
      range: { start, end },
      selectionRange: { start: n.title.start, end: n.title.end },
      children,
    },
  ];
}
