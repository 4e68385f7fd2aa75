import assert from 'node:assert/strict';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
import { notice } from './dates.fixture';
import { applyEdits } from '../../server/src/core/fixes';

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

// Real-notice trial (issue 6): “寿县人民政府督查室 2022年8月19” — the 日 left out.
describe(`${rule}: a day written without 日`, () => {
  it('warns on 年月 followed by a day number without 日, at a line end, a blank or a mark; the fix adds 日', () => {
    const text = notice('2022年8月19日', '某某县人民政府督查室　　2022年8月19', '（一）编制清单，截至2022年9月30，完成率达到90%。牵头单位：市审批局。');
    for (const t of [text, crlf(text), collapse(text), halfWidth(text)]) {
      const f = check(t, [rule]);
      assert.deepEqual(f.map((x) => `${x.severity} ${locate(t, x).text}`), ['warning 2022年9月30', 'warning 2022年8月19'], t);
      assert.equal(f[0].fixes[0].safe, false);
      assert.equal(applyEdits(t, f[1].fixes[0].edits), t.replace('督查室　　2022年8月19', '督查室　　2022年8月19日'));
    }
  });

  // a real 公示: “公示期自2022年11月17至2022年11月23日” — the first date of the range lost its 日
  it('warns on the first date of a 至/到 range that lacks 日 when the second names its month or year', () => {
    const text = notice('2022年11月17日', '（一）公示期自2022年11月17至2022年11月23日，活动时间为2023年3月1到3月5日。牵头单位：市农业农村局。');
    for (const t of [text, crlf(text), collapse(text), halfWidth(text)]) {
      const f = check(t, [rule]);
      assert.deepEqual(f.map((x) => `${x.severity} ${locate(t, x).text}`), ['warning 2022年11月17', 'warning 2023年3月1'], t);
      assert.equal(applyEdits(t, f[0].fixes[0].edits), t.replace('2022年11月17至', '2022年11月17日至'));
    }
    // 17至23日 (the days share 日) is left alone
    assert.deepEqual(check(notice('2022年11月17日', '（一）公示期为2022年11月17至23日。牵头单位：市农业农村局。'), [rule]), []);
  });

  it('stays silent on ranges, counts and complete dates', () => {
    const text = notice('2022年5月10日', '（一）2022年8月19日至20日、2022年8月19-20日、2022年1-8月19家企业、2022年8月19号均按时完成。牵头单位：市审批局。');
    assert.deepEqual(check(text, [rule]), []);
  });
});

describe(`${rule}: a date that lost its 年 and 月 (real-notice round 3)`, () => {
  // a page that set 年 and 月 as images (or superscripts) leaves the digits run together: 2017822日
  it('flags a run of digits before 日 that reads as one date only, and suggests it', () => {
    const text = notice('2022年5月10日', '本办法于2017822日经主任会议修订，20231128日再次修订。');
    const f = check(text, [rule]);
    assert.deepEqual(f.map((x) => locate(text, x).text), ['2017822日', '20231128日']);
    assert.equal(f[0].severity, 'warning');
    assert.match(f[0].message.zh, /缺少“年”“月”.*2017年8月22日/);
    assert.equal(f[0].fixes[0].safe, false);
    const fixed = applyEdits(text, f.flatMap((x) => x.fixes[0].edits));
    assert.equal(fixed, notice('2022年5月10日', '本办法于2017年8月22日经主任会议修订，2023年11月28日再次修订。'));
    assert.equal(check(crlf(text), [rule]).length, 2);
  });

  it('reports an ambiguous run without a fix, and stays silent on counts, phone numbers and ranges', () => {
    const text = notice('2022年5月10日', '于2017111日修订。');
    const f = check(text, [rule]);
    assert.equal(f.length, 1);
    assert.deepEqual(f[0].fixes, []);
    assert.deepEqual(check(notice('2022年5月10日', '共计365日，电话0571888日，编号A2017822日，1998年12日。'), [rule]), []);
  });

  // real-notice round 4: a 成文日期 whose year the page dropped (年6月12日 under the 署名)
  it('flags a date that starts with 年 (its year lost) at a line start or after a blank, in every layout', () => {
    const t = notice('年6月12日');
    for (const x of [t, crlf(t), halfWidth(t), collapse(t)]) {
      const f = check(x, [rule]);
      assert.deepEqual(f.map((y) => locate(x, y).text), ['年6月12日'], x);
      assert.equal(f[0].message.zh, '日期“年6月12日”缺少年份，请补上年份。');
      assert.deepEqual(f[0].fixes, []);
    }
    assert.deepEqual(locate(t, check(t, [rule])[0]).at, '5:1-5:7');
  });

  it('stays silent on 每年6月, 今年6月12日, 同年6月 and a year written before 年', () => {
    const body = '每年6月12日开展宣传，今年6月12日、同年7月1日、次年3月1日、2022年6月12日均照常。';
    assert.deepEqual(check(notice('2022年5月10日', '（一）编制清单。牵头单位：市审批局。', body), [rule]), []);
  });
});

describe(`${rule}: a month typed with 日 (2018年10日11日)`, () => {
  it('flags the date and offers 月 in place of the first 日, in every layout and in full-width digits', () => {
    const t = notice('2018年10月20日', '（一）召开推进会。牵头单位：市审批局。', '推进会定于2018年10日11日召开。');
    for (const x of [t, crlf(t), collapse(t)]) {
      const f = check(x, [rule]);
      assert.deepEqual(f.map((y) => locate(x, y).text), ['2018年10日11日'], x);
      assert.equal(f[0].message.zh, '日期“2018年10日11日”有误，应为“2018年10月11日”。');
      assert.equal(f[0].fixes[0].safe, false);
      assert.equal(applyEdits(x, f[0].fixes[0].edits), x.replace('2018年10日11日', '2018年10月11日'));
    }
    const wide = t.replace('2018年10日11日', '２０１８年１０日１１日');
    const f = check(wide, [rule]);
    assert.deepEqual(f.map((y) => locate(wide, y).text), ['２０１８年１０日１１日']);
    assert.equal(applyEdits(wide, f[0].fixes[0].edits), wide.replace('１０日', '１０月'));
  });

  it('stays silent when the digits cannot be a month and a day, or stand alone', () => {
    const body = '2018年13日11日、2019年2日30日各一次，2018年10日内完成，2018年10日11日12日。';
    assert.deepEqual(check(notice('2018年10月20日', '（一）召开推进会。牵头单位：市审批局。', body), [rule]), []);
  });
});

describe(`${rule}: a date of digits alone under an issuer's name (real-notice round 9)`, () => {
  // a page that set 年 月 日 as images leaves the 成文日期 (or an attached plan's cover date) as digits: 20181224
  const signed = (date: string, indent = '') =>
    notice('2022年5月10日').replace('嘉兴市人民政府办公室\n2022年5月10日', `${indent}嘉兴市人民政府办公室\n${indent}${date}`);
  it('flags a 成文日期 of digits alone, says how to write it, and offers the date when it reads one way only', () => {
    for (const indent of ['', '                                      ']) {
      const t = signed('20181224', indent);
      for (const x of [t, crlf(t), halfWidth(t)]) {
        const f = check(x, [rule]);
        assert.deepEqual(f.map((y) => locate(x, y).text), ['20181224'], x);
        assert.equal(f[0].severity, 'warning');
        assert.equal(f[0].message.zh, '日期“20181224”缺少“年”“月”“日”，应为“2018年12月24日”。');
        assert.equal(f[0].fixes[0].safe, false);
        assert.equal(applyEdits(x, f[0].fixes[0].edits), x.replace('20181224', '2018年12月24日'));
      }
      assert.equal(locate(t, check(t, [rule])[0]).at, `5:${indent.length + 1}-5:${indent.length + 9}`);
    }
    // a zero-padded month: 2018年4月10日
    const padded = check(signed('20180410'), [rule]);
    assert.equal(applyEdits(signed('20180410'), padded[0].fixes[0].edits), signed('2018年4月10日'));
  });
  it('reports digits that read two ways without a fix', () => {
    const f = check(signed('2018111'), [rule]);
    assert.deepEqual(f.map((x) => x.message.zh), ['日期“2018111”缺少“年”“月”“日”，应为“2018年1月11日”或“2018年11月1日”。']);
    assert.deepEqual(f[0].fixes, []);
  });
  // an attached plan's cover: its title, the issuing body, and 2023410
  it('flags an attached document’s cover date of digits alone under the body’s name', () => {
    const t = notice('2023年4月12日').replace('示例工作方案\n一、', '示例工作方案\n某镇防汛抗旱指挥部\n2023410\n一、');
    for (const x of [t, crlf(t)]) {
      const f = check(x, [rule]);
      assert.deepEqual(f.map((y) => locate(x, y).text), ['2023410']);
      assert.equal(applyEdits(x, f[0].fixes[0].edits), x.replace('2023410', '2023年4月10日'));
    }
    assert.equal(locate(t, check(t, [rule])[0]).at, '9:1-9:8');
  });
  it('stays silent on digits that are no date, or not under a body’s name', () => {
    for (const t of [
      signed('20181234'), // no month and day
      signed('18881224'), // no year
      signed('201812245'), // too long
      notice('2022年5月10日', '（一）编制清单。牵头单位：市审批局。', '邮政编码：\n200433'),
      notice('2022年5月10日').replace('示例工作方案\n一、', '示例工作方案\n按要求报送。\n20230410\n一、'),
    ]) {
      assert.deepEqual(check(t, [rule]), [], t);
    }
  });
});

describe(`${rule}: a 成文日期 whose 年 月 日 were lost, leaving blanks (real-notice round 10)`, () => {
  // a page that garbled the 成文日期 under the 署名 into { 2017 6 23
  const signed = (date: string) => notice('2022年5月10日').replace('嘉兴市人民政府办公室\n2022年5月10日', `嘉兴市人民政府办公室\n${date}`);
  it('flags the line under the 署名, says how to write it, and offers the date (not safe)', () => {
    for (const [date, right] of [
      ['{ 2017 6 23', '2017年6月23日'],
      ['2017 6 23', '2017年6月23日'],
      ['2017　12　1', '2017年12月1日'],
      ['【2017 06 23】', '2017年6月23日'],
    ]) {
      const t = signed(date);
      for (const x of [t, crlf(t), halfWidth(t)]) {
        const f = check(x, [rule]);
        assert.deepEqual(f.map((y) => `${locate(x, y).at} ${locate(x, y).text}`), [`5:1-5:${date.length + 1} ${date}`], x);
        assert.equal(f[0].severity, 'warning');
        assert.equal(f[0].message.zh, `日期“${date}”缺少“年”“月”“日”，应为“${right}”。`);
        assert.equal(f[0].fixes[0].safe, false);
        assert.equal(applyEdits(x, f[0].fixes[0].edits), x.replace(date, right));
        // no other date rule reports it (date-style would say 补了0)
        assert.deepEqual(check(x, ['date-style', 'date-zero-character', 'date-future-reference']), [], x);
      }
    }
  });
  it('stays silent on numbers that are no date, or not under a body’s name', () => {
    for (const t of [
      signed('2017 13 23'),
      signed('2017 2 30'),
      signed('1800 6 23'),
      signed('2017 6 23 8'),
      notice('2022年5月10日').replace('示例工作方案\n一、', '示例工作方案\n按要求报送。\n2017 6 23\n一、'),
    ]) {
      assert.deepEqual(check(t, [rule]), [], t);
    }
  });
});

describe(`${rule}: a 成文日期 of digits set far right with its 署名 lost (real-notice round 12)`, () => {
  // the 署名 set as an image is lost (a blank line stands there); the date of digits far right is the 成文日期
  const far = ' '.repeat(45);
  const lost = (date: string, pad = far) => notice('2022年5月10日').replace('嘉兴市人民政府办公室\n2022年5月10日', `${' '.repeat(40)}\n\n${pad}${date}`);
  it('flags the date, says how to write it, and offers it', () => {
    const t = lost('2017927');
    for (const x of [t, crlf(t), halfWidth(t)]) {
      const f = check(x, [rule]);
      assert.deepEqual(f.map((y) => `${locate(x, y).at} ${locate(x, y).text}`), ['6:46-6:53 2017927'], x);
      assert.equal(f[0].severity, 'warning');
      assert.equal(f[0].message.zh, '日期“2017927”缺少“年”“月”“日”，应为“2017年9月27日”。');
      assert.equal(f[0].fixes[0].safe, false);
      assert.equal(applyEdits(x, f[0].fixes[0].edits), x.replace('2017927', '2017年9月27日'));
    }
  });
  it('stays silent when the digits read two ways, stand at the body’s indent, or in a collapsed line', () => {
    for (const t of [lost('2017111'), lost('2017927', ''), lost('2017927', '  '), collapse(lost('2017927')), lost('201712')]) {
      for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [rule]), [], x);
    }
  });
});

