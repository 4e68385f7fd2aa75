import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { locate } from './helpers';
const dir = '/work/main/test/fixtures/qa/';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const t0 = readFileSync(dir + f, 'utf8');
  const base = new Set(analyze(t0, {}).findings.filter((x) => x.severity !== 'hint').map((x) => x.ruleId + ' ' + t0.slice(x.range.start, x.range.end).replace(/\s+/g, ' ')));
  const variants: Record<string, string> = {
    asciiIndent: t0.replace(/^\u3000\u3000/gm, '    '),
    blankLines: t0.replace(/\n/g, '\n\n'),
    bom: '\ufeff' + t0,
    noIndent: t0.replace(/^[\u3000 ]+/gm, ''),
  };
  for (const [k, t] of Object.entries(variants)) {
    const a = analyze(t, {});
    for (const x of a.findings.filter((x) => x.severity !== 'hint')) {
      const key = x.ruleId + ' ' + t.slice(x.range.start, x.range.end).replace(/\s+/g, ' ');
      if (!base.has(key)) { const l = locate(t, x); console.log(f, k, l.rule, JSON.stringify(l.text.slice(0, 60)), l.message.slice(0, 80)); }
    }
  }
}
