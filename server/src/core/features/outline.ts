// The notice's outline: what the LSP server returns as document symbols and the CLI prints.
//
// Shape: the notice (its title) → its own parts (主送机关, 署名, 成文日期) → the attached document (its
// title) → its sections. The notice's own sections (its body's 一、二、 before the 署名, doc.noticeSections) stand
// under the notice in document order, between the 主送机关 and the 署名. Without an attachment, the sections follow
// the parts under the notice; without a notice title, the attached document (or, failing that, the sections) is at
// the top level.
// Every child's range lies inside its parent's range; selectionRange (title or marker + title) lies
// inside range.
//
// Documents not numbered by GB/T 9704's 一、（一）1.（1） scheme are navigated by their own headings, which the
// outline adds as sections (kind 'section', `heading` telling which): a 预案's decimal headings (1 总则 / 1.1 编制目的
// / 1.1.1 …) and a 办法's or 细则's 第一章 / 第一节 / 第一条. They are read here only, for the outline: the section
// tree (and so every numbering rule) never sees them. When a document has none, the outline is the section tree.
import type { GongwenDocument, Paragraph, Range, Section } from '../model';
import { endsSentence, endsTitle, skipSpaces, trimEnd } from '../parse/chars';
import { articleHeadingAt, decimalHeadingAt, isLeaderChar } from '../parse/markers';
import { attachmentParts } from '../parse/sections';

export type OutlineKind = 'notice' | 'document' | 'section' | 'part';

export interface OutlineNode {
  /** The document's own text: marker as written + title (at most ~30 characters, then …). */
  name: string;
  /** Lead units, joined with 、 (absent when there are none). */
  detail?: string;
  kind: OutlineKind;
  /** For a section that is a document's own heading outside the 一、（一）1.（1） scheme: which kind. */
  heading?: StructuralHeadingKind;
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

export type StructuralHeadingKind = 'chapter' | 'part' | 'article' | 'decimal';

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
  const sections = withStructuralHeadings(doc) ?? doc.sections.map(sectionNode);
  const att = doc.attachment;
  // one node per attached document: the first (doc.attachment's title) and each later one its 附件N label opens
  const documentNodes = (): OutlineNode[] => {
    if (!att) return [];
    const parts = attachmentParts(doc.text, doc.paragraphs, { start: att.title.end, end: att.range.end });
    const first: OutlineNode = {
      name: shortName(att.title.text, OUTLINE_TITLE_MAX),
      kind: 'document',
      range: { start: att.range.start, end: parts.length ? Math.max(att.title.end, lastParagraphEnd(doc, att.title.end, parts[0].range.start)) : att.range.end },
      selectionRange: { start: att.title.start, end: att.title.end },
      children: [],
    };
    const nodes = [first];
    for (const pt of parts)
      nodes.push({
        name: shortName(pt.title.text, OUTLINE_TITLE_MAX),
        kind: 'document',
        range: { start: pt.range.start, end: pt.range.end },
        selectionRange: { start: pt.title.start, end: pt.title.end },
        children: [],
      });
    // each section goes to the document it starts in, and never ends after it
    let i = 0;
    for (const s of sections) {
      while (i + 1 < nodes.length && s.range.start >= nodes[i + 1].range.start) i++;
      nodes[i].children.push(s);
    }
    for (const d of nodes) clipTo(d.children, d.range.end);
    return nodes;
  };
  const n = doc.notice;
  if (!n.title) {
    const ds = documentNodes();
    return ds.length ? [...doc.noticeSections.map(sectionNode), ...ds] : sections;
  }
  const children: OutlineNode[] = [];
  if (n.addressee) children.push(part(n.addressee.text, n.addressee));
  for (const s of n.signatures) children.push(part(s.text, s));
  if (n.signDate) children.push(part(n.signDate.text, n.signDate));
  const ds = documentNodes();
  if (ds.length) {
    // the notice's own sections (its body's 一、二、 when the attached document holds the main tree)
    for (const s of doc.noticeSections) children.push(sectionNode(s));
    children.push(...ds);
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

/** The end of the last paragraph in [from, before), or from when there is none. */
function lastParagraphEnd(doc: GongwenDocument, from: number, before: number): number {
  let e = from;
  for (const p of doc.paragraphs) {
    if (p.start >= before) break;
    if (p.start >= from && p.end <= before) e = p.end;
  }
  return e;
}

/** A node never ends after its parent (its end is cut back, not before its own selection). */
function clipTo(list: OutlineNode[], end: number): void {
  for (const c of list) {
    if (c.range.end > end) c.range.end = Math.max(end, c.selectionRange.end);
    clipTo(c.children, c.range.end);
  }
}

// ---- structural headings (第一章 / 第一节 / 第一条; 1 / 1.1 / 1.1.1) ----

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

interface Item {
  /** Nesting rank: a smaller rank holds a larger one (章 1 < 节 2 < 条 3; decimal depth 1–4; GB sections 10+). */
  rank: number;
  para: number;
  node: OutlineNode;
  /** A GB section's own range end (the item's end never exceeds it). */
  maxEnd?: number;
}

interface Candidate {
  para: number;
  start: number;
  markerEnd: number;
  kind: StructuralHeadingKind;
  rank: number;
  /** decimal: the number's first component */
  first: number;
  /** a GB section's marker (1. 总则 / 一、总则) read as the decimal scheme's top level */
  gb?: boolean;
}

/** A table of contents' leader in the paragraph: an ellipsis (……), or three leader dots or more in a row (...... / ····). */
function hasLeader(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2026) return true;
    run = isLeaderChar(c) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * A table of contents written without leaders (目  录 / 1 总则 / 1.1 编制目的 / … then 1 总则 again over the text): from
 * the 目录 line to the paragraph that repeats its first entry, when every entry between is a short heading; or undefined.
 */
function contentsList(text: string, paras: Paragraph[], from: number, to: number): Range | undefined {
  const squeeze = (p: Paragraph) => text.slice(p.start, p.end).replace(/[ \t\u3000\u00a0]+/g, '');
  let k = 0;
  while (k < paras.length && (paras[k].start < from || paras[k].end - paras[k].start > 12 || squeeze(paras[k]) !== '目录')) {
    if (paras[k].start >= to) return undefined;
    k++;
  }
  if (k + 2 >= paras.length) return undefined;
  const first = squeeze(paras[k + 1]);
  // (the list is short headings only, 200 entries at most)
  for (let j = k + 2; j < paras.length && j <= k + 200 && paras[j].end <= to; j++) {
    const p = paras[j];
    if (squeeze(p) === first) return j > k + 2 ? { start: paras[k].start, end: p.start } : undefined;
    if (!headingOnly(text, skipSpaces(text, p.start, p.end), p.end)) return undefined;
  }
  return undefined;
}

/** A paragraph that is a heading only: short, no sentence inside. */
function headingOnly(text: string, start: number, end: number): boolean {
  const e = trimEnd(text, start, end);
  if (e - start > 30) return false;
  for (let i = start; i < e; i++) {
    const c = text.charCodeAt(i);
    if (endsTitle(c) || c === 0xff0c || c === 0x2c || c === 0x2026 /* … a TOC's leader */) return false;
  }
  return true;
}

function structuralNode(text: string, cand: Candidate, p: Paragraph): OutlineNode {
  const ts = skipSpaces(text, cand.markerEnd, p.end);
  let te = ts;
  while (te < p.end && !endsTitle(text.charCodeAt(te))) te++;
  const headingEnd = te < p.end ? te + 1 : trimEnd(text, ts, te);
  const title = text.slice(ts, trimEnd(text, ts, te));
  const marker = text.slice(cand.start, cand.markerEnd);
  // as written: 1 总则 / 1.1编制目的 / 第一章 总 则 (a run of spaces shown as one); a GB marker as its section shows it
  const spaced = ts > cand.markerEnd && !cand.gb;
  return {
    name: shortName((spaced ? `${marker} ${title}` : marker + title).replace(/[ \t\u3000\u00a0]+/g, ' ')),
    kind: 'section',
    heading: cand.kind,
    range: { start: cand.start, end: p.end },
    selectionRange: { start: cand.start, end: Math.max(headingEnd, cand.markerEnd) },
    children: [],
  };
}

/**
 * The main tree (the attached document's, else the body's) with the document's own structural headings, or
 * undefined when it has none (then the outline is the section tree as it is).
 */
function withStructuralHeadings(doc: GongwenDocument): OutlineNode[] | undefined {
  const text = doc.text;
  const paras = doc.paragraphs;
  const n = doc.notice;
  const cStart = doc.attachment ? doc.attachment.range.start : Math.max(n.addressee?.end ?? 0, n.title?.end ?? 0);
  const cEnd = doc.attachment ? doc.attachment.range.end : text.length;
  const gbAt = new Map<number, Section>();
  for (const s of doc.allSections) gbAt.set(s.marker.start, s);

  const toc = contentsList(text, paras, cStart, cEnd);
  const cands: Candidate[] = [];
  let articles = 0;
  let decimals = 0; // candidates 1.1 and deeper
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (p.start < cStart || p.end > cEnd) continue;
    if (toc && p.start >= toc.start && p.start < toc.end) continue; // a table of contents without leaders
    if (hasLeader(text, p.start, p.end)) continue; // a table of contents' line (1.1编制目的……3)
    let gb = gbAt.get(p.start);
    // (a 1. item the section tree read out of 2.1应急组织机构 — 2. with a digit after it — is the decimal heading 2.1)
    if (gb && gb.level === 3 && isDigitCode(text.charCodeAt(gb.marker.end)) && decimalHeadingAt(text, p.start, p.end)?.depth === 2) gb = undefined;
    if (gb && !(gb.level === 1 || (gb.level === 3 && (gb.marker.form === 'N.' || gb.marker.form === 'N．')))) continue;
    const a = articleHeadingAt(text, p.start, p.end);
    if (a) {
      if (gb) continue;
      const rest = skipSpaces(text, a.markerEnd, p.end);
      if (a.kind === 'article') articles++;
      else if (!headingOnly(text, rest, p.end)) continue;
      const rank = a.kind === 'chapter' ? 1 : a.kind === 'part' ? 2 : 3;
      cands.push({ para: k, start: p.start, markerEnd: a.markerEnd, kind: a.kind, rank, first: 0 });
      continue;
    }
    if (gb) {
      // 1. 总则 (or 一、总则) heading a 预案 numbered 1.1 / 1.2 below it: a decimal heading (decided below, once the
      // scheme is known)
      if (headingOnly(text, gb.marker.end, p.end))
        cands.push({ para: k, start: p.start, markerEnd: gb.marker.end, kind: 'decimal', rank: 1, first: gb.ordinal, gb: true });
      continue;
    }
    const d = decimalHeadingAt(text, p.start, p.end);
    if (!d) continue;
    if (d.depth === 1 && !headingOnly(text, d.markerEnd, p.end)) continue;
    if (d.depth > 1) decimals++;
    cands.push({ para: k, start: p.start, markerEnd: d.markerEnd, kind: 'decimal', rank: d.depth, first: d.first });
  }
  // A scheme is taken when it is used: two articles; two decimal headings 1.1 or deeper. A top-level number (1 总则,
  // 1. 总则) counts when a decimal heading below it (1.1 …) follows before the next top-level one; or, once the
  // scheme is taken, when it is the next top-level number (2 先期处置 after 1.2 …, 4 附则 after 3.1 …) and the paragraph
  // before it is closed (a sentence's end or a heading: not 事发单位应在 / 2 小时内报告), or when it is 1 and the
  // first top-level number confirmed after it is 2.
  const confirmed = (i: number): boolean => {
    const nx = cands[i + 1];
    return nx !== undefined && nx.kind === 'decimal' && nx.rank >= 2 && nx.first === cands[i].first;
  };
  const kept: Candidate[] = [];
  let top = 0; // the top-level number in effect (the first component of the last decimal heading kept), 0 before any
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.kind === 'article' && articles < 2) continue;
    if (c.kind === 'decimal') {
      if (decimals < 2) continue;
      if (c.rank === 1 && !confirmed(i)) {
        let inSequence = false;
        if (top > 0) inSequence = c.first === top + 1 && closedBefore(c.para, kept);
        else if (c.first === 1) {
          for (let j = i + 1; j < cands.length; j++) {
            const d = cands[j];
            if (d.kind !== 'decimal' || d.rank !== 1) continue;
            if (d.first === 2 && confirmed(j)) inSequence = true;
            break;
          }
        }
        if (!inSequence) continue;
      }
      top = c.first;
    }
    kept.push(c);
  }
  if (!kept.length) return undefined;

  /** The paragraph before paras[k] ends a sentence or a title, or is a heading kept. */
  function closedBefore(k: number, heads: Candidate[]): boolean {
    if (k === 0) return true;
    const last = heads[heads.length - 1];
    if (last && last.para === k - 1) return true;
    const q = paras[k - 1];
    const e = trimEnd(text, q.start, q.end);
    return endsSentence(text, e, q.start) || (e > q.start && endsTitle(text.charCodeAt(e - 1)));
  }

  // merge with the section tree, in document order
  const taken = new Set<number>(kept.map((c) => c.start));
  const paraOf = new Map<number, number>();
  for (let k = 0; k < paras.length; k++) paraOf.set(paras[k].start, k);
  const items: Item[] = kept.map((c) => ({ rank: c.rank, para: c.para, node: structuralNode(text, c, paras[c.para]) }));
  const flatten = (list: Section[], depth: number) => {
    for (const s of list) {
      if (toc && s.marker.start >= toc.start && s.marker.start < toc.end) continue;
      if (taken.has(s.marker.start)) {
        flatten(s.children, depth);
        continue;
      }
      const node = sectionNode(s);
      node.children = [];
      items.push({ rank: 10 + depth, para: paraOf.get(s.marker.start) ?? 0, node, maxEnd: s.range.end });
      flatten(s.children, depth + 1);
    }
  };
  flatten(doc.sections, 0);
  items.sort((a, b) => a.node.range.start - b.node.range.start);

  const roots: OutlineNode[] = [];
  const stack: Item[] = [];
  let lastEnd = 0;
  for (let k = 0; k < paras.length; k++) if (paras[k].start >= cStart && paras[k].end <= cEnd) lastEnd = paras[k].end;
  const close = (it: Item, end: number) => {
    const e = Math.max(it.node.selectionRange.end, it.maxEnd !== undefined ? Math.min(end, it.maxEnd) : end);
    it.node.range.end = e;
  };
  for (const it of items) {
    const prevEnd = it.para > 0 ? paras[it.para - 1].end : it.node.range.start;
    while (stack.length && stack[stack.length - 1].rank >= it.rank) close(stack.pop()!, prevEnd);
    (stack.length ? stack[stack.length - 1].node.children : roots).push(it.node);
    stack.push(it);
  }
  while (stack.length) close(stack.pop()!, lastEnd);
  // a child never ends after its parent
  const clip = (list: OutlineNode[], end: number) => {
    for (const c of list) {
      if (c.range.end > end) c.range.end = Math.max(end, c.selectionRange.end);
      clip(c.children, c.range.end);
    }
  };
  clip(roots, cEnd);
  return roots;
}
