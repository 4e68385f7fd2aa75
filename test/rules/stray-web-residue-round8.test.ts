// Round 8: info bars flagged in part, index lines, a site's "today" line, menus without `>`, site buttons.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { check, collapse, crlf, locate, placed, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
const fixed = (t: string) => withFixes(t, RULE);

const body = ['各乡镇人民政府，县政府各部门：', '现将有关事项通知如下。', '一、高度重视。', '二、其他事项。', '某县统计局', '2023年12月8日'];

describe('stray-web-residue: site buttons (round 8)', () => {
  const t = ['文章播报', '朗读', '某县统计局关于做好统计调查工作的通知', ...body, ''].join('\n');
  it('a text-to-speech button and 朗读 on lines of their own', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), ['1:1-2:3 文章播报\n朗读'.replace('\n', x.includes('\r') ? '\r\n' : '\n')]);
    assert.equal(fixed(t), t.replace('文章播报\n朗读\n', ''));
  });
  it('collapsed: the buttons before the title', () => {
    const c = collapse(t);
    assert.deepEqual(found(c), ['1:1-1:8 文章播报 朗读']);
    assert.ok(fixed(c).startsWith('某县统计局关于'));
  });
  it('a print / favourites / close bar under the date field', () => {
    const x = ['某县统计局关于做好统计调查工作的通知', '发布日期：2023年12月8日   （点击次数）', '打印收藏 关闭', ...body, ''].join('\n');
    assert.deepEqual(found(x), ['2:1-3:8 发布日期：2023年12月8日   （点击次数）\n打印收藏 关闭']);
    assert.equal(fixed(x), x.replace('发布日期：2023年12月8日   （点击次数）\n打印收藏 关闭\n', ''));
  });
  it('stays silent on 朗读 / 打印 / 收藏 inside the notice', () => {
    const x = ['某县教育局关于举办朗读比赛的通知', '各学校：', '请组织学生朗读，打印收藏作品。', '某县教育局', '2023年12月8日', ''].join('\n');
    for (const y of [x, collapse(x)]) assert.deepEqual(found(y), []);
  });
});

describe('stray-web-residue: navigation menus without > (round 8)', () => {
  const t = ['无障碍浏览 长者模式', '登录个人中心', '首页 政府信息公开 新闻中心 网上办事 互动交流', '', '某县统计局关于做好统计调查工作的通知', '', ...body, ''].join('\n');
  it('accessibility buttons, a login button and a menu starting at the home page', () => {
    for (const x of [t, crlf(t)]) {
      const f = check(x, [RULE]);
      assert.equal(f.length, 1);
      assert.equal(locate(x, f[0]).at, '1:1-3:25');
    }
    assert.equal(fixed(t), t.replace('无障碍浏览 长者模式\n登录个人中心\n首页 政府信息公开 新闻中心 网上办事 互动交流\n', ''));
  });
  it('a menu with a spaced 首 页, and a menu set with |', () => {
    const a = ['首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流 专题专栏', '某县统计局关于做好统计调查工作的通知', ...body].join('\n');
    assert.deepEqual(found(a), ['1:1-1:38 首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流 专题专栏']);
    const b = ['区域概况 | 政务公开 | 政策文件 | 网上调查', '某县统计局关于做好统计调查工作的通知', ...body].join('\n');
    assert.deepEqual(found(b), ['1:1-1:26 区域概况 | 政务公开 | 政策文件 | 网上调查']);
  });
  it('stays silent on a table header with | and a joint issuers line', () => {
    const a = ['某县人民政府关于做好统计调查工作的通知', '各乡镇人民政府：', '现将任务分解如下。', '序号 | 工作任务 | 牵头单位 | 完成时限', '某县人民政府', '2023年12月8日'].join('\n');
    assert.deepEqual(found(a), []);
    const b = ['中共某县委员会 某县人民政府 某县人民武装部', '关于做好征兵工作的通知', ...body].join('\n');
    assert.deepEqual(found(b), []);
    // a short title on the menu's line is the notice's
    const c = ['首页 政务公开 关于做好征兵工作的通知', ...body].join('\n');
    assert.deepEqual(found(c), []);
  });
});

describe('stray-web-residue: info bars flagged in part (round 8)', () => {
  it('a bar whose counter, editor and font switch were left out', () => {
    const t = ['关于印发《某市教育局2024年工作要点》的通知', '发布时间:2024-03-28 09:33信息来源: 某市教育局阅读次数:编辑:张三 字体:【', ...body, ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), ['2:1-2:48 发布时间:2024-03-28 09:33信息来源: 某市教育局阅读次数:编辑:张三 字体:【']);
    assert.equal(fixed(t), t.replace('发布时间:2024-03-28 09:33信息来源: 某市教育局阅读次数:编辑:张三 字体:【\n', ''));
    const c = collapse(t);
    assert.deepEqual(found(c), ['1:25-1:72 发布时间:2024-03-28 09:33信息来源: 某市教育局阅读次数:编辑:张三 字体:【']);
  });
  it('a 字体：【大 中 小】 switch and an empty 字体:[ ]', () => {
    const t = ['某区人民政府关于印发某区优化营商环境实施方案的通知', '来源：某区人民政府办公室 发布日期：2019-03-15 字体：【大 中 小】', ...body, ''].join('\n');
    assert.deepEqual(found(t), ['2:1-2:40 来源：某区人民政府办公室 发布日期：2019-03-15 字体：【大 中 小】']);
    const u = ['关于印发某县教育改革方案的通知', '发布日期:2016-01-25 09:04:45浏览次数:字体:[ ]', ...body, ''].join('\n');
    assert.deepEqual(found(u), ['2:1-2:36 发布日期:2016-01-25 09:04:45浏览次数:字体:[ ]']);
  });
  it('a 发布人 before a / and the date field', () => {
    const t = ['某市关于加快流通业发展的实施意见', '发布人:某某公司  /  发布时间:2017-11-24 10:12:15  ', ...body, ''].join('\n');
    assert.deepEqual(found(t), ['2:1-2:38 发布人:某某公司  /  发布时间:2017-11-24 10:12:15']);
  });
  it('a bulleted bar whose time has a space after its colon, and its 打印 button', () => {
    const t = ['关于公开征求某县养老服务工作方案意见的通知', '  • 发布时间: 2022-04-18 09: 47', '  • 信息来源: 县民政局', '  • 浏览次数:', '  • 打印', ...body, ''].join('\n');
    const f = check(t, [RULE]);
    assert.equal(f.length, 1);
    assert.equal(locate(t, f[0]).at, '2:3-5:7');
  });
  it('a page date before the 来源 field, alone at the top (the date is the page’s, not the notice’s)', () => {
    const t = ['2017-08-07 来源:本站 | 阅读量:3126', '为全面推行河长制，制定本方案。', '一、总体要求', '坚持生态优先。', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), ['1:1-1:28 2017-08-07 来源:本站 | 阅读量:3126']);
    assert.deepEqual(check(t).filter((f) => f.ruleId === 'date-style'), []);
    assert.equal(fixed(t), t.replace('2017-08-07 来源:本站 | 阅读量:3126\n', ''));
  });
  it('keeps the notice’s own date when page fields follow it at the end', () => {
    const t = ['某县统计局关于做好统计调查工作的通知', ...body.slice(0, 5), '2023年12月8日 来源:本站 阅读量:12', ''].join('\n');
    for (const x of [t, collapse(t)]) for (const f of found(x)) assert.ok(!f.includes('2023年12月8日'), f);
  });
});

describe('stray-web-residue: index lines (round 8)', () => {
  it('a page date before empty fields, then index rows with blanks after the colons', () => {
    const t = [
      '首页  >  正文',
      '某市教育体育局关于印发《某市教育工作任务清单》的通知',
      '2024-03-18   作者: 点击数:  ',
      ' 索引号:  1004/20240318-00002  公开目录:  教育督导  发布日期:  2024-03-18',
      ' 主题词:  教育  发布机构:  市教育体育局  文  号: ',
      '各县（区）教育体育局：',
      '现将《某市教育工作任务清单》印发给你们，请认真贯彻落实。',
      '某市教育体育局',
      '2024年3月18日',
      '',
    ].join('\n');
    for (const x of [t, crlf(t)]) {
      const f = check(x, [RULE]).map((y) => locate(x, y).at);
      assert.deepEqual(f, ['1:1-1:10', '3:1-5:32']);
    }
    assert.deepEqual(check(t).filter((f) => f.ruleId === 'date-style'), []);
  });
  it('labels and values one per line without colons', () => {
    const t = [
      '某市统计局关于印发某市经济普查实施办法的通知',
      '索引号',
      '011080691/2023-70749',
      '主题分类',
      '统计',
      '发文日期',
      '2023年09月03日 16:25:00',
      '发布机构',
      '某市统计局',
      '各县（市、区）统计局：',
      '现将《某市经济普查实施办法》印发给你们，请认真贯彻落实。',
      '某市统计局',
      '2023年8月30日',
      '',
    ].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((y) => locate(x, y).at), ['2:1-9:6']);
    assert.equal(fixed(t), t.replace('索引号\n011080691/2023-70749\n主题分类\n统计\n发文日期\n2023年09月03日 16:25:00\n发布机构\n某市统计局\n', ''));
  });
  it('stays silent on a lone label word not followed by the table', () => {
    const t = ['某县统计局关于做好统计调查工作的通知', '标题', '某县统计局关于做好统计调查工作的通知', ...body, ''].join('\n');
    for (const f of found(t)) assert.ok(!f.includes('做好统计调查工作的通知\n'), f);
  });
});

describe('stray-web-residue: a site’s “today” line (round 8)', () => {
  it('a date with its weekday above the page’s fields', () => {
    const t = ['2025年4月16日 星期三', '  • 发布日期:2015年05月20日', '  • 发文日期:2015年04月15日', '各县、市、区人民政府，市直有关部门：', '现将《某市大数据中心建设方案》转发给你们，请认真组织实施。', '某市人民政府办公室', '2015年4月15日', ''].join('\n');
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((y) => locate(x, y).at), ['1:1-3:21']);
    // the notice's date is 2015年4月15日, not the site's today
    assert.deepEqual(check(t).filter((f) => f.ruleId === 'date-publish-mismatch' && f.range.start === 0), []);
  });
  it('stays silent on a weekday date in the body (a schedule)', () => {
    const t = ['某县关于召开会议的通知', '各乡镇：', '会议安排如下。', '2025年4月16日 星期三', '上午报到。', '某县人民政府办公室', '2025年4月10日', ''].join('\n');
    assert.deepEqual(found(t), []);
  });
});

describe('stray-web-residue: the page’s copy of a 名称 value between its info rows (round 8)', () => {
  const t = [
    '索引号: 11340000/202206-00006 组配分类: 会议开放',
    '名称: 某市政府第8次常务会议 文号:',
    '发布日期: 2022-06-06',
    '某市政府第8次常务会议',
    '发布时间:2022-06-06 11:37 来源:某市人民政府办公室 浏览次数: 字体:[ ]',
    '关于召开某市政府第8次常务会议的通知',
    '市直有关单位：',
    '定于6月8日召开市政府第8次常务会议。',
    '某市人民政府办公室',
    '2022年6月6日',
    '',
  ].join('\n');
  it('one block from the index row to the info bar; the title stays', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x, [RULE]).map((y) => locate(x, y).at), ['1:1-5:48']);
    assert.ok(fixed(t).startsWith('关于召开某市政府第8次常务会议的通知\n'));
  });
  it('stays silent on the notice’s own title between info rows, even when the 标题 row names it', () => {
    const u = ['标题: 关于召开某市政府第8次常务会议的通知', '发布日期: 2022-06-06', '关于召开某市政府第8次常务会议的通知', '浏览次数: 12', '市直有关单位：', '定于6月8日召开会议。', '某市人民政府办公室', '2022年6月6日', ''].join('\n');
    for (const f of found(u)) assert.ok(!f.includes('\n关于召开某市政府第8次常务会议的通知\n'), f);
    assert.ok(fixed(u).includes('关于召开某市政府第8次常务会议的通知\n市直有关单位'));
  });
});

describe('stray-web-residue: the round 8 bars collapsed onto one line', () => {
  it('a page date opening the bar, a 字体 switch, a bracketed counter with its buttons', () => {
    assert.deepEqual(
      found(collapse(['2017-08-07 来源:本站 | 阅读量:3126', '为全面推行河长制，制定本方案。', '一、总体要求'].join('\n'))),
      ['1:1-1:28 2017-08-07 来源:本站 | 阅读量:3126'],
    );
    assert.deepEqual(
      found(collapse(['某区人民政府关于印发某区优化营商环境实施方案的通知', '来源：某区人民政府办公室 发布日期：2019-03-15 字体：【大 中 小】', ...body].join('\n'))),
      ['1:27-1:66 来源：某区人民政府办公室 发布日期：2019-03-15 字体：【大 中 小】'],
    );
    const t = collapse(['某县统计局关于做好统计调查工作的通知', '发布日期：2023年12月8日   （点击次数）', '打印收藏 关闭', ...body].join('\n'));
    assert.deepEqual(found(t), ['1:20-1:52 发布日期：2023年12月8日   （点击次数） 打印收藏 关闭']);
    assert.equal(fixed(t), collapse(['某县统计局关于做好统计调查工作的通知', ...body].join('\n')));
  });
});
