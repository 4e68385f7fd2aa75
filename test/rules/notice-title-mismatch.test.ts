import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, seedText, spans, halfWidth, locate } from '../helpers';
import { build } from './notice-rules.fixture';
import { parse } from '../../server/src/core/parse';

const rule = 'notice-title-mismatch';

describe(rule, () => {
  it('is silent on the seed, the guobanfa sample and a consistent notice in every layout', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    for (const t of [build(), collapse(build()), crlf(build())]) assert.deepEqual(check(t, [rule]), []);
  });

  it('finds a body citation naming another document', () => {
    const t = build({ cited: '《嘉兴市推进服务业发展实施方案》' });
    for (const text of [t, collapse(t)]) assert.deepEqual(spans(text, rule), ['《嘉兴市推进服务业发展实施方案》']);
  });

  // a real 工作规则 notice: the attached rules are headed 工作规则(2019年11月修订), the title issues 《工作规则》
  it('reads a revision note in brackets after the attached title (（2023年修订）) as no part of the name', () => {
    for (const note of ['（2023年5月修订）', '(2023年修订)', '（2023年修正）']) {
      const t = build({ attachmentTitle: `嘉兴市推进服务业发展工作方案${note}` });
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
    }
    // another bracketed addition is still a different title (试行 is part of the name)
    assert.deepEqual(spans(build({ attachmentTitle: '嘉兴市推进服务业发展工作方案（试行）' }), rule), ['嘉兴市推进服务业发展工作方案（试行）']);
  });

  it('finds an attached document with another title', () => {
    const t = build({ attachmentTitle: '嘉兴市服务业发展工作方案' });
    assert.deepEqual(spans(t, rule), ['嘉兴市服务业发展工作方案']);
  });

  it('ignores bracket width, nested 书名号 and spaces', () => {
    const t = build({
      title: '浙江省人民政府办公厅关于印发浙江省贯彻落实《数字经济发展规划》实施方案（2022—2025年）的通知',
      signature: '浙江省人民政府办公厅',
      cited: '《浙江省贯彻落实〈数字经济发展规划〉实施方案(2022—2025年)》',
      attachmentTitle: '浙江省贯彻落实《数字经济发展规划》实施方案 (2022—2025年)',
    });
    assert.deepEqual(check(t, [rule]), []);
  });

  // a real 责任分解方案 notice: 印发2023年区《政府工作报告》确定的……方案, body 现将2023年《区〈政府工作报告〉确定的……方案》
  it('reads a year written before the cited 书名号 as part of the name', () => {
    const t = build({
      title: '嘉兴市人民政府办公室关于印发2023年嘉兴市推进服务业发展工作方案的通知',
      cited: '2023年《嘉兴市推进服务业发展工作方案》',
      attachmentTitle: '2023年嘉兴市推进服务业发展工作方案',
    });
    for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), []);
    // the year does not excuse another name, nor another year
    const other = build({ title: '嘉兴市人民政府办公室关于印发2023年嘉兴市推进服务业发展工作方案的通知', cited: '2024年《嘉兴市推进服务业发展工作方案》', attachmentTitle: '2023年嘉兴市推进服务业发展工作方案' });
    assert.deepEqual(spans(other, rule), ['《嘉兴市推进服务业发展工作方案》']);
  });

  // a real 通报: 关于印发2022年《政府工作报告》主要任务上半年落实情况的通报, whose body reports on 《县政府工作报告》
  it('ignores documents the body cites outside the sentence that issues, and the document the title nests', () => {
    const lines = [
      '嘉兴市人民政府督查室关于印发2022年《政府工作报告》主要任务上半年落实情况的通报',
      '各县（市、区）人民政府，市政府各部门：',
      '市政府督查室对2022年市《政府工作报告》上半年落实情况进行了专项督查，各责任单位紧紧围绕《市政府工作报告》确定的目标任务狠抓落实。',
      '请各地各部门进一步细化工作措施。',
      '嘉兴市人民政府督查室',
      '2022年8月19日',
    ];
    const t = lines.join('\n');
    for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), []);
    // the issuing sentence still counts
    const wrong = t.replace('请各地各部门进一步细化工作措施。', '现将《2022年〈政府工作报告〉主要任务落实情况》印发给你们。');
    assert.deepEqual(spans(wrong, rule), ['《2022年〈政府工作报告〉主要任务落实情况》']);
  });

  // a real 分工 notice: 印发2022年《政府工作报告》重点任务……, body 现将《2022年<政府工作报告>重点任务……》
  it('reads <> nested in a cited title as 〈〉 (the bracket itself is the punctuation rules’ business)', () => {
    const t = build({
      title: '嘉兴市人民政府办公室关于印发2022年《政府工作报告》重点任务分工的通知',
      cited: '《2022年<政府工作报告>重点任务分工》',
      attachmentTitle: '2022年《政府工作报告》重点任务分工',
    });
    for (const v of [t, collapse(t), crlf(t)]) assert.deepEqual(check(v, [rule]), []);
  });

  // real-notice round 4: 印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》, the body 为抓好《政府工作报告》中
  // 各项任务的落实，……现将《市六届人大四次会议政府工作报告主要工作目标分解落实意见》印发给你们 (inner marks dropped)
  it('reads a cited name that drops the title’s nested 书名号 as the same, and the nested document as no mismatch', () => {
    const title = '嘉兴市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知';
    const cited = '为抓好《政府工作报告》中各项任务的落实，现将《市六届人大四次会议政府工作报告主要工作目标分解落实意见》';
    const t = build({ title, cited, attachmentTitle: '市六届人大四次会议政府工作报告主要工作目标分解落实意见' }).replace(`${cited}已经市政府同意，`, `${cited}`);
    for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
    // another name is still another name
    const other = t.replace('主要工作目标分解落实意见》现印发', '重点工作分解落实意见》现印发');
    assert.deepEqual(spans(other, rule), ['《市六届人大四次会议政府工作报告重点工作分解落实意见》']);
  });

  // a real joint notice whose title lost its 》: 关于印发《深圳经济特区……计划（2013—2015年）的通知
  it('reads a title whose 《 is not closed as naming the same document (the lone 《 is punct-unbalanced’s)', () => {
    const t = build({ title: '嘉兴市人民政府办公室关于印发《嘉兴市推进服务业发展工作方案的通知' });
    for (const v of [t, collapse(t), crlf(t)]) assert.deepEqual(check(v, [rule]), []);
  });

  it('handles 转发 notices without flagging them', () => {
    const t = build({ title: '嘉兴市人民政府办公室关于转发省政府办公厅关于加快发展服务业意见的通知', cited: '《关于加快发展服务业的意见》' });
    assert.deepEqual(check(t, [rule]), []);
  });

  // audit: half-width and CRLF layouts, exact ranges, and the (unsafe) fix's result
  it('finds the mismatch in CRLF and half-width layouts; the fix writes the title’s name', () => {
    const cited = build({ cited: '《嘉兴市推进服务业发展实施方案》' });
    const attached = build({ attachmentTitle: '嘉兴市服务业发展工作方案' });
    for (const v of [crlf(cited), halfWidth(cited), collapse(halfWidth(cited))]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).text), ['《嘉兴市推进服务业发展实施方案》']);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('实施方案》', '工作方案》'));
    }
    assert.deepEqual(check(halfWidth(cited), [rule]).map((f) => locate(halfWidth(cited), f).at), ['3:1-3:17']);
    for (const v of [attached, crlf(attached), halfWidth(attached), collapse(halfWidth(attached))]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).text), ['嘉兴市服务业发展工作方案']);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('嘉兴市服务业发展工作方案', '嘉兴市推进服务业发展工作方案'));
    }
    for (const v of [halfWidth(build()), collapse(halfWidth(build()))]) assert.deepEqual(check(v, [rule]), []);
  });
});

describe('notice-title-mismatch: 印发X和Y, the body issuing X and Z (QA regression)', () => {
  const doc = (body: string, title = '嘉兴市人民政府办公室关于印发嘉兴市农贸市场管理办法和嘉兴市农贸市场考核细则的通知') =>
    `${title}\n各县（市、区）人民政府，市政府各部门：\n　　${body}\n嘉兴市人民政府办公室\n2023年5月10日\n`;
  for (const [name, f] of [['lines', (t: string) => t], ['collapsed', collapse], ['crlf', crlf]] as const) {
    it(`flags the title that replaces one of the two (${name})`, () => {
      const text = f(doc('《嘉兴市农贸市场管理办法》和《嘉兴市农贸市场评价细则》已经市政府同意，现印发给你们，请认真贯彻执行。'));
      const fs = check(text, ['notice-title-mismatch']);
      assert.deepEqual(fs.map((x) => text.slice(x.range.start, x.range.end)), ['《嘉兴市农贸市场评价细则》']);
      assert.equal(applyEdits(text, fs[0].fixes[0].edits), f(doc('《嘉兴市农贸市场管理办法》和《嘉兴市农贸市场考核细则》已经市政府同意，现印发给你们，请认真贯彻执行。')));
    });
  }
  it('stays silent when both match, with a shortened second title, and on other cited documents', () => {
    for (const [body, title] of [
      ['《嘉兴市农贸市场管理办法》和《嘉兴市农贸市场考核细则》已经市政府同意，现印发给你们。', undefined],
      ['根据《浙江省农贸市场管理条例》，市政府制定了《嘉兴市农贸市场管理办法》和《嘉兴市农贸市场考核细则》，现印发给你们。', undefined],
      ['《嘉兴市2023年城乡风貌整治提升工作方案》和《嘉兴市2023年城乡风貌整治提升考核办法》已经市政府同意，现印发给你们。', '嘉兴市人民政府办公室关于印发嘉兴市2023年城乡风貌整治提升工作方案和考核办法的通知'],
    ] as const) {
      assert.deepEqual(spans(doc(body, title), 'notice-title-mismatch'), [], body);
    }
  });
  // an umbrella notice: the body names its basis (按照《关于印发……的通知》要求) and the five plans it issues; the
  // attached document is the first plan its 附件说明 lists
  it('stays silent on a cited basis and on an attached document listed in a multi-item 附件说明', () => {
    const t = [
      '汉阴县人民政府办公室关于印发汉阴县新型城镇化五大专项行动方案的通知',
      '各镇人民政府，县政府有关部门：',
      '　　按照市政府办《关于印发安康市新型城镇化五大专项行动方案的通知》（安政办发〔2022〕5号）要求，县自然资源局等部门分别牵头制定了《汉阴县国土空间规划专项行动方案》《汉阴县城乡融合发展专项行动方案》。五个专项行动方案已经县政府同意，现印发给你们，请认真抓好贯彻落实。',
      '附件：1.汉阴县国土空间规划专项行动方案',
      '2.汉阴县城乡融合发展专项行动方案',
      '汉阴县人民政府办公室',
      '2022年10月28日',
      '附件1',
      '汉阴县国土空间规划专项行动方案',
      '一、总体要求',
      '坚持规划引领。',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(spans(v, rule), [], v);
    // an attached document the note does not list is still found
    const other = t.replace('附件1\n汉阴县国土空间规划专项行动方案', '附件1\n汉阴县城市更新专项行动方案');
    assert.deepEqual(spans(other, rule), ['汉阴县城市更新专项行动方案']);
    // and a body that issues a document of another name is still found
    const issued = t.replace('五个专项行动方案已经县政府同意，现印发给你们', '现将《汉阴县城市更新行动方案》印发给你们');
    assert.deepEqual(spans(issued, rule), ['《汉阴县城市更新行动方案》']);
  });

  // real (round 7): a township issues its 政府工作报告; the attached report's title names the issuer on the line above
  // (某镇人民政府 / 2024年政府工作报告) — the same document, not a mismatch
  it('stays silent when the attached title is the issuer’s name and the issued title', () => {
    const t = [
      '某某县某某镇人民政府关于印发2024年政府工作报告的通知',
      '各村（居）民委员会、镇属各单位：',
      '　　《2024年政府工作报告》已经镇人民代表大会审议通过，现印发给你们，请认真贯彻实施。',
      '某某县某某镇人民政府',
      '2024年2月22日',
      '（此件公开发布）',
      '某某县某某镇人民政府',
      '2024年政府工作报告',
      '　　一、2023年工作回顾',
      '　　全镇经济总量持续增长。',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
    // another body's name before the issued title is still a mismatch
    const other = t.replace('某某县某某镇人民政府\n2024年政府工作报告', '某某县另一镇人民政府\n2024年政府工作报告');
    assert.equal(check(other, [rule]).length, 1);
  });
});

describe('notice-title-mismatch: real-notice round 8', () => {
  // a 预警 notice issuing a signal (关于发布……预警的通知) on the basis of the city's notice of the same name: the
  // sentence cites the basis (根据《关于发布……的通知》要求) and issues (决定发布) the signal without 书名号
  const warning = [
    '某县防汛抗旱指挥部关于发布2024年第2号暴雨蓝色预警的通知',
    '各乡镇人民政府，县防汛抗旱指挥部各成员单位：',
    '　　受强降雨影响，根据市防汛抗旱指挥部《关于发布2024年第2号暴雨蓝色预警的通知》要求，县防汛抗旱指挥部决定发布2024年第2号暴雨蓝色预警。',
    '一、各乡镇要及时传达预警信息。',
    '二、各单位要落实24小时值班制度。',
    '某县防汛抗旱指挥部',
    '2024年6月3日',
  ].join('\n');
  it('stays silent on a basis cited in the sentence that issues (根据《……》要求 / 按照《……》精神)', () => {
    for (const v of [warning, collapse(warning), crlf(warning), halfWidth(warning)]) assert.deepEqual(check(v, [rule]), [], v);
    for (const [a, b] of [
      ['根据市防汛抗旱指挥部《', '按照市防汛抗旱指挥部《'],
      ['根据市防汛抗旱指挥部《', '依据市防汛抗旱指挥部《'],
      ['》要求，', '》精神，'],
      ['》要求，', '》（某汛指〔2024〕5号）要求，'],
    ]) {
      const v = warning.replace(a, b);
      assert.deepEqual(check(v, [rule]), [], v);
    }
  });
  it('still finds a document of another name that the sentence issues next to the basis', () => {
    const v = warning.replace('决定发布2024年第2号暴雨蓝色预警', '现发布《2024年第3号暴雨黄色预警》');
    for (const x of [v, collapse(v), crlf(v)]) {
      const found = check(x, [rule]);
      assert.deepEqual(found.map((f) => locate(x, f).text), ['《2024年第3号暴雨黄色预警》']);
      assert.equal(applyEdits(x, found[0].fixes[0].edits), x.replace('《2024年第3号暴雨黄色预警》', '《2024年第2号暴雨蓝色预警》'));
    }
    assert.deepEqual(check(v, [rule]).map((f) => locate(v, f).at), ['3:57-3:73']);
    // 按照 opening a clause that issues (按照要求将《X》印发) cites no basis
    const issued = warning.replace('决定发布2024年第2号暴雨蓝色预警', '现按照要求将《2024年第3号暴雨黄色预警》予以发布');
    assert.deepEqual(spans(issued, rule), ['《2024年第3号暴雨黄色预警》']);
  });

  // a 任务分解 notice: the body cites the 《政府工作报告》 the table derives from and names the table it issues
  // without 书名号, in one sentence
  const table = [
    '某县人民政府关于印发《2024年县政府工作报告重点任务分解表》的通知',
    '各乡镇人民政府，县政府各部门：',
    '　　县人民代表大会审议通过的《政府工作报告》全面部署了全年目标任务，为确保各项任务落到实处，现将2024年县政府工作报告重点任务分解表印发给你们，请认真贯彻执行。',
    '某县人民政府',
    '2024年3月1日',
  ].join('\n');
  it('stays silent when the issuing sentence names the issued document without 书名号 and cites the one it derives from', () => {
    for (const v of [table, collapse(table), crlf(table), halfWidth(table)]) assert.deepEqual(check(v, [rule]), [], v);
    // a cited document that the sentence issues in place of the title's is still found
    const other = table.replace('现将2024年县政府工作报告重点任务分解表印发', '现将《2024年县政府工作报告重点工作清单》印发');
    assert.deepEqual(spans(other, rule), ['《2024年县政府工作报告重点工作清单》']);
  });

  // an umbrella plan in the title (《……“两个全覆盖”工作方案》) whose body issues the plans it is made of, each
  // attached in turn
  const umbrella = [
    '某县人民政府办公室关于印发《某县安全生产“两个全覆盖”工作方案》的通知',
    '各乡镇人民政府，县政府有关部门：',
    '　　经县政府同意，现将《某县安全责任落实全覆盖工作方案》《某县隐患排查整治全覆盖工作方案》印发给你们，请认真贯彻落实。',
    '某县人民政府办公室',
    '2023年4月10日',
    '某县安全责任落实全覆盖工作方案',
    '一、工作目标',
    '全面落实安全责任。',
    '二、工作任务',
    '压实属地责任。',
  ].join('\n');
  it('stays silent on an umbrella title whose body issues two or more documents of its kind, one of them attached', () => {
    for (const v of [umbrella, collapse(umbrella), crlf(umbrella), halfWidth(umbrella), umbrella.replace('》《', '》、《')]) {
      assert.deepEqual(check(v, [rule]), [], v);
    }
    // an attached document the body does not issue is still found
    const attached = umbrella.replace('某县安全责任落实全覆盖工作方案\n一、', '某县应急宣传培训全覆盖工作方案\n一、');
    assert.deepEqual(spans(attached, rule), ['某县应急宣传培训全覆盖工作方案']);
    // one document alone of another name is still found, and so are documents of another kind
    const one = umbrella.replace('《某县安全责任落实全覆盖工作方案》《某县隐患排查整治全覆盖工作方案》', '《某县安全责任落实全覆盖工作方案》');
    assert.deepEqual(spans(one, rule), ['《某县安全责任落实全覆盖工作方案》', '某县安全责任落实全覆盖工作方案']);
    const kinds = umbrella.replace('《某县隐患排查整治全覆盖工作方案》', '《某县隐患排查整治考核办法》');
    assert.deepEqual(spans(kinds, rule), ['《某县安全责任落实全覆盖工作方案》', '某县安全责任落实全覆盖工作方案']);
  });
});

describe('notice-title-mismatch: real-notice round 9', () => {
  // R1: a title printing several 《》 documents with a count after them (《A》《B》两个计划) names a list; the
  // attached document is one of them
  const books = [
    '某市人民政府关于印发《某市养老服务发展计划（2024年）》《某市托育服务提升计划（2024年）》两个计划的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '　　《某市养老服务发展计划（2024年）》《某市托育服务提升计划（2024年）》已经市政府同意，现印发给你们，请认真贯彻落实。',
    '某市人民政府',
    '2024年3月1日',
    '某市养老服务发展计划（2024年）',
    '一、总体要求',
    '完善养老服务体系。',
    '二、主要任务',
    '建设养老服务中心。',
  ].join('\n');
  it('reads a title listing 《A》《B》 with a count after them as two documents, each of them attached in turn', () => {
    const second = books.replace('某市养老服务发展计划（2024年）\n一、', '某市托育服务提升计划（2024年）\n一、');
    const three = books
      .replace('》两个计划的通知', '》《某市助残服务计划（2024年）》三个行动计划的通知')
      .replace('年）》已经', '年）》《某市助残服务计划（2024年）》已经');
    const etc = books.replace('》两个计划的通知', '》等文件的通知');
    const plain = books.replace('》两个计划的通知', '》的通知');
    // (collapsed, a title over 60 characters is not parted from the 主送机关: not with three documents)
    for (const t of [books, second, three, etc, plain]) {
      for (const v of [t, t === three ? t : collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
    }
  });
  it('still finds an attached document or a cited one that is none of the listed, with no fix rewriting the list', () => {
    const attached = books.replace('某市养老服务发展计划（2024年）\n一、', '某市家政服务发展计划（2024年）\n一、');
    for (const v of [attached, collapse(attached), crlf(attached)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).text), ['某市家政服务发展计划（2024年）']);
      assert.deepEqual(found[0].fixes, []);
    }
    assert.deepEqual(check(attached, [rule]).map((f) => locate(attached, f).at), ['6:1-6:18']);
    // the body issuing 《C》《B》: 《C》 stands in the list where the title has 《A》
    const cited = books.replace('　　《某市养老服务发展计划（2024年）》', '　　《某市家政服务发展计划（2024年）》');
    for (const v of [cited, collapse(cited), crlf(cited)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).text), ['《某市家政服务发展计划（2024年）》']);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('《某市家政服务发展计划', '《某市养老服务发展计划'));
    }
  });
  it('reads 《A》《B》 with a tail that is no count (实施细则) as one name', () => {
    const t = books.replace('》两个计划的通知', '》实施细则的通知');
    assert.deepEqual(parse(t).notice.titledDocuments, ['《某市养老服务发展计划（2024年）》《某市托育服务提升计划（2024年）》实施细则']);
    assert.deepEqual(parse(books).notice.titledDocuments, ['某市养老服务发展计划（2024年）', '某市托育服务提升计划（2024年）']);
  });

  // R2: 印发X总结和Y要点 without 书名号, the body issuing 《X》和《Y》: two documents, the first one attached
  const pair = [
    '某市卫生健康委关于印发2023年某市卫生健康工作总结和2024年某市卫生健康工作要点的通知',
    '各县（市、区）卫生健康局，委直属各单位：',
    '　　《2023年某市卫生健康工作总结》和《2024年某市卫生健康工作要点》已经委主任办公会议通过，现印发给你们，请贯彻执行。',
    '某市卫生健康委',
    '2024年2月20日',
    '2023年某市卫生健康工作总结',
    '一、深化医改',
    '推进公立医院改革。',
    '二、强化公共卫生',
    '完善疾控体系。',
  ].join('\n');
  it('reads 印发X和Y whose body issues 《X》和《Y》 as two documents (X a 总结, or of any kind the body names)', () => {
    const table = pair
      .replace('2023年某市卫生健康工作总结和2024年某市卫生健康工作要点的通知', '2024年某市卫生健康重点项目清单和责任分工表的通知')
      .replace('《2023年某市卫生健康工作总结》和《2024年某市卫生健康工作要点》', '《2024年某市卫生健康重点项目清单》和《责任分工表》')
      .replace('2023年某市卫生健康工作总结\n一、', '2024年某市卫生健康重点项目清单\n一、');
    for (const t of [pair, table, pair.replace('》和《', '》《'), pair.replace('》和《', '》、《')]) {
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
    }
  });
  it('still finds the body issuing another document in place of one of the two, and an attached one of another name', () => {
    const cited = pair.replace('《2024年某市卫生健康工作要点》', '《2024年某市卫生健康工作计划》');
    for (const v of [cited, collapse(cited), crlf(cited)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).text), ['《2024年某市卫生健康工作计划》']);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace('工作计划》', '工作要点》'));
    }
    const attached = pair.replace('2023年某市卫生健康工作总结\n一、', '2023年某市卫生健康工作报告\n一、');
    const found = check(attached, [rule]);
    assert.deepEqual(found.map((f) => locate(attached, f).at), ['6:1-6:16']);
    assert.deepEqual(found[0].fixes, []);
  });
});

describe('notice-title-mismatch: marks a page lost (real-notice round 9)', () => {
  // a page that lost a bracket or the quotation marks of a name: the lone bracket is punct-unbalanced's finding, the
  // name is the same
  const doc = (title: string, attached: string[]) =>
    [
      `某县人民政府办公室关于印发${title}的通知`,
      '各乡镇人民政府，县政府有关部门：',
      `　　${title}已经县政府同意，现印发给你们，请认真贯彻执行。`,
      '某县人民政府办公室',
      '2021年4月16日',
      ...attached,
      '一、总体要求',
      '推进新型城镇化。',
      '二、主要任务',
      '完善基础设施。',
    ].join('\n');
  it('reads an attached title whose qualifier line lost its （ (2020―2022年)) as the same name', () => {
    for (const t of [
      doc('《某县城镇化建设三年行动计划（2020―2022年）》', ['某县城镇化建设三年行动计划', '2020―2022年)']),
      doc('《某县城镇化建设三年行动计划（2020—2022年）》', ['某县城镇化建设三年行动计划', '2020—2022年）']),
      doc('《某县城镇化建设三年行动计划（2020—2022年）》', ['某县城镇化建设三年行动计划2020—2022年）']),
    ]) {
      for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, [rule]), [], v);
      assert.match(parse(t).attachment!.title.text, /2022年[)）]$/);
    }
  });
  it('reads an attached title that lost the quotation marks inside the name as the same name', () => {
    const t = doc('《某县提升“助老三件事”服务能力的实施办法》', ['某县提升助老三件事服务能力的实施办法']);
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
  });
  it('still finds an attached title of other words, or without the qualifier the title gives', () => {
    const other = doc('《某县提升“助老三件事”服务能力的实施办法》', ['某县提升助老服务能力的实施办法']);
    assert.deepEqual(spans(other, rule), ['某县提升助老服务能力的实施办法']);
    const bare = doc('《某县城镇化建设三年行动计划（2020—2022年）》', ['某县城镇化建设三年行动计划']);
    assert.deepEqual(spans(bare, rule), ['某县城镇化建设三年行动计划']);
  });

  // a real 防汛预案 notice (round 10): the 版记's 印发 line (印发机关 and 印发日期) right after the 成文日期, above the attached
  // plan's title
  describe('the 版记 印发 line between the 成文日期 and the attached title', () => {
    const doc = (printLine: string) =>
      [
        '某某镇人民政府',
        '关于印发《某某镇森林防火工作预案》的通知',
        '各村委会、镇直各单位：',
        '现将《某某镇森林防火工作预案》印发给你们，请认真抓好落实。',
        '某某镇人民政府',
        '2023年3月1日',
        printLine,
        '某某镇森林防火工作预案',
        '1.总则',
        '1.1.编制目的',
        '为做好森林防火工作，制定本预案。',
        '1.2.适用范围',
        '本预案适用于本镇。',
      ].join('\n');
    it('is no part of the attached title: no finding, the attachment titled alone, the line read as the 版记', () => {
      for (const line of ['某某镇党政办公室 2023年3月1日印发', '某某镇党政办公室　　2023年3月1日印发', '某某镇党政办公室 2023年3月1日印发 |', '某某镇党政办公室2023年3月1日印发']) {
        const t = doc(line);
        for (const v of [t, crlf(t), collapse(t), halfWidth(t)]) {
          assert.deepEqual(check(v, [rule]), [], v);
          const d = parse(v);
          assert.equal(d.attachment?.title.text, '某某镇森林防火工作预案', v);
          assert.equal(d.notice.printer?.text, '某某镇党政办公室', v);
          assert.equal(d.notice.printDate?.text, '2023年3月1日', v);
        }
      }
    });
    it('still finds an attached title of other words after the 印发 line', () => {
      const t = doc('某某镇党政办公室 2023年3月1日印发').replace('某某镇森林防火工作预案\n1.总则', '某某镇森林防火应急预案\n1.总则');
      for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(spans(v, rule), ['某某镇森林防火应急预案'], v);
      const [f] = check(t, [rule]);
      assert.equal(locate(t, f).at, '8:1-8:12');
      assert.equal(applyEdits(t, f.fixes![0].edits), doc('某某镇党政办公室 2023年3月1日印发'));
    });
  });
});
