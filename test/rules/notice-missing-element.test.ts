import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, seedText, spans, crlf, halfWidth, locate, outlineNames } from '../helpers';
import { build } from './notice-rules.fixture';
import { parse } from '../../server/src/core/parse';

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

  // a real page: a county's 决定 whose signature the page dropped (only the date is left)
  // real pages (a township's 会议通知, a party congress's 公告): numbered items, a 联系电话 line, then the date with no
  // 署名 above it — the 成文日期 is there, only the 署名 is missing
  it('takes a closing date after a 联系电话 line as the 成文日期 (only the 署名 is missing)', () => {
    const t = [
      '关于召开全镇安全生产工作会议的通知',
      '各村（社区），镇直各单位：',
      '　　经研究，定于3月5日召开全镇安全生产工作会议。现将有关事项通知如下：',
      '　　一、参会人员：各村（社区）党组织书记。',
      '　　二、报名地点：镇党政办公室',
      '　　镇党政办公室　联系电话：88788222',
      '2024年3月1日',
    ].join('\n');
    const withNote = t + '\n（此件公开发布）';
    for (const v of [t, crlf(t), halfWidth(t), collapse(t), withNote, crlf(withNote)]) {
      assert.deepEqual(check(v, [rule]).map((f) => f.message.zh), ['通知缺少发文机关署名（GB/T 9704-2012 7.3）。'], v);
      assert.equal(parse(v).notice.signDate?.text, '2024年3月1日');
    }
    // a 公告 (no 主送机关), the date in 汉字 numerals
    const g = ['关于设立党员旁听席的公告', '　　现将有关事项公告如下：', '　　一、报名时间：3月21日前。', '　　二、联系电话：88781462', '二〇二四年三月十七日'].join('\n');
    for (const v of [g, crlf(g), collapse(g)]) {
      assert.deepEqual(check(v, [rule]).map((f) => f.message.zh), ['公告缺少发文机关署名（GB/T 9704-2012 7.3）。'], v);
    }
    // a date that is not the last paragraph is no 成文日期 without a 署名 above it
    const mid = ['关于召开全镇安全生产工作会议的通知', '各村（社区）：', '　　一、会议时间：', '2024年3月5日', '　　二、参会人员：各村书记。'].join('\n');
    assert.deepEqual(check(mid, [rule]).map((f) => f.message.zh), ['通知缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。']);
  });

  it('names the document’s own kind (决定, 意见) in the message, not 通知', () => {
    const t = [
      '某某县人民政府关于给予县消防救援大队集体嘉奖的决定',
      '各乡镇人民政府，县政府各部门：',
      '　　县消防救援大队在防汛抢险中表现突出，县政府研究决定，给予集体嘉奖。',
      '2024年3月8日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => f.message.zh), ['决定缺少发文机关署名（GB/T 9704-2012 7.3）。']);
      assert.match(found[0].message.en, /^The decision has no signature/);
    }
    const o = t.replace('给予县消防救援大队集体嘉奖的决定', '加强防汛工作的意见');
    assert.deepEqual(check(o, [rule]).map((f) => f.message.zh), ['意见缺少发文机关署名（GB/T 9704-2012 7.3）。']);
  });

  // real-notice round 4: a 通告 whose page dropped its 署名 and 成文日期 (a news page), one whose date lost its year
  it('a 通告, 公告 or 公示: no 主送机关 asked for, a missing 署名 or 成文日期 flagged in its own name', () => {
    const t = ['某某县指挥部关于对某某山进行集中治理的通告', '为巩固治理成果，现就有关事项通告如下：', '一、集中治理为期一个月。', '二、本通告自发布之日起施行。', '某某县指挥部', '2021年4月7日', ''].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
    const dropped = t.replace('某某县指挥部\n2021年4月7日\n', '');
    for (const v of [dropped, crlf(dropped), halfWidth(dropped)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => f.message.zh), ['通告缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。']);
      assert.match(found[0].message.en, /^The public notice has no signature/);
    }
    const noYear = t.replace('2021年4月7日', '年4月7日');
    assert.deepEqual(check(noYear, [rule]).map((f) => f.message.zh), ['通告缺少成文日期（GB/T 9704-2012 7.3）。']);
    const g = t.replace('的通告', '的公告');
    assert.deepEqual(check(g, [rule]), []);
    assert.deepEqual(check(g.replace('某某县指挥部\n2021年4月7日\n', ''), [rule]).map((f) => f.message.zh), ['公告缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。']);
  });

  // real-notice round 4: 牟定县人民政府办公室 / (此件公开发布) / { 2017 6 23 — the page garbled the date, the 署名 is there
  it('asks only for the 成文日期 when a 署名 stands before （此件公开发布） and the date is garbled', () => {
    const t = build({ date: '（此件公开发布）' }).replace('（此件公开发布）\n（此件公开发布）', '（此件公开发布）\n{ 2010 12 9');
    for (const v of [t, crlf(t), halfWidth(t)]) {
      assert.deepEqual(check(v, [rule]).map((f) => f.message.zh), ['通知缺少成文日期（GB/T 9704-2012 7.3）。'], v);
    }
  });

  // real-notice round 10: 某某县人民政府办公室 / { 2017 6 23 — the page garbled the date right under the 署名: both are
  // there (date-invalid reports the date), neither is missing
  it('takes a garbled date of numbers and blanks under the 署名 for the 成文日期, not a missing 署名 and date', () => {
    for (const date of ['{ 2010 12 9', '2010 12 9', '2010　12　9']) {
      const t = build({ date });
      for (const v of [t, crlf(t), halfWidth(t)]) {
        assert.deepEqual(check(v, [rule]), [], v);
        const d = parse(v);
        assert.deepEqual(d.notice.signatures.map((x) => x.text), ['嘉兴市人民政府办公室']);
        assert.deepEqual([d.notice.signDate?.text, d.notice.signDate?.year, d.notice.signDate?.month, d.notice.signDate?.day], [date, 2010, 12, 9]);
        assert.equal(d.attachment?.title.text, '嘉兴市推进服务业发展工作方案');
      }
    }
    // numbers that are no date leave both missing
    assert.deepEqual(check(build({ date: '2010 13 9' }), [rule]).map((f) => f.message.zh), ['通知缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。']);
  });

  // a real page: 金乡县人民政府 / 2021年2月22 — the date lost its 日 (date-invalid's finding), the 署名 is there
  it('takes a 成文日期 whose day lost its 日 as the date, and the 署名 above it', () => {
    const t = build({ date: '2010年12月9' });
    for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), []);
    assert.deepEqual(parse(t).notice.signatures.map((x) => x.text), ['嘉兴市人民政府办公室']);
  });

  it('is silent on a bare work plan without a cover notice', () => {
    assert.deepEqual(check('嘉兴市推进服务业发展工作方案\n一、总体要求\n加快发展。\n二、工作重点\n（一）出台规划。\n牵头单位：市发展改革委。', [rule]), []);
  });

  describe('附件说明 against the attachments that follow', () => {
    const head = [
      '嘉兴市司法局关于征求《嘉兴市养犬管理条例（草案征求意见稿）》意见的函',
      '市级有关单位，各县（市、区）司法局：',
      '　　现将《嘉兴市养犬管理条例（草案征求意见稿）》送上，请于2023年9月15日前反馈我局立法处。',
      '　　附件：1.嘉兴市养犬管理条例（草案征求意见稿）',
      '　　　　　2.意见反馈表',
      '嘉兴市司法局',
      '2023年9月1日',
    ];
    const noteAt = (t: string) => check(t, [rule]).map((f) => t.slice(f.range.start, f.range.end).slice(0, 3));
    it('is silent when the attachments are not reproduced (a letter or a page with downloads)', () => {
      const t = head.join('\n') + '\n';
      assert.deepEqual(check(t, [rule]), []);
      assert.deepEqual(check(collapse(t), [rule]), []);
    });
    it('is silent when the reproduced attachments carry the listed titles', () => {
      const t = [...head, '附件1', '嘉兴市养犬管理条例（草案征求意见稿）', '（略）', '附件2', '意见反馈表', '（略）'].join('\n');
      assert.deepEqual(check(t, [rule]), []);
    });
    it('flags a listed title that no reproduced attachment carries', () => {
      const t = [...head, '附件1', '嘉兴市养犬管理条例（草案征求意见稿）', '（略）', '附件2', '立法听证报名表', '（略）'].join('\n');
      assert.deepEqual(noteAt(t), ['附件：']);
      assert.match(check(t, [rule])[0].message.zh, /“意见反馈表”/);
    });
  });

  // audit: the 主送机关 colon, every layout, exact ranges and the fix's result
  it('finds a 主送机关 without its colon (LF, CRLF, half-width) and the fix adds only the colon', () => {
    const t = build({ addressee: '各县（市、区）人民政府，市政府各部门、直属各单位' });
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).at), ['2:1-2:25']);
      assert.equal(found[0].fixes[0].safe, true);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('直属各单位', '直属各单位：'));
    }
  });

  it('finds a missing signature or date in every layout, and is silent on a complete notice in every layout', () => {
    const title = '1:1-1:32';
    for (const [t, what] of [[build({ date: '' }), /成文日期/], [build({ signature: '' }), /发文机关署名/]] as const) {
      for (const v of [t, crlf(t), halfWidth(t), collapse(t), collapse(halfWidth(t))]) {
        const found = check(v, [rule]);
        assert.deepEqual(found.map((f) => locate(v, f).at), [title]);
        assert.match(found[0].message.zh, what);
      }
    }
    const ok = build();
    for (const v of [crlf(ok), halfWidth(ok), collapse(halfWidth(ok))]) assert.deepEqual(check(v, [rule]), []);
  });
  // real pages: the head of a government site page (a repeated title, an index table, a summary line) sits
  // between the title and the 主送机关, or before the title; the notice is complete all the same
  describe('notices behind a page head', () => {
    const names = (t: string): string[] => outlineNames(t);
    const rest = [
      '《嘉兴市推进服务业发展工作方案》已经市政府同意，现印发给你们，请认真贯彻实施。',
      '嘉兴市人民政府办公室',
      '2010年12月9日',
      '嘉兴市推进服务业发展工作方案',
      '一、总体要求',
      '加快服务业发展。',
      '二、工作重点',
      '（一）出台服务业发展规划。',
    ];
    it('finds the 主送机关 after a repeated title and an index table (no 主送机关 or 署名 missing)', () => {
      const t = [
        '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
        '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
        '2010-12-10 09:30 市政府办公室',
        '索 引 号 001/2010-0001 发文日期 2010-12-09',
        '文 号 嘉政办发〔2010〕8号',
        '嘉政办发〔2010〕8号',
        '各县（市、区）人民政府，市政府各部门、直属各单位：',
        ...rest,
      ].join('\n');
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), []);
      const d = parse(t);
      assert.equal(d.notice.addressee?.text, '各县（市、区）人民政府，市政府各部门、直属各单位：');
      assert.equal(d.notice.signDate?.text, '2010年12月9日');
      assert.equal(d.notice.docNumber?.text, '嘉政办发〔2010〕8号');
      // collapsed onto one line, the head runs into the 主送机关: the list still starts at its first body
      const c = collapse(t.replace('嘉政办发〔2010〕8号\n各县', '分 类 政务公开 有 效 性 有效\n各县'));
      assert.equal(parse(c).notice.addressee?.text, '各县（市、区）人民政府，市政府各部门、直属各单位：');
      assert.deepEqual(check(c, [rule]), []);
      const outline = names(t);
      assert.equal(outline[0], '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
      assert.deepEqual(outline.slice(-4), [' 嘉兴市推进服务业发展工作方案', '  一、总体要求', '  二、工作重点', '   （一）出台服务业发展规划']);
    });
    it('finds the title (split over two lines, 发文字号 before it) and the 主送机关 after an index table', () => {
      const t = [
        '首页 > 信息公开 > 文件',
        '信息分类: 通知 发布机构: 嘉兴市人民政府办公室',
        '嘉政办发〔2010〕8号',
        '嘉兴市人民政府办公室关于印发嘉兴市推进',
        '服务业发展工作方案的通知',
        '各县（市、区）人民政府，市政府各部门、直属各单位：',
        ...rest,
      ].join('\n');
      assert.deepEqual(check(t, [rule]), []);
      const d = parse(t);
      assert.equal(d.notice.title?.text, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
      assert.equal(d.notice.docNumber?.text, '嘉政办发〔2010〕8号');
      assert.equal(names(t)[0], '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    });
    it('joins the issuer line to a title that starts with 关于, and takes a long list of 主送机关', () => {
      const many = Array.from({ length: 30 }, (_, i) => `第${i + 1}区卫生局`).join('、');
      const t = ['嘉兴市人民政府办公室', '关于印发嘉兴市推进服务业发展工作方案的通知', `${many}，市政府各部门、直属各单位：`, ...rest].join('\n');
      assert.ok(t.split('\n')[2].length > 200);
      assert.deepEqual(check(t, [rule]), []);
      assert.equal(parse(t).notice.title?.text, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    });
    it('finds a 主送机关 that lost its colon under a three-line title behind a page head (and asks for the colon)', () => {
      const t = [
        '您当前所在位置:',
        '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
        '来源:嘉兴市人民政府',
        '嘉政办发〔2010〕8',
        '嘉兴市人民政府办公室',
        '关于印发嘉兴市推进服务业',
        '发展工作方案的通知',
        '各县（市、区）人民政府，市政府各部门，嘉兴港区管委会',
        ...rest,
      ].join('\n');
      const found = check(t, [rule]);
      assert.deepEqual(found.map((f) => locate(t, f).text), ['各县（市、区）人民政府，市政府各部门，嘉兴港区管委会']);
      assert.match(found[0].message.zh, /末尾缺少冒号/);
      assert.equal(parse(t).notice.title?.text, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    });
    it('finds the notice after a news lead-in that ends with a colon (详情如下：)', () => {
      const t = [
        '嘉兴市人民政府办公室于近日印发服务业发展工作方案，要求加快服务业发展。详情如下：',
        '嘉政办发〔2010〕8号',
        '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
        '各县（市、区）人民政府，市政府各委、办、局：',
        ...rest,
      ].join('\n');
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), []);
      const d = parse(t);
      assert.equal(d.notice.title?.text, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
      assert.equal(d.notice.docNumber?.text, '嘉政办发〔2010〕8号');
    });
    it('takes no line of the page head for the 主送机关 when no title precedes a list of bodies', () => {
      const t = ['浏览次数: 590', '发布机构:', '嘉兴市人民政府办公室', '各县（市、区）人民政府，市政府各部门：', '现将有关事项通知如下。'].join('\n');
      assert.notEqual(parse(t).notice.addressee?.text, '各县（市、区）人民政府，市政府各部门：');
    });
    it('builds the sections of an attached document whose title the page dropped', () => {
      const t = [
        '嘉政办发〔2010〕8号',
        '各县（市、区）人民政府，市政府各部门、直属各单位：',
        '《嘉兴市推进服务业发展工作方案》已经市政府同意，现印发给你们，请认真贯彻实施。',
        '嘉兴市人民政府办公室',
        '2010年12月9日',
        '为加快服务业发展，制定本方案。',
        '一、总体要求',
        '加快服务业发展。',
        '二、工作重点',
        '（一）出台服务业发展规划。',
        '牵头单位：市发展改革委。',
      ].join('\n');
      for (const v of [t, collapse(t)]) {
        const d = parse(v);
        assert.deepEqual(d.sections.map((x) => x.marker.text + x.title.text), ['一、总体要求', '二、工作重点']);
        assert.deepEqual(d.tasks.map((k) => k.leads.map((u) => u.text)), [['市发展改革委']]);
      }
    });
  });
});

describe(`${rule}: real-notice round 9`, () => {
  // R6: the 成文日期 left as digits (a page that set 年 月 日 as images) under an indented 署名: both are there
  it('takes digits alone under the 署名 for the 成文日期 (date-invalid reports them), not a missing 署名 and date', () => {
    const t = build({ signature: '                                        嘉兴市人民政府办公室', date: '                                      20101209' });
    for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
    const d = parse(t);
    assert.deepEqual(d.notice.signatures.map((x) => x.text), ['嘉兴市人民政府办公室']);
    assert.deepEqual([d.notice.signDate?.text, d.notice.signDate?.year, d.notice.signDate?.month, d.notice.signDate?.day], ['20101209', 2010, 12, 9]);
    assert.equal(d.attachment?.title.text, '嘉兴市推进服务业发展工作方案');
    // digits that read two ways: the year only
    const two = parse(build({ date: '2010111' })).notice.signDate;
    assert.deepEqual([two?.text, two?.year, two?.month, two?.day], ['2010111', 2010, undefined, undefined]);
    // digits that are no date are no 成文日期
    assert.equal(parse(build({ date: '20101234' })).notice.signDate, undefined);
    assert.equal(check(build({ date: '20101234' }), [rule]).length, 1);
  });

  // R8: a notice that asks the public for comments (关于公开征求《……》意见的通知) has no 主送机关
  const consult = [
    '关于公开征求《某县养犬管理办法（征求意见稿）》意见的通知',
    '为推进科学民主决策，现将《某县养犬管理办法（征求意见稿）》予以公布，征求社会公众意见。',
    '公示日期：2024年5月6日至2024年6月5日',
    '联系电话：0573-12345678',
    '某县公安局',
    '2024年5月6日',
  ].join('\n');
  it('asks no 主送机关 of a notice that consults the public, still a 署名 and a 成文日期', () => {
    for (const t of [consult, consult.replace('关于公开征求', '关于向社会公开征求'), consult.replace('关于公开征求《某县养犬管理办法（征求意见稿）》意见', '关于《某县养犬管理办法（征求意见稿）》公开征求意见'), consult.replace('关于公开征求', '关于征求社会公众对').replace('》意见的通知', '》意见的通知')]) {
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
      // (collapsed, a 署名 after a 联系电话 line runs into it: without that line)
      const short = t.replace('公示日期：2024年5月6日至2024年6月5日\n联系电话：0573-12345678\n', '');
      assert.deepEqual(check(collapse(short), [rule]), [], collapse(short));
    }
    const unsigned = consult.replace('某县公安局\n2024年5月6日', '');
    assert.deepEqual(check(unsigned, [rule]).map((f) => f.message.zh), ['通知缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。']);
    // a notice asking departments for comments (no 公开, no 社会) still needs its 主送机关
    const internal = consult.replace('关于公开征求', '关于征求');
    assert.deepEqual(check(internal, [rule]).map((f) => f.message.zh), ['通知缺少主送机关（GB/T 9704-2012 7.3）。']);
  });

  // R7: a page's title line (发文字号 glued to a short title) above the notice's own title split over three lines;
  // the 主送机关 below it lost its colon
  const split = (infoBar: boolean) =>
    [
      '某政办发[2020]35号某市推进义务教育优质均衡发展督导评估规划实施细则的通知',
      ...(infoBar ? ['时间:2020-09-29 来源: 作者:'] : []),
      '某市人民政府办公室关于印发某市推进',
      '义务教育优质均衡发展督导评估',
      '规划实施细则的通知',
      '各乡镇人民政府，市政府有关部门，市直有关单位',
      '经市政府同意，现将《某市推进义务教育优质均衡发展督导评估规划实施细则》印发给你们，请认真贯彻实施。',
      '某市人民政府办公室',
      '2020年9月28日',
    ].join('\n');
  it('finds a title split over three lines below a page’s title line, and the 主送机关 without its colon', () => {
    for (const t of [split(false), split(true)]) {
      const at = t.split('\n').findIndex((l) => l.startsWith('各乡镇')) + 1;
      for (const v of [t, crlf(t)]) {
        const found = check(v, [rule]);
        assert.deepEqual(found.map((f) => [locate(v, f).at, f.message.zh]), [[`${at}:1-${at}:23`, '主送机关末尾缺少冒号，应加全角冒号“：”（GB/T 9704-2012 7.3.3）。']], v);
        assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('市直有关单位', '市直有关单位：'));
      }
      assert.equal(parse(t).notice.title?.text, '某市人民政府办公室关于印发某市推进义务教育优质均衡发展督导评估规划实施细则的通知');
    }
    // with its colon: silent
    const ok = split(true).replace('市直有关单位', '市直有关单位：');
    assert.deepEqual(check(ok, [rule]), []);
  });
});

describe(`${rule}: real-notice round 12 (a 成文日期 of digits set far right, its 署名 lost)`, () => {
  // a page that set the 署名 and 年 月 日 as images: a blank line where the 署名 stood, then the digits far right
  const far = ' '.repeat(40);
  const lost = (date: string, pad = far) => build({ signature: ' '.repeat(50), date: `${pad}${date}` }).replace(' '.repeat(50) + '\n', '\n' + ' '.repeat(50) + '\n\n');
  it('reads 7 or 8 digits set far right after the body as the 成文日期: only the 署名 is missing', () => {
    for (const [date, y, m, d] of [['20101209', 2010, 12, 9], ['2017927', 2017, 9, 27]] as const) {
      const t = lost(date);
      for (const v of [t, crlf(t), halfWidth(t)]) {
        const f = check(v, [rule]);
        assert.deepEqual(f.map((x) => x.message.zh), ['通知缺少发文机关署名（GB/T 9704-2012 7.3）。'], v);
        assert.equal(locate(v, f[0]).at, '1:1-1:32');
        const doc = parse(v);
        assert.deepEqual([doc.notice.signDate?.text, doc.notice.signDate?.year, doc.notice.signDate?.month, doc.notice.signDate?.day], [date, y, m, d]);
        assert.deepEqual(doc.notice.signatures, []);
        assert.equal(doc.attachment?.title.text, '嘉兴市推进服务业发展工作方案');
      }
    }
    // set far right with full-width blanks (U+3000 counts two columns)
    assert.deepEqual(check(lost('20101209', '\u3000'.repeat(12)), [rule]).map((x) => x.message.zh), ['通知缺少发文机关署名（GB/T 9704-2012 7.3）。']);
  });
  it('takes no such line for the date when it reads two ways, is not 7 or 8 digits, stands at the body’s indent, or the layout is collapsed', () => {
    const both = '通知缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。';
    for (const t of [lost('2010111'), lost('201012'), lost('201012091'), lost('20101234'), lost('20101209', ''), lost('20101209', '    '), collapse(lost('20101209'))]) {
      for (const v of [t, crlf(t)]) {
        assert.deepEqual(check(v, [rule]).map((x) => x.message.zh), [both], v);
        assert.equal(parse(v).notice.signDate, undefined, v);
      }
    }
    // not after a section item: the digits close no body there
    const item = build({ signature: '', date: `${far}20101209` }).replace('请认真贯彻实施。', '请认真贯彻实施。\n一、总体要求。');
    assert.equal(parse(item).notice.signDate, undefined);
  });
});

describe(`${rule}: real-notice round 12 (a bulletin's head above the title)`, () => {
  // 督查通报: the bulletin's name, its issue, then its issuer and date, above the title; no 署名 or date at the end
  const bulletin = (head: string[], title = '关于2022年重点工作上半年落实情况的通报') =>
    [
      '某县政务督查',
      ...head,
      title,
      '各乡镇人民政府，县政府各部门：',
      '根据县政府工作安排，县政府督查室对重点工作落实情况进行了专项督查，现将有关情况通报如下。',
      '一、总体情况',
      '各单位推进有力，总体进展顺利。',
      '二、下步要求',
      '各单位要压实责任，确保完成全年任务。',
    ].join('\n');
  const read = (t: string) => {
    const d = parse(t);
    return [d.notice.title?.text, d.notice.signatures.map((x) => x.text), d.notice.signDate?.text, d.notice.signDate?.year, d.notice.signDate?.month, d.notice.signDate?.day];
  };
  const title = '关于2022年重点工作上半年落实情况的通报';
  it('takes the head line `issuer  date` (or the issuer and the date on two lines under 第N期) for the 署名 and 成文日期', () => {
    for (const head of [
      ['第20期', '某县人民政府督查室           2022年8月19日'],
      ['20期', '某县人民政府督查室　　2022年8月19日'],
      ['第20期（总第135期）', '某县人民政府督查室', '2022年8月19日'],
      ['第20期', '某县人民政府办公室', '2022年8月19日'],
    ]) {
      const t = bulletin(head);
      // (collapsed, a head with full-width blanks stays one paragraph with the title: the paragraph split's business)
      for (const v of head[1].includes('\u3000') ? [t, crlf(t), halfWidth(t)] : [t, crlf(t), halfWidth(t), collapse(t)]) {
        assert.deepEqual(check(v, [rule]), [], v);
        assert.deepEqual(read(v), [title, [head[head.length - 1].startsWith('某县') ? head[head.length - 1].replace(/[ \u3000]+2022年8月19日$/, '') : head[1]], '2022年8月19日', 2022, 8, 19], v);
      }
    }
    // a 通报 with the head line right above its title needs no issue line; a day that lost its 日 is read as written
    const bare = bulletin(['某县人民政府督查室           2022年8月19']);
    assert.deepEqual(check(bare, [rule]), []);
    assert.deepEqual(read(bare), [title, ['某县人民政府督查室'], '2022年8月19', 2022, 8, 19]);
    const at = parse(bare).notice.signatures[0];
    assert.deepEqual([at.start, at.end, bare.slice(at.start, at.end)], [7, 16, '某县人民政府督查室']);
    const sd = parse(bare).notice.signDate!;
    assert.equal(bare.slice(sd.start, sd.end), '2022年8月19');
  });
  it('keeps reporting the 署名 and date missing when no such head stands right above the title', () => {
    const missing = '通报缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。';
    for (const t of [
      bulletin(['某县人民政府督查室', '2022年8月19日']), // issuer and date on two lines with no 第N期 above them
      bulletin(['第20期', '某县人民政府督查室           2022年8月19日', '某县政务督查']), // not right above the title
      bulletin(['第20期', '请各单位高度重视           2022年8月19日']), // no issuer's name
      bulletin(['第20期', '某县人民政府督查室           2022年8月']), // no full date
    ]) {
      for (const v of [t, crlf(t)]) assert.deepEqual(check(v, [rule]).map((x) => x.message.zh), [missing], v);
    }
    // a 通知 needs an issue line above the head line
    const notice = bulletin(['某县人民政府督查室           2022年8月19日'], '关于做好2022年重点工作督查的通知');
    assert.deepEqual(check(notice, [rule]).map((x) => x.message.zh), ['通知缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。']);
  });
});

