import assert from 'node:assert/strict';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
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

  // audit: every layout — CRLF, half-width, collapsed — with exact line:col ranges
  it('finds the same future number and reversed period in every layout (CRLF, half-width, collapsed)', () => {
    const future = notice('2023年5月10日', undefined, '根据《关于加快发展的意见》（嘉政发〔2024〕5号）精神。');
    const reversed = notice('2010年5月10日', undefined, '《三年行动计划（2011—2009年）》');
    const ok = notice('2023年5月10日', undefined, '根据《关于加快发展的意见》（嘉政发〔2023〕5号）精神，到2025年（2009—2011年）。');
    for (const [t, at] of [[crlf(future), '3:49-3:55'], [halfWidth(future), '3:49-3:55'], [collapse(halfWidth(future)), '1:93-1:99']]) {
      assert.deepEqual(check(t, [rule]).map((f) => `${locate(t, f).at} ${locate(t, f).text}`), [`${at} 〔2024〕`]);
    }
    for (const [t, at] of [[crlf(reversed), '3:40-3:50'], [halfWidth(reversed), '3:40-3:50'], [collapse(halfWidth(reversed)), '1:84-1:94']]) {
      assert.deepEqual(check(t, [rule]).map((f) => `${locate(t, f).at} ${locate(t, f).text}`), [`${at} 2011—2009年`]);
    }
    for (const t of [ok, crlf(ok), halfWidth(ok), collapse(ok), collapse(halfWidth(ok))]) assert.deepEqual(check(t, [rule]), []);
  });
});
