// Round 14: a colon-less metadata table with 发布机关 / 统一编号 cells and a `标题 …` row (the page's copy of the title,
// never the notice's title), and the 老年版/关怀版 switches a page puts above the title.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, placed } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
const title = '某区人民政府关于《某区养老服务提升方案》的批复';
const body = ['区民政局：', '你局《关于申请批复〈某区养老服务提升方案〉的请示》收悉。现批复如下：', '一、原则同意。', '二、请你局牵头做好组织实施工作。', '某区人民政府', '2024年5月20日', ''];

describe('stray-web-residue: a colon-less metadata table with a 标题 row (round 14)', () => {
  const table = [
    '索 引 号 11370000000000000B/2024-00001 公开方式 主动公开',
    '成文日期 2024-05-20 废止日期',
    '发布机关 某区政府办 统一编号',
    `标题 ${title}`,
    '发文字号 某政字〔2024〕8号 有效性 有效',
  ];
  const t = [...table, title, ...body].join('\n');
  it('is one block; the title under it is the notice title, and no issuer mismatch names 标题 (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      const rows = x.split(/\r?\n/);
      assert.deepEqual(found(x), [`1:1-5:${rows[4].length + 1} ${table.join(x.includes('\r') ? '\r\n' : '\n')}`]);
      assert.equal(parse(x).notice.title?.text, title);
      assert.deepEqual(check(x).filter((f) => f.ruleId === 'notice-issuer-mismatch'), []);
    }
    const f = check(t, [RULE])[0];
    assert.equal(applyEdits(t, f.fixes[0].edits), [title, ...body].join('\n'));
  });
  it('stays silent on a body line that starts with 发布机关 in a sentence', () => {
    const u = ['某县人民政府关于规范政府信息公开工作的通知', '各乡镇：', '发布机关应当在政府网站公开文件，统一编号，不得遗漏。', '某县人民政府', '2024年5月20日', ''].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: 进入老年版 / 退出老年版 switches (round 14)', () => {
  const t = ['进入老年版', '退出关怀版', '某县教育局关于做好2024年校园安全工作的通知', '各中小学校：', '一、加强巡查。', '二、落实责任。', '某县教育局', '2024年3月1日', ''].join('\n');
  it('are residue, the title read (LF, CRLF, collapsed)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`1:1-2:6 进入老年版${x.includes('\r') ? '\r\n' : '\n'}退出关怀版`]);
      assert.equal(parse(x).notice.title?.text, '某县教育局关于做好2024年校园安全工作的通知');
    }
    const c = collapse(t);
    assert.deepEqual(found(c), ['1:1-1:12 进入老年版 退出关怀版']);
    assert.equal(parse(c).notice.title?.text, '某县教育局关于做好2024年校园安全工作的通知');
  });
  it('stays silent on 老年 words inside body text', () => {
    const u = ['某县民政局关于推进适老化改造的通知', '各乡镇：', '一、推进适老化改造，开设老年版服务专区。', '二、进入老年版块的内容由各乡镇报送。', '某县民政局', '2024年3月1日', ''].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: an empty 统一编号 cell closing the table (round 14)', () => {
  it('never takes the document title under it as its value: the table only', () => {
    const table = ['索引号 002482242/2011-37736 发布机构 某省住房和城乡建设厅', '公开方式 主动公开 公开范围 面向全社会', '文  号 yjya_20111027001 有 效 性', '统一编号'];
    const t = [...table, '', '某省特种设备事故应急预案', '', '发布时间: 2011-10-21 11:17 信息来源:省建设厅 浏览次数:', '', '一、总则', '为做好特种设备事故应急工作，制定本预案。', '二、组织体系', '省住房和城乡建设厅负责组织实施。', ''].join('\n');
    for (const x of [t, crlf(t)]) {
      const f = check(x, [RULE]);
      assert.deepEqual(found(x).map((s) => s.split(' ')[0]), ['1:1-3:28', '8:1-8:39']);
      let out = x;
      for (const g of [...f].reverse()) out = applyEdits(out, g.fixes[0].edits);
      assert.ok(out.includes('某省特种设备事故应急预案'));
    }
  });
});

describe('stray-web-residue: the page copy of the title under an empty 有效性 cell (round 14)', () => {
  it('is part of the table when the notice title below names it; the notice title is kept', () => {
    const table = ['索  引  号 113708280043358015/2021-01956 公开方式 主动公开', '发布机构 某县发展和改革局 组配分类 发展计划', '成文日期 2021-02-22 废止日期', '有效性', '某县2021年国民经济和社会发展计划', '分享'];
    const t = [...table, '', '某县人民政府', '', '关于下达某县2021年国民经济和社会发展计划的通知', '各镇政府，县政府各部门：', '现将计划下达给你们，请认真组织实施。', '某县人民政府', '2021年2月22日', ''].join('\n');
    for (const x of [t, crlf(t)]) {
      const f = check(x, [RULE]);
      assert.deepEqual(placed(x, RULE).map((s) => s.split(' ')[0]), ['1:1-6:3']);
      const out = applyEdits(x, f[0].fixes[0].edits);
      assert.ok(out.includes('关于下达某县2021年国民经济和社会发展计划的通知') && !out.includes('分享'));
    }
  });
});
