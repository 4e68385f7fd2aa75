import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { collapse, halfWidth, locate } from './helpers';
const [f, mode, rule] = process.argv.slice(2);
let t = readFileSync(f, 'utf8');
if (mode?.includes('half')) t = halfWidth(t);
if (mode?.includes('collapse')) t = collapse(t);
const a = analyze(t, {});
for (const x of a.findings) if (!rule || x.ruleId === rule) { const l = locate(t, x); console.log(l.rule, l.at, JSON.stringify(t.slice(Math.max(0, x.range.start - 30), x.range.end + 30))); }
if (mode?.includes('paras')) for (const p of a.doc.paragraphs) console.log('P', JSON.stringify(t.slice(p.start, p.end).slice(0, 80)));
