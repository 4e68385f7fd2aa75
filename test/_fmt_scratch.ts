import { readdirSync, readFileSync } from 'node:fs';
import { formatDocument } from '../server/src/core/features/format';
for (const f of readdirSync('test/samples').filter(f=>f.endsWith('.txt'))) {
  const t = readFileSync('test/samples/'+f,'utf8');
  const r = formatDocument(t);
  for (const e of r.edits) console.log(f, JSON.stringify(t.slice(e.range.start-12,e.range.start)+'⟦'+t.slice(e.range.start,e.range.end)+'→'+e.newText+'⟧'+t.slice(e.range.end,e.range.end+8)));
}
