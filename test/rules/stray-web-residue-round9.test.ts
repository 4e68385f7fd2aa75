// Round 9: info bars joined by commas, an index row with an empty label, share buttons, forum chrome, page and
// channel names above the title, a bullet list of index values, PDF page numbers, download file names.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { buildOutline } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, placed, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
const fixed = (t: string) => withFixes(t, RULE);
const nl = (x: string, s: string) => (x.includes('\r\n') ? s.replace(/\n/g, '\r\n') : s);

const body = ['各乡镇人民政府，县政府各部门：', '现将有关事项通知如下。', '一、高度重视。', '二、其他事项。', '某县人民政府', '2023年12月8日'];
const title = '某县人民政府关于做好学前教育工作的通知';

describe('stray-web-residue: an info bar whose fields are joined by commas (round 9)', () => {
  const bar = '来源:专题维护,被阅读6415次,日期:2018-12-29【打印】【关闭窗口';
  const t = [bar, title, ...body, ''].join('\n');
  it('the whole bar, half-width and full-width commas, LF and CRLF', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`1:1-1:40 ${bar}`]);
    const fw = '来源：专题维护，被阅读6415次，日期：2018-12-29【打印】【关闭窗口】';
    assert.deepEqual(found([fw, title, ...body].join('\n')), [`1:1-1:41 ${fw}`]);
    assert.equal(fixed(t), t.replace(`${bar}\n`, ''));
  });
  it('no punct-unbalanced error on the cut-off 【 of the bar', () => {
    assert.deepEqual(check(t).filter((f) => f.ruleId === 'punct-unbalanced'), []);
  });
  it('collapsed: the bar before the title', () => {
    const c = collapse(t);
    assert.deepEqual(found(c), [`1:1-1:40 ${bar}`]);
    assert.ok(fixed(c).startsWith(`${title} 各乡镇`));
  });
  it('stays silent on a body line opening with 来源: and a comma', () => {
    const u = [title, ...body.slice(0, 2), '来源:县财政,被用于补助。', ...body.slice(2)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: an index row with an empty label, and share buttons (round 9)', () => {
  const head = [
    '• 微信',
    '  • 微博',
    '  • 繁体字',
    '  • 索引号: 001/2023-0165 主题分类: 综合政务',
    '    发布机构: 某区审计局 生成日期: 2023-11-08 15:29',
    '    文件编号: 有效性: 有效',
    '    公开范围: 面向全社会 公开方式: 主动公开',
    '    分享到:',
  ];
  const report = '关于2022年度区本级预算执行情况的审计报告';
  const t = [...head, report, '    • 浏览量:', '    • 【字体:     ', '根据审计法规定，区审计局对区财政局进行了审计。', '一、预算执行情况', '收入完成15亿元。', '二、审计发现的问题', '部分资金未及时拨付。', ''].join('\n');
  it('one block from the share buttons to 分享到:, then the bar under the title', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-8:9', '10:5-11:11']);
    assert.equal(fixed(t), [report, '根据审计法规定，区审计局对区财政局进行了审计。', '一、预算执行情况', '收入完成15亿元。', '二、审计发现的问题', '部分资金未及时拨付。', ''].join('\n'));
  });
  it('the row 文件编号: 有效性: 有效 is residue as a whole (no half-width hint left on it)', () => {
    assert.deepEqual(check(t).filter((f) => f.ruleId === 'punct-half-width' && f.range.start < t.indexOf(report)), []);
  });
  it('the outline starts at the report’s title', () => {
    for (const x of [t, crlf(t)]) {
      const o = buildOutline(parse(x));
      assert.equal(o[0].name, report);
    }
  });
  it('stays silent on a 微信 or 微博 word inside the notice', () => {
    const u = ['某县人民政府关于开通政务微信的通知', ...body.slice(0, 2), '微信', '请关注微博，及时了解动态。', ...body.slice(2)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: Discuz forum chrome (round 9)', () => {
  const notice = ['关于取消某乡物资交流会的通告', '全乡广大居民：', '为做好疫情防控工作，决定取消本年度物资交流会。', '某乡人民政府', '2021年9月15日'];
  const tailLines = [
    '回复',
    '使用道具 举报',
    '评论1',
    '张三 发表于 2021-9-17 15:56:55 来自手机 | 显示全部楼层 来自: 浙江温州',
    '太好了!!!',
    '回复',
    '使用道具 举报',
    '手机版|小黑屋|浙公网安备 33038302330605号|某某论坛 |浙ICP备19040956号',
    'Powered by Discuz! X3.4  © 2001-2017 Comsenz Inc.',
    '回复 列表 顶部',
  ];
  const t = ['[复制链接]', '发表于 2021-9-17 01:53:22 | 显示全部楼层 |阅读模式 来自: 安徽', '阅读: 7384 评论: 1', ...notice, ...tailLines, ''].join('\n');
  it('the post’s head and the forum’s tail, whole lines', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-3:15', '9:1-18:9']);
    assert.equal(fixed(t), [...notice, ''].join('\n'));
  });
  it('no punct finding left in the chrome, and the outline has the title', () => {
    assert.deepEqual(check(t).filter((f) => f.ruleId.startsWith('punct-')), []);
    assert.equal(buildOutline(parse(t))[0]?.name, notice[0]);
  });
  it('collapsed: the head before the title', () => {
    const c = collapse(t);
    assert.ok(found(c)[0].startsWith('1:1-1:'), found(c)[0]);
    assert.ok(fixed(c).startsWith('关于取消某乡物资交流会的通告 全乡广大居民'), fixed(c));
  });
  it('stays silent on 回复 and 举报 in the body, and on a body line with 发表于', () => {
    const u = ['某县关于设立举报电话的通知', '各乡镇：', '回复', '举报电话已开通。', '张三 发表于 2021年 的文章很好。', '某县人民政府', '2021年9月15日'].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: lines above the title and around the date (round 9)', () => {
  it('an untitled page’s 无标题文档 and a channel’s 政府文件 above the title', () => {
    const t = ['无标题文档', '政府文件', title, ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [nl(x, '1:1-2:5 无标题文档\n政府文件')]);
    assert.equal(fixed(t), [title, ...body, ''].join('\n'));
    assert.deepEqual(found(collapse(t)), ['1:1-1:11 无标题文档 政府文件']);
  });
  it('stays silent on an issuer’s 版头 某县人民政府文件', () => {
    const t = ['某县人民政府文件', title, ...body, ''].join('\n');
    assert.deepEqual(found(t), []);
  });
  it('a lone 首页 above the title, and 首页 | (the pipe goes with it)', () => {
    const t = ['首页', title, ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), ['1:1-1:3 首页']);
    const u = ['首页 |', '|', title, ...body, ''].join('\n');
    assert.deepEqual(check(u, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(u, f).at}`), ['stray-web-residue 1:1-1:5', 'stray-table-pipe 2:1-2:2']);
    assert.equal(fixed(u), ['|', title, ...body, ''].join('\n'));
  });
  it('a bullet list of index values with their labels lost', () => {
    const vals = ['  • 11500000000000000C/2023-00030', '  • 某府〔2023〕47号', '  • 水利、水务', '  • 其他公文', '  • 某区某镇', '  • 2023-04-12', '  • 2023-04-28'];
    const t = ['您当前的位置:首页 >政务公开 >政策文件', '', ...vals, '', title, ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-9:15']);
    assert.equal(fixed(t), ['', title, ...body, ''].join('\n'));
  });
  it('stays silent on a bullet list in the body, and on a short bullet list of names above the title', () => {
    const t = [title, ...body.slice(0, 2), '  • 2023-04-12 报名', '  • 2023-04-20 培训', '  • 2023-04-28 考核', ...body.slice(2)].join('\n');
    assert.deepEqual(found(t), []);
    const u = ['  • 教育局', '  • 财政局', '  • 人社局', title, ...body].join('\n');
    assert.deepEqual(found(u), []);
  });
  it('PDF page numbers on lines of their own', () => {
    const t = [title, '各乡镇人民政府：', '为做好森林防火工作，有效预防和减少森', '— 2 —', '林火灾发生，现将有关事项通知如下。', '一、加强火源管控。', '－ 3 －', '二、强化值班值守。', '某县人民政府', '2024年10月8日', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), ['4:1-4:6 — 2 —', '7:1-7:6 － 3 －']);
    assert.equal(fixed(t), t.replace('— 2 —\n', '').replace('－ 3 －\n', ''));
    assert.equal(check(t, [RULE])[0].message.zh, '“— 2 —”是从PDF复制时带入的页码，不属于公文正文，应删除。');
    assert.equal(check(t, [RULE])[0].fixes[0].title.zh, '删除页码');
  });
  it('collapsed: a page number inside the paragraph where the page broke', () => {
    const t = collapse([title, '各乡镇人民政府：', '为做好森林防火工作，有效预防和减少森', '— 2 —', '林火灾发生，现将有关事项通知如下。', '一、加强火源管控。', '－ 3 －', '二、强化值班值守。', '某县人民政府', '2024年10月8日'].join('\n'));
    assert.deepEqual(found(t), ['1:49-1:54 — 2 —', '1:83-1:88 － 3 －']);
    assert.equal(fixed(t), t.replace(' — 2 —', '').replace(' － 3 －', ''));
  });
  it('stays silent on a dash range, hyphens around a number and a lone number line', () => {
    const t = [title, '各乡镇人民政府：', '实施期限为2020 — 2022年，分三批推进。', '按第 1 - 3 - 5 项的顺序办理。', '2', '某县人民政府', '2024年10月8日'].join('\n');
    for (const x of [t, collapse(t)]) assert.deepEqual(found(x), []);
  });
  it('a download block after the date: 文件附件： and its .doc file name', () => {
    const t = [title, ...body, '', '文件附件：', '', '32关于印发某镇田长制实施方案的通知.doc', ''].join('\n');
    for (const x of [t, crlf(t), halfWidth(t)]) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['9:1-11:23']);
    assert.equal(fixed(t), [title, ...body, '', ''].join('\n'));
    const c = collapse(t);
    assert.deepEqual(found(c).map((f) => f.replace(/^\S+ /, '')), ['文件附件： 32关于印发某镇田长制实施方案的通知.doc']);
    assert.equal(fixed(c), collapse([title, ...body].join('\n')));
  });
  it('a .pdf file name line after the date, under the page’s 信息来源', () => {
    const t = [title, ...body, '71民政部办公厅关于做好假期安全防范工作的通知.pdf', '信息来源: 县民政局', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['8:1-9:11']);
    assert.equal(fixed(t), [title, ...body, ''].join('\n'));
    assert.deepEqual(found(collapse(t)).map((f) => f.replace(/^\S+ /, '')), ['71民政部办公厅关于做好假期安全防范工作的通知.pdf 信息来源: 县民政局']);
  });
  it('stays silent on file names under the notice’s own 附件： label after the date', () => {
    const t = [title, ...body, '附件：', '报名表.doc', '汇总表.xls', ''].join('\n');
    for (const x of [t, collapse(t)]) assert.deepEqual(found(x), []);
  });
  it('stays silent on the notice’s own 附件 line and a file name inside the body', () => {
    const t = [title, ...body.slice(0, 2), '请将报名表（报名表.doc）发送至邮箱。', ...body.slice(2), '附件：报名表.doc', ''].join('\n');
    assert.deepEqual(found(t), []);
    const u = [title, ...body.slice(0, 4), '附件：1.某县学前教育实施方案.pdf', ...body.slice(4)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: info bars with a cut-off font switch (round 9)', () => {
  it('an index table with a null value, then an info bar ending with 浏览次数: 【字体:', () => {
    const t = [
      '索引号: XC4129-02-2013-00108 发布机构: 某县人民政府办公室',
      '生效日期: 2013-12-05 废止日期: 2023-10-16',
      '文 号: null 所属主题: 已归档',
      '某县人民政府办公室关于印发《某县森林火灾应急预案》的通知',
      '来源:某县政府办公室 发布时间:2013-12-05 浏览次数: 【字体:',
      '某政办〔2009〕147号',
      ...body,
      '',
    ].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-3:20', '5:1-5:38']);
    assert.deepEqual(check(t).filter((f) => f.ruleId === 'punct-unbalanced'), []);
  });
  it('an empty font switch with its print button: 【字体:      】  打印', () => {
    const t = ['【字体:      】  打印', title, ...body, ''].join('\n');
    for (const x of [t, crlf(t), halfWidth(t)]) assert.deepEqual(found(x), ['1:1-1:16 【字体:      】  打印']);
    assert.deepEqual(found(collapse(t)), ['1:1-1:16 【字体:      】  打印']);
  });
});
