// Round 12: a site's column tag before the title (【意见征集】关于…), a validity tag after it (（已失效）), a reposting site's
// debris after the date (附件： / ·….docx, 原文链接:http…, [免责声明] …, its own 本站…不承担…责任 and the 欢迎访问…网 banner), a
// bulleted info list claimed whole, a numbered menu (1. 决策公开制度) above the title.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, outlineNames, placed, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
const fixed = (t: string) => withFixes(t, RULE);
const ruleIds = (t: string, ids: string[]) => check(t).filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId} ${locate(t, f).at}`);
const outlineText = (t: string): string[] => outlineNames(t, '  ');
const nl = (t: string) => (t.includes('\r\n') ? '\r\n' : '\n');

describe('stray-web-residue: a column tag before the title (round 12)', () => {
  const title = '关于征求《某镇森林火灾应急预案（征求意见稿）》意见的公告';
  const rest = ['现将征求意见稿全文公布，征求社会各界意见。', '联系人：张三，联系电话：0550-1234567。', '某市某镇人民政府', '2023年10月27日', ''];
  const doc = (tag: string) => [tag + title, ...rest].join('\n');
  it('【意见征集】 is residue; the title is read whole; no issuer mismatch (LF, CRLF)', () => {
    for (const x of [doc('【意见征集】'), crlf(doc('【意见征集】'))]) {
      assert.deepEqual(found(x), ['1:1-1:7 【意见征集】']);
      assert.deepEqual(ruleIds(x, ['notice-issuer-mismatch', 'notice-missing-element']), []);
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(fixed(doc('【意见征集】')), doc(''));
    assert.equal(outlineText(doc('【意见征集】'))[0], title);
  });
  it('【通知】, [置顶], 【转载】, 【公示】, ［置顶］ and （已失效） before 关于 too', () => {
    for (const tag of ['【通知】', '[置顶]', '【转载】', '【公示】', '［置顶］', '（已失效）', '(已失效)']) {
      const x = doc(tag);
      assert.deepEqual(found(x), [`1:1-1:${tag.length + 1} ${tag}`], tag);
      assert.deepEqual(ruleIds(x, ['notice-issuer-mismatch']), [], tag);
      assert.equal(parse(x).notice.title?.text, title, tag);
    }
  });
  it('collapsed: the tag only, the title read, no issuer mismatch', () => {
    const c = collapse(doc('【意见征集】'));
    assert.deepEqual(found(c), ['1:1-1:7 【意见征集】']);
    assert.deepEqual(ruleIds(c, ['notice-issuer-mismatch']), []);
    assert.equal(fixed(c), collapse(doc('')));
  });
  it('stays silent on a bracketed word before a sentence, and on a 【…】 label in the body', () => {
    const u = ['【重要】请各单位于3月5日前报送材料。', '某市某镇人民政府', '2023年10月27日'].join('\n');
    assert.deepEqual(found(u), []);
    const v = [title, '【牵头单位】镇应急办。', '某市某镇人民政府', '2023年10月27日'].join('\n');
    assert.deepEqual(found(v), []);
    // (a law site's bracketed place glued to the issuer's name is part of it)
    const w = ['[重庆]市农业委员会办公室转发农业部办公厅关于开展评估工作的通知', '各区县农委：', '现转发给你们，请遵照执行。', '重庆市农业委员会办公室', '2017年6月13日'].join('\n');
    assert.deepEqual(found(w), []);
  });
});

describe('stray-web-residue: a validity tag after the title (round 12)', () => {
  const title = '某市人民政府关于印发某市智慧政务建设实施方案的通知';
  const rest = [
    '各县区人民政府，市政府各部门：',
    '现将《某市智慧政务建设方案》印发给你们，请认真贯彻执行。',
    '某市人民政府',
    '2017年9月27日',
    '某市智慧政务建设实施方案',
    '一、总体要求',
    '加快建设。',
    '二、主要任务',
    '推进一网通办。',
    '',
  ];
  const doc = (tag: string) => [title + tag, ...rest].join('\n');
  it('（已失效）, (已失效), （已废止）, [失效]: the tag only; the title, outline and title mismatch as without it', () => {
    for (const tag of ['（已失效）', '(已失效)', '（已废止）', '[失效]']) {
      for (const x of [doc(tag), crlf(doc(tag))]) {
        assert.deepEqual(found(x), [`1:26-1:${26 + tag.length} ${tag}`], tag);
        assert.equal(parse(x).notice.title?.text, title, tag);
        assert.deepEqual(ruleIds(x, ['notice-title-mismatch']), ['notice-title-mismatch 3:3-3:15'], tag);
        assert.deepEqual(outlineText(x), outlineText(doc('')), tag);
      }
      assert.equal(fixed(doc(tag)), doc(''));
    }
    assert.equal(outlineText(doc('（已失效）'))[0], title);
  });
  it('collapsed: the tag only, the title mismatch found', () => {
    const c = collapse(doc('（已失效）'));
    assert.deepEqual(found(c), ['1:26-1:31 （已失效）']);
    assert.deepEqual(ruleIds(c, ['notice-title-mismatch']).length, 1);
    assert.equal(fixed(c), collapse(doc('')));
  });
  it('stays silent on a title qualifier （试行） and on 失效 in a title', () => {
    const u = [title.replace('的通知', '（试行）的通知'), ...rest].join('\n');
    assert.deepEqual(found(u), []);
    const v = ['某市人民政府关于宣布失效一批规范性文件的决定', '各县区人民政府：', '现决定宣布失效一批文件。', '某市人民政府', '2017年9月27日'].join('\n');
    assert.deepEqual(found(v), []);
  });
});

describe('stray-web-residue: a reposting site’s debris (round 12)', () => {
  const title = '某省农业农村厅关于示范村镇评选结果的公示';
  const notice = [title, '经评审，拟认定某镇等3个乡镇为示范镇，现予公示。', '某省农业农村厅', '2023年7月31日'];
  const debris = [
    '附件：',
    '·关于示范村镇评选结果的公示.docx',
    '原文链接：http://nync.example.gov.cn/zwgk/t1.html',
    '[免责声明] 本文来源于网络转载，仅供学习交流使用，如涉及版权问题，请与本网联系。',
  ];
  const t = [...notice, ...debris, ''].join('\n');
  it('附件： with ·….docx after the date, 原文链接, [免责声明]: one block; LF, CRLF', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), [`5:1-8:${debris[3].length + 1} ${debris.join(nl(x))}`]);
    assert.equal(fixed(t), [...notice, ''].join('\n'));
    assert.equal(parse(t).notice.title?.text, title);
  });
  it('collapsed: from 附件： to the end', () => {
    const c = collapse(t);
    const s = c.indexOf('附件：');
    assert.deepEqual(found(c), [`1:${s + 1}-1:${c.trimEnd().length + 1} ${c.slice(s).trimEnd()}`]);
    assert.equal(fixed(c).trimEnd(), collapse(notice.join('\n')).trimEnd());
  });
  it('a half-width 原文链接: and 免责声明 line', () => {
    const h = halfWidth(t);
    assert.equal(found(h).length, 1);
    assert.ok(found(h)[0].startsWith('5:1-8:'));
  });
  it('the site’s own disclaimer at the end and its 欢迎访问…网! banner above the notice', () => {
    const own = '本站部分信息由相应民事主体自行提供，该信息内容的真实性、准确性和合法性应由该民事主体负责。某某法务网 对此不承担任何保证责任。';
    const u = ['欢迎访问某某法务网!', '', ...notice, '', own, '本网部分转载文章、图片等无法联系', ''].join('\n');
    assert.deepEqual(found(u), ['1:1-1:11 欢迎访问某某法务网!', `8:1-9:17 ${own}\n本网部分转载文章、图片等无法联系`]);
    assert.equal(parse(u).notice.title?.text, title);
    // (the page lost 迎: 欢访问…网!)
    assert.deepEqual(found(u.replace('欢迎访问', '欢访问')).slice(0, 1), ['1:1-1:10 欢访问某某法务网!']);
  });
  it('stays silent on the notice’s own 附件： file names, on plain file names after 附件： and on 本站 in the body', () => {
    const u = [...notice, '附件：', '报名表.doc', '汇总表.xls', ''].join('\n');
    assert.deepEqual(found(u), []);
    const v = [title, '本站不承担因个人原因未能参加评审的责任。', '某省农业农村厅', '2023年7月31日', '附件：', '1.示范村镇名单.docx', ''].join('\n');
    assert.deepEqual(found(v), []);
    const w = [title, '欢迎访问省农业农村厅网站了解详情。', '某省农业农村厅', '2023年7月31日'].join('\n');
    assert.deepEqual(found(w), []);
  });
});

describe('stray-web-residue: a bulleted info list claimed whole (round 12)', () => {
  const items = ['  • 信息类别: 县府办字', '  • 文件编号: 县府办字〔2020〕36号', '  • 公开方式: 主动公开', '  • 生成日期: 2020-05-09', '  • 公开时限: 常年公开', '  • 责任部门: 县政府办公室'];
  const title = '关于印发2020年度消防工作目标任务的通知';
  const body = ['各乡镇人民政府，县直有关单位：', '现将《2020年度消防工作目标任务》印发给你们，请认真贯彻落实。', '某某县人民政府办公室', '2020年4月27日', ''];
  const t = [title, ...items, ...body].join('\n');
  it('every item line, one finding; no half-width edit in it; LF, CRLF', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`2:3-7:${items[5].length + 1} ${items.map((s) => s.trim()).join(`${nl(x)}  `)}`]);
      assert.deepEqual(ruleIds(x, ['punct-half-width']), []);
    }
    assert.equal(parse(t).notice.title?.text, title);
  });
  it('a label left empty before its value (• 公开范围: 面向全社会) does not stop the list', () => {
    const more = [...items.slice(0, 4), '  • 公开范围: 面向全社会', '  • 信息索取号: 000014349/2020-655505', '  • 责任部门: 县政府办公室'];
    const u = [title, ...more, ...body].join('\n');
    assert.deepEqual(found(u), [`2:3-8:${more[6].length + 1} ${more.map((s) => s.trim()).join('\n  ')}`]);
    assert.deepEqual(ruleIds(u, ['punct-half-width']), []);
    assert.equal(parse(u).notice.addressee?.text, '各乡镇人民政府，县直有关单位：');
  });
  it('collapsed: the list from its first bullet to its last value', () => {
    const c = collapse(t);
    const s = c.indexOf('•');
    const e = c.indexOf('县政府办公室') + 6;
    assert.deepEqual(found(c), [`1:${s + 1}-1:${e + 1} ${c.slice(s, e)}`]);
    assert.deepEqual(ruleIds(c, ['punct-half-width']), []);
  });
  it('stays silent on a bulleted list of the notice’s own (no page label)', () => {
    const u = [title, ...body.slice(0, 1), '  • 责任单位: 县应急局', '  • 完成时限: 6月底前', '  • 联系人: 张三', ...body.slice(1)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: a numbered menu above the title (round 12)', () => {
  const title = '内蒙古自治区农牧厅关于印发《农业建设项目实施细则》的通知';
  const bar = '发布日期:2025-10-27 09:45 字体: 访问量:207 分享到: 微信';
  const t = ['    1. 决策公开制度', '    2. 民意征集与反馈', '', title, bar, '各盟市农牧局，相关单位：', '现将《农业建设项目实施细则》印发给你们，请遵照执行。', '内蒙古自治区农牧厅', '2025年7月24日', ''].join('\n');
  it('the menu and the info bar are residue; no half-width edit in the bar; the title read (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`1:5-2:15 1. 决策公开制度${nl(x)}    2. 民意征集与反馈`, `5:1-5:${bar.length + 1} ${bar}`]);
      assert.deepEqual(ruleIds(x, ['punct-half-width']), []);
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(fixed(t).replace(/\n+/g, '\n').trim(), [title, ...t.split('\n').slice(5)].join('\n').trim());
  });
  it('a menu that starts again at 1 (1. 目录 / 2. 政府 / 1. 政策问答库 / 2. 政策解读)', () => {
    const u = ['1. 目录', '2. 旗人民政府', '1. 政策问答库', '2. 政策解读', title, bar, ...t.split('\n').slice(5)].join('\n');
    assert.equal(found(u).length, 2);
    assert.ok(found(u)[0].startsWith('1:1-4:8 '));
  });
  it('stays silent on numbered items not followed by a title, and on items out of order', () => {
    const u = ['1. 加强领导', '2. 落实责任', '各单位要高度重视。', '某县人民政府', '2025年7月24日'].join('\n');
    assert.deepEqual(found(u), []);
    const v = ['1. 决策公开制度', '3. 民意征集与反馈', title, '各盟市农牧局：', '现印发给你们。', '内蒙古自治区农牧厅', '2025年7月24日'].join('\n');
    assert.deepEqual(found(v), []);
  });
});

describe('stray-web-residue: round 12 shapes stay linear', () => {
  it('a collapsed head of 10 000 bullet items without page labels, and 3 000 numbered menu lines', () => {
    const a = '关于做好防汛工作的通知 ' + '• 类别: 甲乙 '.repeat(10000) + '各乡镇：现将有关事项通知如下。';
    let t0 = Date.now();
    assert.deepEqual(found(a), []);
    assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
    const b = Array.from({ length: 3000 }, (_, i) => `${(i % 9) + 1}. 栏目名称`).join('\n') + '\n关于做好防汛工作的通知\n各乡镇：\n现将有关事项通知如下。';
    t0 = Date.now();
    check(b, [RULE]);
    assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  });
});
