import { analyze } from '../server/src/core/analyze';
import { seedText, locate } from './helpers';
const t = seedText();
const a = analyze(t);
console.log('residue', a.doc.residue.map(r => [r.kind, r.block, t.slice(r.start, r.end)]));
console.log('sections', a.doc.allSections.length, 'tasks', a.doc.tasks.length, 'assign', a.doc.assignments.length, 'dates', a.doc.dates.length);
for (const f of a.findings) if (f.severity !== 'hint') console.log(JSON.stringify(locate(t, f)));
console.log(a.failures);
