// Round 16: web residue missed on real pages — a colon-less metadata table with one label and its value a line, a
// `字体大小:` switch, the last empty row of a dash-list table (`- 文件状态:`), an accessibility toolbar and a share bar's
// targets (头条, 微博 空间 qq), a channel banner with its English name (业务板块Business).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, halfWidth, placed, placedByRule, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
/** `line:col-line:col` of lines a..b (1-based) of the LF text t, whole lines. */
const lines = (t: string, a: number, b: number): string => `${a}:1-${b}:${t.split('\n')[b - 1].length + 1}`;
const at = (x: string): string[] => found(x).map((s) => s.split(' ')[0]);
const docNumber = (x: string): string | null => {
  const d = parse(x).notice.docNumber;
  return d ? x.slice(d.start, d.end) : null;
};

const title = '某县人民政府关于做好防汛工作的通知';
const body = ['各乡镇人民政府，县直各单位：', '请认真做好防汛工作。', '某县人民政府', '2024年5月29日'];

describe('stray-web-residue: a colon-less metadata table, one label and its value a line (round 16)', () => {
  const rows = ['索引号 SY-000000-2024-00001', '文件编号 某府〔2024〕1号', '发布机构 县政府', '公开类别 主动公开', '发布时间 2024-01-29'];
  const t = [title, ...rows, ...body, ''].join('\n');
  it('the rows are one block; the notice is read below them (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(at(x), [lines(t, 2, 6)]);
      assert.equal(parse(x).notice.title?.text, title);
      assert.equal(docNumber(x), null);
    }
    assert.equal(withFixes(t, RULE), [title, ...body, ''].join('\n'));
  });
  it('with blank lines around the table, the page\'s copy of the title above it, the notice\'s own 发文字号 below it', () => {
    const u = [title, '', ...rows, '', '某府〔2024〕1号', '', title, '', ...body, ''].join('\n');
    for (const x of [u, crlf(u)]) {
      assert.deepEqual(at(x), [lines(u, 1, 7)]);
      // (the 发文字号 alone on its line is the notice's, not the value of 文件编号)
      assert.equal(docNumber(x), '某府〔2024〕1号');
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(withFixes(u, RULE), ['', '某府〔2024〕1号', '', title, '', ...body, ''].join('\n'));
  });
  it('collapsed: the pairs after the title are one run', () => {
    const c = collapse(t);
    const s = rows.join(' ');
    const from = title.length + 2;
    assert.deepEqual(found(c), [`1:${from}-1:${from + s.length} ${s}`]);
    assert.equal(docNumber(c), null);
  });
  it('two rows are enough; a weaker word (名称) with a title\'s copy between two rows goes with them', () => {
    const u = [title, '索引号 SY-000000-2024-00001', '发布时间 2024-01-29', ...body, ''].join('\n');
    assert.deepEqual(at(u), [lines(u, 2, 3)]);
    const w = [title, '索引号 SY-000000-2024-00001', `名称 ${title}`, '发布时间 2024-01-29', ...body, ''].join('\n');
    for (const x of [w, crlf(w)]) assert.deepEqual(at(x), [lines(w, 2, 4)]);
  });
  it('one row under another line of the table goes with it', () => {
    const u = [title, '发布日期：2024-01-29', '发布机构 县政府', ...body, ''].join('\n');
    for (const x of [u, crlf(u), halfWidth(u)]) assert.deepEqual(at(x), [lines(u, 2, 3)]);
  });
  it('stays silent: one row alone, an empty label before the title, rows in the body, a task line', () => {
    const one = [title, '发布机构 县政府', ...body, ''].join('\n');
    const empty = ['发布机构 ' + title, '索引号 SY-000000-2024-00001', ...body, ''].join('\n');
    const inBody = [title, ...body.slice(0, 2), '发布机构 县政府', '发布时间 2024-01-29', ...body.slice(2), ''].join('\n');
    const task = [title, ...body.slice(0, 1), '责任部门 县住建局', '完成时限 6月底前', ...body.slice(1), ''].join('\n');
    for (const u of [one, inBody, task]) for (const x of [u, crlf(u)]) assert.deepEqual(found(x), []);
    // (the empty label's title is not taken: only the lone row under it counts when nothing else does)
    assert.deepEqual(found(empty), []);
  });
});

describe('stray-web-residue: 字体大小: in the info bar (round 16)', () => {
  const bar = '发布时间:2024-05-07 来源:县司法局 字体大小:';
  const t = [title, '', bar, '', '某府〔2024〕3号', '', title, '', ...body, ''].join('\n');
  it('the bar is residue to its end, with the page\'s copy of the title above it; no half-width finding inside', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(at(x), [lines(t, 1, 3)]);
      assert.deepEqual(placedByRule(x, ['punct-half-width']), []);
      assert.equal(docNumber(x), '某府〔2024〕3号');
    }
  });
  it('the full-width bar and 字体大小：【大 中 小】 too', () => {
    const full = '发布时间：2024-05-07 来源：县司法局 字体大小：【大 中 小】';
    const u = [title, full, ...body, ''].join('\n');
    for (const x of [u, crlf(u)]) assert.deepEqual(found(x), [`2:1-2:${full.length + 1} ${full}`]);
  });
  it('collapsed: 字体大小: ends the bar', () => {
    const c = collapse(t);
    const from = title.length + 2;
    assert.deepEqual(found(c), [`1:${from}-1:${from + bar.length} ${bar}`]);
  });
  it('stays silent on 字体大小 in a sentence', () => {
    const u = [title, ...body.slice(0, 1), '字体大小：标题用二号小标宋体字。', ...body.slice(1), ''].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: the last empty row of a dash-list table (round 16)', () => {
  const rows = ['- 索引号:SY000000000001', '- 发文机关:某县人民政府', '- 成文日期:2024-05-29', '- 发文字号:某府〔2024〕10号', '- 生效日期:', '- 失效日期:', '- 文件状态:'];
  const t = [...rows, title, ...body, ''].join('\n');
  it('- 文件状态: joins the block; no half-width finding is left (LF, CRLF, full-width)', () => {
    const full = t.replace(/:/g, '：');
    for (const x of [t, crlf(t), full]) {
      assert.deepEqual(at(x), [lines(t, 1, 7)]);
      assert.deepEqual(placedByRule(x, ['punct-half-width']), []);
    }
    assert.equal(withFixes(t, RULE), [title, ...body, ''].join('\n'));
  });
  it('stays silent on 文件状态 in a sentence', () => {
    const u = [title, ...body.slice(0, 1), '文件状态：请各单位及时更新。', ...body.slice(1), ''].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: an accessibility toolbar and a share bar (round 16)', () => {
  const t = ['页面', '配色', '辅助线', '重置', '当前位置:首页 > 政务公开 > 通知公告', '', title, '', '2024-05-07 16:47     来源:县政府办公室', '分享 微信', '头条', '微博 空间 qq', '【字体: 打印', '', ...body, ''].join('\n');
  it('the toolbar joins the breadcrumb; 头条 and 微博 空间 qq join the info bar (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(at(x), [lines(t, 1, 5), lines(t, 9, 13)]);
    assert.equal(withFixes(t, RULE), ['', title, '', '', ...body, ''].join('\n'));
  });
  it('collapsed: the toolbar before the breadcrumb is one run with it', () => {
    const c = collapse(t);
    const crumb = '页面 配色 辅助线 重置 当前位置:首页 > 政务公开 > 通知公告';
    assert.deepEqual(found(c)[0], `1:1-1:${crumb.length + 1} ${crumb}`);
    assert.equal(parse(c).notice.title?.text, title);
  });
  it('the toolbar on one line, at the head or the tail', () => {
    const u = ['页面 配色 辅助线 重置', title, ...body, ''].join('\n');
    assert.deepEqual(found(u), ['1:1-1:13 页面 配色 辅助线 重置']);
    const v = [title, ...body, '放大 缩小 配色 重置', ''].join('\n');
    assert.deepEqual(at(v), [lines(v, 6, 6)]);
  });
  it('stays silent: a toolbar word alone or with no word of the toolbar\'s own, the words in the body, 空间 and qq alone', () => {
    const alone = ['重置', title, ...body, ''].join('\n');
    const plain = ['页面', '放大', '重置', title, ...body, ''].join('\n');
    const inBody = [title, ...body.slice(0, 1), '配色', '辅助线', '重置', '请认真做好防汛工作，配色要醒目。', ...body.slice(2), ''].join('\n');
    const share = [title, ...body, '空间', ''].join('\n');
    const qq = [title, ...body, 'qq', ''].join('\n');
    for (const u of [alone, plain, inBody, share, qq]) for (const x of [u, crlf(u)]) assert.deepEqual(found(x), []);
  });
});

describe('stray-web-residue: a channel banner with its English name (round 16)', () => {
  const t = ['业务板块Business', '某县人民政府办公室', '某政办函〔2024〕9号', title, ...body, ''].join('\n');
  it('the banner line is residue (LF, CRLF); the notice is read below it', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), ['1:1-1:13 业务板块Business']);
      assert.equal(docNumber(x), '某政办函〔2024〕9号');
      assert.equal(parse(x).notice.title?.text, title);
    }
    const u = ['新闻中心 News Center', title, ...body, ''].join('\n');
    assert.deepEqual(found(u), ['1:1-1:17 新闻中心 News Center']);
  });
  it('collapsed: the banner glued to its English name is the first word', () => {
    const c = collapse(t);
    assert.deepEqual(found(c), ['1:1-1:13 业务板块Business']);
    assert.equal(docNumber(c), '某政办函〔2024〕9号');
  });
  it('stays silent: a title or issuer line, an English word in the body, a unit name with letters', () => {
    const titled = ['防汛工作方案Plan', title, ...body, ''].join('\n');
    const inBody = [title, ...body.slice(0, 1), '业务板块Business', ...body.slice(1), ''].join('\n');
    const unit = ['某县5G', title, ...body, ''].join('\n');
    for (const u of [titled, inBody, unit]) for (const x of [u, crlf(u), collapse(u)]) assert.deepEqual(found(x), []);
  });
});

describe('stray-web-residue: a law site\'s header with the 发文字号 glued before a copy of the title, the number written twice (round 16)', () => {
  const own = '某县人民政府办公室关于印发〈某县城市管理工作方案〉的通知';
  const copy = `《${own}》`;
  const num = '某政办发〔2024〕3号';
  const rest = ['各乡镇人民政府，县直各单位：', '《某县城市管理工作方案》已经县政府同意，现印发给你们，请认真执行。', '某县人民政府办公室', '2024年3月1日'];
  const t = [num + copy, copy, num, num, ...rest, ''].join('\n');
  it('the first line and the second number are residue (LF, CRLF, half-width); the number above stays the notice\'s', () => {
    for (const x of [t, crlf(t), halfWidth(t)]) {
      assert.deepEqual(at(x), [lines(t, 1, 1), lines(t, 4, 4)]);
      assert.equal(docNumber(x), num);
    }
    assert.equal(withFixes(t, RULE), [copy, num, ...rest, ''].join('\n'));
  });
  it('a blank between the number and the copy, the copy below without its 《》', () => {
    const u = [`${num} ${copy}`, own, num, ...rest, ''].join('\n');
    for (const x of [u, crlf(u)]) assert.deepEqual(at(x), [lines(u, 1, 1)]);
  });
  it('stays silent: the notice\'s own number over its title, a number before a 《》 the next line does not copy, two different numbers', () => {
    const plain = [num, own.replace(/[〈〉]/g, (c) => (c === '〈' ? '《' : '》')), ...rest, ''].join('\n');
    const other = [num + copy, '某县人民政府办公室关于做好防汛工作的通知', ...rest, ''].join('\n');
    const joint = [num, '某县委办发〔2024〕5号', own.replace(/[〈〉]/g, (c) => (c === '〈' ? '《' : '》')), ...rest, ''].join('\n');
    const apart = [num, own.replace(/[〈〉]/g, (c) => (c === '〈' ? '《' : '》')), num, ...rest, ''].join('\n');
    for (const u of [plain, other, joint, apart]) for (const x of [u, crlf(u)]) assert.deepEqual(found(x), []);
  });
});
