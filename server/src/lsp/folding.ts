// textDocument/foldingRange: the notice, its attached document and every section spanning lines.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { OutlineNode } from '../core/features/outline';
import type { Entry } from './documents';

export function foldingRanges(entry: Entry): FoldingRange[] {
  const out: FoldingRange[] = [];
  const { mapper, result } = entry;
  const text = result.text;
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.kind !== 'part') {
        // trailing blank lines belong to the gap, not the fold
        let end = Math.min(n.range.end + mapper.shift, text.length);
        const start = n.range.start + mapper.shift;
        while (end > start && /\s/.test(text[end - 1])) end--;
        const startLine = mapper.position(start - mapper.shift).line;
        const endLine = mapper.position(end - mapper.shift).line;
        if (endLine > startLine) out.push({ startLine, endLine });
      }
      walk(n.children);
    }
  };
  walk(entry.outline());
  return out;
}
