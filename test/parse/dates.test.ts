// Date mentions: every style, values as written, wrong zeros, suffixes, periods, exact ranges.
import { strict as assert } from 'node:assert';
import { findDates } from '../../server/src/core/parse/dates';
import { parse } from '../../server/src/core/parse/index';
import type { DateMention } from '../../server/src/core/model';
import { collapse, crlf, seedText } from '../helpers';

const brief = (d: DateMention): string =>
  `${d.text}|${d.style}|${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}${d.suffix ? '|' + d.suffix.text : ''}${d.shortYear ? '|short' : ''}${d.periodEnd ? '|to ' + d.periodEnd.text : ''}${d.periodStart ? '|end' : ''}`;

function dates(t: string): string[] {
  const ds = findDates(t);
  for (const d of ds) {
    assert.equal(t.slice(d.start, d.end), d.text);
    if (d.suffix) {
      assert.equal(d.suffix.start, d.end);
      assert.equal(t.slice(d.suffix.start, d.suffix.end), d.suffix.text);
    }
  }
  return ds.map(brief);
}

describe('parse/dates', () => {
  it('ISO, with a time after it that is not part of it', () => {
    const t = '发布日期:2022-12-13 18:16';
    assert.deepEqual(dates(t), ['2022-12-13|iso|2022-12-13']);
    assert.equal(findDates(t)[0].start, 5);
  });

  it('Arabic: full, year-month, year, month-day, with suffixes', () => {
    assert.deepEqual(dates('2010年12月9日，2022年7月，2023年3月底前，2022年底，8月底前，2023年上旬，到2015年'), [
      '2010年12月9日|arabic|2010-12-9',
      '2022年7月|arabic|2022-7-',
      '2023年3月|arabic|2023-3-|底前',
      '2022年|arabic|2022--|底',
      '8月|arabic|-8-|底前',
      '2023年|arabic|2023--|上旬',
      '2015年|arabic|2015--',
    ]);
  });

  it('not suffixes: 前三季度, 初步', () => {
    assert.deepEqual(dates('2023年前三季度，2023年初步建成'), ['2023年|arabic|2023--', '2023年|arabic|2023--']);
  });

  it('values as written, even impossible ones', () => {
    assert.deepEqual(dates('2023年4月31日 2023年13月1日 2023年2月29日'), ['2023年4月31日|arabic|2023-4-31', '2023年13月1日|arabic|2023-13-1', '2023年2月29日|arabic|2023-2-29']);
  });

  it('Chinese numerals, with every wrong zero recorded at its 1-char range', () => {
    const seed = seedText();
    const d = parse(seed).dates.find((x) => x.style === 'chinese')!;
    assert.equal(d.text, '二○一○年十二月九日');
    assert.deepEqual([d.year, d.month, d.day], [2010, 12, 9]);
    assert.deepEqual(d.wrongZeros.map((r) => seed.slice(r.start, r.end)), ['○', '○']);
    assert.equal(d.wrongZeros[0].start, seed.indexOf('二○一○') + 1);
    for (const z of ['○', '◯', 'O', 'o', 'Ｏ', '0', '０', '零']) {
      const t = `二${z}一${z}年十二月九日`;
      const [m] = findDates(t);
      assert.equal(m.text, t, z);
      assert.equal(m.year, 2010);
      assert.deepEqual(m.wrongZeros, [{ start: 1, end: 2 }, { start: 3, end: 4 }]);
    }
    const ok = findDates('二〇二三年三月三十一日')[0];
    assert.deepEqual([ok.year, ok.month, ok.day, ok.wrongZeros.length], [2023, 3, 31, 0]);
    assert.deepEqual(dates('二〇二三年十一月二十日 二〇二三年十月'), ['二〇二三年十一月二十日|chinese|2023-11-20', '二〇二三年十月|chinese|2023-10-']);
  });

  it('dotted and slash forms only when unambiguous', () => {
    assert.deepEqual(dates('2012.7.1 2012/7/1'), ['2012.7.1|dotted|2012-7-1', '2012/7/1|slash|2012-7-1']);
    assert.deepEqual(dates('1.2亿元 v2012.7.1 2012.7.1.3 http://a.cn/2012/7/1 2012.13.1'), []);
  });

  it('shortened year needs a month', () => {
    assert.deepEqual(dates('12年7月1日'), ['12年7月1日|arabic|2012-7-1|short']);
    assert.deepEqual(dates('用10年时间'), []);
  });

  it('periods: two mentions, the start pointing at the end', () => {
    assert.deepEqual(dates('(2009-2011年)'), ['2009|arabic|2009--|to 2011年', '2011年|arabic|2011--|end']);
    assert.deepEqual(dates('2011—2009年'), ['2011|arabic|2011--|to 2009年', '2009年|arabic|2009--|end']);
    assert.deepEqual(dates('2009年—2011年'), ['2009年|arabic|2009--|to 2011年', '2011年|arabic|2011--|end']);
  });

  it('not dates: standards, times, numbers, case numbers', () => {
    assert.deepEqual(dates('GB/T 9704-2012 18:16 1000亿元 127个项目 3个月 12.5G'), []);
  });

  it('the seed: 发布日期, 成文日期, the cited period and 2010年', () => {
    const seed = seedText();
    assert.deepEqual(parse(seed).dates.map(brief), [
      '2022-12-13|iso|2022-12-13',
      '二○一○年十二月九日|chinese|2010-12-9',
      '2009|arabic|2009--|to 2011年',
      '2011年|arabic|2011--|end',
      '2010年|arabic|2010--',
    ]);
  });

  it('same mentions whatever the layout', () => {
    const t = '一、目标\n到2015年，完成建设。\n二、任务\n2023年3月底前完成。\n';
    const want = ['2015年|arabic|2015--', '2023年3月|arabic|2023-3-|底前'];
    for (const v of [t, collapse(t), crlf(t)]) assert.deepEqual(dates(v), want);
  });

  it('honours from/to', () => {
    const t = '2010年12月9日和2022年7月';
    assert.deepEqual(findDates(t, 11).map(brief), ['2022年7月|arabic|2022-7-']);
    assert.deepEqual(findDates(t, 0, 5).map(brief), ['2010年|arabic|2010--']);
  });
});

describe('parse/dates: yearless mentions', () => {
  it('month-day without a year only with plausible values', () => {
    assert.deepEqual(findDates('8月底前 9月30日 近13月 0月').map(brief), ['8月|arabic|-8-|底前', '9月30日|arabic|-9-30']);
  });
});
