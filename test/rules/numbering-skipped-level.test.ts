import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { seedText, check as checkAll, locate as locateAll, samplePath } from '../helpers';
import { covered, findings, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

const RULE = 'numbering-skipped-level';

const skipped = `
一、主要目标
1.地区生产总值增长6%。
2.规上工业增加值增长8%。
二、重点工作
1.实施重大项目攻坚行动。
2.推进专项债券项目建设。
三、保障措施
（一）加强组织领导
（二）强化考核督查`;

const proper = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
2.推进物流信息化建设。
（二）大力发展旅游业
推进景区建设。
二、保障措施
加强组织领导。`;

const rootItems = `
1.各地要高度重视，抓好落实。
2.请于3月底前报送工作进展。`;

describe('numbering-skipped-level', () => {
  for (const l of layouts) {
    describe(l.name, () => {
      it('1. directly under 一、: one hint per parent, on its first 1.', () => {
        const text = l.apply(notice(skipped));
        const fs = findings(text, RULE);
        assert.deepEqual(
          fs.map((f) => [f.range.start, f.range.end, f.severity]),
          [
            [nth(text, '1.地区'), nth(text, '1.地区') + 2, 'hint'],
            [nth(text, '1.实施'), nth(text, '1.实施') + 2, 'hint'],
          ],
        );
        assert.ok(fs[0].message.zh.startsWith('层次跳级：“一、”下直接使用“1.”，未用“（一）”层'), fs[0].message.zh);
        assert.ok(fs[1].message.zh.startsWith('层次跳级：“二、”下直接使用“1.”'), fs[1].message.zh);
        assert.ok(fs[0].message.en.includes('“1.” stands directly under “一、” without the “（一）” level'), fs[0].message.en);
      });
      it('silent on 一、 → （一） → 1.', () => assert.deepEqual(covered(l.apply(notice(proper)), RULE), []));
      it('silent on a short notice numbering its points 1. 2. with no 一、', () =>
        assert.deepEqual(covered(l.apply(notice(rootItems)), RULE), []));
    });
  }
  it('silent on the seed', () => assert.deepEqual(covered(seedText(), RULE), []));
});

describe('numbering-skipped-level on the real samples', () => {
  const allowed: Record<string, string[]> = { 'lishui-2023-zhongdian-gongzuo.txt': ['8:1-8:3 1.'] };
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = checkAll(text, ['numbering-skipped-level']).map((f) => {
        const x = locateAll(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }
});
