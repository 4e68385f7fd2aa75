// The notice's own parts and the attached document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { GongwenDocument, TextSpan } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, samplePath, seedText } from '../helpers';

const sl = (doc: GongwenDocument, r?: { start: number; end: number }) => (r ? doc.text.slice(r.start, r.end) : undefined);
const texts = (xs: TextSpan[]) => xs.map((x) => x.text);

describe('parse: notice parts', () => {
  it('finds the seed notice parts (collapsed layout)', () => {
    const doc = parse(seedText());
    const n = doc.notice;
    assert.equal(n.title?.text, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    assert.deepEqual([n.title?.start, n.title?.end], [0, 31]);
    assert.equal(n.kind, 'issue');
    assert.deepEqual(n.titledDocuments, ['嘉兴市推进服务业发展工作方案']);
    assert.equal(n.docNumber, undefined);
    assert.equal(n.addressee?.text, '各县(市、区)人民政府,市政府各部门、直属各单位:');
    assert.deepEqual(texts(n.addressee!.units), ['各县(市、区)人民政府', '市政府各部门', '直属各单位']);
    for (const u of n.addressee!.units) assert.equal(sl(doc, u), u.text);
    assert.equal(sl(doc, n.body), '《嘉兴市推进服务业发展工作方案》已经市政府同意,现印发给你们,请认真贯彻实施。');
    assert.deepEqual(texts(n.citedTitles), ['《嘉兴市推进服务业发展工作方案》']);
    assert.deepEqual(texts(n.signatures), ['嘉兴市人民政府办公室']);
    assert.equal(n.signDate?.text, '二○一○年十二月九日');
    assert.equal(sl(doc, n.signDate), '二○一○年十二月九日');
    assert.deepEqual(texts(n.notes), ['(此件公开发布)']);
    assert.equal(n.attachmentNote, undefined);
    assert.equal(n.cc, undefined);
    assert.equal(n.printer, undefined);
  });

  it('finds the seed attached document, its preamble and range', () => {
    const doc = parse(seedText());
    const a = doc.attachment!;
    assert.equal(a.title.text, '嘉兴市推进服务业发展工作方案');
    assert.equal(sl(doc, a.title), '嘉兴市推进服务业发展工作方案');
    assert.ok(sl(doc, a.preamble)!.startsWith('为贯彻落实《嘉兴市人民政府关于进一步促进发展服务业的若干意见》'));
    assert.ok(sl(doc, a.preamble)!.endsWith('特制定本方案。'));
    assert.ok(sl(doc, a.range)!.endsWith('参与部门:市发展改革委、嘉广集团、嘉报集团。'));
    assert.ok(a.range.start > doc.notice.notes[0].end);
  });

  it('gives the same parts in every layout of the seed', () => {
    const per = seedText()
      .split('\n')
      .map((l, i) => (i === 4 ? l.replace(/ /g, '\n') : l))
      .join('\n');
    for (const t of [per, crlf(per), collapse(per), per.replace(/\n/g, '\r')]) {
      const n = parse(t).notice;
      assert.equal(n.title?.text, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
      assert.equal(n.addressee?.text, '各县(市、区)人民政府,市政府各部门、直属各单位:');
      assert.deepEqual(texts(n.signatures), ['嘉兴市人民政府办公室']);
      assert.equal(n.signDate?.text, '二○一○年十二月九日');
      assert.deepEqual(texts(n.notes), ['(此件公开发布)']);
      assert.equal(parse(t).attachment?.title.text, '嘉兴市推进服务业发展工作方案');
    }
  });

  it('finds the guobanfa parts: two-line title, 国办发〔2018〕128号, addressee, signature, date, attachment', () => {
    const text = readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8');
    const doc = parse(text);
    const n = doc.notice;
    assert.equal(n.title?.text, '国务院办公厅关于印发“无废城市”建设试点工作方案的通知');
    assert.equal(sl(doc, n.title), '国务院办公厅关于印发“无废城市”建设\n试点工作方案的通知');
    assert.equal(n.kind, 'issue');
    assert.deepEqual(n.titledDocuments, ['“无废城市”建设试点工作方案']);
    assert.equal(n.docNumber?.text, '国办发〔2018〕128号');
    assert.equal(sl(doc, n.docNumber), '国办发〔2018〕128号');
    assert.equal(n.addressee?.text, '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：');
    assert.deepEqual(texts(n.addressee!.units), ['各省', '自治区', '直辖市人民政府', '国务院各部委', '各直属机构']);
    assert.deepEqual(texts(n.signatures), ['国务院办公厅']);
    assert.equal(n.signDate?.text, '2018年12月29日');
    assert.deepEqual(texts(n.notes), ['（此件公开发布）']);
    assert.deepEqual(texts(n.citedTitles), ['《“无废城市”建设试点工作方案》']);
    assert.equal(doc.attachment?.title.text, '“无废城市”建设试点工作方案');
    assert.deepEqual(doc.sections.map((s) => s.marker.text + s.title.text), ['一、总体要求', '二、主要任务', '三、实施步骤', '四、保障措施']);
    // CRLF keeps every part
    const d2 = parse(crlf(text));
    assert.equal(d2.notice.title?.text, n.title?.text);
    assert.equal(sl(d2, d2.notice.title), '国务院办公厅关于印发“无废城市”建设\r\n试点工作方案的通知');
  });

  it('finds the xian sample parts (table layout)', () => {
    const doc = parse(readFileSync(samplePath('xian-2022-fangguanfu-table.txt'), 'utf8'));
    const n = doc.notice;
    assert.equal(n.addressee?.text, '各区、县人民政府,市人民政府各工作部门、各直属机构:');
    assert.deepEqual(texts(n.signatures), ['西安市人民政府办公厅']);
    assert.equal(n.signDate?.text, '2022年7月27日');
    assert.deepEqual(texts(n.notes), ['(联系人:田博 电话/传真:86789314)', '(此件公开发布)']);
    // the opening has no notice title: the attached document's title is found
    assert.equal(n.title, undefined);
    assert.equal(doc.attachment?.title.text, '西安市贯彻落实陕西省《2022年深化“放管服”改革优化营商环境工作要点》分工方案');
  });

  it('finds 转发 notices, joint signatures, 附件说明, 抄送 and the 印发 line', () => {
    const text = [
      '嘉政办发〔2024〕5号',
      '嘉兴市人民政府办公室关于转发省政府办公厅关于加快发展服务业意见的通知',
      '各县（市、区）人民政府，市政府各部门、直属各单位：',
      '现将《浙江省人民政府办公厅关于加快发展服务业的意见》转发给你们，请认真贯彻执行。',
      '附件：1.关于加快发展服务业的意见',
      '      2.服务业重点任务清单',
      '嘉兴市人民政府办公室',
      '嘉兴市发展和改革委员会',
      '2024年1月20日',
      '（此件公开发布）',
      '（联系人：张三，电话：12345678）',
      '抄送：市委各部门，市人大常委会办公室。',
      '嘉兴市人民政府办公室    2024年1月20日印发',
    ].join('\n');
    const doc = parse(text);
    const n = doc.notice;
    assert.equal(n.kind, 'forward');
    assert.deepEqual(n.titledDocuments, ['省政府办公厅关于加快发展服务业意见']);
    assert.equal(n.docNumber?.text, '嘉政办发〔2024〕5号');
    assert.equal(sl(doc, n.body), '现将《浙江省人民政府办公厅关于加快发展服务业的意见》转发给你们，请认真贯彻执行。');
    assert.equal(n.attachmentNote?.text, '附件：1.关于加快发展服务业的意见\n      2.服务业重点任务清单');
    assert.deepEqual(texts(n.signatures), ['嘉兴市人民政府办公室', '嘉兴市发展和改革委员会']);
    assert.equal(n.signDate?.text, '2024年1月20日');
    assert.deepEqual(texts(n.notes), ['（此件公开发布）', '（联系人：张三，电话：12345678）']);
    assert.equal(n.cc?.text, '抄送：市委各部门，市人大常委会办公室。');
    assert.equal(n.printer?.text, '嘉兴市人民政府办公室');
    assert.equal(n.printDate?.text, '2024年1月20日');
    assert.equal(sl(doc, n.printDate), '2024年1月20日');
    assert.equal(doc.attachment, undefined);
    assert.deepEqual(doc.allSections, [], 'the 附件说明 items are not sections');
  });

  it('splits 关于印发X和Y的通知 into two titled documents', () => {
    const doc = parse('关于印发《甲工作方案》和《乙管理办法》的通知\n各单位：\n现印发给你们。\n');
    assert.deepEqual(doc.notice.titledDocuments, ['甲工作方案', '乙管理办法']);
    const d2 = parse('关于印发嘉兴市服务业发展规划和实施方案的通知\n各单位：\n现印发给你们。\n');
    assert.deepEqual(d2.notice.titledDocuments, ['嘉兴市服务业发展规划', '实施方案']);
    // a part ending with its qualifier （试行） (QA)
    const d3 = parse('嘉兴市人民政府办公室关于印发嘉兴市公共数据开放管理办法（试行）和嘉兴市公共数据安全管理细则的通知\n各单位：\n现印发给你们。\n');
    assert.deepEqual(d3.notice.titledDocuments, ['嘉兴市公共数据开放管理办法（试行）', '嘉兴市公共数据安全管理细则']);
    // 和 inside one document's name stays
    const d4 = parse('关于印发嘉兴市人力资源和社会保障事业发展规划的通知\n各单位：\n现印发给你们。\n');
    assert.deepEqual(d4.notice.titledDocuments, ['嘉兴市人力资源和社会保障事业发展规划']);
  });

  it('keeps a bracketed qualifier in the attached title: 实施方案 (2022—2025年) and on its own line', () => {
    const base = ['浙江省人民政府办公厅关于印发浙江省贯彻落实《数字经济发展规划》实施方案（2022—2025年）的通知', '各市、县（市、区）人民政府：', '现印发给你们，请认真贯彻执行。', '浙江省人民政府办公厅', '2022年12月1日', '（此件公开发布）'];
    const one = parse([...base, '浙江省贯彻落实《数字经济发展规划》实施方案 (2022—2025年)', '一、总体要求'].join('\n'));
    assert.equal(one.attachment?.title.text, '浙江省贯彻落实《数字经济发展规划》实施方案 (2022—2025年)');
    const two = parse([...base, '浙江省贯彻落实《数字经济发展规划》实施方案', '（2022—2025年）', '一、总体要求'].join('\n'));
    assert.equal(two.attachment?.title.text, '浙江省贯彻落实《数字经济发展规划》实施方案（2022—2025年）');
    assert.deepEqual(two.sections.map((s) => s.marker.text), ['一、']);
  });

  it('finds a two-line title split before （…）的通知', () => {
    const doc = parse(['关于印发数字经济实施方案', '（2022—2025年）的通知', '各单位：', '现印发给你们。'].join('\n'));
    assert.equal(doc.notice.title?.text, '关于印发数字经济实施方案（2022—2025年）的通知');
    assert.equal(doc.notice.addressee?.text, '各单位：');
  });

  it('finds an addressee without its colon after the title', () => {
    const doc = parse(['关于做好防汛工作的通知', '各县（市、区）人民政府，市政府各部门', '现将有关事项通知如下。', '嘉兴市人民政府办公室', '2024年1月20日'].join('\n'));
    assert.equal(doc.notice.addressee?.text, '各县（市、区）人民政府，市政府各部门');
    assert.deepEqual(texts(doc.notice.addressee!.units), ['各县（市、区）人民政府', '市政府各部门']);
  });

  it('takes the title of a bare work plan as the document title, not a notice title', () => {
    const doc = parse(['嘉兴市推进服务业发展工作方案', '为加快服务业发展，特制定本方案。', '一、总体要求', '坚持安全第一。'].join('\n'));
    assert.equal(doc.notice.title, undefined);
    assert.equal(doc.notice.kind, undefined);
    assert.equal(doc.attachment?.title.text, '嘉兴市推进服务业发展工作方案');
    assert.equal(sl(doc, doc.attachment?.preamble), '为加快服务业发展，特制定本方案。');
    assert.deepEqual(doc.sections.map((s) => s.marker.text), ['一、']);
  });

  it('has no notice parts on a bare work plan', () => {
    const doc = parse(['一、总体要求', '坚持安全第一。', '二、主要任务', '1.排查隐患。'].join('\n'));
    assert.equal(doc.notice.title, undefined);
    assert.equal(doc.notice.addressee, undefined);
    assert.equal(doc.notice.signDate, undefined);
    assert.equal(doc.attachment, undefined);
    assert.equal(doc.sections.length, 2);
  });

  describe('QA: group addressees and collapsed layouts', () => {
    it('各区、县（市）人民政府 and 各市、县（市、区）人民政府 are one addressee each', () => {
      const a = parse('杭州市人民政府办公厅关于某某工作的通知\n各区、县（市）人民政府，市政府各部门、各直属单位：\n　　现将有关事项通知如下。\n杭州市人民政府办公厅\n2023年5月10日\n');
      assert.deepEqual(texts(a.notice.addressee!.units), ['各区、县（市）人民政府', '市政府各部门', '各直属单位']);
      const b = parse('浙江省人民政府办公厅关于某某工作的通知\n各市、县（市、区）人民政府，省政府直属各单位：\n　　现将有关事项通知如下。\n浙江省人民政府办公厅\n2021年6月4日\n');
      assert.deepEqual(texts(b.notice.addressee!.units), ['各市、县（市、区）人民政府', '省政府直属各单位']);
      const c = parse('海盐县人民政府关于某某工作的通知\n各镇人民政府、街道办事处，县政府各部门：\n　　现将有关事项通知如下。\n海盐县人民政府\n2023年10月25日\n');
      assert.deepEqual(texts(c.notice.addressee!.units), ['各镇人民政府', '街道办事处', '县政府各部门']);
    });
    it('collapsed: a signature after a closing note （X负责） is found, with its date and 附注', () => {
      const t = '浙江省人民政府办公厅关于进一步加强安全生产工作的通知 浙政办发〔2021〕28号 各市、县（市、区）人民政府，省政府直属各单位： 现就有关工作通知如下： 一、落实安全生产责任。明确各级各部门安全生产职责。（省应急管理厅牵头，省级有关部门配合） 二、提升应急救援能力。完善应急预案体系。（省应急管理厅、省消防救援总队负责） 浙江省人民政府办公厅 2021年6月4日 （此件公开发布）';
      const doc = parse(t);
      assert.deepEqual(texts(doc.notice.signatures), ['浙江省人民政府办公厅']);
      assert.equal(doc.notice.signDate?.text, '2021年6月4日');
      assert.deepEqual(texts(doc.notice.notes), ['（此件公开发布）']);
      assert.equal(doc.tasks.length, 2);
    });
    it('collapsed: a joint 版头 (two names) before the 发文字号 and a two-line title', () => {
      const lines = ['中共嘉兴市纪律检查委员会', '嘉兴市监察委员会', '嘉纪发〔2024〕3号', '中共嘉兴市纪委　嘉兴市监委关于严明2024年元旦春节期间', '纪律要求的通知', '各县（市、区）纪委监委：', '　　现就有关纪律要求通知如下。', '中共嘉兴市纪委　　　　嘉兴市监委', '2023年12月25日'].join('\n');
      for (const t of [lines, collapse(lines)]) {
        const doc = parse(t);
        assert.equal(doc.notice.docNumber?.text, '嘉纪发〔2024〕3号');
        assert.equal(doc.notice.signDate?.text, '2023年12月25日');
      }
    });
    it('an 附件说明 item with spaces inside (1. 嘉兴市 2023 年工作方案) stays one item', () => {
      const lines = '嘉兴市某某局关于某某工作的通知\n各单位：\n　　现将有关事项通知如下。\n　　附件：1. 嘉兴市 2023 年工作方案\n　　　　　2. 报名表\n嘉兴市某某局\n2023年8月15日\n';
      for (const t of [lines, collapse(lines)]) {
        const doc = parse(t);
        assert.match(doc.notice.attachmentNote!.text, /^附件：1\. 嘉兴市 2023 年工作方案\s+2\. 报名表$/);
        assert.deepEqual(texts(doc.notice.signatures), ['嘉兴市某某局']);
        assert.equal(doc.notice.signDate?.text, '2023年8月15日');
      }
    });
    it('collapsed: the 版头 ……文件 is not part of the title', () => {
      const doc = parse('嘉兴市人民政府办公室文件 嘉政办发〔2023〕18号 嘉兴市人民政府办公室关于某某工作的通知 各县（市、区）人民政府： 现将有关事项通知如下。 嘉兴市人民政府办公室 2023年4月12日');
      assert.equal(doc.notice.title?.text, '嘉兴市人民政府办公室关于某某工作的通知');
      assert.equal(doc.notice.docNumber?.text, '嘉政办发〔2023〕18号');
      assert.deepEqual(texts(doc.notice.signatures), ['嘉兴市人民政府办公室']);
    });
    it('collapsed: an 附件说明 with items 1.2023年… ends before the signatures', () => {
      const lines = [
        '嘉兴市总工会　共青团嘉兴市委员会关于开展2023年“最美职工”选树活动的通知',
        '各县（市、区）总工会、团委：',
        '　　现将有关事项通知如下。',
        '　　附件：1.2023年“最美职工”推荐表',
        '　　　　　2.2023年“最美职工”推荐汇总表',
        '嘉兴市总工会　　　共青团嘉兴市委员会',
        '2023年8月15日',
      ].join('\n');
      for (const t of [lines, collapse(lines)]) {
        const doc = parse(t);
        assert.equal(doc.notice.signDate?.text, '2023年8月15日');
        assert.deepEqual(texts(doc.notice.signatures), ['嘉兴市总工会　　　共青团嘉兴市委员会']);
        assert.match(doc.notice.attachmentNote!.text, /^附件：1\.2023年“最美职工”推荐表\s+2\.2023年“最美职工”推荐汇总表$/);
      }
    });
  });
});

describe('notice: 署名 and 成文日期 slips (QA regressions)', () => {
  const head = '嘉兴市人民政府办公室关于做好有关工作的通知\n各县（市、区）人民政府，市政府各部门：\n　　一、加强巡逻，2023年4月30日前完成。（牵头单位：市公安局）\n';
  for (const [name, f] of [['lines', (t: string) => t], ['collapsed', collapse], ['crlf', crlf]] as const) {
    it(`a 成文日期 with a shortened year is still the 成文日期 (${name})`, () => {
      const d = parse(f(head + '嘉兴市人民政府办公室\n23年5月10日\n'));
      assert.equal(d.notice.signDate?.text, '23年5月10日');
      assert.equal(d.notice.signDate?.year, 2023);
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['嘉兴市人民政府办公室']);
    });
    it(`a 署名 with no 成文日期 after it is still the 署名 (${name})`, () => {
      const t = f(head + '　　请各地认真贯彻落实。\n嘉兴市人民政府办公室\n');
      const d = parse(t);
      assert.equal(d.notice.signDate, undefined);
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['嘉兴市人民政府办公室']);
      assert.ok(d.notice.body && !t.slice(d.notice.body.start, d.notice.body.end).includes('请各地认真贯彻落实。嘉兴市') && t.slice(d.notice.body.start, d.notice.body.end).endsWith('请各地认真贯彻落实。'));
    });
  }
  it('no 署名 is invented from a body that ends without one', () => {
    const d = parse(head + '　　请各地认真贯彻落实。\n');
    assert.deepEqual(d.notice.signatures, []);
  });
});

// Real-notice round 4: a site's name above the page's breadcrumb is not a joint issuer's line of the title.
describe('parse: the line above a title (real-notice round 4)', () => {
  const rest = ['各乡镇人民政府，县级有关部门：', '　　现将有关事项通知如下。', '某某县人民政府办公室', '2017年6月23日', ''];
  const title = '某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知';
  for (const [name, f] of [['lines', (t: string) => t], ['crlf', crlf]] as const) {
    it(`a site name above a breadcrumb stays out of the title (${name})`, () => {
      const d = parse(f(['某某县人民政府', '首页 >> 公开信息内容', '', title, '', ...rest].join('\n')));
      assert.equal(d.notice.title?.text, title);
    });
    it(`an issuer's name the title already starts with stays out of it (${name})`, () => {
      const d = parse(f(['某某县人民政府', '', title, ...rest].join('\n')));
      assert.equal(d.notice.title?.text, title);
    });
    it(`a joint issuer's line above the title still joins it (${name})`, () => {
      const d = parse(f(['中共某某镇委员会', '', '某某镇人民政府', '', '关于印发某某镇换届选举工作方案的通知', ...rest].join('\n')));
      assert.equal(d.notice.title?.text, '中共某某镇委员会某某镇人民政府关于印发某某镇换届选举工作方案的通知');
    });
  }
});

// Real-notice round 4: 通告 and 公示 are document types a title ends with (as 通知 and 公告 are).
describe('parse: 通告 and 公示 titles (real-notice round 4)', () => {
  const tonggao = ['某某县森林防火指挥部关于禁止燃放烟花爆竹的通告', '为减少森林火险隐患，现通告如下：', '一、禁止在林区燃放烟花爆竹。', '二、违者依法追究责任。', '特此通告', '某某县森林防火指挥部', '2019年1月16日', ''].join('\n');
  const gongshi = ['某某省农业农村厅关于第二批乡村治理示范村镇推荐名单的公示', '经县级申报、市级审核，现将推荐名单予以公示。', '公示期间如有异议，请于8月10日前书面提出。', '某某省农业农村厅', '2021年8月4日', ''].join('\n');
  for (const [name, f] of [['lines', (t: string) => t], ['collapsed', collapse], ['crlf', crlf]] as const) {
    it(`finds the title, 署名 and 成文日期 of a 通告 and a 公示 (${name})`, () => {
      const d = parse(f(tonggao));
      assert.equal(d.notice.title?.text, '某某县森林防火指挥部关于禁止燃放烟花爆竹的通告');
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某某县森林防火指挥部']);
      assert.equal(d.notice.signDate?.text, '2019年1月16日');
      const g = parse(f(gongshi));
      assert.equal(g.notice.title?.text, '某某省农业农村厅关于第二批乡村治理示范村镇推荐名单的公示');
      assert.equal(g.notice.signDate?.text, '2021年8月4日');
    });
  }
  it('a line ending with 公示 inside the body is no title', () => {
    const d = parse(['某某县人民政府办公室关于做好评选工作的通知', '各乡镇人民政府：', '评选结果由县评选办予以公示', '某某县人民政府办公室', '2021年8月4日', ''].join('\n'));
    assert.equal(d.notice.title?.text, '某某县人民政府办公室关于做好评选工作的通知');
  });
});

// Real-notice round 4: a collapsed page with the 发文字号 in brackets between the title and the 主送机关.
describe('parse: a bracketed 发文字号 after a collapsed title (real-notice round 4)', () => {
  const t = [
    '某某市人民政府办公室关于印发《某某市重点工作分解落实意见》的通知',
    '(某州政办发〔2010〕10号)',
    '各区人民政府，市政府各部门：',
    '现将《某某市重点工作分解落实意见》印发给你们，请认真贯彻落实。',
    '某某市人民政府办公室',
    '2010年3月1日',
    '',
  ].join('\n');
  for (const [name, f] of [['lines', (x: string) => x], ['collapsed', collapse], ['crlf', crlf]] as const) {
    it(`finds the title, the 发文字号 and the 主送机关 (${name})`, () => {
      const d = parse(f(t));
      assert.equal(d.notice.title?.text, '某某市人民政府办公室关于印发《某某市重点工作分解落实意见》的通知');
      assert.equal(d.notice.addressee?.text, '各区人民政府，市政府各部门：');
      assert.equal(d.notice.signDate?.text, '2010年3月1日');
    });
  }
});

// Real-notice round 4: the page garbled the 成文日期 under the 署名 ({ 2017 6 23); the 署名 before the 附注 stays the 署名.
describe('parse: a 署名 before （此件公开发布） with no readable 成文日期 (real-notice round 4)', () => {
  const t = [
    '某某县人民政府办公室关于印发某某县突发环境事件应急预案的通知',
    '各乡镇人民政府，县级有关部门：',
    '经县人民政府同意，现将《某某县突发环境事件应急预案》印发给你们，请认真贯彻执行。',
    '某某县人民政府办公室',
    '（此件公开发布）',
    '{ 2017 6 23',
    '某某县突发环境事件应急预案',
    '1 总则',
    '1.1 编制目的',
    '建立健全突发环境事件应急机制。',
    '',
  ].join('\n');
  for (const [name, f] of [['lines', (x: string) => x], ['crlf', crlf]] as const) {
    it(`finds the 署名 and no 成文日期 (${name})`, () => {
      const d = parse(f(t));
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某某县人民政府办公室']);
      assert.equal(d.notice.signDate, undefined);
    });
  }
  it('takes no body line before a 附注 for the 署名 when the body sentence does not end there', () => {
    const d = parse(t.replace('请认真贯彻执行。', '请认真贯彻执行'));
    assert.deepEqual(d.notice.signatures, []);
  });
});

describe('parse: notice parts — a news page’s headline above the notice’s own title (real-notice round 5)', () => {
  const page = (gap: string[]) =>
    [
      '某市关于实施交通管制的通告(某市交通管理局)',
      ...gap,
      '关于实施交通管制的通告',
      '为保证防汛车辆安全通行，禁止一切车辆进入河道连坝路。',
      '特此通告。',
      '某市公安局',
      '2021年10月9日',
      '',
    ].join('\n');

  it('takes the own title, not the headline joined to it', () => {
    for (const t of [page([]), crlf(page([])), page(['']), page(['某市关于实施交通管制的通告(某市交通管理局)'])]) {
      const doc = parse(t);
      assert.notEqual(doc.notice.title?.text, '某市关于实施交通管制的通告(某市交通管理局)关于实施交通管制的通告', t);
      assert.equal(doc.notice.title?.text, '关于实施交通管制的通告', t);
    }
  });

  it('still joins a title broken over two lines', () => {
    const t = ['某市人民政府关于加强', '防汛工作的通知', '各县（市、区）人民政府：', '现就有关事项通知如下。', '某市人民政府', '2021年6月1日', ''].join('\n');
    assert.equal(parse(t).notice.title?.text, '某市人民政府关于加强防汛工作的通知');
  });
});

describe('parse: notice parts — a 通告 opening with 现就有关事项通告如下： (real-notice round 5)', () => {
  it('takes no body sentence ending with 如下： for the 主送机关', () => {
    const t = ['关于禁止燃放烟花爆竹的通告', '为维护公共安全，根据有关条例的规定，现就有关事项通告如下：', '一、禁止在城区燃放烟花爆竹。', '某市公安局', '2023年1月14日', ''].join('\n');
    for (const v of [t, crlf(t), t.replace('：', ':')]) {
      const doc = parse(v);
      assert.equal(doc.notice.addressee, undefined, v);
      assert.equal(doc.notice.title?.text, '关于禁止燃放烟花爆竹的通告');
    }
    // a 主送机关 is still one
    const u = t.replace('为维护公共安全，根据有关条例的规定，现就有关事项通告如下：', '各县（市、区）人民政府，市政府各部门：');
    assert.equal(parse(u).notice.addressee?.text, '各县（市、区）人民政府，市政府各部门：');
  });

  // real (round 5): a page's title field puts the 发文字号 before the title, on the same line
  it('splits a 发文字号 written before the title on its line', () => {
    const t = [
      '某政发〔2021〕1号关于印发2021年某某县重要工作事项责任分工的通知',
      '各镇政府，县政府各部门：',
      '　　现将《2021年某某县重要工作事项责任分工》印发给你们，请认真抓好落实。',
      '某某县人民政府',
      '2021年2月10日',
    ].join('\n');
    for (const v of [t, crlf(t), collapse(t), t.replace('号关于', '号\u3000关于')]) {
      const doc = parse(v);
      const n = doc.notice;
      assert.equal(n.title?.text, '关于印发2021年某某县重要工作事项责任分工的通知', v);
      assert.equal(sl(doc, n.title), n.title?.text);
      assert.equal(sl(doc, n.docNumber), '某政发〔2021〕1号');
      assert.equal(n.docNumber?.year, 2021);
      assert.equal(n.addressee?.text, '各镇政府，县政府各部门：');
      assert.deepEqual(texts(n.signatures), ['某某县人民政府']);
    }
    // a page's lines between the title and the 主送机关 (the title found past them), and other bracket forms
    const paged = t.replace('通知\n', '通知\n\n发布日期: 2021-02-10 00:00\n\n浏览次数:\n\n分享\n\n').replace('〔2021〕', '【2021】');
    for (const v of [paged, crlf(paged)]) {
      const doc = parse(v);
      assert.equal(doc.notice.title?.text, '关于印发2021年某某县重要工作事项责任分工的通知', v);
      assert.equal(sl(doc, doc.notice.docNumber), '某政发【2021】1号');
      assert.equal(doc.notice.docNumber?.canonicalBrackets, false);
    }
    // the issuer's name on a line above a title that already names the same body (its place or province left out
    // there) is not joined to it: 某某县人民政府 / 县人民政府关于……, 某省某某县人民政府 / 某某县人民政府关于……
    for (const [above, own] of [['某某县人民政府', '县人民政府'], ['某省某某县人民政府', '某某县人民政府']]) {
      const j = t.replace('某政发〔2021〕1号关于', `${above}\n\n${own}关于`);
      for (const v of [j, crlf(j)]) assert.equal(parse(v).notice.title?.text, `${own}关于印发2021年某某县重要工作事项责任分工的通知`, v);
    }
    // joint issuers, one on the line above, are still joined
    const joint = t.replace('某政发〔2021〕1号关于', '中共某某县委办公室\n某某县人民政府办公室关于');
    assert.equal(parse(joint).notice.title?.text, '中共某某县委办公室某某县人民政府办公室关于印发2021年某某县重要工作事项责任分工的通知');
    // a number cited inside a title line that does not start with it stays in the title
    const c = parse(t.replace('某政发〔2021〕1号关于印发', '关于转发某政发〔2021〕1号文件印发'));
    assert.equal(c.notice.title?.text, '关于转发某政发〔2021〕1号文件印发2021年某某县重要工作事项责任分工的通知');
  });
});
