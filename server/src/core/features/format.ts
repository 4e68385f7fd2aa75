// Document formatting: text + config.format → minimal, non-overlapping edits. Pure and linear.
//
// (a) paragraphs  — a collapsed line (a scraped page's body on one line, paragraphs joined by spaces) is
//                   broken into one paragraph per line: the ASCII spaces separating two of the parser's
//                   collapsed paragraphs become the document's line terminator (a full-width indentation
//                   after them stays, as the next line's indentation).
// (b) renumber    — siblings that skip, repeat or go backwards get the expected ordinal, each marker keeping
//                   its own form: the numbering-sequence rule's safe fixes, selected as fix-all selects them.
// (c) punctuation — half-width , : ; ( ) ? ! in Chinese text become full-width: the marks the
//                   punct-half-width rule finds (never in numbers 1.2亿元, times 18:16, URLs, markers 1.).
//
// Web residue is left as it is (the parser's paragraphs exclude it; both rules skip it). Only whitespace
// between paragraphs, marker numbers and the half-width marks are ever touched, so formatting is lossless.
// Each part runs again on its own output until it finds nothing more (a bounded number of extra linear
// passes; the second usually finds nothing), and the edits are composed back onto the original text, so
// formatting the result changes nothing.
import { AnalysisCache } from '../memo';
import { residueTest } from '../analyze';
import { defaultConfig, type GongwenConfig } from '../config';
import { applyEdits, selectFixAll } from '../fixes';
import type { GongwenDocument, Section } from '../model';
import { parse } from '../parse';
import type { Edit, Finding, Report, RuleContext } from '../rule';
import { FULL_WIDTH, findHalfWidthMarks } from '../rules/punctuation/punct-half-width';
import { continuousRuns, numberingFactsOf } from '../rules/structure/numbering';
import { inNoticeTree } from '../parse/sections';
import { checkNumberingSequence } from '../rules/structure/numbering-sequence';
import { createRegistry, type UnitRegistry } from '../units/registry';

export type FormatOptions = GongwenConfig['format'];

export { FULL_WIDTH };

/** The document's line terminator: the first one it uses (\r\n, \n or a lone \r); \n when it has none. */
export function lineTerminator(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return '\n';
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
}

/** A rule context that collects reports (the formatter runs rule logic without analysing the whole document). */
function collectingContext(doc: GongwenDocument, config: GongwenConfig, units: UnitRegistry | undefined, sink: Report[]): RuleContext {
  let registry = units;
  return {
    doc,
    config,
    // the numbering and punctuation logic never consult the registry; built lazily if one ever does
    get units(): UnitRegistry {
      registry ??= createRegistry(config.units);
      return registry;
    },
    report: (r) => sink.push(r),
    inResidue: residueTest(doc.residue),
    cache: new AnalysisCache(),
  };
}

/** (a) The edits that put each collapsed paragraph on its own line. */
export function paragraphEdits(doc: GongwenDocument, eol = lineTerminator(doc.text)): Edit[] {
  const text = doc.text;
  const paras = doc.paragraphs;
  const edits: Edit[] = [];
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i];
    const q = paras[i + 1];
    if (!p.collapsed || !q.collapsed) continue;
    // the gap must be blanks only, on one line (a residue node between two paragraphs stays)
    let lastAscii = -1;
    let blank = true;
    for (let k = p.end; k < q.start; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x20 || c === 0x09) lastAscii = k;
      else if (c !== 0x3000 && c !== 0xa0) {
        blank = false;
        break;
      }
    }
    if (!blank || q.start === p.end) continue;
    // ASCII blanks give way to the line break (full-width ones after them stay as the next line's indent); a gap of
    // full-width blanks or NBSP only (a page that kept each paragraph's 　　 indent and lost its line breaks) keeps
    // them all: the break goes in before the indent
    edits.push(lastAscii < 0 ? { range: { start: p.end, end: p.end }, newText: eol } : { range: { start: p.end, end: lastAscii + 1 }, newText: eol });
  }
  return edits;
}

/**
 * (b) The edits that renumber lists: numbering-sequence's safe fixes. Each of its fixes renumbers its item
 * and every later item of the same list (so one fix makes the whole list run in order); the fixes of later
 * findings in that list assume the list unfixed, so only the first fix of each list is taken.
 */
export function renumberEdits(doc: GongwenDocument, config: GongwenConfig = defaultConfig, units?: UnitRegistry): Edit[] {
  const reports: Report[] = [];
  checkNumberingSequence(collectingContext(doc, config, units, reports));
  if (!reports.length) return [];
  // the list each marker belongs to, as the rule groups them (level-3 runs when numbered continuously)
  // (each tree on its own: the notice's own body, when an attached document holds the main tree, is renumbered
  // as its own lists, read as numbered per parent or on across parents by its own items)
  const listOf = new Map<number, number>();
  const facts = numberingFactsOf(doc);
  const cover = (s: Section) => inNoticeTree(doc, s);
  const on3 = (s: Section) => (cover(s) ? facts.cover.continuous : facts.continuous);
  let id = 0;
  for (const list of facts.st.lists) {
    id++;
    if (list.level === 3 && on3(list.items[0])) continue;
    for (const s of list.items) listOf.set(s.marker.start, id);
  }
  if (facts.continuous || facts.cover.continuous)
    for (const run of continuousRuns(doc)) {
      id++;
      if (!on3(run[0])) continue;
      for (const s of run) listOf.set(s.marker.start, id);
    }
  const fixed = new Set<number>();
  const findings: Finding[] = [];
  for (const r of reports) {
    const fix = r.fixes?.find((f) => f.safe);
    if (!fix) continue;
    const list = listOf.get(r.range.start) ?? -r.range.start - 1;
    if (fixed.has(list)) continue;
    fixed.add(list);
    findings.push({ ruleId: 'numbering-sequence', severity: 'error', range: r.range, message: r.message, fixes: [fix] });
  }
  return selectFixAll(findings);
}

/** (c) The edits that make half-width punctuation in Chinese text full-width (one detection pass). */
export function punctuationEdits(doc: GongwenDocument, config: GongwenConfig = defaultConfig, units?: UnitRegistry): Edit[] {
  const marks = findHalfWidthMarks(collectingContext(doc, config, units, []));
  const edits: Edit[] = [];
  // (a half-width quote becomes “ or ” by its place in its pair: m.full)
  for (const m of marks) edits.push({ range: { start: m.offset, end: m.offset + 1 }, newText: m.full });
  return edits;
}

/**
 * Passes of (c) at most: a mark converted makes its half-width neighbour Chinese text too (浏览次数:, → ：, →
 * ：，), so detection runs again on its own output until nothing more changes. Each pass converts the next mark of
 * a run of adjacent marks; real text has runs of two or three.
 */
export const PUNCTUATION_PASSES = 8;

/**
 * (c) to a fixpoint: the offsets (in `text`) of every mark to convert, found on `text` as formatting leaves it
 * (so a second formatting finds none). Conversions keep the length, so offsets never shift between passes.
 */
function punctuationFixpoint(text: string, first: GongwenDocument | undefined, config: GongwenConfig, units?: UnitRegistry): Edit[] {
  const all: Edit[] = [];
  let current = text;
  let doc = first ?? parse(text);
  for (let pass = 0; pass < PUNCTUATION_PASSES; pass++) {
    const edits = punctuationEdits(doc, config, units);
    if (!edits.length) break;
    all.push(...edits);
    current = applyEdits(current, edits);
    if (pass + 1 < PUNCTUATION_PASSES) doc = parse(current);
  }
  return all.sort((a, b) => a.range.start - b.range.start);
}

/** Maps an offset of applyEdits(text, edits) back to `text` (for offsets outside the edits' new text). */
function backMapper(edits: Edit[]): (offset: number) => number {
  // edits sorted, non-overlapping; walk with a cursor (queries come in increasing order)
  let k = 0;
  let delta = 0; // new − old, accumulated over edits before the cursor
  return (offset: number) => {
    while (k < edits.length && edits[k].range.start + delta + edits[k].newText.length <= offset) {
      delta += edits[k].newText.length - (edits[k].range.end - edits[k].range.start);
      k++;
    }
    return offset - delta;
  };
}

/** Passes of (a)+(b) at most (the second almost always finds nothing). */
export const STRUCTURE_PASSES = 4;

/**
 * Composes edits of `text` (first) with edits of its result (then) into edits of `text`. An edit of the second
 * set that touches the new text of one of the first is merged into it (a marker renumbered twice is one edit).
 */
function compose(first: Edit[], then: Edit[]): Edit[] {
  // staged positions of the first edits' new text
  const spans: { start: number; end: number }[] = [];
  let delta = 0;
  for (const e of first) {
    const start = e.range.start + delta;
    spans.push({ start, end: start + e.newText.length });
    delta += e.newText.length - (e.range.end - e.range.start);
  }
  const out: Edit[] = first.map((e) => ({ range: { ...e.range }, newText: e.newText }));
  const back = backMapper(first);
  let k = 0;
  for (const e of then) {
    while (k < spans.length && spans[k].end < e.range.start) k++;
    // the span holding e, if any: the one at k may only touch it (a line break inserted just before a
    // renumbered marker), so look on among the spans starting at or before e
    let hit = -1;
    for (let j = k; j < spans.length && spans[j].start <= e.range.start; j++) {
      if (e.range.end <= spans[j].end) {
        hit = j;
        break;
      }
    }
    if (hit >= 0) {
      // inside the new text of a first edit: rewrite that edit's new text
      const sp = spans[hit];
      const cur = out[hit].newText;
      out[hit].newText = cur.slice(0, e.range.start - sp.start) + e.newText + cur.slice(e.range.end - sp.start);
      continue;
    }
    const start = back(e.range.start);
    out.push({ range: { start, end: start + (e.range.end - e.range.start) }, newText: e.newText });
  }
  return disjoint(out);
}

/** Sorted, and without clashes: the kinds touch disjoint characters (blanks, digits, marks), so none is expected. */
function disjoint(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const kept: Edit[] = [];
  let start = -1;
  let end = -1;
  for (const e of edits) {
    if (e.range.start < end || e.range.start === start) continue;
    kept.push(e);
    start = e.range.start;
    end = e.range.end;
  }
  return kept;
}

export interface FormatResult {
  /** Edits in document order, none overlapping (offsets into the text as given, BOM included). */
  edits: Edit[];
  /** The formatted text. */
  text: string;
}

/**
 * Formats a notice. `text` may start with a BOM (kept; offsets count it). Returns minimal edits in
 * document order (whitespace runs, marker digits, single marks), never a whole-document replacement.
 */
export function formatDocument(text: string, config: GongwenConfig = defaultConfig, units?: UnitRegistry): FormatResult {
  const options = config.format;
  const structuralEdits = (d: GongwenDocument, c: GongwenConfig, u?: UnitRegistry): Edit[] => [
    ...(options.paragraphs ? paragraphEdits(d) : []),
    ...(options.renumber ? renumberEdits(d, c, u) : []),
  ];
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = shift ? text.slice(1) : text;
  if (!options.paragraphs && !options.renumber && !options.punctuation) return { edits: [], text };
  const doc = parse(body);
  // (a) and (b), then again on their own output until nothing changes: breaking a line or renumbering an item
  // can let the parser see one more marker (10. → 1. makes the next line's 2．… an item), and a second
  // formatting must find nothing left to do
  let edits = disjoint(structuralEdits(doc, config, units));
  let staged = edits.length ? applyEdits(body, edits) : body;
  let stagedDoc: GongwenDocument | undefined = edits.length ? undefined : doc;
  for (let pass = 1; pass < STRUCTURE_PASSES && edits.length; pass++) {
    const d = parse(staged);
    const more = disjoint(structuralEdits(d, config, units));
    if (!more.length) {
      stagedDoc = d;
      break;
    }
    edits = compose(edits, more).filter((e) => body.slice(e.range.start, e.range.end) !== e.newText);
    staged = applyEdits(body, edits);
  }
  if (options.punctuation) {
    // detected on the text with its paragraphs broken and lists renumbered, as a second formatting sees it;
    // marks are neither blanks nor digits, so each maps back to one character of the original
    const back = backMapper(edits);
    const marks = punctuationFixpoint(staged, stagedDoc, config, units);
    edits = edits.slice();
    for (const e of marks) {
      const at = back(e.range.start);
      edits.push({ range: { start: at, end: at + 1 }, newText: e.newText });
    }
  }
  const kept = disjoint(edits).map((e) => (shift ? { range: { start: e.range.start + shift, end: e.range.end + shift }, newText: e.newText } : e));
  return { edits: kept, text: applyEdits(text, kept) };
}

/** The formatted text only. */
export function format(text: string, config: GongwenConfig = defaultConfig): string {
  return formatDocument(text, config).text;
}
