// Round 11: a 字号/字体 bar claimed to its end, a numbered breadcrumb, index rows without colons (索取号, 名称 row, a
// label-only row, a cut first label), 选择阅读字号:[ ] in an info bar, 点击:8次 after a page date, 责编：, a trailing
// comment box.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, outlineNames, placed, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
const fixed = (t: string) => withFixes(t, RULE);
const ruleIds = (t: string, ids: string[]) => check(t).filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId} ${locate(t, f).at}`);
const outlineText = (t: string): string[] => outlineNames(t, '  ');

describe('stray-web-residue: a 字号/字体 bar is residue to its end (round 11)', () => {
  const bar = '发布时间:2024-09-02 10:15 来源: 某县应急管理局 浏览量: 【字号:   打印';
  const t = ['关于做好秋季防火工作的通知', '', bar, '', '各乡镇人民政府：', '现将有关事项通知如下。', '一、加强巡查。', '二、做好宣传。', '某县应急管理局', '2024年9月2日', ''].join('\n');
  it('the whole meta line, LF and CRLF; no punct-unbalanced, no half-width edit in it', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`3:1-3:${bar.length + 1} ${bar}`]);
      assert.deepEqual(ruleIds(x, ['punct-unbalanced', 'punct-half-width']), []);
    }
    assert.equal(fixed(t), t.replace(`${bar}\n`, ''));
  });
  it('collapsed: the bar up to 打印, the body untouched', () => {
    const c = collapse(t);
    assert.deepEqual(found(c), [`1:15-1:${15 + bar.length} ${bar}`]);
    assert.deepEqual(ruleIds(c, ['punct-unbalanced', 'punct-half-width']), []);
    assert.equal(fixed(c), '关于做好秋季防火工作的通知 各乡镇人民政府：' + c.slice(c.indexOf('各乡镇人民政府：') + 8));
  });
  it('collapsed 【打印】 【字体: before the body: one finding to the end of 【字体:', () => {
    const c = '某县营商环境行动方案 发布日期:2024-06-14  浏览次数:- 【打印】 【字体:     为优化营商环境，制定本方案。 一、推进审批改革。 二、加强监管服务。';
    const head = '发布日期:2024-06-14  浏览次数:- 【打印】 【字体:';
    assert.deepEqual(found(c), [`1:12-1:${12 + head.length} ${head}`]);
    assert.deepEqual(ruleIds(c, ['punct-unbalanced', 'punct-half-width']), []);
    assert.equal(fixed(c), '某县营商环境行动方案' + c.slice(c.indexOf('【字体:') + 4));
  });
  it('collapsed 信息提供日期:… 【字体: after the issuer: one finding', () => {
    const c = '某市人民政府办公室关于做好节能工作的通知 某市人民政府 信息提供日期:2024-10-21 【字体: 各区人民政府,市直各单位: 现将有关事项通知如下。 某市人民政府 2024年10月21日';
    const bar = '信息提供日期:2024-10-21 【字体:';
    assert.deepEqual(found(c), [`1:${c.indexOf(bar) + 1}-1:${c.indexOf(bar) + bar.length + 1} ${bar}`]);
    assert.deepEqual(check(c).filter((f) => f.ruleId === 'punct-unbalanced'), []);
  });
  it('stays silent on 【字号】 written in the body as a bracketed word with text', () => {
    const u = ['关于规范公文字号的通知', '各科室：', '【字号】统一使用三号仿宋。', '某县人民政府办公室', '2024年9月2日'].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: a numbered breadcrumb (1. 首页 / 2. 信息公开 …) (round 11)', () => {
  const crumb = ['1. 首页', '  2. 信息公开', '  3. 政策文件', '  4. 县政府文...'];
  const info = '作者:admin      发布时间:2024-03-20 16:03      来源:       阅读次数:';
  const title = '某县人民政府办公室关于印发某县森林防火预案的通知';
  const t = [...crumb, '', title, '', info, '', '各乡镇人民政府，县政府各部门：', '现将《某县森林防火预案》印发给你们，请认真贯彻实施。', '某县人民政府办公室', '2024年3月18日', ''].join('\n');
  it('one block for the trail, the info bar its own; LF and CRLF', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`1:1-4:13 ${crumb.join(nl(x))}`, `8:1-8:${info.length + 1} ${info}`]);
    assert.equal(fixed(t).replace(/\n+/g, '\n').trim(), [title, '各乡镇人民政府，县政府各部门：', '现将《某县森林防火预案》印发给你们，请认真贯彻实施。', '某县人民政府办公室', '2024年3月18日'].join('\n'));
  });
  it('the notice frame is read under it: the title, no heading from the trail', () => {
    const d = parse(t);
    assert.equal(d.notice.title?.text, title);
    assert.deepEqual(d.sections.map((s) => s.marker.text), []);
    assert.ok(outlineText(t)[0].startsWith('某县人民政府办公室关于'));
  });
  it('collapsed: the trail up to its last item', () => {
    const c = collapse(t);
    assert.deepEqual(found(c)[0], `1:1-1:33 1. 首页 2. 信息公开 3. 政策文件 4. 县政府文...`);
    assert.ok(fixed(c).startsWith(`${title} 各乡镇`));
  });
  it('stays silent on a numbered list that does not start at the home page', () => {
    const u = [title, '各乡镇人民政府：', '1. 首页设计要简洁。', '2. 信息公开', '某县人民政府办公室', '2024年3月18日'].join('\n');
    assert.deepEqual(found(u), []);
    const v = ['1. 主要任务', '2. 保障措施', title, '各乡镇人民政府：', '现将有关事项通知如下。', '某县人民政府办公室', '2024年3月18日'].join('\n');
    assert.deepEqual(found(v), []);
  });
});
const nl = (x: string) => (x.includes('\r\n') ? '\r\n' : '\n');

describe('stray-web-residue: index rows without colons, 名称 row among them (round 11)', () => {
  const rows = ['索取号 11430900-2/2024-00123 分类', '发布机构 某市人民政府办公室 发文日期 2024-05-20', '名称 关于印发《某市爱国卫生工作方案》的通知', '文号 某府办〔2024〕21号 主题词'];
  const rest = ['某府办〔2024〕21号', '各镇（乡）人民政府，市直各单位：', '《某市爱国卫生工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2024年5月20日', '某市爱国卫生工作方案', '一、工作目标', '二、工作措施', ''];
  const t = [...rows, ...rest].join('\n');
  it('one block for the four rows, LF and CRLF; the 文号 line under them stays', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`1:1-4:${rows[3].length + 1} ${rows.join(nl(x))}`]);
    assert.equal(fixed(t), rest.join('\n'));
  });
  it('no issuer mismatch from the 名称 row', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(ruleIds(x, ['notice-issuer-mismatch']), []);
  });
  it('stays silent on a body line 名称 …', () => {
    const u = ['某市人民政府办公室关于做好评选工作的通知', '各单位：', '现将有关事项通知如下。', '名称 以获奖证书为准', '某市人民政府办公室', '2024年5月20日'].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: an index table whose first label is cut (号: …) (round 11)', () => {
  const rows = [
    '号: 003043524/202403-00218 信息分类: 规范性文件发布',
    '发文机关: 某县人民政府(办公室) 主题分类: 综合政务',
    '成文日期: 2024-03-26 发布日期: 2024-03-26 09:32',
    '发文字号: 某政办〔2024〕15号 有效性: 有效',
    '政策咨询机关: 县应急局 政策咨询电话: 0552-8218106',
  ];
  const rest = ['某县人民政府办公室关于做好防汛工作的通知', '各乡、镇人民政府，县政府各部门：', '现将有关事项通知如下。', '某县人民政府办公室', '2024年3月26日', ''];
  const t = [...rows, ...rest].join('\n');
  it('one block for the five rows, LF and CRLF; no half-width edit in them', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`1:1-5:${rows[4].length + 1} ${rows.join(nl(x))}`]);
      assert.deepEqual(ruleIds(x, ['punct-half-width']), []);
    }
    assert.equal(fixed(t), rest.join('\n'));
  });
  it('stays silent on a body line starting 号:', () => {
    const u = [rest[0], rest[1], '号: 2024-001 为本次编号。', ...rest.slice(2)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: 选择阅读字号:[ ] inside an info bar (round 11)', () => {
  const bar = '作者:admin      发布时间:2024-03-20 16:03      来源:       选择阅读字号:[ ]      阅读次数:';
  const t = ['某县人民政府办公室关于做好防汛工作的通知', bar, '各乡镇人民政府，县政府各部门：', '现将有关事项通知如下。', '某县人民政府办公室', '2024年3月17日', ''].join('\n');
  it('one finding for the whole line, LF and CRLF; no half-width edit', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`2:1-2:${bar.length + 1} ${bar}`]);
      assert.deepEqual(ruleIds(x, ['punct-half-width']), []);
    }
  });
  it('collapsed: one finding', () => {
    const c = collapse(t);
    assert.deepEqual(found(c), [`1:22-1:${22 + bar.length} ${bar}`]);
  });
});

describe('stray-web-residue: 点击:8次 after a page date, a label-only index row, 责编： (round 11)', () => {
  const title = '某区人民政府关于做好安全生产工作的通知';
  const body = ['各镇街，区直各有关部门：', '现将有关事项通知如下。', '某区人民政府', '2024年2月10日'];
  it('2024-02-14    点击:8次 under the title', () => {
    const line = '2024-02-14    点击:8次';
    const t = [title, line, ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`2:1-2:${line.length + 1} ${line}`]);
      assert.deepEqual(ruleIds(x, ['punct-half-width']), []);
    }
    assert.deepEqual(found(collapse(t)), [`1:21-1:${21 + line.length} ${line}`]);
  });
  it('日期:… 来源:… 点击:[] under the title: the whole line', () => {
    const line = '日期:2024年02月15日  来源:区政府办  点击:[]';
    const t = [title, line, ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`2:1-2:${line.length + 1} ${line}`]);
  });
  it('a label-only row over a row of the table: one block', () => {
    const rows = ['索引号 主题分类 发布机构', '发布日期 2024-03-20 文 号 公开形式'];
    const t = [title, ...rows, ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`2:1-3:${rows[1].length + 1} ${rows.join(nl(x))}`]);
  });
  it('stays silent on a label-only line that no table row follows', () => {
    const t = [title, '索引号 主题分类 发布机构', ...body, ''].join('\n');
    assert.deepEqual(found(t), []);
  });
  it('责编：张三 ending the page, full-width and half-width', () => {
    for (const line of ['责编：张三', '责编:张三']) {
      const t = [title, ...body, line, ''].join('\n');
      for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`6:1-6:6 ${line}`]);
      assert.deepEqual(found(collapse(t)), [`1:${collapse(t).length - 4}-1:${collapse(t).length + 1} ${line}`]);
    }
  });
});

describe('stray-web-residue: a trailing comment box (round 11)', () => {
  const box = ['标签:', '留言与评论(共有 0 条评论)', '验证码:'];
  const notice = ['某市人民政府关于表彰道路养护先进单位的决定', '各县（市、区）人民政府：', '市政府决定对表现突出的单位予以表彰。', '某市人民政府', '2024年2月23日'];
  const t = [...notice, ...box, ''].join('\n');
  it('one block for the box, LF and CRLF; no half-width edit in it', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`6:1-8:5 ${box.join(nl(x))}`]);
      assert.deepEqual(ruleIds(x, ['punct-half-width']), []);
    }
    assert.equal(fixed(t), notice.join('\n') + '\n');
  });
  it('full-width, and collapsed', () => {
    const fw = halfWidth(t).replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）');
    assert.equal(found(fw).length, 1);
    const c = collapse(t);
    assert.deepEqual(found(c), [`1:${c.indexOf('标签') + 1}-1:${c.length + 1} ${box.join(' ')}`]);
  });
  it('stays silent on 标签 and 验证码 in the body', () => {
    const u = [notice[0], notice[1], '标签：统一印制。', '验证码：由系统发送。', ...notice.slice(2)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: 时间：<date> glued to a collapsed page title (round 11, already right)', () => {
  const c = '县人民政府关于表彰先进集体的决定时间：2024-01-23 县人民政府 关于表彰先进集体的决定 县政〔2024〕7号 各乡镇人民政府，县政府各部门： 经研究，决定对县应急局等5个单位予以表彰。 县人民政府 2024年1月3日';
  it('the time is residue; the title is read after it', () => {
    assert.deepEqual(found(c), ['1:17-1:30 时间：2024-01-23']);
    assert.equal(outlineText(c)[0], '县人民政府 关于表彰先进集体的决定');
  });
});

describe('stray-web-residue: the table’s last row, an empty-looking label whose value has blanks, then another label (round 11)', () => {
  const rows = ['索引号: 003043524/202403-00218 信息分类: 规范性文件发布', '发文字号: 某政办〔2024〕15号 有效性: 有效', '政策咨询机关: 县应急局 > 应急指挥中心 政策咨询电话: 0552-8218106'];
  const rest = ['', '某县人民政府办公室关于做好防汛工作的通知', '各乡、镇人民政府，县政府各部门：', '现将有关事项通知如下。', '某县人民政府办公室', '2024年3月26日', ''];
  const t = [...rows, ...rest].join('\n');
  it('the whole last row is in the block, LF and CRLF', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`1:1-3:${rows[2].length + 1} ${rows.join(nl(x))}`]);
    assert.equal(parse(t).notice.addressee?.text, '各乡、镇人民政府，县政府各部门：');
  });
  it('stays partial when the rest of the line reads as text (a sentence mark in it)', () => {
    const u = [rows[0], '政策咨询机关: 县应急局，应急指挥中心 电话: 0552-8218106', ...rest].join('\n');
    assert.deepEqual(found(u).map((s) => s.split(' ')[0]), ['1:1-2:8']);
  });
});

describe('stray-web-residue: 点击： before a word is prose (round 11)', () => {
  it('stays silent on 点击：<link text> ending the notice or in the head', () => {
    const t = ['某区人民政府关于开展网上报名的通知', '各镇街：', '现将有关事项通知如下。', '某区人民政府', '2024年2月10日', '报名入口 点击：网上报名系统', ''].join('\n');
    assert.deepEqual(found(t), []);
    const u = ['某区人民政府关于开展网上报名的通知 点击：网上报名系统', '各镇街：', '现将有关事项通知如下。', '某区人民政府', '2024年2月10日'].join('\n');
    assert.deepEqual(found(u), []);
  });
});
