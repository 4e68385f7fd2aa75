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

  // round 12 (R's P9): a period whose yearless end follows a half-width hyphen is the same period as after — or ~
  it('finds a reversed period whatever its range mark (-, －, ~, ～, —), and stays silent on a well-ordered one or a number', () => {
    const phase = (range: string) => notice('2024年3月10日', '（一）排查隐患。牵头单位：市应急局。', `排查阶段（${range}）。`);
    for (const mark of ['-', '－', '~', '～', '—']) {
      const t = phase(`2024年4月20日${mark}4月1日`);
      const want = `2024年4月20日${mark}4月1日`;
      for (const x of [t, crlf(t), halfWidth(t), collapse(t)]) {
        const f = check(x, [rule]);
        assert.deepEqual(f.map((y) => locate(x, y).text), [want], x);
        assert.equal(f[0].message.zh, `时间段“${want}”的终止日期“4月1日”早于起始日期“2024年4月20日”，请核对。`);
        assert.deepEqual(f[0].fixes ?? [], []);
      }
      const col = t.split('\n')[2].indexOf(want) + 1;
      assert.equal(col, 37);
      assert.equal(locate(t, check(t, [rule])[0]).at, `3:${col}-3:${col + want.length}`);
      for (const ok of [`2024年4月1日${mark}4月20日`, `2024年4月1日${mark}2024年4月20日`]) {
        for (const x of [phase(ok), collapse(phase(ok))]) assert.deepEqual(check(x, [rule]), [], x);
      }
    }
    // a 文号-like or phone-like hyphen after a date is no period
    for (const body of ['2024年4月20日-3号文件已印发。', '2024年4月20日起，咨询电话0551-4123456。', '2024年4月-3季度。']) {
      const t = notice('2024年5月10日', '（一）排查隐患。牵头单位：市应急局。', body);
      for (const x of [t, collapse(t)]) assert.deepEqual(check(x, [rule]), [], x);
    }
  });
});
