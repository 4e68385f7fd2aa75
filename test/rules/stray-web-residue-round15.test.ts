// Round 15: law and news sites' residue — a site header over the title (a copy of the title after the site's name), an
// empty 今天: line, a law site's buttons, disclaimers, news lead-in and footer ad, law-database attribute blocks (【颁发部门】
// and the colon form 颁布部门:), a DD.MM.YYYY hh:mm stamp, the last bulleted row of a metadata table, a database's ®提示 note.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, placed, placedByRule, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
/** `line:col-line:col` of lines a..b (1-based) of the LF text t, whole lines. */
const lines = (t: string, a: number, b: number): string => `${a}:1-${b}:${t.split('\n')[b - 1].length + 1}`;
/** The LF text's lines a..b joined as the finding's text in the layout x (LF or CRLF). */
const text = (t: string, a: number, b: number, x: string): string => t.split('\n').slice(a - 1, b).join(x.includes('\r') ? '\r\n' : '\n');
const at = (t: string, x: string): string[] => found(x).map((s) => s.split(' ')[0]);
const issuer = (t: string) => check(t).filter((f) => f.ruleId === 'notice-issuer-mismatch');

const title = '某市交通运输局关于做好春运安全工作的通知';
const body = ['各区县交通运输局：', '现就做好春运安全工作通知如下，请认真贯彻执行。', '某市交通运输局', '2024年1月10日'];

describe('stray-web-residue: a law site header with a copy of the title over the title (round 15)', () => {
  const head = `某某法规网 法规首页 ${title}`;
  const notes = ['条款摘要', '资料来自公开网络，仅提供网友学习讨论使用', '原文版权归原版权人拥有'];
  const attrs = ['发文字号：某交发〔2024〕3号', '颁布部门：某市交通运输局', '法律效力：地方规范性文件', '颁布日期：2024-01-10生效日期：2024-01-10'];
  const t = [head, title, ...notes, ...attrs, ...body, ''].join('\n');
  it('the header line is residue, the title is read from the next line, no issuer finding (LF, CRLF, half-width)', () => {
    for (const x of [t, crlf(t), halfWidth(t), crlf(halfWidth(t))]) {
      assert.deepEqual(at(t, x), [lines(t, 1, 1), lines(t, 3, 9)]);
      assert.deepEqual(found(x)[0], `1:1-1:${head.length + 1} ${head}`);
      assert.equal(parse(x).notice.title?.text, title);
      assert.deepEqual(issuer(x), []);
    }
    assert.equal(withFixes(t, RULE), [title, ...body, ''].join('\n'));
  });
  it('with only the disclaimers or only the attribute lines under the title: the same', () => {
    for (const mid of [notes, attrs]) {
      const u = [head, title, ...mid, ...body, ''].join('\n');
      for (const x of [u, crlf(u), halfWidth(u)]) {
        assert.deepEqual(at(u, x), [lines(u, 1, 1), lines(u, 3, 2 + mid.length)]);
        assert.equal(parse(x).notice.title?.text, title);
        assert.deepEqual(issuer(x), []);
      }
    }
  });
  it('collapsed: the header before the title is residue, the title and issuer are read', () => {
    for (const c of [collapse(t), collapse(halfWidth(t))]) {
      assert.equal(found(c)[0], `1:1-1:${head.length + 1} ${head}`);
      assert.equal(parse(c).notice.title?.text, title);
      assert.deepEqual(issuer(c), []);
    }
  });
  it('stays silent on a title under an issuer line, and on words that name no site', () => {
    for (const u of [
      ['某市交通运输局 某市公安局', title, ...body, ''].join('\n'),
      [`某市交通运输局 ${title}`, title, ...body, ''].join('\n'),
      [`春运 安全 ${title}`, title, ...body, ''].join('\n'),
    ]) {
      for (const x of [u, collapse(u)]) assert.deepEqual(found(x), []);
    }
  });
});

describe('stray-web-residue: an empty 今天: line over the breadcrumb (round 15)', () => {
  const t = ['今天：', '您当前所在位置：首页 > 政务公开 > 通知公告', '', title, '', '发布时间：2024-01-11    来源：', '', ...body, ''].join('\n');
  it('does not end the head zone: one block for 今天: and the breadcrumb, the field line too (LF, CRLF, half-width)', () => {
    for (const x of [t, crlf(t), halfWidth(t), crlf(halfWidth(t))]) {
      assert.deepEqual(at(t, x), [lines(t, 1, 2), lines(t, 6, 6)]);
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(withFixes(t, RULE), ['', title, '', '', ...body, ''].join('\n'));
  });
  it('collapsed: 今天: and the breadcrumb are one run', () => {
    for (const c of [collapse(t), collapse(halfWidth(t))]) {
      assert.equal(found(c)[0], `1:1-1:29 ${c.slice(0, 28)}`);
      assert.equal(parse(c).notice.title?.text, title);
    }
  });
  it('stays silent on 今天： in the body', () => {
    const u = [title, '各区县交通运输局：', '今天：全市普降大雪，请各单位立即部署除雪工作。', '今天', '某市交通运输局', '2024年1月10日', ''].join('\n');
    for (const x of [u, crlf(u), collapse(u)]) assert.deepEqual(found(x), []);
  });
});

describe('stray-web-residue: law and news sites lines above the title and under the date (round 15)', () => {
  const t = [
    '欢迎来到某某法规平台！ 设为首页 收藏',
    '找律师咨询',
    '日前，某某交通网获悉，《某市春运安全工作方案》已经印发。全文如下：',
    title,
    '下载法规',
    '我要纠错',
    '资料来自公开网络，仅提供网友学习讨论使用',
    '原文版权归原版权人拥有',
    ...body,
    '分享到：',
    '无需注册，30秒快速免费咨询',
    '',
  ].join('\n');
  it('are residue in the head and tail zones (LF, CRLF, half-width)', () => {
    for (const x of [t, crlf(t), halfWidth(t), crlf(halfWidth(t))]) {
      assert.deepEqual(at(t, x), [lines(t, 1, 3), lines(t, 5, 8), lines(t, 13, 14)]);
      assert.equal(parse(x).notice.title?.text, title);
    }
    // (the half-width marks of the residue lines are not reported on their own)
    for (const x of [t, crlf(t)]) assert.deepEqual(check(x).filter((f) => f.ruleId === 'punct-half-width'), []);
    assert.equal(withFixes(t, RULE), [title, ...body, ''].join('\n'));
  });
  it('stays silent on the same words in body sentences, and on such lines in the body', () => {
    const u = [
      title,
      '各区县交通运输局：',
      '一、欢迎来到春运一线的志愿者，各单位要做好保障。',
      '二、市民可在门户网站下载法规文本，发现错误可点击“我要纠错”反馈。',
      '下载法规',
      '我要纠错',
      '资料来自公开网络，仅提供网友学习讨论使用',
      '三、各单位于日前，经上级获悉，方案已经印发。全文如下：',
      '某市交通运输局',
      '2024年1月10日',
      '',
    ].join('\n');
    for (const x of [u, crlf(u), collapse(u)]) assert.deepEqual(found(x), []);
  });
});

describe('stray-web-residue: law-database attribute blocks (round 15)', () => {
  const num = '某交发〔2024〕3号';
  const block = ['某某法律网—法律法规查看', title, '【颁发部门】 某市交通运输局', '【发文字号】 某交发[2024]3号', '【颁发时间】 1970-01-01', '【实施时间】 2024-01-10', '【效力属性】 有效'];
  const t = [...block, title, `（${num}）`, ...body, ''].join('\n');
  it('is one block; no document-number fix inside it (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`${lines(t, 1, 7)} ${text(t, 1, 7, x)}`]);
      assert.deepEqual(check(x).filter((f) => f.ruleId === 'punct-document-number'), []);
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(withFixes(t, RULE), [title, `（${num}）`, ...body, ''].join('\n'));
  });
  it('collapsed: the site title bar, and the attribute cells as one run with the validity word', () => {
    const c = collapse(t);
    const s = c.indexOf('【颁发部门】');
    const e = c.indexOf('有效 ') + 2;
    assert.deepEqual(found(c), ['1:1-1:13 某某法律网—法律法规查看', `1:${s + 1}-1:${e + 1} ${c.slice(s, e)}`]);
    assert.equal(parse(c).notice.title?.text, title);
    assert.deepEqual(check(c).filter((f) => f.ruleId === 'punct-document-number' || f.ruleId === 'notice-issuer-mismatch'), []);
  });
  it('the colon form under the title is residue too (full-width and half-width)', () => {
    const u = [title, '发文字号：某交发〔2024〕3号', '颁布部门：某市交通运输局', '法律效力：地方规范性文件', '应用分类：交通运输', '颁布日期：2024-01-10生效日期：2024-01-10', ...body, ''].join('\n');
    for (const x of [u, crlf(u), halfWidth(u)]) {
      assert.deepEqual(at(u, x), [lines(u, 2, 6)]);
      assert.equal(parse(x).notice.title?.text, title);
    }
  });
  it('stays silent on the words in the body', () => {
    const u = [title, '各区县交通运输局：', '颁布日期：本方案自印发之日起施行。', '法律效力：各单位应当遵照执行，不得变通。', '某市交通运输局', '2024年1月10日', ''].join('\n');
    for (const x of [u, crlf(u), collapse(u)]) assert.deepEqual(found(x), []);
  });
});

describe('stray-web-residue: a DD.MM.YYYY hh:mm stamp above the title (round 15)', () => {
  const t = ['19.01.2024  15:06', '', title, '', ...body, ''].join('\n');
  it('is a page field (LF, CRLF, collapsed)', () => {
    for (const x of [t, crlf(t)]) assert.deepEqual(found(x), ['1:1-1:18 19.01.2024  15:06']);
    assert.deepEqual(found(collapse(t)), ['1:1-1:18 19.01.2024  15:06']);
  });
  it('stays silent on such a time in the body and on a date without its time', () => {
    const u = [title, '各区县交通运输局：', '19.01.2024  15:06', '会议定于19.01.2024 15:06召开。', '某市交通运输局', '2024年1月10日', ''].join('\n');
    for (const x of [u, crlf(u)]) assert.deepEqual(found(x), []);
    const v = ['19.01.2024', title, ...body, ''].join('\n');
    assert.deepEqual(found(v), []);
  });
});

describe('stray-web-residue: the last bulleted row of the metadata table (round 15)', () => {
  const rows = ['  • 索 引 号:011336909/2024-00003', '  • 主题分类:交通运输', '  • 发布日期:2024年01月11日', '  • 名  称:关于做好春运安全工作的通知'];
  const t = [...rows, '', title, '', ...body, ''].join('\n');
  it('goes with the block, the fix leaves no row (LF, CRLF, full-width)', () => {
    for (const x of [t, crlf(t), t.replace(/:/g, '：')]) {
      assert.deepEqual(at(t, x), [`1:3-4:${rows[3].length + 1}`]);
      assert.deepEqual(check(x).filter((f) => f.ruleId === 'punct-half-width'), []);
    }
    assert.equal(withFixes(t, RULE), ['', title, '', ...body, ''].join('\n'));
  });
  it('stays silent on a bulleted title row when the title below names another document', () => {
    const u = ['  • 名  称:关于做好春运安全工作的通知', '', '某市交通运输局关于做好道路养护工作的通知', '', ...body, ''].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: a law database note 税谱®提示: (round 15)', () => {
  const note = '某谱®提示:根据2025年5月16日 某市人民政府关于公布行政规范性文件清理结果的通知》 ( 某政综〔2025〕38号规定,继续有效';
  const t = [title, '某交发〔2024〕3号', '', note, '', ...body, ''].join('\n');
  it('is one residue finding; no punct-unbalanced or date-future-reference on it (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(placedByRule(x, ['stray-web-residue', 'punct-unbalanced', 'date-future-reference']), [`4:1-4:${note.length + 1} stray-web-residue ${note}`]);
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(withFixes(t, RULE), [title, '某交发〔2024〕3号', '', '', ...body, ''].join('\n'));
  });
  it('stays silent on a ® in the body', () => {
    const u = [title, '各区县交通运输局：', '某谱®提示：春运期间请注意安全。', '某市交通运输局', '2024年1月10日', ''].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: a law site page with blank lines between its rows (round 15)', () => {
  const t = [
    '某某法律网—法律法规查看', '', title, '', '', '【颁发部门】 某市交通运输局', '', '【发文字号】 某交发[2024]3号', '', '【颁发时间】 1970-01-01', '',
    '【实施时间】 2024-01-10', '', '【效力属性】 有效', '', '', title, '', ...body, '', '相关阅读', '', '回到顶部', '',
  ].join('\n');
  it('the page copy of the title more than 8 lines above the title is in the block; 回到顶部 goes with 相关阅读 (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(at(t, x), [lines(t, 1, 14), lines(t, 24, 26)]);
      assert.equal(parse(x).notice.title?.text, title);
    }
    assert.equal(withFixes(t, RULE).trim(), [title, '', ...body].join('\n'));
  });
});
