// Round 13: a 您当前浏览位置： breadcrumb, metadata rows without colons (文 号 … 发布日期 … 公开时限 …), bracketed labels
// without colons above the title ([ 索引号 ] … [ 成文日期 ] 2022-12-02), a half-width `label: value` meta line with a blank
// after each colon, and a PDF gazette's page marks and running header (Page 10 - …, P. 10, 11·12/2020 …公报 ·…文件·).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, outlineNames, placed, withFixes } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => placed(t, RULE);
const fixed = (t: string) => withFixes(t, RULE);
const ruleIds = (t: string, ids: string[]) => check(t).filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId} ${locate(t, f).at}`);
const nl = (t: string) => (t.includes('\r\n') ? '\r\n' : '\n');
const FRAME = ['notice-missing-element', 'notice-issuer-mismatch', 'date-style', 'punct-half-width'];

const title = '某县人民政府办公室关于做好防汛工作的通知';
const body = ['各乡镇人民政府：', '现就有关事项通知如下。', '一、加强值守', '二、加强巡查', '某县人民政府办公室', '2024年6月1日', ''];

describe('stray-web-residue: a 您当前浏览位置： breadcrumb (round 13)', () => {
  const crumb = '您当前浏览位置：首页>政务公开>政府文件';
  const t = [crumb, title, ...body].join('\n');
  it('is residue, the whole line; the title is read (LF, CRLF, half-width colon)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`1:1-1:${crumb.length + 1} ${crumb}`]);
      assert.equal(parse(x).notice.title?.text, title);
    }
    const h = halfWidth(t);
    assert.deepEqual(found(h), [`1:1-1:${crumb.length + 1} ${halfWidth(crumb)}`]);
    assert.deepEqual(ruleIds(h, ['punct-half-width']).filter((s) => s.includes(' 1:')), []);
    assert.equal(fixed(t), [title, ...body].join('\n'));
    // (当前浏览位置 without 您, and blanks around the trail's separators)
    const u = ['当前浏览位置： 首页 > 政务公开 > 政府文件', title, ...body].join('\n');
    assert.deepEqual(found(u), ['1:1-1:25 当前浏览位置： 首页 > 政务公开 > 政府文件']);
  });
  it('collapsed: the trail only, the title read', () => {
    const c = collapse(t);
    assert.deepEqual(found(c), [`1:1-1:${crumb.length + 1} ${crumb}`]);
    assert.equal(parse(c).notice.title?.text, title);
  });
  it('stays silent on 浏览位置 in a sentence of the body', () => {
    const u = [title, '各乡镇人民政府：', '请在页面上方查看您当前浏览位置，首页>政务公开为入口。', ...body.slice(2)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: metadata rows without colons (round 13)', () => {
  const rows = ['文 号 某政办发〔2024〕9号 发布日期 2024-06-01 公开时限 长期公开', '发布机构 某县人民政府办公室 所属分类 政府文件 效力状态 有效', '责任部门 某县应急管理局 公开方式 主动公开'];
  const t = [title, ...rows, ...body].join('\n');
  it('the rows are one block; the title and 主送 are read (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`2:1-4:${rows[2].length + 1} ${rows.join(nl(x))}`]);
      assert.equal(parse(x).notice.title?.text, title);
      assert.equal(parse(x).notice.addressee?.text, '各乡镇人民政府：');
      assert.deepEqual(ruleIds(x, FRAME), []);
    }
    assert.equal(fixed(t), [title, ...body].join('\n'));
  });
  it('two rows (the repro): one block; a row with 成文时间 too', () => {
    const u = [title, ...rows.slice(0, 2), ...body].join('\n');
    assert.deepEqual(found(u), [`2:1-3:${rows[1].length + 1} ${rows.slice(0, 2).join('\n')}`]);
    const row = '索引号 11370832004235253L/2023-05260 成文时间 2023-03-10';
    const v = [row, title, ...body].join('\n');
    assert.deepEqual(found(v), [`1:1-1:${row.length + 1} ${row}`]);
    assert.equal(parse(v).notice.title?.text, title);
  });
  it('collapsed: the cells after the title, one finding; the title and 主送 are read', () => {
    for (const n of [2, 3]) {
      const c = collapse([title, ...rows.slice(0, n), ...body].join('\n'));
      const cells = rows.slice(0, n).join(' ');
      assert.deepEqual(found(c), [`1:${title.length + 2}-1:${title.length + 2 + cells.length} ${cells}`]);
      assert.equal(parse(c).notice.title?.text, title);
      assert.equal(parse(c).notice.addressee?.text, '各乡镇人民政府：');
      assert.equal(fixed(c).replace(/ +/g, ' '), collapse([title, ...body].join('\n')));
    }
  });
  it('collapsed: labels left empty before the next label, the page’s heading and its 分享 button go with the cells', () => {
    const cells = '索 引 号 113708280043358015/2021-01956 公开方式 主动公开 发布机构 某县发展和改革局 成文日期 2021-02-22 废止日期 有效性 某县2021年国民经济和社会发展计划 分享';
    const ttl = '某县人民政府 关于下达某县2021年国民经济和社会发展计划的通知';
    const c = collapse([cells, ttl, '各镇政府，县政府各部门：', '现将计划下达给你们，请认真贯彻执行。', '某县人民政府', '2021年2月22日'].join('\n'));
    assert.deepEqual(found(c), [`1:1-1:${cells.length + 1} ${cells}`]);
    assert.deepEqual(ruleIds(c, ['notice-issuer-mismatch']), []);
    assert.ok(outlineNames(c, '  ')[0].startsWith('某县人民政府'));
  });
  it('stays silent on a row of words that are not page labels, and on a task line with 责任部门', () => {
    const u = [title, '工作内容 防汛值守 完成时限 长期坚持', ...body].join('\n');
    assert.deepEqual(found(u), []);
    const v = [title, '各乡镇人民政府：', '一、加强值守', '责任部门 某县应急管理局 完成时限 6月底前', ...body.slice(4)].join('\n');
    assert.deepEqual(found(v), []);
    assert.deepEqual(found(collapse(v)), []);
    // (collapsed: two pairs only, or a title after an empty label, are no table)
    const w = collapse([title, '文号 某政办发〔2024〕9号 发布日期 2024-06-01', ...body].join('\n'));
    assert.deepEqual(found(w), []);
    const z = collapse(['文号 某政办发〔2024〕9号 发布日期 2024-06-01 发布机构 ' + title, ...body].join('\n'));
    assert.deepEqual(found(z), []);
  });
});

describe('stray-web-residue: bracketed labels without colons above the title (round 13)', () => {
  const rows = ['[ 索引号 ] 11500241009138524A/2023-00004 [ 发文字号 ] 某乡振发〔2022〕33号', '[ 主题分类 ] 其他 [ 体裁分类 ] 其他', '[ 发布机构 ] 某县乡村振兴局', '[ 成文日期 ] 2022-12-02 [ 发布日期 ] 2022-12-20'];
  const ttl = '某县乡村振兴局关于印发《某县消费帮扶行动实施方案》的通知';
  const rest = ['各乡镇人民政府：', '现将《某县消费帮扶行动实施方案》印发给你们，请认真贯彻落实。', '某县乡村振兴局', '2022年12月2日', '某县消费帮扶行动实施方案', '一、总体要求', '加强组织。', '二、主要任务', '拓宽销售渠道。', ''];
  const t = [...rows, ttl, ...rest].join('\n');
  it('the rows are one block; the title, 主送 and date are read; no date-style on the page date (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`1:1-4:${rows[3].length + 1} ${rows.join(nl(x))}`]);
      assert.equal(parse(x).notice.title?.text, ttl);
      assert.equal(parse(x).notice.signDate?.text, '2022年12月2日');
      assert.deepEqual(ruleIds(x, FRAME), []);
    }
    assert.equal(outlineNames(t, '  ')[0], ttl);
    assert.ok(outlineNames(t, '  ').includes('  某县消费帮扶行动实施方案'));
    assert.equal(fixed(t), [ttl, ...rest].join('\n'));
  });
  it('full-width brackets ［ 索引号 ］ too', () => {
    const u = t.replace(/\[/g, '［').replace(/\]/g, '］');
    assert.equal(found(u).length, 1);
    assert.ok(found(u)[0].startsWith('1:1-4:'));
  });
  it('collapsed: from the first label to the last page date; the title read', () => {
    const c = collapse(t);
    const e = c.indexOf('2022-12-20') + 10;
    assert.deepEqual(found(c), [`1:1-1:${e + 1} ${c.slice(0, e)}`]);
    assert.equal(parse(c).notice.title?.text, ttl);
  });
  it('stays silent on a bracketed word in the body and on an empty label before the issuer', () => {
    const u = [ttl, ...rest.slice(0, 1), '[ 发布机构 ] 指本局办公室，负责汇总。', ...rest.slice(1)].join('\n');
    assert.deepEqual(found(u), []);
  });
});

describe('stray-web-residue: a half-width `label: value` meta line with a blank after each colon (round 13)', () => {
  const ttl = '关于开展秋季开学校园安全整治行动的通知';
  const meta = '公开方式: 主动公开 有效期: 长期有效 发布时间: 2023-09-10';
  const rest = ['各中小学校、幼儿园：', '现将有关事项通知如下。', '一、工作目标', '二、工作时间', '某区教育体育局', '2023年9月8日', ''];
  const t = [ttl, meta, ...rest].join('\n');
  it('the whole line is residue; 主送 and 成文日期 are the notice’s; no other finding on the line (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), [`2:1-2:${meta.length + 1} ${meta}`]);
      const n = parse(x).notice;
      assert.equal(n.addressee?.text, '各中小学校、幼儿园：');
      assert.equal(n.signDate?.text, '2023年9月8日');
      assert.deepEqual(ruleIds(x, FRAME), []);
    }
    assert.deepEqual(outlineNames(t, '  ').slice(0, 2), [ttl, '  各中小学校、幼儿园：']);
    assert.equal(fixed(t), [ttl, ...rest].join('\n'));
  });
  it('the longer real row (公开时限, 公开范围, 信息索取号) and full-width colons', () => {
    const long = '公开方式: 主动公开 有效期: 长期有效 公开时限: 长期公开 公开范围: 面向全社会 信息索取号: 736355488/2023-45446 发布时间: 2023-09-10';
    const u = [ttl, long, ...rest].join('\n');
    assert.deepEqual(found(u), [`2:1-2:${long.length + 1} ${long}`]);
    assert.deepEqual(ruleIds(u, FRAME), []);
    const f = t.replace(meta, meta.replace(/:/g, '：'));
    assert.deepEqual(found(f), [`2:1-2:${meta.length + 1} ${meta.replace(/:/g, '：')}`]);
  });
  it('collapsed: the meta run after the title only', () => {
    const c = collapse(t);
    const s = c.indexOf('公开方式');
    assert.deepEqual(found(c), [`1:${s + 1}-1:${s + meta.length + 1} ${meta}`]);
    assert.equal(parse(c).notice.addressee?.text, '各中小学校、幼儿园：');
  });
  it('stays silent past an empty label before a word that no label follows (索引号： 某区教育体育局)', () => {
    const u = [ttl, '索引号： 某区教育体育局', ...rest].join('\n');
    assert.deepEqual(found(u), ['2:1-2:5 索引号：']);
  });
  it('stays silent on the notice’s own last line 有效期：3年 (有效期 is a label only after another cell)', () => {
    const u = [ttl, ...rest.slice(0, 6), '某区校园安全整治方案', '一、总则', '加强值守。', '二、附则', '本方案自印发之日起施行。', '有效期：3年', ''].join('\n');
    assert.deepEqual(found(u), []);
    assert.deepEqual(found(halfWidth(u)), []);
  });
});

describe('stray-web-residue: a PDF gazette’s page marks and running header (round 13)', () => {
  const head = ['Page 10 - 2020年第11•12期', 'P. 10', '11·12/2020        某市人民政府公报                ·某市人民政府办公室文件·'];
  const ttl = '某市人民政府办公室关于印发某市文旅融合行动方案的通知';
  const rest = ['各县（区）人民政府，市直各有关单位：', '现将《某市文旅融合行动方案》印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2020年11月2日', '某市文旅融合行动方案', '一、总体要求', '加快融合。', '二、重点任务', '打造精品线路。', ''];
  const t = [...head, ttl, ...rest].join('\n');
  it('the three lines are one block with the PDF message; the title is read (LF, CRLF)', () => {
    for (const x of [t, crlf(t)]) {
      const fs = check(x, [RULE]);
      assert.deepEqual(found(x), [`1:1-3:${head[2].length + 1} ${head.join(nl(x))}`]);
      assert.equal(fs[0].message.zh, '从PDF复制时带入的页眉和页码不属于公文正文，应删除。');
      assert.equal(fs[0].fixes[0].title.zh, '删除页眉');
      assert.equal(parse(x).notice.title?.text, ttl);
    }
    assert.equal(fixed(t), [ttl, ...rest].join('\n'));
  });
  it('a running header alone, in the body where a page broke; `Page 10` and `P. 10` alone are page numbers', () => {
    const hdr = '2020年第11期    某市人民政府公报    ·某市人民政府文件·';
    const u = [ttl, ...rest.slice(0, 7), hdr, ...rest.slice(7)].join('\n');
    const fs = check(u, [RULE]);
    assert.deepEqual(found(u), [`9:1-9:${hdr.length + 1} ${hdr}`]);
    assert.equal(fs[0].message.zh, '从PDF复制时带入的页眉不属于公文正文，应删除。');
    for (const p of ['P. 10', 'Page 10', 'Page 3 of 12']) {
      const v = [ttl, ...rest.slice(0, 7), p, ...rest.slice(7)].join('\n');
      assert.deepEqual(found(v), [`9:1-9:${p.length + 1} ${p}`], p);
      assert.equal(check(v, [RULE])[0].message.zh, `“${p}”是从PDF复制时带入的页码，不属于公文正文，应删除。`, p);
    }
  });
  it('stays silent on a gazette named in a sentence or alone, and on a line of only an issue', () => {
    const u = [ttl, rest[0], '本方案刊登于2020年第11期某市人民政府公报。', '某市人民政府公报', '2020年第11期', ...rest.slice(1)].join('\n');
    assert.deepEqual(found(u), []);
  });
});
