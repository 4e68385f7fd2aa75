// heading-end-punctuation (information): a heading on its own line ending in 。 where the document's
// other headings of that level do not (or the reverse). Majority decides, per level; ties are silent. The
// notice's own body, when an attached document holds the main tree, is judged apart from the attached document.
//
// Only real headings take part: a section whose heading is its own paragraph, is a short phrase
// (≤ 30 characters, no ，/, no 。；？！：inside, no 《》) and is followed by content of its own (child
// items or body text other than a lead-unit, deadline or bracketed note). A one-sentence task on its own line
// (1.规上工业增加值增长8%。 followed by 责任单位：…) is an item, not a heading, and is left alone.
import type { GongwenDocument, Paragraph, Range, Section } from '../../model';
import type { Rule } from '../../rule';
import { CodeSet } from '../shared/text';
import { isDubious, levelNames, q } from './numbering';
import { inNoticeTree } from '../../parse/sections';

const MAX_HEADING = 30;
const INNER_STOPS = new CodeSet('。；;？?！!：:，,《》');
const ENDINGS = new CodeSet('。；;？?！!：:，,、….．');
const SPACES = new CodeSet(' \t\u3000\u00a0\r\n');
const STOP = 0x3002; // 。

function isSpace(c: number): boolean {
  return SPACES.has(c);
}

function paragraphAt(paras: Paragraph[], pos: number): Paragraph | undefined {
  let lo = 0;
  let hi = paras.length - 1;
  let found: Paragraph | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paras[mid].start <= pos) {
      found = paras[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && pos < found.end ? found : undefined;
}

function lineEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

interface Candidate {
  section: Section;
  /** The heading phrase without the final 。. */
  core: Range;
  /** The final 。, when there is one. */
  stop?: Range;
}

/** A lead-unit or deadline note (牵头单位：… 责任单位: … 完成时限：…) starting at p. */
const NOTE_RE = /(?:牵头|责任|参与|配合|协办|主办|承办|指导)(?:单位|部门)[ \u3000]*[：:]|完成时[限间][ \u3000]*[：:]/y;

function isNote(text: string, p: number, notes: Range[]): boolean {
  for (const n of notes) if (n.start <= p && p < n.end) return true;
  // a bracketed note on its own line: （牵头单位：…） （2024年底前完成）
  const c = text.charCodeAt(p);
  if (c === 0xff08 || c === 40) return true;
  NOTE_RE.lastIndex = p;
  return NOTE_RE.test(text);
}

/**
 * Whether the section has content of its own after its heading paragraph: child items, or a
 * paragraph that is not a lead-unit note (the model's assignments, or a label line it missed).
 */
function hasOwnContent(doc: GongwenDocument, s: Section, headingEnd: number): boolean {
  if (s.children.length) return true;
  const end = s.range.end;
  const notes = s.assignments.map((a) => a.range);
  const paras = doc.paragraphs;
  if (paras.length) {
    let lo = 0;
    let hi = paras.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid].start < headingEnd) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paras.length && paras[i].start < end; i++) {
      if (!isNote(doc.text, paras[i].start, notes)) return true;
    }
    return false;
  }
  for (let i = headingEnd; i < end; i++) {
    if (isSpace(doc.text.charCodeAt(i))) continue;
    if (isNote(doc.text, i, notes)) {
      while (i < end && doc.text.charCodeAt(i) !== 10) i++;
      continue;
    }
    return true;
  }
  return false;
}

function candidate(doc: GongwenDocument, s: Section): Candidate | undefined {
  if (!s.headingOwnParagraph) return undefined;
  const text = doc.text;
  const para = paragraphAt(doc.paragraphs, s.marker.start);
  const end = para ? para.end : lineEnd(text, s.marker.end);
  let a = s.marker.end;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b <= a) return undefined;
  let stop: Range | undefined;
  let coreEnd = b;
  const last = text.charCodeAt(b - 1);
  if (last === STOP) {
    stop = { start: b - 1, end: b };
    coreEnd = b - 1;
  } else if (ENDINGS.has(last)) return undefined;
  if (coreEnd - a === 0 || coreEnd - a > MAX_HEADING) return undefined;
  for (let i = a; i < coreEnd; i++) if (INNER_STOPS.has(text.charCodeAt(i))) return undefined;
  if (!hasOwnContent(doc, s, end)) return undefined;
  return { section: s, core: { start: a, end: coreEnd }, stop };
}

export const headingEndPunctuation: Rule = {
  id: 'heading-end-punctuation',
  defaultSeverity: 'information',
  owner: 'punctuation',
  description: {
    zh: '同一层级的独立标题末尾标点应统一：多数标题不加句号时，个别标题不应加句号（反之亦然）。',
    en: 'Headings of one level on their own lines end alike: with 。 or without it, as most of the document’s headings of that level do.',
  },
  check(ctx) {
    const { doc } = ctx;
    // per tree and level: the notice's own body (when an attached document holds the main tree) and the attached
    // document are two documents, each judged by its own headings
    const byLevel = new Map<number, Candidate[]>();
    for (const s of doc.allSections) {
      if (ctx.inResidue(s.marker) || isDubious(doc, s)) continue;
      const c = candidate(doc, s);
      if (!c) continue;
      const key = s.level + (inNoticeTree(doc, s) ? 10 : 0);
      let l = byLevel.get(key);
      if (!l) byLevel.set(key, (l = []));
      l.push(c);
    }
    for (const [key, cands] of byLevel) {
      const level = key % 10;
      const withStop = cands.filter((c) => c.stop);
      const without = cands.filter((c) => !c.stop);
      if (withStop.length === without.length) continue;
      const majorityStops = withStop.length > without.length;
      const majority = majorityStops ? withStop : without;
      const minority = majorityStops ? without : withStop;
      if (majority.length < 2 || !minority.length) continue;
      const ln = levelNames[level];
      for (const c of minority) {
        const m = q(c.section.marker.text + doc.text.slice(c.core.start, c.core.end) + (c.stop ? '。' : ''));
        if (c.stop) {
          ctx.report({
            range: c.stop,
            message: {
              zh: `标题末尾标点不统一：本文${ln.zh}标题有 ${majority.length} 个末尾不加句号，${m}末尾有“。”。同一层级标题的末尾标点应一致。`,
              en: `Heading ends differently: ${majority.length} ${ln.en} headings of this document end without 。, ${m} ends with it. Headings of one level end alike.`,
            },
            fixes: [{ title: { zh: '删除标题末尾的“。”', en: 'Remove the 。 at the end of the heading' }, edits: [{ range: c.stop, newText: '' }], safe: true }],
          });
        } else {
          ctx.report({
            range: c.core,
            message: {
              zh: `标题末尾标点不统一：本文${ln.zh}标题有 ${majority.length} 个末尾加句号，${m}末尾没有“。”。同一层级标题的末尾标点应一致。`,
              en: `Heading ends differently: ${majority.length} ${ln.en} headings of this document end with 。, ${m} does not. Headings of one level end alike.`,
            },
            fixes: [
              {
                title: { zh: '在标题末尾加“。”', en: 'Add 。 at the end of the heading' },
                edits: [{ range: { start: c.core.end, end: c.core.end }, newText: '。' }],
                safe: true,
              },
            ],
          });
        }
      }
    }
  },
};
