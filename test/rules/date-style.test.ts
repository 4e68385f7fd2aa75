import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, seedText } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-style';

describe(rule, () => {
  it('is silent before 1 July 2012 (the seed, 2010) and on canonical dates', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(notice('二〇一二年六月三十日'), [rule]), []);
    assert.deepEqual(check(notice('2018年7月1日'), [rule]), []);
  });

  for (const [written, canonical] of [
    ['二〇一八年十二月二十九日', '2018年12月29日'],
    ['2018年07月01日', '2018年7月1日'],
    ['2018-12-29', '2018年12月29日'],
    ['2018.7.1', '2018年7月1日'],
  ]) {
    it(`rewrites ${written} as ${canonical} (all layouts)`, () => {
      for (const text of [notice(written), collapse(notice(written)), crlf(notice(written))]) {
        const found = check(text, [rule]);
        assert.equal(found.length, 1, written);
        assert.equal(text.slice(found[0].range.start, found[0].range.end), written);
        assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace(written, canonical));
      }
    });
  }
  // real (round 4): 会议时间：2008年 10月9 日上午 — blanks a page left inside a date, in the body, before 2012 too
  it('finds blanks inside any date and removes them (safe fix)', () => {
    const body = '会议定于2008年 10月9 日上午召开，请于2008年10月 8日前报名。';
    for (const text of [notice('2018年7月1日', undefined, body), collapse(notice('2018年7月1日', undefined, body)), crlf(notice('2018年7月1日', undefined, body))]) {
      const found = check(text, [rule]);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['2008年 10月9 日', '2008年10月 8日']);
      assert.ok(found[0].message.zh.includes('空格'));
      assert.equal(found[0].fixes[0].safe, true);
      let fixed = text;
      for (const f of [...found].reverse()) fixed = applyEdits(fixed, f.fixes[0].edits);
      assert.equal(fixed, text.replace('2008年 10月9 日', '2008年10月9日').replace('2008年10月 8日', '2008年10月8日'));
    }
    // a full-width blank, and a blank before 年 (2008 年 10 月 9 日)
    for (const [w, c] of [['2008年\u300010月9日', '2008年10月9日'], ['2008 年 10 月 9 日', '2008年10月9日']]) {
      const text = notice('2018年7月1日', undefined, `会议定于${w}召开。`);
      const found = check(text, [rule]);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [w]);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace(w, c));
    }
    // the signing date itself: one finding, the blanks named
    const signed = notice('2018年7月 1日');
    const found = check(signed, [rule]);
    assert.deepEqual(found.map((f) => signed.slice(f.range.start, f.range.end)), ['2018年7月 1日']);
    assert.ok(found[0].message.zh.includes('空格'));
    assert.equal(applyEdits(signed, found[0].fixes[0].edits), notice('2018年7月1日'));
    // blanks and a zero-padded month: the canonical rewrite, once
    const padded = notice('2018年07月 01日');
    assert.deepEqual(check(padded, [rule]).map((f) => applyEdits(padded, f.fixes[0].edits)), [notice('2018年7月1日')]);
  });

  // real (round 7): 名单请于4 月25日(星期二)下午17:00 前上报 — a blank inside a month-day date without its year
  it('finds a blank inside a month-day date (4 月25日) and removes it', () => {
    const body = '请于4 月25日前上报名单，会议于5月 6日召开，7月8 日结束。';
    for (const text of [notice('2018年7月1日', undefined, body), collapse(notice('2018年7月1日', undefined, body)), crlf(notice('2018年7月1日', undefined, body))]) {
      const found = check(text, [rule]);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['4 月25日', '5月 6日', '7月8 日']);
      let fixed = text;
      for (const f of [...found].reverse()) fixed = applyEdits(fixed, f.fixes[0].edits);
      assert.equal(fixed, text.replace('4 月25日', '4月25日').replace('5月 6日', '5月6日').replace('7月8 日', '7月8日'));
    }
    // no day, two blanks, or a number that is no month: silent
    for (const body2 of ['全年12 月份完成。', '第4  月25日。', '共计13 月5日。', '全年4 月完成。']) {
      assert.deepEqual(check(notice('2018年7月1日', undefined, body2), [rule]), [], body2);
    }
  });

  it('is silent on a blank between a date and the next word, and on two blanks (a column gap)', () => {
    for (const body of ['2008年10月 召开会议。', '2008年 全年完成。', '截至2008年  10月底完成。', '2008年 第三季度完成。']) {
      assert.deepEqual(check(notice('2018年7月1日', undefined, body), [rule]), [], body);
    }
  });
});

describe(`${rule}: a 成文日期 of digits alone (real-notice round 9)`, () => {
  it('leaves 20181224 under the 署名 to date-invalid (no 虚位 finding)', () => {
    const t = notice('2022年5月10日').replace('2022年5月10日', '20181224');
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [rule]), []);
  });
});
