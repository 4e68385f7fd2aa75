import assert from 'node:assert/strict';
import { check, seedText, spans } from '../helpers';
import { build } from './notice-rules.fixture';

const rule = 'notice-missing-element';

describe(rule, () => {
  it('is silent on the seed and on a complete notice', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(build(), [rule]), []);
  });

  it('finds a notice without its signing date', () => {
    const t = build({ date: '' });
    const found = check(t, [rule]);
    assert.equal(found.length, 1);
    assert.match(found[0].message.zh, /成文日期/);
    assert.deepEqual(spans(t, rule), ['嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知']);
  });

  it('is silent on a bare work plan without a cover notice', () => {
    assert.deepEqual(check('嘉兴市推进服务业发展工作方案\n一、总体要求\n加快发展。\n二、工作重点\n（一）出台规划。\n牵头单位：市发展改革委。', [rule]), []);
  });
});
