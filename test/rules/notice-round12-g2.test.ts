// Round 12 (real notices): the notice frame and dates — a 成文日期 that lost its 年 (and maybe 日), 乡镇/街道 issuers with
// or without their county, 党政办 for 党政办公室, a page's tag before the title, a period of full dates that ends before it
// starts, and a request in the body (请各乡镇于…前报送) due before the 成文日期. Cases from R's report (P2, P5, P9, P6, P10).
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { brokenSignDateEnd, lostNianRead } from '../../server/src/core/parse/dates';
import { check, collapse, crlf, halfWidth, locate, outlineNames } from '../helpers';

const names = (t: string): string[] => outlineNames(t);
const found = (t: string, rule: string) => check(t, [rule]).map((f) => `${locate(t, f).at} ${locate(t, f).text} | ${f.message.zh}`);

describe('round 12: a 成文日期 that lost its 年 (and maybe its 日) under the 署名 (R P2)', () => {
  const plan = (date: string, attached = '某县食品安全工作方案') =>
    [
      '某县人民政府办公室关于印发某县食品安全工作方案的通知',
      '各乡镇人民政府，县政府有关部门：',
      '《某县食品安全工作方案》已经县政府同意，现印发给你们，请认真组织实施。',
      '某县人民政府办公室',
      date,
      attached,
      '一、工作目标',
      '到2024年底，全县食品抽检合格率达到98%以上。',
      '二、工作措施',
      '加强日常监管。',
    ].join('\n');
  const lost: [string, string][] = [
    ['20231月19', '“年”“日”'],
    ['20231月19日', '“年”'],
    ['2023 1月19', '“年”“日”'],
    ['2023 1月19日', '“年”'],
    ['202312月5', '“年”“日”'],
  ];
  it('reads the 署名 and the date as written; the attached 方案 is found; nothing is missing', () => {
    for (const [date] of lost) {
      const t = plan(date);
      for (const v of [t, crlf(t), halfWidth(t)]) {
        const d = parse(v);
        assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某县人民政府办公室'], v);
        assert.equal(d.notice.signDate?.text, date, v);
        const [y, m, dd] = date === '202312月5' ? [2023, 12, 5] : [2023, 1, 19];
        assert.deepEqual([d.notice.signDate?.year, d.notice.signDate?.month, d.notice.signDate?.day], [y, m, dd], v);
        assert.equal(d.attachment?.title.text, '某县食品安全工作方案', v);
        assert.deepEqual(check(v, ['notice-missing-element', 'date-style', 'notice-title-mismatch']), [], v);
        assert.deepEqual(names(v).slice(2, 5), [' 某县人民政府办公室', ` ${date}`, ' 某县食品安全工作方案'], v);
      }
    }
  });
  it('date-invalid says what the date lacks and offers the date (not safe)', () => {
    for (const [date, marks] of lost) {
      const t = plan(date);
      const right = date === '202312月5' ? '2023年12月5日' : '2023年1月19日';
      for (const v of [t, crlf(t), halfWidth(t)]) {
        const f = check(v, ['date-invalid']);
        assert.deepEqual(f.map((x) => `${locate(v, x).at} ${locate(v, x).text}`), [`5:1-5:${date.length + 1} ${date}`], v);
        assert.equal(f[0].severity, 'warning');
        assert.equal(f[0].message.zh, `日期“${date}”缺少${marks}，应为“${right}”。`);
        assert.equal(f[0].fixes.length, 1);
        assert.equal(f[0].fixes[0].safe, false);
        assert.equal(applyEdits(v, f[0].fixes[0].edits), v.replace(date, right));
      }
    }
  });
  it('finds the attached 方案’s title mismatch once the frame is read', () => {
    const t = plan('20231月19', '某县食品安全实施方案');
    for (const v of [t, crlf(t)]) assert.deepEqual(check(v, ['notice-title-mismatch']).map((f) => locate(v, f).text), ['某县食品安全实施方案'], v);
  });
  it('stays silent on such numbers that are no date, or not under a body’s name', () => {
    for (const t of [
      plan('202313月19'), // no month 13
      plan('20232月30'), // no 30 February
      plan('18881月19'), // no year
      plan('2023年1月19日').replace('现印发给你们，请认真组织实施。', '现印发给你们，请认真组织实施。\n20231月19'),
    ]) {
      assert.deepEqual(check(t, ['date-invalid']), [], t);
    }
  });
  it('shows a 成文日期 whose 日 was lost as written (2023年1月19), with its day', () => {
    const t = ['某县人民政府办公室关于做好防汛工作的通知', '各乡镇人民政府：', '现将有关事项通知如下。', '某县人民政府办公室', '2023年1月19'].join('\n');
    for (const v of [t, crlf(t)]) {
      const d = parse(v);
      assert.equal(d.notice.signDate?.text, '2023年1月19', v);
      assert.equal(d.notice.signDate?.day, 19, v);
      assert.deepEqual(names(v), ['某县人民政府办公室关于做好防汛工作的通知', ' 各乡镇人民政府：', ' 某县人民政府办公室', ' 2023年1月19'], v);
      assert.deepEqual(found(v, 'date-invalid'), ['5:1-5:10 2023年1月19 | 日期“2023年1月19”漏写了“日”字，应写作“2023年1月19日”。'], v);
      assert.deepEqual(check(v, ['date-style', 'notice-missing-element']), [], v);
    }
  });
  it('reads the broken date where a collapsed page sets it (for the paragraph split)', () => {
    const c = collapse(plan('20231月19'));
    const at = c.indexOf('20231月19');
    assert.equal(brokenSignDateEnd(c, at, c.length), at + '20231月19'.length);
    for (const date of ['2023 1月19', '20231月19日', '2023年1月19']) {
      const x = collapse(plan(date));
      const b = x.indexOf(date);
      assert.equal(brokenSignDateEnd(x, b, x.length), b + date.length, date);
    }
    // not a number glued to more, nor a whole date, nor no date
    assert.equal(brokenSignDateEnd('20231月19号 ', 0, 10), -1);
    assert.equal(brokenSignDateEnd('2023年1月19日 ', 0, 11), -1);
    assert.equal(brokenSignDateEnd('20232月30 ', 0, 9), -1);
    assert.equal(lostNianRead('20231月19')?.lostDay, true);
    assert.equal(lostNianRead('2023年1月19'), undefined);
  });
});

describe('round 12: 乡镇 and 街道 issuers with or without their county (R P5), 党政办 (R P10), tags before the title (R P1)', () => {
  const n = (issuer: string, signed: string) =>
    [`${issuer}关于做好2024年防汛工作的通知`, '各社区，街道各科室：', '现将有关事项通知如下。', '一、压实责任', '各社区要落实防汛责任。', signed, '2024年5月6日'].join('\n');
  const rule = 'notice-issuer-mismatch';
  it('is silent when the title or the 署名 leaves out the county, district or city of a 乡镇/街道 body', () => {
    for (const [a, b] of [
      ['武原街道办事处', '海盐县武原街道办事处'],
      ['潘村镇人民政府', '明光市潘村镇人民政府'],
      ['潘村镇人民政府', '嘉兴市海盐县潘村镇人民政府'],
      ['潘村镇政府', '明光市潘村镇人民政府'],
      ['某某乡人民政府', '某县某某乡人民政府'],
    ]) {
      for (const t of [n(a, b), n(b, a)]) {
        for (const v of [t, crlf(t), collapse(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
      }
    }
  });
  it('is silent on 党政办 and 政府办 for 党政办公室 and 政府办公室, either way round', () => {
    for (const [a, b] of [
      ['潘村镇党政办公室', '潘村镇党政办'],
      ['潘村镇人民政府办公室', '潘村镇政府办'],
      ['明光市潘村镇党政办公室', '潘村镇党政办'],
    ]) {
      for (const t of [n(a, b), n(b, a)]) {
        for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
      }
    }
  });
  it('still flags another body', () => {
    for (const [a, b] of [
      ['武原街道办事处', '海盐县于城镇人民政府'],
      ['武原街道办事处', '海盐县武原街道党工委'],
      ['潘村镇党政办公室', '潘村镇党委'],
      ['潘村镇人民政府', '明光市张八岭镇人民政府'],
    ]) {
      const t = n(a, b);
      for (const v of [t, crlf(t), collapse(t)]) {
        const f = check(v, [rule]);
        assert.deepEqual(f.map((x) => locate(v, x).text), [b], v);
        assert.equal(applyEdits(v, f[0].fixes[0].edits), v.replace(new RegExp(`${b}(?=[\\r\\n ]+2024年5月6日)`), a), v);
      }
    }
  });
  it('reads no issuer in a page’s column or validity tag before the title', () => {
    for (const tag of ['【意见征集】', '【通知】', '[置顶]', '【转载】', '【公示】', '（已失效）', '(已失效)', '[失效]']) {
      const t = n(tag, '明光市潘村镇人民政府');
      for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
      // the issuer after the tag is still compared
      const other = n(`${tag}某县人民政府`, '某县教育局');
      assert.deepEqual(check(other, [rule]).map((f) => f.message.zh), ['发文机关署名“某县教育局”与标题中的发文机关“某县人民政府”不一致（GB/T 9704-2012 7.3.5.1：署名应为发文机关全称或规范化简称）。'], other);
    }
  });
});

describe('round 12: a period of full dates that ends before it starts (R P9)', () => {
  const rule = 'date-future-reference';
  const plan = (a: string, b: string) =>
    ['某县2024年防汛工作方案', '一、时间安排', `（一）排查阶段（${a}）。各乡镇开展隐患排查。`, `（二）整改阶段（${b}）。各乡镇完成隐患整改。`, '二、工作要求', '各乡镇加强值守。'].join('\n');
  it('flags the same error 2011—2009年 gets, with the end in the start’s year when it leaves it out', () => {
    const t = plan('2024年4月1日—2024年3月15日', '2024年5月1日—4月20日');
    for (const [v, at1, at2] of [
      [t, '3:9-3:29', '4:9-4:24'],
      [crlf(t), '3:9-3:29', '4:9-4:24'],
      [halfWidth(t), '3:9-3:29', '4:9-4:24'],
      [collapse(t), '1:30-1:50', '1:71-1:86'],
    ]) {
      assert.deepEqual(found(v, rule), [
        `${at1} 2024年4月1日—2024年3月15日 | 时间段“2024年4月1日—2024年3月15日”的终止日期“2024年3月15日”早于起始日期“2024年4月1日”，请核对。`,
        `${at2} 2024年5月1日—4月20日 | 时间段“2024年5月1日—4月20日”的终止日期“4月20日”早于起始日期“2024年5月1日”，请核对。`,
      ], v);
      assert.equal(check(v, [rule])[0].severity, 'error');
    }
    // other range marks, and months
    assert.deepEqual(spans(plan('2024年4月1日至2024年3月15日', '2024年5月—2024年3月'), rule), ['2024年4月1日至2024年3月15日', '2024年5月—2024年3月']);
    assert.deepEqual(spans(plan('2024年4月20日至4月1日', '2024年3月1日—2024年3月31日'), rule), ['2024年4月20日至4月1日']);
  });
  it('stays silent on periods in order, and on a winter’s period across the new year that leaves out the end’s year', () => {
    for (const [a, b] of [
      ['2024年3月1日—2024年3月31日', '2024年4月1日—4月30日'],
      ['2023年11月1日—2月28日', '2023年12月—3月'],
      ['2024年3月1日—3月1日', '2023年12月1日—2024年2月28日'],
      ['2024年3月1日', '4月20日—5月1日'],
    ]) {
      const t = plan(a, b);
      for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
    }
  });
});

describe('round 12: a request in the body due before the 成文日期 (R P6)', () => {
  const rule = 'date-deadline-before-signing';
  const n = (...body: string[]) =>
    ['某县人民政府办公室关于开展2024年安全生产大排查的通知', '各乡镇人民政府，县直各单位：', '现将有关事项通知如下。', '一、工作要求', ...body, '二、其他事项', '加强值守。', '某县人民政府办公室', '2024年3月8日'].join('\n');
  it('flags 请各乡镇于…前报送 and 各乡镇于…前完成 dated before the 成文日期', () => {
    const t = n('（一）各乡镇于2024年3月5日前完成自查。', '（二）请各乡镇于2024年3月5日前将联络员名单报送县应急管理局。', '请于2024年2月底前报送。');
    for (const [v, ats] of [
      [t, ['5:8-5:17', '6:9-6:18', '7:3-7:10']],
      [crlf(t), ['5:8-5:17', '6:9-6:18', '7:3-7:10']],
      [halfWidth(t), ['5:8-5:17', '6:9-6:18', '7:3-7:10']],
    ] as [string, string[]][]) {
      const f = check(v, [rule]);
      assert.deepEqual(f.map((x) => `${locate(v, x).at} ${locate(v, x).text}`), [`${ats[0]} 2024年3月5日`, `${ats[1]} 2024年3月5日`, `${ats[2]} 2024年2月`], v);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].message.zh, '完成时限“2024年3月5日”早于成文日期“2024年3月8日”，任务在下达前就已到期，请核对时限或成文日期。');
    }
    const c = collapse(t);
    assert.deepEqual(spans(c, rule), ['2024年3月5日', '2024年3月5日', '2024年2月']);
  });
  it('stays silent on past facts, citations, status and later deadlines', () => {
    const t = n(
      '（一）各乡镇已于2024年3月5日前完成自查。',
      '（二）各乡镇于2024年3月5日前完成了自查。',
      '（三）按照《关于开展排查的通知》要求，各乡镇于2024年3月5日前完成自查。',
      '（四）截至2024年3月5日，各乡镇完成自查。',
      '（五）请各乡镇于2024年3月20日前报送。',
      '（六）县应急管理局于2024年3月5日前开展了抽查。',
      '（七）请各乡镇于3月5日前报送。',
    );
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
  });
  it('stays silent on a forwarded document’s own requests (it dates from its own issue)', () => {
    const t = [
      '某县人民政府办公室关于转发某市安全生产大排查方案的通知',
      '各乡镇人民政府，县直各单位：',
      '现将《某市安全生产大排查方案》转发给你们，请认真贯彻执行。',
      '某县人民政府办公室',
      '2024年3月8日',
      '某市安全生产大排查方案',
      '一、工作要求',
      '请各县区于2024年3月5日前报送联络员名单。',
    ].join('\n');
    for (const v of [t, crlf(t)]) {
      assert.equal(parse(v).notice.kind, 'forward', v);
      assert.deepEqual(check(v, [rule]), [], v);
    }
    // the same request in an issued (印发) document is found
    const issued = t.replace('转发某市', '印发某县').replace('现将《某市安全生产大排查方案》转发给你们', '现将《某县安全生产大排查方案》印发给你们').replace('\n某市安全生产大排查方案\n', '\n某县安全生产大排查方案\n');
    assert.deepEqual(spans(issued, rule), ['2024年3月5日']);
  });
});

function spans(text: string, rule: string): string[] {
  return check(text, [rule]).map((f) => text.slice(f.range.start, f.range.end));
}
