// Round 8 (real notices): paragraphs, the notice frame, assignments and structure — cases from R's and S's reports.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import type { Task } from '../../server/src/core/model';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

const texts = (t: string) => {
  const doc = parse(t);
  return doc.paragraphs.map((p) => t.slice(p.start, p.end));
};
const brief = (t: Task): string =>
  `${t.path} ${t.leads.map((u) => u.text).join('、')} | ${t.participants.map((u) => u.text).join('、')}`;

describe('round 8: a label after a blank inside （…） stays in its paragraph (S 1)', () => {
  const notice = [
    '关于加快商贸流通发展的实施意见',
    '各县人民政府，市政府各部门：',
    '现就加快商贸流通发展提出如下意见。',
    '一、重点任务',
    '1.提高管理效能。健全部门协作机制。（牵头单位：市商务局  责任单位：市发展改革委、市财政局）',
    '2.规范市场秩序。加强市场监管。（牵头单位：市市场监管局；责任单位：市公安局）',
    '某市人民政府',
    '2017年11月20日',
    '',
  ].join('\n');

  for (const [name, t] of [
    ['one paragraph per line', notice],
    ['CRLF', crlf(notice)],
    ['collapsed', collapse(notice)],
    ['half-width', halfWidth(notice)],
    ['half-width, collapsed', collapse(halfWidth(notice))],
  ] as const) {
    it(`keeps （牵头单位：X  责任单位：Y） whole — ${name}`, () => {
      const item = '1.提高管理效能。健全部门协作机制。（牵头单位：市商务局  责任单位：市发展改革委、市财政局）';
      assert.ok(texts(t).includes(name.startsWith('half') ? halfWidth(item) : item));
      assert.deepEqual(check(t, ['punct-unbalanced']).map((f) => locate(t, f)), []);
      assert.deepEqual(parse(t).tasks.map(brief), ['一、1. 市商务局 | 市发展改革委、市财政局', '一、2. 市市场监管局 | 市公安局']);
    });
  }

  it('still splits at a label after a blank outside brackets', () => {
    const t = '1.提高管理效能。健全部门协作机制。 牵头单位：市商务局 责任单位：市发展改革委';
    assert.deepEqual(texts(t), ['1.提高管理效能。健全部门协作机制。', '牵头单位：市商务局', '责任单位：市发展改革委']);
  });
});

describe('round 8: an 附件说明 with a half-width colon and a blank, or on a line of its own, is no list of headings (R 4)', () => {
  const tree = (t: string) => parse(t).sections.map((s) => s.marker.text + s.title.text);
  const notice = (lead: string[]) =>
    [
      '关于公开征求《某县养老服务工作方案（征求意见稿）》意见的通知',
      '为做好养老服务工作，现将征求意见稿全文公布，欢迎社会各界提出意见。',
      '联系人：张三',
      ...lead,
      '某县养老服务工作方案（征求意见稿）',
      '一、工作目标',
      '完善养老服务体系。',
      '二、主要任务',
      '建设养老服务中心。',
      '',
    ].join('\n');
  const layouts = (t: string) => [
    ['one paragraph per line', t],
    ['CRLF', crlf(t)],
    ['collapsed', collapse(t)],
  ];

  for (const [lname, lead] of [
    ['附件: 1.… (half-width colon, a blank)', ['附件: 1.《某县养老服务工作方案》的起草说明.pdf', '', '      2.某县养老服务工作方案（征求意见稿）', '']],
    ['附件： 1.… (a blank)', ['附件： 1.《某县养老服务工作方案》的起草说明', '2.某县养老服务工作方案（征求意见稿）']],
    ['附件： on a line of its own', ['附件：', '1.《某县养老服务工作方案》的起草说明', '2.某县养老服务工作方案（征求意见稿）']],
  ] as const) {
    for (const [name, t] of layouts(notice([...lead]))) {
      it(`${lname} — ${name}`, () => {
        assert.deepEqual(tree(t), ['一、工作目标', '二、主要任务']);
        assert.deepEqual(check(t, ['numbering-hierarchy', 'numbering-sequence', 'numbering-skipped-level']).map((f) => locate(t, f)), []);
      });
    }
  }

  it('keeps the 附件: lead with its first item in the collapsed layout', () => {
    const t = collapse(notice(['附件: 1.《某县养老服务工作方案》的起草说明.pdf', '2.某县养老服务工作方案（征求意见稿）']));
    assert.deepEqual(texts(t).slice(3, 5), ['附件: 1.《某县养老服务工作方案》的起草说明.pdf', '2.某县养老服务工作方案（征求意见稿）']);
  });

  it('still reads 1. 2. as headings when no 附件： line stands right before them', () => {
    const t = ['关于做好养老服务工作的通知', '各乡镇：', '附件：某县养老服务工作方案', '1.完善养老服务体系', '2.建设养老服务中心', ''].join('\n');
    assert.deepEqual(tree(t), ['1.完善养老服务体系', '2.建设养老服务中心']);
  });
});

describe('round 8: a department’s offices as labels — 责任科室 牵头科室 责任处室 牵头处室 责任股室 实施单位 (S 3)', () => {
  const notice = [
    '关于印发某市教育局2024年工作要点的通知',
    '各县区教育局：',
    '现将《某市教育局2024年工作要点》印发给你们，请认真贯彻落实。',
    '某市教育局',
    '2024年3月27日',
    '某市教育局2024年工作要点',
    '一、加强党的建设',
    '1.加强理论武装。深化学习培训，落实中心组学习制度。（责任科室：组干科、机关党委）',
    '2.加强政治建设。巩固主题教育成效。（责任科室：办公室）',
    '3.加强作风建设。开展作风整顿。',
    '二、推进教育公平',
    '4.推进义务教育均衡发展。扩大优质资源。（责任科室：基础教育科）',
    '',
  ].join('\n');
  for (const [name, t] of [
    ['one paragraph per line', notice],
    ['CRLF', crlf(notice)],
    ['collapsed', collapse(notice)],
  ] as const) {
    it(`reads （责任科室：…） as the lead, and flags the item without one — ${name}`, () => {
      assert.deepEqual(parse(t).tasks.map(brief), ['一、1. 组干科、机关党委 | ', '一、2. 办公室 | ', '一、3.  | ', '二、4. 基础教育科 | ']);
      const found = check(t, ['task-missing-lead']).map((f) => locate(t, f));
      assert.deepEqual(found.map((f) => [f.at, f.text]), [[name === 'collapsed' ? '1:176-1:184' : '10:1-10:9', '3.加强作风建设']]);
      assert.match(found[0].message, /本文其他任务写作“（责任科室：……）”/);
    });
  }

  it('reads 牵头科室 / 责任处室 / 牵头处室 / 责任股室 / 实施单位, half-width colons too', () => {
    const item = (label: string) =>
      ['关于做好2024年重点工作的通知', '各科室：', '一、重点工作', `1.加强督查。落实督查制度。（${label}办公室；配合单位：各县区）`, '某市教育局', '2024年3月27日', ''].join('\n');
    const lead = (t: string) => parse(t).tasks.map(brief);
    for (const label of ['牵头科室：', '牵头处室：', '牵头处室:']) assert.deepEqual(lead(item(label)), ['一、1. 办公室 | 各县区'], label);
    for (const label of ['责任处室：', '责任股室：', '实施单位：', '责任科室:']) assert.deepEqual(lead(item(label)), ['一、1. 办公室 | 各县区'], label);
    // with a 牵头 entry, 责任科室 and 实施单位 name the participants
    const both = ['关于做好2024年重点工作的通知', '各科室：', '一、重点工作', '1.加强督查。落实督查制度。（牵头科室：办公室；实施单位：各县区教育局）', '某市教育局', '2024年3月27日', ''].join('\n');
    assert.deepEqual(lead(both), ['一、1. 办公室 | 各县区教育局']);
  });
});

describe('round 8: a letter-spaced heading 一、总 则 stays whole (S 8, R 13)', () => {
  const plan = ['某乡防汛应急预案', '一、总 则', '（一）编制目的', '为做好全乡防汛工作，制定本预案。', '（二）适用范围', '本预案适用于全乡范围内的防汛工作。', '二、组 织 机 构', '乡政府成立防汛指挥部。', ''].join('\n');
  const tree = (t: string): string[] => {
    const out: string[] = [];
    const walk = (ss: ReturnType<typeof parse>['sections'], d: string) => {
      for (const s of ss) {
        out.push(d + s.marker.text + s.title.text);
        walk(s.children, d + '  ');
      }
    };
    walk(parse(t).sections, '');
    return out;
  };
  for (const [name, t] of [
    ['one paragraph per line', plan],
    ['CRLF', crlf(plan)],
    ['collapsed', collapse(plan)],
  ] as const) {
    it(`keeps 一、总 则 and 二、组 织 机 构 one heading each — ${name}`, () => {
      assert.deepEqual(tree(t), ['一、总 则', '  （一）编制目的', '  （二）适用范围', '二、组 织 机 构']);
      assert.ok(texts(t).includes('一、总 则'));
      assert.ok(texts(t).includes('二、组 织 机 构'));
    });
  }

  it('still splits an open heading title at a blank before its text (一、总体要求 突出… / 一、总 则 为了…)', () => {
    assert.deepEqual(texts('一、总体要求 突出重点，加强统筹。'), ['一、总体要求', '突出重点，加强统筹。']);
    assert.deepEqual(texts('一、总 则 为了加强防汛工作，制定本预案。'), ['一、总 则', '为了加强防汛工作，制定本预案。']);
  });
});

describe('round 8: a heading title ends before a full date opening the item’s text (R 13)', () => {
  const notice = [
    '某县人民政府办公室关于召开安全生产紧急会议的通知',
    '各乡镇人民政府，县直各单位：',
    '经研究，决定召开会议。现将有关事项通知如下：',
    '一、会议时间及地点 2013年4月17日下午15:00，县政府五楼会议室。',
    '二、会议内容 通报事故情况。',
    '某县人民政府办公室',
    '2013年4月16日',
    '',
  ].join('\n');
  for (const [name, t] of [
    ['one paragraph per line', notice],
    ['CRLF', crlf(notice)],
    ['collapsed', collapse(notice)],
  ] as const) {
    it(`一、会议时间及地点 2013年4月17日… — ${name}`, () => {
      const doc = parse(t);
      assert.deepEqual(doc.sections.map((s) => s.title.text), ['会议时间及地点', '会议内容']);
      assert.ok(texts(t).includes('2013年4月17日下午15:00，县政府五楼会议室。'));
      assert.equal(doc.notice.signDate?.text, '2013年4月16日');
    });
  }

  it('keeps a date that a heading’s words lead into, and a heading with Latin text', () => {
    assert.deepEqual(texts('一、截至 2023年12月31日全面完成'), ['一、截至 2023年12月31日全面完成']);
    assert.deepEqual(texts('一、到 2025年12月31日基本建成'), ['一、到 2025年12月31日基本建成']);
    assert.deepEqual(texts('一、加快 5G 网络建设'), ['一、加快 5G 网络建设']);
  });
});

describe('round 8: a 成文日期 with a 附注 or an HTML tag glued to it (R 7)', () => {
  const notice = (dateLine: string) =>
    [
      '某区管委会办公室关于印发某区河长制工作方案的通知',
      '区直属各部门、各单位：',
      '现将《某区河长制工作方案》印发给你们，请认真贯彻实施。',
      '某区管委会办公室',
      dateLine,
      '某区河长制工作方案',
      '一、指导思想',
      '坚持节水优先。',
      '二、工作目标',
      '到2020年全面建立。',
      '',
    ].join('\n');
  for (const [dateLine, notes] of [
    ['2017年6月9日（此件公开发布）', ['（此件公开发布）']],
    ['2017年6月9日(此件公开发布)', ['(此件公开发布)']],
    ['2017年6月9日</P>', []],
    ['<p>2017年6月9日</p>', []],
  ] as const) {
    for (const [name, t] of [
      ['one paragraph per line', notice(dateLine)],
      ['CRLF', crlf(notice(dateLine))],
      ['collapsed', collapse(notice(dateLine))],
    ] as const) {
      it(`${dateLine} — ${name}`, () => {
        const doc = parse(t);
        const d = doc.notice.signDate!;
        assert.equal(d.text, '2017年6月9日');
        assert.equal(t.slice(d.start, d.end), '2017年6月9日');
        assert.deepEqual(doc.notice.signatures.map((s) => s.text), ['某区管委会办公室']);
        assert.deepEqual(doc.notice.notes.map((s) => s.text), notes);
        assert.equal(doc.attachment?.title.text, '某区河长制工作方案');
        assert.deepEqual(check(t, ['notice-missing-element']).map((f) => locate(t, f)), []);
      });
    }
  }

  it('keeps a date inside a sentence, and a bracket after a date that is no 附注', () => {
    assert.deepEqual(texts('2017年6月9日（星期五）召开会议。'), ['2017年6月9日（星期五）召开会议。']);
    assert.deepEqual(texts('请于 2017年6月9日<br>前报送。'), ['请于 2017年6月9日<br>前报送。']);
  });
});

describe('round 8: titles the frame missed (R 11)', () => {
  const forward = [
    '某乡人民政府文件',
    '某政〔2009〕3号',
    '关于转发《某市森林防火指挥部关于做好春节期间森林防火工作的紧急通知》',
    '各行政村：',
    '现将《紧急通知》转发给你们，请认真贯彻执行。',
    '某乡人民政府',
    '2009年1月9日',
    '',
  ].join('\n');
  for (const [name, t] of [
    ['one paragraph per line', forward],
    ['CRLF', crlf(forward)],
    ['collapsed', collapse(forward)],
  ] as const) {
    it(`关于转发《……的紧急通知》 without 的通知 is the title — ${name}`, () => {
      const n = parse(t).notice;
      assert.equal(n.title?.text, '关于转发《某市森林防火指挥部关于做好春节期间森林防火工作的紧急通知》');
      assert.equal(n.kind, 'forward');
      assert.deepEqual(n.titledDocuments, ['某市森林防火指挥部关于做好春节期间森林防火工作的紧急通知']);
      assert.equal(n.docNumber?.text, '某政〔2009〕3号');
      assert.equal(n.addressee?.text, '各行政村：');
      assert.equal(n.signDate?.text, '2009年1月9日');
    });
  }

  it('关于印发《……方案》 without 的通知 is a title of kind other (notice-title-mismatch stays out)', () => {
    const t = ['关于印发《某乡森林防火工作方案》', '各行政村：', '现将《某乡森林防火工作方案》印发给你们。', '某乡人民政府', '2009年1月9日', ''].join('\n');
    const n = parse(t).notice;
    assert.equal(n.title?.text, '关于印发《某乡森林防火工作方案》');
    assert.equal(n.kind, 'other');
  });

  const nav = [
    '无障碍浏览 长者模式',
    '登录个人中心',
    '首页 政府信息公开 新闻中心 网上办事 互动交流 走进某县',
    '',
    '某县统计局关于做好统计调查工作的通知',
    '',
    '各乡镇，某县工业园区：',
    '',
    '现将有关事项通知如下：',
    '一、高度重视。请按时报送。',
    '二、其他事项。联系人：张三',
    '某县统计局',
    '2023年12月8日',
    '',
  ].join('\n');
  for (const [name, t] of [
    ['one paragraph per line', nav],
    ['CRLF', crlf(nav)],
  ] as const) {
    it(`finds the title after a page’s buttons and menu, and joins none of them to it — ${name}`, () => {
      const n = parse(t).notice;
      assert.equal(n.title?.text, '某县统计局关于做好统计调查工作的通知');
      assert.equal(n.addressee?.text, '各乡镇，某县工业园区：');
      const only = ['登录个人中心', '', '某县统计局关于做好统计调查工作的通知', '', '各乡镇：', '现将有关事项通知如下：', '一、高度重视。', ''].join('\n');
      assert.equal(parse(only).notice.title?.text, '某县统计局关于做好统计调查工作的通知');
    });
  }

  it('still joins a joint issuer’s line above an issuer’s title', () => {
    const t = ['中共某县委员会办公室', '某县人民政府办公室关于做好统计调查工作的通知', '各乡镇：', '现将有关事项通知如下。', ''].join('\n');
    assert.equal(parse(t).notice.title?.text, '中共某县委员会办公室某县人民政府办公室关于做好统计调查工作的通知');
    const joint = ['中共某县委员会　某县人民政府', '关于加强村级组织建设的意见', '各乡镇党委、政府：', '现提出如下意见。', ''].join('\n');
    assert.equal(parse(joint).notice.title?.text, '中共某县委员会　某县人民政府关于加强村级组织建设的意见');
  });
});

describe('round 8: a joint issuers’ row of the 版头 is no 主送机关 (seen with round 8’s residue)', () => {
  it('does not take 中共某市委  某市人民政府 under the title for the 主送机关', () => {
    const t = ['关于加强城乡社区治理的实施意见', '某委发〔2018〕20', '中共某市委  某市人民政府', '为提升城乡社区治理水平，提出如下意见。', '一、总体要求', '加强社区建设。', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.equal(parse(x).notice.addressee, undefined);
    const list = ['关于加强城乡社区治理的通知', '各区人民政府、市政府各部门', '现将有关事项通知如下。', ''].join('\n');
    assert.equal(parse(list).notice.addressee?.text, '各区人民政府、市政府各部门');
  });
});
