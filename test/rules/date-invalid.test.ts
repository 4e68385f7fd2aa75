import assert from 'node:assert/strict';
import { check, collapse, seedText, spans } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-invalid';

describe(rule, () => {
  it('is silent on the seed', () => assert.deepEqual(check(seedText(), [rule]), []));

  for (const bad of ['2023年4月31日', '2023年2月29日', '2023年13月', '2023年1月32日', '2100年2月29日']) {
    it(`finds ${bad} (both layouts)`, () => {
      const task = `（一）编制清单，${bad}前完成。牵头单位：市审批局。`;
      for (const text of [notice('2022年5月10日', task), collapse(notice('2022年5月10日', task))]) {
        assert.deepEqual(spans(text, rule), [bad]);
      }
    });
  }

  it('finds an impossible Chinese-numeral signing date', () => {
    assert.deepEqual(spans(notice('二〇二三年二月三十日'), rule), ['二〇二三年二月三十日']);
  });

  it('accepts leap days and month ends', () => {
    for (const ok of ['2024年2月29日', '2000年2月29日', '2023年4月30日', '2023年12月31日']) {
      assert.deepEqual(check(notice('2022年5月10日', `（一）编制清单，${ok}前完成。牵头单位：市审批局。`), [rule]), [], ok);
    }
  });
});
