// Offsets ↔ line/character. Characters are UTF-16 code units, as in LSP.
export interface Position {
  line: number;
  character: number;
}

/**
 * Line starts for \n, \r\n and a lone \r (LSP's three line terminators). The breaks are found with indexOf (a native
 * scan: at every keystroke, even before the JIT warms up, it costs a fraction of a loop over the characters).
 */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      // a \r, and the \n right after it if any: one break
      let next = cr + 1;
      if (lf === next) lf = text.indexOf('\n', ++next);
      starts.push(next);
      cr = text.indexOf('\r', next);
    } else {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

export function offsetToPosition(lineStarts: number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

/** The offset of an LSP position, clamped into its line's content (never inside a \r\n). */
export function positionToOffset(lineStarts: number[], text: string, pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return text.length;
  let end = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : text.length;
  if (end > lineStarts[pos.line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > lineStarts[pos.line] && text.charCodeAt(end - 1) === 13) end--;
  return Math.min(lineStarts[pos.line] + Math.max(0, pos.character), end);
}
