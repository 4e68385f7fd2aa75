// Offsets ↔ line/character. Characters are UTF-16 code units, as in LSP.
export interface Position {
  line: number;
  character: number;
}

/** Line starts for \n, \r\n and a lone \r (LSP's three line terminators). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
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
