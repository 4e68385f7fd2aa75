import { analyze } from '../server/src/core/analyze';
import { locate, samplePath } from './helpers';
import { readFileSync } from 'node:fs';
for (const s of ['guobanfa-2018-128-wufeichengshi.txt','lishui-2023-zhongdian-gongzuo.txt','xian-2022-fangguanfu-table.txt']) {
  const t = readFileSync(samplePath(s), 'utf8');
  const a = analyze(t, { only: ['punct-half-width','punct-unbalanced','punct-document-number','punct-range','punct-repeated','punct-serial-comma','typo-confusable'] });
  console.log('==', s, a.findings.length);
  for (const f of a.findings) { if (f.ruleId === 'punct-half-width' && f.severity === 'hint') continue; const l = locate(t, f); console.log(l.rule, l.severity, l.at, JSON.stringify(t.slice(Math.max(0,f.range.start-8), f.range.end+8)), l.message.slice(0,60)); }
}
