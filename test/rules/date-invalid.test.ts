import assert from 'node:assert/strict';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
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

  // audit: CRLF and half-width layouts, exact line:col ranges
  it('finds impossible dates in CRLF and half-width layouts, not leap days', () => {
    const bad = notice('2022年5月10日', '（一）编制清单，2023年4月31日前完成。牵头单位：市审批局。');
    const sig = notice('二〇二三年二月三十日');
    const ok = notice('2022年5月10日', '（一）编制清单，2024年2月29日前完成。牵头单位：市审批局。');
    const at = (t: string) => check(t, [rule]).map((f) => `${locate(t, f).at} ${locate(t, f).text}`);
    for (const t of [crlf(bad), halfWidth(bad)]) assert.deepEqual(at(t), ['9:9-9:19 2023年4月31日']);
    assert.deepEqual(at(collapse(halfWidth(bad))), ['1:130-1:140 2023年4月31日']);
    for (const t of [crlf(sig), halfWidth(sig)]) assert.deepEqual(at(t), ['5:1-5:11 二〇二三年二月三十日']);
    assert.deepEqual(at(collapse(sig)), ['1:88-1:98 二〇二三年二月三十日']);
    for (const t of [crlf(ok), halfWidth(ok), collapse(halfWidth(ok))]) assert.deepEqual(check(t, [rule]), []);
  });
});
