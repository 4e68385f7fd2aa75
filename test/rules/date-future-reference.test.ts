import assert from 'node:assert/strict';
import { check, collapse, seedText, spans } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-future-reference';

describe(rule, () => {
  it('is silent on the seed (嘉政发〔2009〕61号 precedes 2010)', () => assert.deepEqual(check(seedText(), [rule]), []));

  it('finds a cited document number from after the signing year', () => {
    const body = '根据《关于加快发展的意见》（嘉政发〔2024〕5号）精神。';
    for (const text of [notice('2023年5月10日', undefined, body), collapse(notice('2023年5月10日', undefined, body))]) {
      assert.deepEqual(spans(text, rule), ['〔2024〕']);
    }
    assert.deepEqual(check(notice('2023年5月10日', undefined, '根据嘉政发〔2023〕5号精神。'), [rule]), []);
  });

  it('finds a period that ends before it starts, not plans for the future', () => {
    assert.deepEqual(spans(notice('2010年5月10日', undefined, '《三年行动计划（2011—2009年）》'), rule), ['2011—2009年']);
    assert.deepEqual(spans(notice('2010年5月10日', undefined, '（2011-2009年）'), rule), ['2011-2009年']);
    assert.deepEqual(check(notice('2010年5月10日', undefined, '到2015年，（2009—2011年）'), [rule]), []);
  });
});
