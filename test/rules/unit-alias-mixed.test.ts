import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, halfWidth, locate, seedText } from '../helpers';
import { unitNotice } from './units.fixture';

const rule = 'unit-alias-mixed';

describe(rule, () => {
  it('is silent on the seed', () => assert.deepEqual(check(seedText(), [rule]), []));

  it('flags a second name of the same unit, fixing to the first-used name everywhere', () => {
    const base = unitNotice([
      ['市发展改革委', '市财政局'],
      ['市发改委', '市财政局'],
      ['市财政局', '市发改委、市体育局'],
    ]);
    for (const text of [base, collapse(base), crlf(base), halfWidth(base)]) {
      const found = check(text, [rule]);
      assert.equal(found.length, 1);
      const f = found[0];
      assert.equal(text.slice(f.range.start, f.range.end), '市发改委');
      assert.equal(f.severity, 'information');
      assert.equal(f.fixes[0].safe, true);
      assert.equal(f.fixes[0].edits.length, 2);
      assert.equal(applyEdits(text, f.fixes[0].edits), text.split('市发改委').join('市发展改革委'));
      assert.equal(text.slice(f.related![0].range.start, f.related![0].range.end), '市发展改革委');
    }
    assert.equal(locate(base, check(base, [rule])[0]).at, '12:6-12:10');
  });

  it('uses the workspace registry aliases', () => {
    const text = unitNotice([['嘉禾交投集团', ''], ['嘉禾市交通投资集团有限公司', '']]);
    const found = check(text, [rule], { units: [{ name: '嘉禾市交通投资集团有限公司', aliases: ['嘉禾交投集团'] }] });
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['嘉禾市交通投资集团有限公司']);
    assert.equal(found[0].fixes[0].edits[0].newText, '嘉禾交投集团');
  });

  it('stays silent on different designations, different bodies, bracket width and group names', () => {
    const text = unitNotice([
      ['市发展改革委', '市发展改革委（信息产业局）'],
      ['市财政局(地税局)', '市财政局（地税局）'],
      ['市城管局', '市综合执法局、市行政审批局、市审改办'],
      ['市教育局', '市教育体育局'],
      ['各县（市、区）政府', '各县（市、区）人民政府'],
      ['南湖区政府', '秀洲区政府、嘉禾市财政局、市财政局'],
      ['县发改委', '区发展改革委'],
    ]);
    assert.deepEqual(check(text, [rule]).map((f) => locate(text, f).text), []);
  });
});

describe('unit-alias-mixed: two names of one unit in one list (QA regression)', () => {
  const doc = [
    '嘉兴市人民政府办公室关于开展物价监督检查的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '　　一、查处价格违法行为。（牵头单位：市市场监管局、市市场监督管理局）',
    '　　二、加强涉企收费检查。（牵头单位：市市场监督管理局）',
    '嘉兴市人民政府办公室',
    '2023年10月9日',
    '',
  ].join('\n');
  for (const [name, text] of [['lines', doc], ['collapsed', collapse(doc)], ['crlf', crlf(doc)]] as const) {
    it(`deletes the repeat in the list instead of listing the unit twice; not a safe fix (${name})`, () => {
      const fs = check(text, ['unit-alias-mixed']);
      assert.equal(fs.length, 1);
      assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '市市场监督管理局');
      const fix = fs[0].fixes[0];
      assert.equal(fix.safe, false);
      const out = applyEdits(text, fix.edits);
      assert.ok(out.includes('（牵头单位：市市场监管局）') && !out.includes('市市场监督管理局') && !out.includes('市市场监管局、市市场监管局'), out);
    });
  }
});
