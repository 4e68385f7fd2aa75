// Round 13 (real notices): the notice frame and dates — a 署名 and its 成文日期 on one line (glued, or set apart by U+3000
// or NBSP), a bundle title 《X等“三大专项行动”实施方案》, a title 印发……工作方案及重点工作任务清单 that names one document, an
// 附件说明 item with its file's extension (.pdf), an attached title with a qualifier (（试行）) over 第一章, a 主送机关
// wrapped over two lines, an attached title wrapped over three lines, a web-meta line under the title, and inline dates
// that lost 年 or 月 (202310月份, 截至1031日). Cases from R's report (P1, P3, P7, P8, P2, P10) and S's (A, C).
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, outlineNames } from '../helpers';

const found = (t: string, rules: string[]) => check(t, rules).map((f) => `${locate(t, f).at} ${locate(t, f).text} | ${f.message.zh}`);
const FRAME = ['notice-missing-element', 'notice-title-mismatch', 'notice-issuer-mismatch', 'date-style', 'date-invalid'];

describe('round 13: a 署名 and its 成文日期 on one line (R P1)', () => {
  const plan = (sigLine: string) =>
    [
      '某县人民政府办公室关于印发某县防汛应急预案的通知',
      '各乡镇人民政府，县直各有关单位：',
      '现将《某县防汛应急预案》印发给你们，请认真贯彻执行。',
      sigLine,
      '某县防汛应急预案',
      '一、总则',
      '本预案适用于全县防汛工作。',
      '二、组织体系',
      '县防汛抗旱指挥部负责全县防汛工作。',
    ].join('\n');
  const lines = ['某县人民政府办公室2024年6月1日', '某县人民政府办公室　　2024年6月1日', '某县人民政府办公室　2024年6月1日', '某县人民政府办公室\u00a0\u00a0\u00a02024年6月1日', '某县人民政府办公室  2024年6月1日'];
  it('reads the 署名 and the date, finds the attached 方案 after them; nothing is missing', () => {
    for (const line of lines) {
      const t = plan(line);
      for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) {
        const d = parse(v);
        assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某县人民政府办公室'], v);
        assert.equal(d.notice.signDate?.text, '2024年6月1日', v);
        assert.deepEqual([d.notice.signDate?.year, d.notice.signDate?.month, d.notice.signDate?.day], [2024, 6, 1]);
        assert.equal(d.attachment?.title.text, '某县防汛应急预案', v);
        assert.deepEqual(found(v, FRAME), [], v);
        assert.deepEqual(outlineNames(v).slice(2, 7), [' 某县人民政府办公室', ' 2024年6月1日', ' 某县防汛应急预案', '  一、总则', '  二、组织体系'], v);
      }
    }
  });
  it("a body line ending with a date is no 署名; a date alone after the body still lacks its 署名", () => {
    // (会议定于 is no body's name: the line is no 署名 and date)
    for (const v of [plan('会议定于2024年6月1日'), collapse(plan('会议定于2024年6月1日'))]) {
      const d = parse(v);
      assert.equal(d.notice.signatures.some((s) => s.text.includes('2024')), false, v);
      assert.equal(d.notice.signDate?.text !== '2024年6月1日' || d.notice.signatures.every((s) => !s.text.startsWith('会议')), true, v);
    }
    // (the 版记's 印发 line is no 署名 and date either)
    const printed = plan('某县人民政府办公室\n2024年6月1日').replace('县防汛抗旱指挥部负责全县防汛工作。', '县防汛抗旱指挥部负责全县防汛工作。\n某县人民政府办公室2024年6月1日印发');
    assert.deepEqual(parse(printed).notice.signatures.map((s) => s.text), ['某县人民政府办公室']);
    assert.equal(parse(printed).notice.printer?.text, '某县人民政府办公室');
    // the glued line without the body's name above it is still a 署名 and date; a missing 署名 is still reported
    const bare = plan('2024年6月1日');
    assert.deepEqual(found(bare, ['notice-missing-element']), ['1:1-1:25 某县人民政府办公室关于印发某县防汛应急预案的通知 | 通知缺少发文机关署名（GB/T 9704-2012 7.3）。']);
  });
});

describe('round 13: a bundle title 《X等“三大专项行动”实施方案》 (R P3)', () => {
  const bundle = (attached: string) =>
    [
      '某县乡村振兴领导小组关于印发《某县巩固提升就业帮扶车间等“三大专项行动”实施方案》的通知',
      '各乡镇人民政府，县直各单位：',
      '《某县巩固提升就业帮扶车间等“三大专项行动”实施方案》已经领导小组审定，现印发给你们，请认真贯彻落实。',
      '某县乡村振兴领导小组',
      '2021年9月3日',
      attached,
      '一、总体要求',
      '坚持就业优先。',
      '二、主要任务',
      '稳定脱贫人口就业。',
    ].join('\n');
  it('silent when the attached title is the part before 等 with the bundle’s kind; the title is never rewritten', () => {
    for (const a of ['某县巩固提升就业帮扶车间专项行动实施方案', '某县巩固提升就业帮扶车间实施方案']) {
      const t = bundle(a);
      for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) {
        assert.equal(parse(v).attachment?.title.text, a, v);
        assert.deepEqual(found(v, ['notice-title-mismatch']), [], v);
      }
    }
  });
  it('still an error when the attached title is another place’s or another document', () => {
    const t = bundle('某市巩固提升就业帮扶车间专项行动实施方案');
    assert.deepEqual(
      found(t, ['notice-title-mismatch']),
      ['6:1-6:21 某市巩固提升就业帮扶车间专项行动实施方案 | 所附文件的标题“某市巩固提升就业帮扶车间专项行动实施方案”与通知标题中印发的《某县巩固提升就业帮扶车间等“三大专项行动”实施方案》不一致。'],
    );
  });
});

describe('round 13: 印发……工作方案及重点工作任务清单 names one document (S A)', () => {
  const ji = (cite: string, attached: string) =>
    [
      '某某市人民政府办公室关于印发某某市校园安全提升行动工作方案及重点工作任务清单的通知',
      '各乡镇（街道），市级各有关部门：',
      `${cite}现印发给你们，请认真抓好贯彻落实。`,
      '某某市人民政府办公室',
      '2023年5月6日',
      attached,
      '一、总体目标',
      '到2024年底，全市校园安全防范能力显著增强。',
      '二、主要任务',
      '加强校园安保。',
    ].join('\n');
  const whole = '某某市校园安全提升行动工作方案及重点工作任务清单';
  it('not split at 及 when the body cites it whole, or the attached title is it whole: silent', () => {
    for (const t of [ji(`《${whole}》`, whole), ji('', whole)]) {
      for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) {
        assert.deepEqual(parse(v).notice.titledDocuments, [whole], v);
        assert.equal(parse(v).attachment?.title.text, whole, v);
        assert.deepEqual(found(v, ['notice-title-mismatch']), [], v);
      }
    }
  });
  it('two documents when the body cites two (《X》及《Y》)', () => {
    const t = ji('《某某市校园安全提升行动工作方案》及《重点工作任务清单》', '某某市校园安全提升行动工作方案');
    assert.deepEqual(parse(t).notice.titledDocuments, ['某某市校园安全提升行动工作方案', '重点工作任务清单']);
    assert.deepEqual(found(t, ['notice-title-mismatch']), []);
  });
});

describe('round 13: an 附件说明 item with its file’s extension (S C)', () => {
  const ext = (item: string) =>
    [
      '某某县农业农村局关于印发《某某县轮作休耕项目实施方案》的通知',
      '各镇人民政府：',
      '现将《某某县轮作休耕项目实施方案》印发给你们，请认真组织实施。',
      `附件：${item}`,
      '某某县农业农村局',
      '2024年6月28日',
      '某某县轮作休耕项目实施方案',
      '一、工作目标',
      '全县完成轮作休耕1.5万亩。',
      '二、工作措施',
      '落实补贴资金。',
    ].join('\n');
  it('matches the name without .pdf .doc .docx .xlsx .wps', () => {
    for (const e of ['.pdf', '.doc', '.docx', '.xlsx', '.wps', '.PDF', '']) {
      const t = ext(`某某县轮作休耕项目实施方案${e}`);
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(found(v, ['notice-missing-element']), [], v);
    }
  });
  it('a draft’s 起草说明 / 修订说明 listed next to the reproduced draft is not looked for; another missing item is', () => {
    const draft = (second: string) =>
      [
        '某区行政审批服务局关于公开征求《某区便民热线管理办法（征求意见稿）》意见的公告',
        '现就《某区便民热线管理办法（征求意见稿）》公开征求意见。',
        '附件：1.某区便民热线管理办法（征求意见稿）',
        `2.${second}`,
        '某区行政审批服务局',
        '2025年11月19日',
        '某区便民热线管理办法（征求意见稿）',
        '第一章 总则',
        '第一条 为规范热线管理，制定本办法。',
        '第二章 受理',
        '第二条 热线受理群众诉求。',
      ].join('\n');
    for (const s of ['关于《某区便民热线管理办法》的修订说明', '某区便民热线管理办法起草说明.pdf']) {
      const t = draft(s);
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(found(v, ['notice-missing-element']), [], v);
    }
    assert.deepEqual(
      found(draft('某区便民热线考核细则'), ['notice-missing-element']).map((x) => x.split(' | ')[1]),
      ['附件说明中的“某区便民热线考核细则”在文后附件中找不到同名标题，请核对附件名称（GB/T 9704-2012 7.3.4）。'],
    );
  });
  it('a different name is still reported', () => {
    const t = ext('某某县耕地保护项目实施方案.pdf');
    assert.deepEqual(found(t, ['notice-missing-element']), [
      '4:1-4:21 附件：某某县耕地保护项目实施方案.pdf | 附件说明中的“某某县耕地保护项目实施方案”在文后附件中找不到同名标题，请核对附件名称（GB/T 9704-2012 7.3.4）。',
    ]);
  });
});

describe('round 13: an attached title with a qualifier over 第一章/第一条 (R P7)', () => {
  const chapters = (title: string) =>
    [
      '某县人民政府办公室关于做好防汛工作的通知',
      '各乡镇人民政府：',
      '现就做好今年防汛工作通知如下，请认真落实。',
      '附件：某县防汛应急预案',
      '某县人民政府办公室',
      '2024年6月1日',
      title,
      '第一章 总则',
      '第一条 为规范防汛，制定本预案。',
      '第二章 组织体系',
      '第二条 县防指负责全县防汛。',
    ].join('\n');
  it('reads 某县防汛应急预案（试行） / （征求意见稿） as the attached title; 第一章 hangs under it', () => {
    for (const q of ['（试行）', '（征求意见稿）', '（暂行）']) {
      const t = chapters(`某县防汛应急预案${q}`);
      for (const v of [t, crlf(t), halfWidth(t)]) {
        const d = parse(v);
        assert.equal(d.attachment?.title.text, v.split(/\r?\n/)[6], v);
        assert.deepEqual(outlineNames(v).slice(4, 6), [` ${v.split(/\r?\n/)[6]}`, '  第一章 总则'], v);
        assert.deepEqual(found(v, ['notice-missing-element']), [], v);
      }
    }
  });
  it('a line that is not a title (a sentence) is not taken', () => {
    const t = chapters('以下为预案全文（试行）。');
    assert.equal(parse(t).attachment, undefined);
  });
});

describe('round 13: a 主送机关 wrapped over two lines (R P8)', () => {
  const wrapped = [
    '某县人民政府办公室关于做好春季森林防火工作的通知',
    '各乡镇人民政府，县政府各部门，县直各有关单位，',
    '各人民团体：',
    '现将有关事项通知如下。',
    '一、加强火源管控',
    '严禁野外用火。',
    '二、强化值班值守',
    '落实24小时值班。',
    '某县人民政府办公室',
    '2024年3月1日',
  ].join('\n');
  it('the 主送机关 runs over both lines, each unit read', () => {
    for (const v of [wrapped, crlf(wrapped), halfWidth(wrapped)]) {
      const a = parse(v).notice.addressee!;
      const lines = v.split(/\r?\n/);
      assert.equal(v.slice(a.start, a.end), `${lines[1]}${v.includes('\r') ? '\r\n' : '\n'}${lines[2]}`, v);
      assert.equal(a.text, lines[1] + lines[2]);
      assert.deepEqual(a.units.map((u) => u.text), ['各乡镇人民政府', '县政府各部门', '县直各有关单位', '各人民团体'], v);
      assert.equal(outlineNames(v)[1], ` ${lines[1]}${lines[2]}`, v);
      assert.deepEqual(found(v, ['notice-missing-element']), [], v);
    }
  });
  it('not a body sentence above the colon line', () => {
    const t = wrapped.replace('各乡镇人民政府，县政府各部门，县直各有关单位，', '为做好春季森林防火工作，');
    // (the first line ends with ，but names no body)
    assert.equal(parse(t).notice.addressee?.text, '各人民团体：');
  });
});

describe('round 13: an attached title wrapped over three lines (G5’s suggestion)', () => {
  const three = [
    '某某市人民政府办公室关于印发某某市贯彻落实《关于推进县城城镇化建设的实施方案》任务分工方案的通知',
    '各县人民政府，市政府有关部门：',
    '《某某市贯彻落实〈关于推进县城城镇化建设的实施方案〉任务分工方案》已经市政府同意，现印发给你们，请认真组织实施。',
    '某某市人民政府办公室',
    '2023年4月14日',
    '某某市贯彻落实《关于推进',
    '县城城镇化建设的',
    '实施方案》任务分工方案',
    '一、科学把握功能定位',
    '1.主动承接城市群辐射带动作用。（牵头单位：市发展改革委）',
    '二、完善基础设施',
    '2.推进县城道路建设。（牵头单位：市交通运输局）',
  ].join('\n');
  it('one attached title; silent title-mismatch; not cut where a 《 is still open', () => {
    for (const v of [three, crlf(three), halfWidth(three)]) {
      const d = parse(v);
      assert.equal(d.attachment?.title.text, '某某市贯彻落实《关于推进县城城镇化建设的实施方案》任务分工方案', v);
      assert.deepEqual(found(v, ['notice-title-mismatch']), [], v);
      assert.equal(outlineNames(v)[4], ' 某某市贯彻落实《关于推进县城城镇化建设的实施方案》任务分工方案', v);
    }
    // (two lines whose join would end with a kind while 《 is open: 实施方案 / 》任务分工方案 — the whole title still)
    const t2 = three.replace('某某市贯彻落实《关于推进\n县城城镇化建设的\n实施方案》任务分工方案', '某某市贯彻落实《关于推进\n县城城镇化建设的实施方案\n》任务分工方案');
    assert.equal(parse(t2).attachment?.title.text, '某某市贯彻落实《关于推进县城城镇化建设的实施方案》任务分工方案');
  });
});

describe('round 13: a half-width web-meta line under the title is no 主送 or 成文日期 (R P2 frame part)', () => {
  const meta = [
    '关于开展秋季开学校园安全整治行动的通知',
    '公开方式: 主动公开 有效期: 长期有效 发布时间: 2023-09-10',
    '各中小学校、幼儿园：',
    '现将有关事项通知如下。',
    '一、工作目标',
    '消除校园周边安全隐患。',
    '二、工作时间',
    '2023年9月至10月。',
    '某区教育体育局',
    '2023年9月8日',
  ].join('\n');
  it('the 主送 is 各中小学校、幼儿园, the 署名 and date the real ones; no frame finding on the meta line', () => {
    for (const v of [meta, crlf(meta)]) {
      const d = parse(v);
      assert.equal(d.notice.addressee?.text, '各中小学校、幼儿园：', v);
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某区教育体育局'], v);
      assert.equal(d.notice.signDate?.text, '2023年9月8日', v);
      assert.deepEqual(found(v, FRAME), [], v);
    }
  });
});

describe('round 13: inline dates that lost 年 or 月 (R P10)', () => {
  const report = [
    '某县人民政府办公室关于202310月份民生实事项目进展情况的通报',
    '各乡镇人民政府，县直各单位：',
    '截至1031日，65件民生实事已完成26件。',
    '我县拟在202211月至20232月期间开展消费帮扶集中行动。',
    '一、总体情况',
    '总体进展顺利。',
    '二、下步要求',
    '自收到之日起120日内办结，1200日以上的项目另行安排。',
    '某县人民政府办公室',
    '2023年11月3日',
  ].join('\n');
  it('date-invalid warns with the one reading, and a fix that only inserts the mark', () => {
    for (const v of [report, crlf(report), halfWidth(report), collapse(report)]) {
      const f = check(v, ['date-invalid']);
      assert.deepEqual(
        f.map((x) => `${locate(v, x).text} | ${x.severity} | ${x.message.zh}`),
        [
          '202310月 | warning | 日期“202310月”缺少“年”，应为“2023年10月”。',
          '1031日 | warning | 日期“1031日”缺少“月”，应为“10月31日”。',
          '202211月 | warning | 日期“202211月”缺少“年”，应为“2022年11月”。',
          '20232月 | warning | 日期“20232月”缺少“年”，应为“2023年2月”。',
        ],
        v,
      );
      if (v === report) assert.deepEqual(f.map((x) => locate(v, x).at), ['1:12-1:19', '3:3-3:8', '4:5-4:12', '4:13-4:19']);
      let out = v;
      for (const x of [...f].reverse()) {
        assert.equal(x.fixes.length, 1);
        assert.equal(x.fixes[0].safe, false);
        out = applyEdits(out, x.fixes[0].edits);
      }
      assert.equal(out, v.replace('202310月', '2023年10月').replace('1031日', '10月31日').replace('202211月', '2022年11月').replace('20232月', '2023年2月'));
    }
  });
  it('silent on counts, codes and numbers that read no date or two', () => {
    const ok = [
      '某县人民政府办公室关于做好统计工作的通知',
      '各乡镇人民政府：',
      '请于120日内报送，编号A202310月报另附。共计1200日。项目编号2023-202310月起算。截至115日的数据另报。',
      '一、工作要求',
      '按时报送。',
      '二、其他',
      '第202399月期。',
      '某县人民政府办公室',
      '2023年11月3日',
    ].join('\n');
    assert.deepEqual(found(ok, ['date-invalid']), []);
  });
});
