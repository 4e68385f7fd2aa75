import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, halfWidth, locate, placed, seedText } from '../helpers';
import { parse } from '../../server/src/core/parse';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);

// A scraped notice: breadcrumb before the title, a field block after it, page buttons at the end.
const scraped = [
  '当前位置：首页 >> 政务公开 >> 政府文件',
  '嘉兴市人民政府办公室关于做好服务业发展工作的通知',
  '发布日期：2022-12-13 18:16　信息来源：市政府办公室　浏览次数：',
  '各县（市、区）人民政府，市政府各部门：',
  '现将有关事项通知如下。',
  '嘉兴市人民政府办公室',
  '2022年12月9日',
  '打印本页　关闭窗口',
  '',
].join('\n');

describe('stray-web-residue', () => {
  it('one finding per residue block, one paragraph per line, CRLF and half-width', () => {
    for (const t of [scraped, crlf(scraped), halfWidth(scraped)]) {
      const f = check(t, [RULE]);
      assert.deepEqual(f.map((x) => locate(t, x).at), ['1:1-1:24', '3:1-3:40', '8:1-8:10']);
      assert.ok(f.every((x) => x.severity === 'warning' && x.fixes[0].safe));
    }
    assert.deepEqual(found(scraped)[1], '3:1-3:40 发布日期：2022-12-13 18:16　信息来源：市政府办公室　浏览次数：');
  });

  it('the fix deletes whole residue lines and nothing else (LF and CRLF)', () => {
    const f = check(scraped, [RULE]);
    assert.equal(applyEdits(scraped, f[1].fixes[0].edits), scraped.replace('发布日期：2022-12-13 18:16　信息来源：市政府办公室　浏览次数：\n', ''));
    assert.equal(applyEdits(scraped, f[2].fixes[0].edits), scraped.replace('打印本页　关闭窗口\n', ''));
    const c = crlf(scraped);
    const fc = check(c, [RULE]);
    assert.equal(applyEdits(c, fc[0].fixes[0].edits), c.replace('当前位置：首页 >> 政务公开 >> 政府文件\r\n', ''));
  });

  it('collapsed (the seed layout): same blocks, the fix removes the block and one separating space', () => {
    for (const t of [collapse(scraped), collapse(halfWidth(scraped))]) {
      const f = check(t, [RULE]);
      assert.deepEqual(f.map((x) => locate(t, x).at), ['1:1-1:24', '1:50-1:89', '1:144-1:153']);
      assert.equal(applyEdits(t, f[1].fixes[0].edits), t.replace(/ 发布日期.*?浏览次数[：:]/, ''));
      assert.equal(applyEdits(t, f[2].fixes[0].edits), t.replace(' 打印本页　关闭窗口', ''));
    }
  });

  it('the seed: the header field block and the trailing 作者: 信息来源:', () => {
    const s = seedText();
    const f = check(s, [RULE]).map((x) => locate(s, x));
    assert.deepEqual(f.map((x) => x.at), ['2:1-4:6', '5:6782-5:6793']);
    assert.deepEqual(f.map((x) => x.text), ['发布日期:2022-12-13 18:16\n信息来源:市政府办公室\n浏览次数:', '作者: 信息来源: |']);
  });

  it('stays silent on body text that names the fields, in every layout', () => {
    const legit = [
      '嘉兴市人民政府办公室关于做好信息发布工作的通知',
      '各县（市、区）人民政府，市政府各部门：',
      '各单位要注明信息来源、发布时间和作者，统计浏览次数。',
      '（二）规范信息来源：应注明单位名称。',
      '发布信息时，注明来源：本单位。',
      '嘉兴市人民政府办公室',
      '2022年12月9日',
    ].join('\n');
    for (const t of [legit, collapse(legit), crlf(legit), halfWidth(legit), collapse(halfWidth(legit))]) assert.deepEqual(found(t), []);
  });
});

describe('stray-web-residue: body text that names a field', () => {
  it('does not take “信息来源：应注明。” at the end of a collapsed notice for residue', () => {
    const lines = ['嘉兴市人民政府办公室关于做好信息发布工作的通知', '各县（市、区）人民政府，市政府各部门：', '现将有关事项通知如下。', '信息来源：应注明。', '嘉兴市人民政府办公室', '2022年12月9日'];
    for (const t of [lines.join('\n'), collapse(lines.join('\n'))]) assert.deepEqual(check(t, ['stray-web-residue']), []);
  });
});

describe('stray-web-residue: deleting a block that opens a collapsed line', () => {
  it('leaves no leading space', () => {
    const t = '当前位置：首页 >> 政务公开 >> 通知公告 嘉兴市人民政府办公室关于做好信息发布工作的通知 各县（市、区）人民政府：';
    const [f] = check(t, ['stray-web-residue']);
    assert.equal(applyEdits(t, f.fixes[0].edits), '嘉兴市人民政府办公室关于做好信息发布工作的通知 各县（市、区）人民政府：');
  });
});

describe('stray-web-residue: a breadcrumb ending in a date field keeps its clock time', () => {
  // (found by the fuzz: the time left behind after the fix was read as a stamp line of its own)
  it('deletes 发布日期:2022-12-13 18:16 whole, after a date or at the start of a line', () => {
    for (const [t, left] of [
      ['2010年12月9日 >> 专题专栏 >> 归档专题 >> 发布日期:2022-12-13 18:16', '2010年12月9日'],
      ['当前位置：首页 >> 专题专栏 >> 发布日期:2022-12-13 18:16\n各县（市、区）人民政府：', '各县（市、区）人民政府：'],
      ['当前位置：首页 >> 专题专栏 >> 发布日期:2022-12-13 18:16\r\n各县（市、区）人民政府：', '各县（市、区）人民政府：'],
    ]) {
      const [f] = check(t, [RULE]);
      assert.ok(locate(t, f).text.endsWith('2022-12-13 18:16'), locate(t, f).text);
      const fixed = applyEdits(t, f.fixes[0].edits);
      assert.equal(fixed, left);
      assert.deepEqual(check(fixed, [RULE]), []);
    }
  });
});

// What is residue must not depend on a neighbouring field: deleting one field re-reads the rest of the line, and an
// empty label (索引号： / 浏览次数: followed by a space) must not then take the issuer or title after it as its value.
describe('stray-web-residue: an empty field label does not swallow the text after it', () => {
  const title = '嘉兴市人民政府办公室关于做好服务业发展工作的通知';
  const rest = ['各县（市、区）人民政府，市政府各部门：', '现将有关事项通知如下。', '嘉兴市人民政府办公室', '2022年12月9日', ''];
  const notice = (mid: string) => [title, mid, ...rest].join('\n');
  /** Applies the last residue finding's safe fix until none is left; the located findings of each round. */
  function fixAll(t: string): { rounds: string[][]; text: string } {
    const rounds: string[][] = [];
    for (let i = 0; i < 5; i++) {
      const f = check(t, [RULE]);
      if (!f.length) return { rounds, text: t };
      assert.ok(f.every((x) => x.fixes[0].safe));
      rounds.push(f.map((x) => `${locate(t, x).at} ${locate(t, x).text}`));
      t = applyEdits(t, f[f.length - 1].fixes[0].edits);
    }
    throw new Error('fix rounds do not end');
  }

  it('the reproduction: one block up to the date; the fix keeps 嘉兴市人民政府办公室, and nothing is left (LF, CRLF)', () => {
    const mid = '信息来源:市政府办公室 索引号： 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室';
    for (const [t, nl] of [[notice(mid), '\n'], [crlf(notice(mid)), '\r\n']]) {
      const r = fixAll(t);
      assert.deepEqual(r.rounds, [['2:1-2:39 信息来源:市政府办公室 索引号： 发布日期:2022-12-13 18:16']]);
      assert.equal(r.text, notice('嘉兴市人民政府办公室').replace(/\n/g, nl));
    }
  });

  it('the reproduction collapsed (the seed layout): the fix removes the block and one space', () => {
    const t = collapse(notice('信息来源:市政府办公室 索引号： 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室'));
    const r = fixAll(t);
    assert.deepEqual(r.rounds, [['1:26-1:64 信息来源:市政府办公室 索引号： 发布日期:2022-12-13 18:16']]);
    assert.equal(r.text, collapse(notice('嘉兴市人民政府办公室')));
  });

  it('the line the old fix left (`… 索引号： 嘉兴市人民政府办公室`): only the fields are residue, in every layout', () => {
    const mid = '信息来源:市政府办公室 索引号： 嘉兴市人民政府办公室';
    for (const [t, at] of [[notice(mid), '2:1-2:17'], [crlf(notice(mid)), '2:1-2:17'], [collapse(notice(mid)), '1:26-1:42']]) {
      const r = fixAll(t);
      assert.deepEqual(r.rounds, [[`${at} 信息来源:市政府办公室 索引号：`]]);
      assert.equal(r.text, t === collapse(notice(mid)) ? collapse(notice('嘉兴市人民政府办公室')) : notice('嘉兴市人民政府办公室').replace(/\n/g, t.includes('\r') ? '\r\n' : '\n'));
    }
  });

  it('an empty counter, an empty source before a title, an empty metadata label: the text after them stays', () => {
    const cases: [string, string, string][] = [
      ['发布日期:2022-12-13 18:16 浏览次数: 嘉兴市人民政府办公室', '2:1-2:28 发布日期:2022-12-13 18:16 浏览次数:', '嘉兴市人民政府办公室'],
      ['发布日期:2022-12-13 18:16 信息来源: 嘉兴市人民政府办公室关于做好服务业发展工作的通知', '2:1-2:28 发布日期:2022-12-13 18:16 信息来源:', title],
      ['信息来源:市政府办公室 主题分类： 嘉兴市人民政府办公室', '2:1-2:18 信息来源:市政府办公室 主题分类：', '嘉兴市人民政府办公室'],
      ['索引号： 嘉兴市人民政府办公室', '2:1-2:5 索引号：', '嘉兴市人民政府办公室'],
      ['索引号： 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室', '2:1-2:27 索引号： 发布日期:2022-12-13 18:16', '嘉兴市人民政府办公室'],
    ];
    for (const [mid, found, left] of cases) {
      for (const nl of ['\n', '\r\n']) {
        const t = notice(mid).replace(/\n/g, nl);
        const r = fixAll(t);
        assert.deepEqual(r.rounds, [[found]], mid);
        assert.equal(r.text, notice(left).replace(/\n/g, nl), mid);
      }
      // collapsed: the same block, deleted with one separating space
      const c = collapse(notice(mid));
      const rc = fixAll(c);
      assert.deepEqual(rc.rounds.map((x) => x.map((y) => y.split(' ').slice(1).join(' '))), [[found.split(' ').slice(1).join(' ')]], mid);
      assert.equal(rc.text, collapse(notice(left)), mid);
    }
  });

  it('a word between two fields keeps them apart, and deleting one does not join the rest to the other', () => {
    const t = notice('信息来源:市政府办公室 ABC 发布日期:2022-12-13 18:16 嘉兴市人民政府办公室');
    const r = fixAll(t);
    assert.deepEqual(r.rounds, [
      ['2:1-2:12 信息来源:市政府办公室', '2:17-2:38 发布日期:2022-12-13 18:16'],
      ['2:1-2:12 信息来源:市政府办公室'],
    ]);
    assert.equal(r.text, notice('ABC 嘉兴市人民政府办公室'));
  });

  it('still takes a source name written after a space as the value (时间: … 信息来源: 丽水市政府)', () => {
    const t = notice('时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府');
    assert.deepEqual(found(t), ['2:1-2:38 时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府']);
    assert.equal(fixAll(t).text, [title, ...rest].join('\n'));
  });
});

// Page layouts met in the real-notice trial (issue 6): bulleted page fields, a publication date and time on a line of
// its own, metadata rows written as `label | value |` or without colons, truncated font-size switches.
describe('stray-web-residue: page layouts of the real-notice trial', () => {
  const tail = ['各乡镇人民政府，县直各单位：', '　　《某某县河道保洁管理办法》已经县政府同意，现印发给你们，请认真遵照执行。', '某某县人民政府办公室', '2021年6月10日', ''];
  const title = '某某县人民政府办公室关于印发某某县河道保洁管理办法的通知';
  const page = (head: string[], after: string[] = []) => [...head, title, ...after, ...tail].join('\n');
  const layouts = (t: string) => [t, crlf(t), halfWidth(t)];

  it('bulleted page fields and a date with a clock time: one block, the bullets included, and the 成文日期 stays the notice’s', () => {
    const t = [
      '您当前所在位置:',
      title,
      '  • 2021-06-18 09:30',
      '  • 来源:某某县人民政府',
      '  • 分享到:',
      ...tail,
    ].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-1:9', '3:3-5:9'], x);
      const all = check(x).filter((f) => f.ruleId === 'date-style');
      assert.deepEqual(all, []);
    }
    const f = check(t, [RULE]);
    assert.equal(applyEdits(t, f[1].fixes[0].edits), t.replace('  • 2021-06-18 09:30\n  • 来源:某某县人民政府\n  • 分享到:\n', ''));
  });

  it('a metadata table written as `label | value |` rows: one block, no separate pipe findings, in every layout', () => {
    const head = ['索引号 | 11330000/2021-00012 | ||', '组配分类 | 部门文件 | 发布机构 | 某某镇 |', '生成日期 | 2021-03-02 | 公开方式 | 主动公开 |', '文号 | 某镇政〔2021〕8号 |'];
    const t = page(head);
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(x, f).at}`), ['stray-web-residue 1:1-4:19'], x);
    }
    const [f] = check(t, [RULE]);
    assert.equal(applyEdits(t, f.fixes[0].edits), page([]));
    // labels with colons, empty cells
    const t2 = page(['索 引 号: | 000014349/2023-00150 | 信息分类: | |', '发布机构: | 生成日期: | 2023-12-02 08:54:33 | |', '名 称: | 某某县人民政府办公室关于印发某某县河道保洁管理办法的通知 |']);
    assert.deepEqual(check(t2, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(t2, f).at}`), ['stray-web-residue 1:1-3:38']);
  });

  it('metadata rows without colons and a date-time line: one block, and date-style does not take the page date for the 成文日期', () => {
    const head = ['2021-06-18 09:30 某某县人民政府办公室', '索 引 号 AB123456/2021-00101 发文日期 2021-06-10', '发布机构 某某县人民政府办公室 文    号 某政办〔2021〕3号', '分   类 政务公开 有 效 性 有效'];
    const t = [title, '', ...head, '', ...tail].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['3:1-6:20'], x);
      assert.deepEqual(check(x).filter((f) => f.ruleId.startsWith('date-')), [], x);
    }
  });

  it('label: value rows with a space after the colon, before the title', () => {
    const head = [
      '首页 > 信息公开 > 信息浏览',
      '索引号: 001234567/202101-00011 组配分类: 规范性文件',
      '信息分类: 通知   发布机构: 某某县人民政府办公室',
      '生成日期: 2021-06-18 文号:',
      '发文日期: 2021-06-18 生效时间: 2021-06-18',
      '信息来源: 关键词:',
      '浏览次数: 123 内容概述:',
    ];
    const t = page(head);
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-7:16'], x);
      assert.deepEqual(check(x).filter((f) => f.ruleId.startsWith('date-')), [], x);
    }
  });

  it('a font-size switch cut short (`字号:【`, `【字体:`) and the page’s colour switch: residue, not an unbalanced bracket', () => {
    const t = page(['来源:某某县政府门户网 日期:2021-06-18 09:30 字号:【', '视力保护色:', '浏览量:']);
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE, 'punct-unbalanced']).map((f) => `${f.ruleId} ${locate(x, f).at}`), ['stray-web-residue 1:1-3:5'], x);
    }
    const t2 = page(['发布时间: 2021-06-18 09:30 【字体:']);
    assert.deepEqual(check(t2, [RULE, 'punct-unbalanced']).map((f) => `${f.ruleId} ${locate(t2, f).at}`), ['stray-web-residue 1:1-1:28']);
  });

  it('a breadcrumb starting at 所在位置, and a lone 返回', () => {
    const t = page(['返 回', '所在位置: 某某网 > 政策文件']);
    for (const x of layouts(t)) assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-2:17'], x);
  });

  it('metadata rows in pipe form after a summary paragraph (not at the top)', () => {
    const t = [
      title,
      '时间: 2023-02-21',
      '核心提示:',
      '《某某县河道保洁管理办法》已经县政府同意，现印发给你们。',
      '发布文号 | 某政办〔2021〕3号 |',
      '发布日期 | 2021-06-10 | 生效日期 | 2021-06-10 |',
      '有效性状态 | 有效 | 废止日期 | 暂无 |',
      '备注 |',
      ...tail,
    ].join('\n');
    assert.deepEqual(check(t, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(t, f).at}`), ['stray-web-residue 2:1-3:6', 'stray-web-residue 5:1-8:5']);
  });

  it('the page’s share line at the end, and the 政策咨询 row of the metadata table', () => {
    const t = [...page(['索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |', '政策咨询机关: | 政策咨询电话: |'])
      .split('\n'), '用微信扫描二维码分享至好友和朋友圈'].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(x, f).at}`), ['stray-web-residue 1:1-2:20', 'stray-web-residue 9:1-9:18'], x);
    }
  });

  it('stays silent on a task table whose header starts with an ordinary word, and on body lines naming the labels', () => {
    const t = [
      title,
      ...tail.slice(0, 2),
      '序号 | 名称 | 牵头单位 | 完成时限 |',
      '1 | 河道保洁 | 县水利局 | 2021年12月底前 |',
      '2 | 垃圾清运 | 县城管局 | 2021年12月底前 |',
      '分类 推进 河道 保洁',
      ...tail.slice(2),
    ].join('\n');
    assert.deepEqual(check(t, [RULE]), []);
  });

  it('the page’s tail after the 附注: editor, a comment box, a bare QR-code line and bulleted image file names', () => {
    const t = [
      title,
      ...tail.slice(0, 4),
      '（此件公开发布）',
      '责任编辑：王某某',
      '网友评论',
      '用微信扫描二维码',
      '  • tupian02.jpg',
      '  • |',
      '  • banner_03.png',
      '',
    ].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(x, f).at}`), ['stray-web-residue 7:1-12:18'], x);
      const f = check(x, [RULE]);
      assert.equal(applyEdits(x, f[0].fixes[0].edits).split(/\r?\n/).slice(-3).join('|').replace(/[()]/g, (c) => (c === '(' ? '（' : '）')), '2021年6月10日|（此件公开发布）|');
    }
  });

  it('a law database’s head: 浏览:count among the fields is one block, and the 下载地址 line goes with it', () => {
    const t = [
      '作者:资料网 时间:2024-07-22 08:54:31  浏览:9249   来源:资料网',
      '下载地址: 点击此处下载',
      title,
      ...tail,
    ].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-2:13'], x);
    }
    // (阅读:count the same way)
    const r = t.replace('浏览:9249', '阅读:9249');
    assert.deepEqual(check(r, [RULE]).map((f) => locate(r, f).at), ['1:1-2:13']);
  });

  it('stays silent on a body line asking readers to scan a QR code, and on a file name inside a sentence', () => {
    const t = [
      title,
      ...tail.slice(0, 2),
      '请用微信扫描二维码报名：',
      '报名表见附件qrcode01.jpg，请于6月20日前报送。',
      ...tail.slice(2),
    ].join('\n');
    assert.deepEqual(check(t, [RULE]), []);
  });
});

describe(`${RULE}: a page's bar of links to other sites above the notice (real-notice round 3)`, () => {
  const page = (bar: string) => [bar, '', '中共某县委员会　某县人民政府', '关于加强村级组织建设的意见', '各乡镇党委、人民政府：', '现提出如下意见。', ''].join('\n');

  it('flags a line of site names (one of them a …网) before the title, and the title stays the notice title', () => {
    const t = page('中国政府网 某省政府网 某市政府网 某县新闻网 繁体中文');
    assert.deepEqual(found(t), ['1:1-1:29 中国政府网 某省政府网 某市政府网 某县新闻网 繁体中文']);
    assert.deepEqual(found(crlf(t)), ['1:1-1:29 中国政府网 某省政府网 某市政府网 某县新闻网 繁体中文']);
    const t2 = page('某部 某省政务服务网 某省某厅 中国某市');
    assert.deepEqual(found(t2), ['1:1-1:21 某部 某省政务服务网 某省某厅 中国某市']);
    assert.equal(parse(t2).notice.title?.text, '中共某县委员会　某县人民政府关于加强村级组织建设的意见');
  });

  it('stays silent on a joint issuers’ line and on body names in a list', () => {
    assert.deepEqual(found(page('中共某县委员会 某县人民政府 某县人民武装部')), []);
    assert.deepEqual(found(page('某省电网 某市供电公司 某县供电所')), []);
  });
});

// Real-notice round 4: a page's metadata table written one `label: value` per line with a space after the colon (the
// title among the values), and a markdown separator row and a 栏目 label in a pipe-form table.
describe(`${RULE}: metadata tables of the real-notice round 4`, () => {
  const title = '某某镇人民政府关于印发某某镇村民委员会换届选举工作方案的通知';
  const tail = ['各村党总支、村委会：', '《某某镇村民委员会换届选举工作方案》已经镇党委同意，现印发给你们，请抓好落实。', '某某镇人民政府', '2021年3月11日', ''];
  const layouts = (t: string) => [t, crlf(t), halfWidth(t)];

  it('label: value lines with a space after the colon, the title among them: one block, and the notice keeps its own title, date and addressee', () => {
    const head = [
      '索引号: 11500383009338112H/2021-00021 发文字号: 某镇发〔2021〕68号',
      `标题: ${title}`,
      '主题分类: 人事工作 有效性:',
      '索引号: 11500383009338112H/2021-00021',
      '发文字号: 某镇发〔2021〕68号',
      '成文日期: 2021-03-11',
      `标题: ${title}`,
      '主题分类: 人事工作',
      '有效性:',
    ];
    const t = [...head, '', '某镇发〔2021〕68号', '', title, ...tail].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE]).map((f) => locate(x, f).at), ['1:1-9:5'], x);
      const d = parse(x);
      assert.equal(d.notice.title?.text, title);
      assert.equal(d.notice.signDate?.text, '2021年3月11日');
      assert.ok(d.notice.addressee?.text.startsWith('各村党总支'));
      assert.deepEqual(check(x).filter((f) => f.ruleId.startsWith('date-') || f.ruleId === 'notice-missing-element'), [], x);
    }
  });

  it('stays the notice when the line after the label does not go on with the table', () => {
    // (the label left empty before the issuer, then the addressee: only the label is residue)
    const t = ['索引号： 某某镇人民政府', ...tail].join('\n');
    assert.deepEqual(found(t), ['1:1-1:5 索引号：']);
    // (one label: value line before the title, the next line the title)
    const t2 = [`标题: ${title}`, title, ...tail].join('\n');
    assert.deepEqual(found(t2), ['1:1-1:4 标题:']);
  });

  it('a markdown separator row and a 栏目 row in a pipe-form metadata table: one block, no pipe findings', () => {
    const head = ['索引号: | GS5183/2020-771 | 部门: | 某某镇 |', '---|---|---|---|', '栏目: | 部门文件 | 来源: | 某某镇 |', '作者: | 日期: | 2020-10-20 |'];
    const t = [title, ...head, ...tail].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(x, f).at}`), ['stray-web-residue 2:1-5:25'], x);
      assert.ok(parse(x).notice.addressee?.text.startsWith('各村党总支'), x);
    }
  });

  it('a 相关附件 row left empty under the metadata rows goes with the block', () => {
    const head = ['文 号 | 某府发〔2016〕20号 | 发文日期 | 2016-11-04 | ||', '关键词 | 某某市 人民政府 实施意见 | 公开形式 | 主动公开 |', '相关附件 |'];
    const t = [...head, title, ...tail].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(check(x, [RULE, 'stray-table-pipe']).map((f) => `${f.ruleId} ${locate(x, f).at}`), ['stray-web-residue 1:1-3:7'], x);
    }
  });

  it('stays silent on a task table with a markdown separator row', () => {
    const t = [title, ...tail.slice(0, 2), '| 序号 | 任务 | 牵头单位 |', '|---|---|---|', '| 1 | 清理河道 | 某某镇水利站 |', ...tail.slice(2)].join('\n');
    assert.deepEqual(check(t, [RULE, 'stray-table-pipe']), []);
  });
});

// Real-notice round 4: a law database's 【label】value block (北大法宝 and its copies) above the notice.
describe(`${RULE}: a law database's 【制定机关】【字号】 block (real-notice round 4)`, () => {
  const title = '某某市人民政府办公厅关于印发某某市2020年重点工作责任分解方案的通知';
  const tail = ['各区人民政府，市人民政府各部门：', '《某某市2020年重点工作责任分解方案》已经市人民政府同意，现印发给你们。', '某某市人民政府办公厅', '2020年1月17日', ''];
  const layouts = (t: string) => [t, crlf(t), halfWidth(t)];

  it('the bulleted block with its 文章属性 and 正文 lines: one block; the title, 成文日期 and no date finding stay', () => {
    const head = [
      '文章属性',
      '∙【制定机关】某某市人民政府办公厅',
      '∙【公布日期】2020.01.17',
      '∙【字 号】某政办〔2020〕1号',
      '∙【施行日期】2020.01.17',
      '∙【效力等级】地方规范性文件',
      '∙【时效性】现行有效',
      '∙【主题分类】机关工作',
      '正文',
    ];
    const t = [...head, title, '某政办〔2020〕1号', ...tail].join('\n');
    for (const x of layouts(t)) {
      assert.deepEqual(found(x).map((s) => s.split(' ')[0]), ['1:1-9:3'], x);
      assert.equal(parse(x).notice.title?.text, title);
      assert.deepEqual(check(x).filter((f) => f.ruleId.startsWith('date-') || f.ruleId.startsWith('notice-')), [], x);
    }
    const [f] = check(t, [RULE]);
    assert.equal(applyEdits(t, f.fixes[0].edits), [title, '某政办〔2020〕1号', ...tail].join('\n'));
  });

  it('the 【法宝引证码】 block without bullets, a value after a space, and the block collapsed on one line', () => {
    const head = ['【法宝引证码】CLI.12.1234567', '【发布部门】 某某市人民政府办公厅', '【发文字号】某政办〔2020〕1号', '【发布日期】2020.01.17', '【实施日期】2020.01.17', '【时效性】现行有效', '【效力级别】地方规范性文件'];
    const t = [...head, title, ...tail].join('\n');
    for (const x of layouts(t)) assert.deepEqual(found(x).map((s) => s.split(' ')[0]), ['1:1-7:14'], x);
    // (collapsed, the values written right after their labels)
    const c = [head.join(' ').replace('】 ', '】'), title, ...tail].join('\n');
    assert.deepEqual(found(c).map((s) => s.split(' ')[0]), ['1:1-1:115']);
  });

  it('stays silent on 【】 headings and 正文 in the body', () => {
    const t = [title, ...tail.slice(0, 2), '【工作目标】到2020年底完成全部任务。', '正文', '【时效性】要求各单位按时报送。', ...tail.slice(2)].join('\n');
    assert.deepEqual(found(t), []);
  });
});

// Real-notice round 4: a community site's buttons (关闭 举报 提交 购物车 打赏捐赠 我要举报这篇文章, a counter under
// them), its poster field (信息发布者:) and 转载 mark, and its disclaimer (声明 本文由…) around a 通告.
describe(`${RULE}: a community site's buttons, poster field and disclaimer (real-notice round 4)`, () => {
  const notice = [
    '某某县森林防火指挥部关于禁止燃放烟花爆竹的通告',
    '为减少森林火险隐患，现通告如下：',
    '一、禁止在林区燃放烟花爆竹。',
    '二、违者依法追究责任。',
    '特此通告',
    '某某县森林防火指挥部',
    '2019年1月16日',
  ];
  const t = [
    '关闭',
    '举报',
    '  • 提交',
    '首页 > 通知公告 > 正文',
    '购物车',
    '0',
    notice[0],
    '信息发布者:张某某',
    '2019-01-29 08:48:53    来源:某某网   转载',
    ...notice.slice(1),
    '打赏捐赠',
    '0',
    '!我要举报这篇文章',
    '声明 本文由某某网注册会员上传并发布,某某网仅提供信息发布平台。文章仅代表作者观点。',
    '',
  ].join('\n');
  const layouts = (x: string) => [x, crlf(x)];

  it('flags the buttons, the poster field and the disclaimer; the 通告 keeps its title, 署名 and 成文日期', () => {
    for (const x of layouts(t)) {
      assert.deepEqual(found(x).map((s) => s.split(' ')[0]), ['1:1-6:2', '8:1-9:35', '16:1-19:43'], x);
      const d = parse(x);
      assert.equal(d.notice.title?.text, notice[0]);
      assert.equal(d.notice.signDate?.text, '2019年1月16日');
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某某县森林防火指挥部']);
    }
  });

  it('stays silent on the same words in the body, and on a number in a list', () => {
    const body = [notice[0], notice[1], '一、请于6月1日前提交申报材料。', '二、关闭林区入口，举报电话：12345。', '三、收费标准', '0', ...notice.slice(4)].join('\n');
    assert.deepEqual(found(body), []);
  });
});

// Real-notice round 4: a site's title bar above the notice (法搜网--中国法律信息搜索网), a lone site name, 今天是: date.
describe(`${RULE}: a site's title bar and date line above the notice (real-notice round 4)`, () => {
  const notice = ['某某市人民政府关于2012年重点工作责任分解的通知', '各区、县（市）人民政府，市直机关各单位：', '现将有关事项通知如下。', '某某市人民政府', '2012年3月6日', ''];
  it('flags the site’s name and slogan lines before the title; the title stays', () => {
    for (const bar of ['法搜网--中国法律信息搜索网', '某某县人民政府门户网站', '中国政府网_中央人民政府门户网站', '今天是:2025年12月06日']) {
      const t = [bar, ...notice].join('\n');
      for (const x of [t, crlf(t)]) {
        assert.deepEqual(found(x), [`1:1-1:${bar.length + 1} ${bar}`], bar);
        assert.equal(parse(x).notice.title?.text, notice[0]);
      }
    }
  });
  it('stays silent on names of networks and on body lines ending with 网', () => {
    for (const line of ['某某省电网', '城市燃气管网', '工业互联网']) {
      assert.deepEqual(found([line, ...notice].join('\n')), [], line);
    }
    const body = [...notice.slice(0, 3), '信息公开平台为某某政府网', ...notice.slice(3)].join('\n');
    assert.deepEqual(found(body), []);
  });
});

describe(`${RULE}: a WeChat article's tail (real-notice round 4)`, () => {
  const notice = ['某某县交通运输局', '关于禁止在公路上打场晒粮的', '通告', '为确保公路安全畅通，现通告如下：一、严禁在公路上打场晒粮。二、违者依法处理。特此通告。', '某某县交通运输局', '2021年6月12日'];
  it('flags the 预览时标签不可点 line and the 阅读原文 line at the end; the 通告 keeps its 成文日期', () => {
    const t = [...notice, '预览时标签不可点收录于话题#个上一篇下一篇', '阅读原文', ''].join('\n');
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), ['7:1-8:5 预览时标签不可点收录于话题#个上一篇下一篇\n阅读原文'.replace('\n', x.includes('\r') ? '\r\n' : '\n')]);
      assert.equal(parse(x).notice.signDate?.text, '2021年6月12日');
    }
  });
  it('stays silent on 阅读原文 inside a sentence', () => {
    const t = [...notice.slice(0, 3), '请阅读原文件后填写。', ...notice.slice(4)].join('\n');
    assert.deepEqual(found(t), []);
  });

  // real (round 7): a township page's metadata table with its labels in square brackets ([ 索引号 ] | … |)
  it('takes a metadata table whose labels stand in square brackets for residue', () => {
    const t = [
      '[ 索引号 ] | 115001130093083510/2024-00007 | [ 发文字号 ] | 某府发〔2024〕2号 |',
      '[ 主题分类 ] | 综合政务 | [ 体裁分类 ] | 公文 |',
      '某某镇人民政府关于印发2024年工作要点的通知',
      '各村（居）民委员会：',
      '　　现将《2024年工作要点》印发给你们，请认真贯彻实施。',
      '某某镇人民政府',
      '2024年2月22日',
    ].join('\n');
    for (const v of [t, crlf(t)]) {
      const f = check(v, [RULE]);
      assert.equal(f.length, 1, v);
      assert.ok(v.slice(f[0].range.start, f[0].range.end).startsWith('[ 索引号 ]'));
      assert.ok(v.slice(f[0].range.start, f[0].range.end).includes('公文 |'));
      assert.equal(parse(v).notice.title?.text, '某某镇人民政府关于印发2024年工作要点的通知');
    }
    // a bracketed word in the text is no table: [ 注 ] 以上数据为初步统计
    assert.deepEqual(found('关于做好统计工作的通知\n各村：\n[ 标题 ] 以上数据为初步统计，请核实。\n某某镇人民政府\n2024年2月22日'), []);
  });
});
