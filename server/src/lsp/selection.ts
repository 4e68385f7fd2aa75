// textDocument/selectionRange: heading → section → parent section → … → the whole document.
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { Range } from '../core/model';
import type { OutlineNode } from '../core/features/outline';
import type { Entry } from './documents';

function inside(r: Range, offset: number): boolean {
  return r.start <= offset && offset <= r.end;
}

export function selectionRanges(entry: Entry, positions: Position[]): SelectionRange[] {
  const { mapper } = entry;
  const whole: Range = { start: 0, end: mapper.text.length - mapper.shift };
  return positions.map((p) => {
    const offset = mapper.offset(p);
    const chain: Range[] = [whole];
    let nodes = entry.outline();
    for (;;) {
      const outer = chain[chain.length - 1];
      const hit: OutlineNode | undefined = nodes.find((n) => inside(n.range, offset) && n.range.start >= outer.start && n.range.end <= outer.end);
      if (!hit) break;
      chain.push(hit.range);
      if (inside(hit.selectionRange, offset) && hit.children.every((c) => !inside(c.range, offset))) {
        const s = hit.selectionRange;
        if (s.start >= hit.range.start && s.end <= hit.range.end) chain.push(s);
        break;
      }
      nodes = hit.children;
    }
    let sel: SelectionRange | undefined;
    let last: Range | undefined;
    for (const r of chain) {
      if (last && r.start === last.start && r.end === last.end) continue;
      sel = { range: mapper.range(r), ...(sel ? { parent: sel } : {}) };
      last = r;
    }
    return sel!;
  });
}
