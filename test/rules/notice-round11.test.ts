// Round 11 (real notices): the notice frame — a spaced 文种 (通    知), titles on four lines, a two-line 版记 印发 before the
// attached document, 通报 and 请示 without 署名 or 成文日期, nested 书名号 in the title-mismatch fix, a leading place name,
// a spaced 署名 (国 务 院). Cases from R's report (R5, R6, R8, R9, R10, R16) and S's (S05).
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, outlineNames } from '../helpers';

const names = (t: string): string[] => outlineNames(t);
const found = (t: string, rule: string) => check(t, [rule]).map((f) => `${locate(t, f).at} ${locate(t, f).text} | ${f.message.zh}`);

describe('round 11: a 文种 written with blanks inside (通    知, 通　知) (R 5)', () => {
  const body = ['各镇街，区直各有关部门：', '《某区消防规划》已经区政府同意，现印发给你们，请认真贯彻执行。', '某区安全生产委员会', '2016年12月30日'];
  const own = ['某区安全生产委员会关于印发某区消防规划的', '通    知', ...body].join('\n');
  const ideo = ['某区安全生产委员会关于印发某区消防规划的', '通　知', ...body].join('\n');
  const oneLine = ['某区安全生产委员会关于印发某区消防规划的通    知', ...body].join('\n');
  const spacedLine = ['某区安全生产委员会关于印发某区消防规划的 通 知', ...body].join('\n');
  it('reads the title with its kind, on a line of its own or at the end of the title line', () => {
    for (const v of [own, crlf(own), ideo, crlf(ideo), oneLine, crlf(oneLine), spacedLine, halfWidth(own)]) {
      const d = parse(v);
      assert.equal(d.notice.title?.text, '某区安全生产委员会关于印发某区消防规划的通知', v);
      assert.equal(d.notice.kind, 'issue', v);
      assert.deepEqual(d.notice.titledDocuments, ['某区消防规划'], v);
      assert.equal(d.notice.addressee?.text.replace(/[:：]$/, ''), '各镇街，区直各有关部门'.replace(/，/g, v === halfWidth(own) ? ',' : '，'), v);
      assert.equal(d.notice.signatures.map((s) => s.text).join('|'), '某区安全生产委员会', v);
      assert.equal(names(v)[0], '某区安全生产委员会关于印发某区消防规划的通知', v);
    }
    // the title's range covers the spaced kind
    const d = parse(own);
    assert.equal(own.slice(d.notice.title!.start, d.notice.title!.end), '某区安全生产委员会关于印发某区消防规划的\n通    知');
  });
  it('finds what the notice lacks once its title is read', () => {
    const t = ['某区安全生产委员会关于印发某区消防规划的', '通    知', ...body.slice(0, 2)].join('\n');
    for (const v of [t, crlf(t)]) {
      assert.deepEqual(found(v, 'notice-missing-element'), ['1:1-2:7 某区安全生产委员会关于印发某区消防规划的\n通    知 | 通知缺少发文机关署名、成文日期（GB/T 9704-2012 7.3）。'.replace('\n', v === t ? '\n' : '\r\n')]);
    }
  });
  it('looks for the title under the 发文字号 when a page title line stands above the number', () => {
    const t = ['17号 某区消防规划', '某安发〔2016〕17号', '关于印发某区消防规划的', '通    知', ...body].join('\n');
    for (const v of [t, crlf(t)]) {
      const d = parse(v);
      assert.equal(d.notice.title?.text, '关于印发某区消防规划的通知', v);
      assert.equal(d.notice.docNumber?.text, '某安发〔2016〕17号', v);
      assert.deepEqual(check(v, ['notice-title-mismatch', 'notice-missing-element']), [], v);
    }
  });
  it('does not read a blank between two words as a spaced kind (a page line 首页 通知 公告 stays no title)', () => {
    const t = ['网站首页 通 知', '某区安全生产委员会关于印发某区消防规划的通知', ...body].join('\n');
    assert.equal(parse(t).notice.title?.text, '某区安全生产委员会关于印发某区消防规划的通知');
  });
});

describe('round 11: a title on four lines (R 6)', () => {
  const rest = ['各镇人民政府，县政府各部门，某某工业园区：', '现将有关事项通知如下。', '一、加强领导', '各单位要加强领导。', '二、落实责任', '各单位要落实责任。', '某县人民政府', '2021年5月12日'];
  const title = ['某县人民政府办公室关于', '对全县防汛', '和抗旱工作', '进行责任分解的通知'];
  const plain = [...title, ...rest].join('\n');
  const numbered = ['某政办发〔2021〕5号', ...title, ...rest].join('\n');
  it('joins the four lines into one title, with or without a 发文字号 above, and finds the 主送机关', () => {
    for (const v of [plain, crlf(plain), numbered, crlf(numbered), halfWidth(numbered)]) {
      const d = parse(v);
      assert.equal(d.notice.title?.text, '某县人民政府办公室关于对全县防汛和抗旱工作进行责任分解的通知', v);
      assert.ok(d.notice.addressee?.text.startsWith('各镇人民政府'), v);
      assert.equal(names(v)[0], '某县人民政府办公室关于对全县防汛和抗旱工作进行责任分解的通知', v);
    }
    assert.equal(parse(numbered).notice.docNumber?.text, '某政办发〔2021〕5号');
  });
  it('then finds the 署名 mismatch', () => {
    for (const v of [plain, numbered, crlf(numbered)]) {
      const f = check(v, ['notice-issuer-mismatch']);
      assert.equal(f.length, 1, v);
      assert.equal(locate(v, f[0]).text, '某县人民政府');
      assert.match(f[0].message.zh, /标题中的发文机关“某县人民政府办公室”/);
    }
  });
  it('does not join a body sentence or a 主送机关 line into the title', () => {
    const t = ['某县人民政府办公室关于', '做好防汛工作的通知', ...rest].join('\n');
    assert.equal(parse(t).notice.title?.text, '某县人民政府办公室关于做好防汛工作的通知');
  });
});

describe('round 11: a 版记 印发 on two lines before the attached document (R 9)', () => {
  const t = [
    '某县人民政府办公室关于印发某县森林防火工作方案的通知',
    '各乡镇人民政府，县政府各部门：',
    '《某县森林防火工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
    '某县人民政府办公室',
    '2024年1月10日',
    '（此件公开发布）',
    '某县人民政府办公室',
    '2024年1月12日印发',
    '某县森林防火实施方案',
    '一、工作目标',
    '全年不发生重大森林火灾。',
    '二、工作措施',
    '加强火源管控。',
  ].join('\n');
  it('reads the two lines as the 印发 line, not as part of the attached title', () => {
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const d = parse(v);
      assert.equal(d.notice.printer?.text, '某县人民政府办公室', v);
      assert.equal(d.notice.printDate?.text, '2024年1月12日', v);
      assert.equal(d.attachment?.title.text, '某县森林防火实施方案', v);
      assert.ok(names(v).includes(' 某县森林防火实施方案'), v);
    }
  });
  it('finds the mismatch 工作方案 / 实施方案', () => {
    for (const v of [t, crlf(t)]) {
      const f = check(v, ['notice-title-mismatch']);
      assert.equal(f.length, 1, v);
      assert.equal(locate(v, f[0]).at, '9:1-9:11');
      assert.equal(f[0].message.zh, '所附文件的标题“某县森林防火实施方案”与通知标题中印发的《某县森林防火工作方案》不一致。');
    }
  });
  it('is silent when the attached title matches', () => {
    const ok = t.replace('某县森林防火实施方案', '某县森林防火工作方案');
    assert.deepEqual(check(ok, ['notice-title-mismatch']), []);
    assert.equal(parse(ok).attachment?.title.text, '某县森林防火工作方案');
  });
});

describe('round 11: 通报 and 请示 without 署名 or 成文日期 (R 8)', () => {
  const rule = 'notice-missing-element';
  it('warns for a 通报 without its 署名', () => {
    const t = ['关于表彰2023年度安全生产先进单位的通报', '各乡镇人民政府，县直各单位：', '经县政府研究，决定对县教育局等5个单位予以通报表彰。', '2024年1月5日'].join('\n');
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const f = check(v, [rule]);
      assert.deepEqual(f.map((x) => x.message.zh), ['通报缺少发文机关署名（GB/T 9704-2012 7.3）。'], v);
      assert.equal(locate(v, f[0]).at, '1:1-1:22');
      assert.match(f[0].message.en, /circular/);
    }
  });
  it('warns for a 请示 without its 成文日期', () => {
    const t = ['某县教育局关于增加学校建设经费的请示', '县人民政府：', '我局拟新建学校两所，所需经费请予支持。', '妥否，请批示。', '某县教育局'].join('\n');
    for (const v of [t, crlf(t), halfWidth(t)]) {
      const f = check(v, [rule]);
      assert.deepEqual(f.map((x) => x.message.zh), ['请示缺少成文日期（GB/T 9704-2012 7.3）。'], v);
      assert.equal(locate(v, f[0]).at, '1:1-1:19');
    }
  });
  it('is silent on a complete 通报 and 请示', () => {
    const tb = ['关于表彰2023年度安全生产先进单位的通报', '各乡镇人民政府，县直各单位：', '经县政府研究，决定对县教育局等5个单位予以通报表彰。', '某县人民政府', '2024年1月5日'].join('\n');
    const qs = ['某县教育局关于增加学校建设经费的请示', '县人民政府：', '我局拟新建学校两所，所需经费请予支持。', '妥否，请批示。', '某县教育局', '2024年3月1日'].join('\n');
    for (const v of [tb, qs, collapse(tb), collapse(qs), crlf(tb), crlf(qs)]) assert.deepEqual(check(v, [rule]), [], v);
  });
});

describe('round 11: notice-title-mismatch keeps 〈〉 for a title nested inside 《》 (R 10)', () => {
  const t = [
    '区人民政府办公室关于印发区《政府工作报告》目标任务分解方案的通知',
    '各街道办事处，区人民政府各部门：',
    '《区〈政府工作报告〉任务分解方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。',
    '区人民政府办公室',
    '2022年1月30日',
  ].join('\n');
  it('writes the titled document as 《区〈政府工作报告〉目标任务分解方案》 in the message and the fix', () => {
    for (const v of [t, crlf(t)]) {
      const f = check(v, ['notice-title-mismatch']);
      assert.equal(f.length, 1);
      assert.equal(locate(v, f[0]).text, '《区〈政府工作报告〉任务分解方案》');
      assert.equal(f[0].message.zh, '正文所引《区〈政府工作报告〉任务分解方案》与标题中印发的《区〈政府工作报告〉目标任务分解方案》名称不一致，三处应为同一文件名称。');
      assert.equal(f[0].fixes![0].title.zh, '改为《区〈政府工作报告〉目标任务分解方案》');
      const fixed = applyEdits(v, f[0].fixes![0].edits);
      assert.ok(fixed.includes('\n《区〈政府工作报告〉目标任务分解方案》已经区人民政府同意'), fixed);
      assert.deepEqual(check(fixed, ['notice-title-mismatch']), []);
    }
  });
  it('keeps 〈〉 already inside a 《》 title', () => {
    const u = t.replace('关于印发区《政府工作报告》目标任务分解方案的通知', '关于印发《区〈政府工作报告〉目标任务分解方案》的通知');
    const f = check(u, ['notice-title-mismatch']);
    assert.equal(f.length, 1);
    assert.equal(f[0].fixes![0].edits[0].newText, '《区〈政府工作报告〉目标任务分解方案》');
  });
});

describe('round 11: a leading place name the issuer starts with (R 16)', () => {
  const build = (titleDoc: string, cited: string, attached: string, sig = '某县人民政府', issuer = '某县人民政府') =>
    [
      `${issuer}关于印发${titleDoc}的通知`,
      '各乡镇人民政府，县政府各部门：',
      `现将${cited}印发给你们，请认真执行。`,
      sig,
      '2016年12月30日',
      attached,
      '一、总则',
      '为做好防汛工作，制定本预案。',
      '二、组织体系',
      '县防汛指挥部负责全县防汛工作。',
    ].join('\n');
  it('is silent when the body and the attached title only add the place the issuer starts with', () => {
    const t = build('防汛应急预案', '《某县防汛应急预案》', '某县防汛应急预案');
    for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(v, ['notice-title-mismatch']), [], v);
    // the 署名 gives the place when the title's issuer leaves it out
    const s = build('防汛应急预案', '《某县防汛应急预案》', '某县防汛应急预案', '某县人民政府办公室', '县人民政府办公室');
    assert.deepEqual(check(s, ['notice-title-mismatch']), []);
  });
  it('keeps a real difference an error, and a place the issuer does not start with', () => {
    const t = build('防汛应急预案', '《某县防汛抗旱应急预案》', '某县防汛抗旱应急预案');
    assert.deepEqual(found(t, 'notice-title-mismatch'), [
      '3:3-3:15 《某县防汛抗旱应急预案》 | 正文所引《某县防汛抗旱应急预案》与标题中印发的《防汛应急预案》名称不一致，三处应为同一文件名称。',
      '6:1-6:11 某县防汛抗旱应急预案 | 所附文件的标题“某县防汛抗旱应急预案”与通知标题中印发的《防汛应急预案》不一致。',
    ]);
    const other = build('防汛应急预案', '《某市防汛应急预案》', '某市防汛应急预案');
    assert.equal(check(other, ['notice-title-mismatch']).length, 2);
  });
});

describe('round 11: a spaced 署名 (国 务 院) (S05)', () => {
  const build = (sig: string) =>
    ['国务院关于同意某省调整某县行政区划的批复', '某省人民政府：', '你省《关于调整某县行政区划的请示》收悉。现批复如下：同意调整。', sig, '2014年12月5日'].join('\n');
  it('is silent when the 署名 is the issuer with blanks between its characters', () => {
    for (const sig of ['国 务 院', '国　务　院', '国  务  院']) {
      const t = build(sig);
      for (const v of [t, crlf(t)]) assert.deepEqual(check(v, ['notice-issuer-mismatch']), [], v);
    }
  });
  it('still warns for a spaced 署名 of another body', () => {
    const t = build('某 省 政 府');
    const f = check(t, ['notice-issuer-mismatch']);
    assert.equal(f.length, 1);
    assert.equal(locate(t, f[0]).text, '某 省 政 府');
  });
});

describe('round 11: a 成文日期 right under a numbered 附件说明, the 署名 missing (R 6, real page)', () => {
  const t = [
    '某县人民政府办公室关于对全县防汛抗旱工作进行责任分解的通知',
    '各镇人民政府，县政府各部门，某某工业园区：',
    '现将责任分解表印发给你们，请认真落实。',
    '附件：1.县防汛工作责任分解',
    '2.县抗旱工作责任分解',
    '2021年5月12日',
    '（此件公开发布）',
    '附件1',
    '县防汛工作责任分解',
    '一、加强领导',
    '各单位要加强领导。',
    '附件2',
    '县抗旱工作责任分解',
    '一、落实责任',
    '各单位要落实责任。',
  ].join('\n');
  it('reads the date as the 成文日期: only the 署名 is missing', () => {
    for (const v of [t, crlf(t), halfWidth(t)]) {
      assert.equal(parse(v).notice.signDate?.text, '2021年5月12日', v);
      assert.deepEqual(check(v, ['notice-missing-element']).map((f) => f.message.zh), ['通知缺少发文机关署名（GB/T 9704-2012 7.3）。'], v);
    }
  });
  it('is silent with the 署名 there', () => {
    const s = t.replace('\n2021年5月12日', '\n某县人民政府办公室\n2021年5月12日');
    for (const v of [s, crlf(s)]) assert.deepEqual(check(v, ['notice-missing-element']), [], v);
  });
});
