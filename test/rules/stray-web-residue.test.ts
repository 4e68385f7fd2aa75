import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, halfWidth, locate, seedText } from '../helpers';

const RULE = 'stray-web-residue';
const found = (t: string) => check(t, [RULE]).map((f) => `${locate(t, f).at} ${locate(t, f).text}`);

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
