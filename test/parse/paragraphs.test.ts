// Paragraph splitting of a line at separating spaces: cases from the real-notice trials.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf } from '../helpers';

const texts = (t: string) => {
  const doc = parse(t);
  return doc.paragraphs.map((p) => t.slice(p.start, p.end));
};

describe('parse: paragraphs (real-notice round 3)', () => {
  it('does not end a sentence at a half-width ; ! ? after ASCII (a forum scramble: P; N5 e)', () => {
    const t = ['某街道关于开展走访活动的通知', "各社区：", "4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下。", '某街道办事处', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(texts(x).slice(2, 3), ["4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下。"]);
  });

  it('still splits after a half-width ; ! ? ending a Chinese sentence, or after a number or bracket', () => {
    const t = ['某街道关于开展走访活动的通知', '各社区：', '一、做好走访工作; 二、做好记录工作! 三、按时报送? 请各社区落实。', '某街道办事处', ''].join('\n');
    assert.deepEqual(texts(t).slice(2, 6), ['一、做好走访工作;', '二、做好记录工作!', '三、按时报送?', '请各社区落实。']);
    const u = ['某街道关于开展走访活动的通知', '各社区：', '走访率达到100%; 记录率达到95%（2023年）; 请各社区落实。', '某街道办事处', ''].join('\n');
    assert.deepEqual(texts(u).slice(2, 5), ['走访率达到100%;', '记录率达到95%（2023年）;', '请各社区落实。']);
  });
});

describe('parse: paragraphs — a 办法’s chapters and articles in the collapsed layout (real-notice round 5)', () => {
  const banfa = [
    '某县农村集体资产管理办法',
    '第一章 总则',
    '第一条 为了加强农村集体资产管理，制定本办法。',
    '第二条 本办法适用于本县的农村集体经济组织。',
    '第二章 管理职责',
    '第三条 县农业农村局负责全县农村集体资产的监督管理',
    '第四条　乡镇人民政府负责本辖区的管理工作',
    '第五条 本办法自2021年1月1日起施行。',
  ];
  const collapsed = banfa.join(' ');

  it('splits before 第N条 / 第N章 after a chapter heading or an article without its full stop', () => {
    assert.deepEqual(texts(collapsed), banfa);
    assert.deepEqual(texts(banfa.join('\n')), banfa);
  });

  it('keeps a cited article inside its sentence, and a 第N条 after prose that is no article', () => {
    const cited = '第三条 县农业农村局依照 第二条 规定负责监督管理 第四条 乡镇人民政府负责本辖区的管理工作。';
    assert.deepEqual(texts(cited), ['第三条 县农业农村局依照 第二条 规定负责监督管理', '第四条 乡镇人民政府负责本辖区的管理工作。']);
    const prose = '请各单位对照 第二条 要求抓好落实 第三条 要求另行通知。';
    assert.deepEqual(texts(prose), [prose]);
  });
});

describe('parse: paragraphs — a bracketed document number written with blanks inside (real-notice round 5)', () => {
  it('keeps ( 某府发〔2003〕37号 ) one paragraph under the title', () => {
    for (const [o, c] of [['(', ')'], ['（', '）']]) {
      const t = ['某市人民政府办公室关于印发某市政务公开工作实施细则的通知', `${o} 某府发〔2003〕37号 ${c}`, '市政府各部门：', '现将《实施细则》印发给你们，请遵照执行。', ''].join('\n');
      assert.deepEqual(texts(t).slice(0, 3), ['某市人民政府办公室关于印发某市政务公开工作实施细则的通知', `${o} 某府发〔2003〕37号 ${c}`, '市政府各部门：']);
      // collapsed: the title, the bracketed number and the 主送机关 stand apart
      assert.deepEqual(texts(t.split('\n').join(' ').trim()).slice(0, 3), ['某市人民政府办公室关于印发某市政务公开工作实施细则的通知', `${o} 某府发〔2003〕37号 ${c}`, '市政府各部门：']);
    }
  });
});

describe('parse: paragraphs — a title with its bracketed qualifier in the collapsed layout (real-notice round 5)', () => {
  it('ends the title after …实施方案（2022—2025年） and after a headline’s ……的通告(某市交通管理局)', () => {
    const t = '某县乡村振兴实施方案（2022—2025年） 为贯彻落实上级部署，制定本方案。 一、总体要求';
    assert.deepEqual(texts(t), ['某县乡村振兴实施方案（2022—2025年）', '为贯彻落实上级部署，制定本方案。', '一、总体要求']);
    const u = '某市关于实施交通管制的通告(某市交通管理局) 关于实施交通管制的通告 为保证车辆安全通行，禁止一切车辆通行。';
    assert.deepEqual(texts(u), ['某市关于实施交通管制的通告(某市交通管理局)', '关于实施交通管制的通告', '为保证车辆安全通行，禁止一切车辆通行。']);
    // a qualifier after a word that is no document type stays in its sentence
    const v = '会议地点在县政府（东楼） 三楼会议室。';
    assert.deepEqual(texts(v), [v]);
  });
});

describe('parse: paragraphs — a label and a blank inside a bracketed note (real-notice round 9)', () => {
  const contact = [
    '关于开展爱国卫生月活动的通知',
    '各乡镇人民政府，县直各单位：',
    '现将有关事项通知如下。',
    '一、活动时间',
    '2024年4月1日至30日。',
    '县爱卫会',
    '2024年4月1日',
    '（联系人： 张三，联系电话： 12345678）',
    '',
  ].join('\n');

  it('keeps （联系人： 张三，联系电话： 12345678） whole in both layouts and with CRLF', () => {
    for (const t of [contact, crlf(contact), collapse(contact)]) assert.equal(texts(t).at(-1), '（联系人： 张三，联系电话： 12345678）');
    const half = contact.replace('（联系人： 张三，联系电话： 12345678）', '(联系人: 张三,联系电话: 12345678)');
    for (const t of [half, collapse(half)]) assert.equal(texts(t).at(-1), '(联系人: 张三,联系电话: 12345678)');
  });

  it('keeps a label after a blank inside 【】 whole', () => {
    const t = ['关于开展爱国卫生月活动的通知', '各乡镇人民政府：', '现将有关事项通知如下。', '【注意：  报送材料须加盖公章。】', '县爱卫会', ''].join('\n');
    for (const x of [t, collapse(t)]) assert.deepEqual(texts(x).slice(2, 4), ['现将有关事项通知如下。', '【注意：  报送材料须加盖公章。】']);
  });

  it('still ends the 主送机关 at its colon, and a label whose bracket closed before it', () => {
    const t = collapse(contact);
    assert.deepEqual(texts(t).slice(0, 3), ['关于开展爱国卫生月活动的通知', '各乡镇人民政府，县直各单位：', '现将有关事项通知如下。']);
    const u = ['关于开展检查的通知', '各单位：', '（一）检查对象： 全县企业。', ''].join('\n');
    assert.deepEqual(texts(collapse(u)).slice(1), ['各单位：', '（一）检查对象：', '全县企业。']);
  });
});
