// Round 10 (F1): web residue the real notices left unclaimed — a pipe index row with a comma in a cell, the page's
// 政策解读: | and lone | lines of that block, repeated meta blocks, compound labels (备注/文号:), 时效:, 发表日期 and
// 该信息已被浏览:, a font switch 字体:【 默认 超大 | glued after the title in a collapsed head, 相关附件>> after the date,
// and the page's copy of the title above a 字号: bar.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import type { GongwenDocument } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, locate } from '../helpers';

const nodes = (doc: GongwenDocument) => doc.residue.map((r) => [r.kind, doc.text.slice(r.start, r.end), r.block, r.wholeLines]);
const found = (t: string, rules = ['stray-web-residue', 'stray-table-pipe']) =>
  check(t, rules).map((f) => `${f.ruleId} ${locate(t, f).at} ${locate(t, f).text}`);
const tail = ['各乡镇人民政府，县政府各部门：', '现将《某某管理办法》印发给你们，请遵照执行。', '某某县人民政府办公室', '2021年9月28日'];

describe('parse: web residue (round 10)', () => {
  it('a pipe index row with a comma in a cell is whole-row residue, with the 政策解读: | and lone | lines of its block', () => {
    const t = [
      '某某县人民政府办公室关于印发某某管理办法的通知',
      '索引号 | abc/2021-001 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |',
      '文号 | 某政办发〔2021〕8号 | 成文日期: | 2021年09月28日 |',
      '政策解读: |',
      '|',
      ...tail,
      '',
    ].join('\n');
    for (const x of [t, crlf(t)]) {
      const nl = x.includes('\r') ? '\r\n' : '\n';
      assert.deepEqual(found(x), [
        `stray-web-residue 2:1-5:2 ${['索引号 | abc/2021-001 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |', '文号 | 某政办发〔2021〕8号 | 成文日期: | 2021年09月28日 |', '政策解读: |', '|'].join(nl)}`,
      ]);
      const f = check(x, ['stray-web-residue']);
      assert.equal(applyEdits(x, f[0].fixes[0].edits), [t.split('\n')[0], ...tail, ''].join(nl));
      const doc = parse(x);
      assert.equal(doc.notice.title?.text, '某某县人民政府办公室关于印发某某管理办法的通知');
      assert.equal(doc.notice.addressee?.text.startsWith('各乡镇人民政府'), true);
    }
  });
  it('a body line with a comma and pipes is no index row; a row not starting with a page label stays', () => {
    const t = ['某某县人民政府办公室关于印发某某管理办法的通知', ...tail.slice(0, 2), '序号 | 任务 | 牵头单位 |', '1 | 开展排查,建立台账 | 县应急局 |', ...tail.slice(2), ''].join('\n');
    assert.deepEqual(parse(t).residue, []);
  });
  it('a repeated metadata block with two labels a row and a 名称: row holding the title', () => {
    const t = [
      '索引号:',
      'AB1234/202305-00005',
      '组配分类: 政策文件',
      '发布机构: 某某县人民政府办公室 主题分类: 农业、林业',
      '名称: 中共某某县委 某某县人民政府印发《某某办法》的通知 文号: 某发〔2023〕1号',
      '生成日期: 2023-05-04 发布日期: 2023-05-04',
      '索引号:',
      'AB1234/202305-00005',
      '发布机构: 某某县人民政府办公室',
      '主题分类: 农业、林业',
      '名称: 某某县人民政府印发《某某办法》的通知',
      '文号: 某发〔2023〕1号',
      '发布日期: 2023-05-04',
      '某某县人民政府印发《某某办法》的通知',
      ...tail,
      '',
    ].join('\n');
    for (const x of [t, crlf(t)]) {
      const doc = parse(x);
      const r = nodes(doc);
      assert.equal(r.length, 13, JSON.stringify(r));
      assert.ok(r.every((n) => n[1] !== '某某县人民政府印发《某某办法》的通知' && n[3] === true && n[2] === 0));
      assert.equal(doc.notice.title?.text, '某某县人民政府印发《某某办法》的通知');
    }
  });
  it('bullet rows with a compound label (备注/文号:) and 公文生成日期:', () => {
    const t = ['• 索 引 号:QZ0901-2021-00067', '    • 备注/文号:某教〔2021〕171号', '    • 发布机构:某某县教育局', '    • 公文生成日期:2021-11-22', '    某某县教育局关于做好近视防控工作的通知', ...tail, ''].join('\n');
    assert.deepEqual(nodes(parse(t)), [
      ['metadata-table', '• 索 引 号:QZ0901-2021-00067', 0, true],
      ['metadata-table', '• 备注/文号:某教〔2021〕171号', 0, true],
      ['metadata-table', '• 发布机构:某某县教育局', 0, true],
      ['metadata-table', '• 公文生成日期:2021-11-22', 0, true],
    ]);
  });
  it('a 文号: 时效: row and a 发表日期:…来源:…作者:…该信息已被浏览: bar; the notice keeps its own 发文字号', () => {
    const t = [
      '索引号: 主题分类:',
      '文号: 时效:',
      '',
      '关于印发《某某县优化营商环境工作方案》的通知',
      '',
      '发表日期: 2020-11-18 来源:某某县营商局 作者:张三 该信息已被浏览:',
      '',
      '某环组发〔2019〕1号',
      ...tail,
      '',
    ].join('\n');
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(nodes(parse(x)), [
        ['metadata-table', '索引号: 主题分类:', 0, true],
        ['metadata-table', '文号: 时效:', 0, true],
        ['field', '发表日期: 2020-11-18 来源:某某县营商局 作者:张三 该信息已被浏览:', 1, true],
      ]);
      assert.equal(parse(x).notice.docNumber?.text, '某环组发〔2019〕1号');
    }
  });
  it('collapsed without separators: a page bar glued after the title (发布日期:…字体:【 默认 超大 |) is residue', () => {
    const t = '某某区人民政府办公室关于印发2022年目标任务的通知发布日期:2022-01-21字体:【 默认 超大 |各镇人民政府、街道办事处,区级各部门:现将目标任务印发给你们。某某区人民政府办公室 2022年1月21日';
    assert.deepEqual(nodes(parse(t)), [
      ['field', '发布日期:2022-01-21', 0, false],
      ['page-ui', '字体:【 默认 超大 |', 0, false],
    ]);
    const f = check(t, ['stray-web-residue']);
    assert.equal(applyEdits(t, f[0].fixes[0].edits), t.replace('发布日期:2022-01-21字体:【 默认 超大 |', ''));
    assert.deepEqual(
      check(t).filter((f) => f.severity === 'error').map((f) => f.ruleId),
      [],
    );
    // on its own line, the bar is one whole-line node
    const lines = ['某某区人民政府办公室关于印发2022年目标任务的通知', '发布日期:2022-01-21', '字体:【 默认 超大 |', '各镇人民政府：', '现将目标任务印发给你们。', '某某区人民政府办公室', '2022年1月21日'].join('\n');
    assert.deepEqual(nodes(parse(lines)), [
      ['field', '发布日期:2022-01-21', 0, true],
      ['page-ui', '字体:【 默认 超大 |', 0, true],
    ]);
  });
  it('a title word glued to prose is no field start (通知发布会 …), nor an empty label glued after the title', () => {
    const t = '某某区人民政府办公室关于召开通知发布会的通知 各镇人民政府:定于下周召开发布会。某某区人民政府办公室 2022年1月21日';
    assert.deepEqual(parse(t).residue, []);
    // an empty label glued after the title is not taken (…的通知浏览次数:)
    assert.deepEqual(parse('某某区人民政府办公室关于开展检查的通知浏览次数: 各镇人民政府:现将有关事项通知如下。').residue, []);
  });
  it('相关附件>> after the 成文日期 is the page download link (one line a paragraph, CRLF, collapsed)', () => {
    const t = ['某某省教育厅关于某某试点县名单的公示', '经评审，拟确定某某县等10个县为试点县，现予公示。', '某某省教育厅', '2023年10月7日', '相关附件>>', ''].join('\n');
    for (const x of [t, crlf(t)]) {
      assert.deepEqual(found(x), ['stray-web-residue 5:1-5:7 相关附件>>']);
      const f = check(x, ['stray-web-residue']);
      assert.equal(applyEdits(x, f[0].fixes[0].edits), x.replace(/相关附件>>\r?\n/, ''));
      assert.equal(parse(x).notice.signDate?.text, '2023年10月7日');
    }
    const c = collapse(t);
    assert.deepEqual(found(c), ['stray-web-residue 1:64-1:70 相关附件>>']);
    assert.equal(parse(c).notice.signDate?.text, '2023年10月7日');
  });
  it('the page copy of the title above a 字号: bar, when the title below adds only a place name', () => {
    const t = ['某某区人民政府办公室关于印发某某行动方案的通知', '字号:', '上海市某某区人民政府办公室关于印发某某行动方案的通知', '各镇人民政府，区政府各部门：', '现将《某某行动方案》印发给你们，请认真贯彻执行。', '上海市某某区人民政府办公室', '2024年3月12日', ''].join('\n');
    for (const x of [t, crlf(t)]) {
      const nl = x.includes('\r') ? '\r\n' : '\n';
      assert.deepEqual(found(x), [`stray-web-residue 1:1-2:4 某某区人民政府办公室关于印发某某行动方案的通知${nl}字号:`]);
      assert.equal(parse(x).notice.title?.text, '上海市某某区人民政府办公室关于印发某某行动方案的通知');
    }
    // a different title below (not the same one with a place name before it) keeps the first line
    const other = t.replace('上海市某某区人民政府办公室关于印发某某行动方案的通知', '上海市某某区人民政府办公室关于印发某某工作要点的通知');
    assert.deepEqual(found(other), ['stray-web-residue 2:1-2:4 字号:']);
  });
});
