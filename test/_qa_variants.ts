import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../server/src/core/analyze';
import { collapse, crlf, halfWidth, locate } from './helpers';
const dir = '/work/main/test/fixtures/qa/';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
  const t0 = readFileSync(dir + f, 'utf8');
  const variants: Record<string, string> = { orig: t0, collapsed: collapse(t0), crlf: crlf(t0), half: halfWidth(t0), halfCollapsed: collapse(halfWidth(t0)) };
  for (const [k, t] of Object.entries(variants)) {
    const a = analyze(t, {});
    const fs = a.findings.filter((x) => x.severity !== 'hint' && !(x.ruleId === 'punct-half-width' && k.startsWith('half')));
    for (const x of fs) { const l = locate(t, x); console.log(f, k, l.rule, JSON.stringify(l.text.slice(0, 60)), l.message.slice(0, 80)); }
    if (a.failures.length) console.log(f, k, 'FAIL', a.failures);
  }
}
