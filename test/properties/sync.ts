// LSP content changes for the property tests: a random change (positions past a line or the document's end
// included) and an independent reference application of it.
import fc from 'fast-check';
import { computeLineStarts } from '../../server/src/core/text';
import { piece } from './generators';

export interface LspChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/** A random content change: positions anywhere, often past the end of a line or of the document. */
export const lspChange: fc.Arbitrary<LspChange> = fc
  .record({
    sl: fc.oneof(fc.nat(40), fc.constant(1_000_000)),
    sc: fc.oneof(fc.nat(60), fc.constant(1_000_000)),
    len: fc.oneof(fc.constant(0), fc.nat(5), fc.nat(80)),
    lines: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(3)),
    text: fc.oneof(fc.constant(''), piece, fc.constantFrom('\n', '\r\n', '\r', '一、', '。', '\ud842', '\udfb7')),
  })
  .map(({ sl, sc, len, lines, text }) => ({
    range: { start: { line: sl, character: sc }, end: { line: sl + lines, character: lines ? len : sc + len } },
    text,
  }));

/** The change applied independently: the LSP rules (character clamped to the line, never between \r and \n). */
export function applyChange(text: string, c: LspChange): string {
  const ls = computeLineStarts(text);
  const off = (p: { line: number; character: number }): number => {
    if (p.line >= ls.length) return text.length;
    const lineStart = ls[p.line];
    let lineEnd = p.line + 1 < ls.length ? ls[p.line + 1] : text.length;
    // the line's content ends before its terminator
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(lineStart + p.character, lineEnd);
  };
  let s = off(c.range.start);
  let e = off(c.range.end);
  if (e < s) [s, e] = [e, s];
  return text.slice(0, s) + c.text + text.slice(e);
}

