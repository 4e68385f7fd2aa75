import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { seedText, check as checkAll, locate as locateAll, samplePath } from '../helpers';
import { attachedNotice, covered, findings, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

const RULE = 'numbering-single-item';

const single = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
（二）大力发展旅游业
推进景区建设。
二、保障措施
（一）加强组织领导
建立联席会议制度。`;

const proper = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
2.推进物流信息化建设。
（二）大力发展旅游业
推进景区建设。
二、保障措施
加强组织领导。`;

const continuous = `
一、主要目标
1.地区生产总值增长6%。
2.规上工业增加值增长8%。
二、重点工作
（一）扩大有效投资
3.实施重大项目攻坚行动。
（二）促进消费
4.开展消费促进活动。
5.发展夜间经济。`;

describe('numbering-single-item', () => {
  for (const l of layouts) {
    describe(l.name, () => {
      it('a parent with exactly one child of a level: on that marker', () => {
        const text = l.apply(notice(single));
        const fs = findings(text, RULE);
        assert.deepEqual(
          fs.map((f) => [f.range.start, f.range.end, f.severity]),
          [
            [nth(text, '1.推进'), nth(text, '1.推进') + 2, 'hint'],
            [nth(text, l.w('（一）'), 1), nth(text, l.w('（一）'), 1) + 3, 'hint'],
          ],
        );
        assert.ok(fs[0].message.zh.startsWith(l.w('“（一）”下只有“1.”一项')), fs[0].message.zh);
        assert.ok(fs[1].message.en.startsWith(l.w('“（一）” is the only item under “二、”')), fs[1].message.en);
      });
      it('silent on lists of two or more', () => assert.deepEqual(covered(l.apply(notice(proper)), RULE), []));
      it('silent on an item alone under its parent in continuous 1. 2. … numbering', () =>
        assert.deepEqual(covered(l.apply(notice(continuous)), RULE), []));
    });
  }
  it('silent on the seed', () => assert.deepEqual(covered(seedText(), RULE), []));
});

describe('numbering-single-item on the real samples', () => {
  const allowed: Record<string, string[]> = { 'lishui-2023-zhongdian-gongzuo.txt': ['46:1-46:4 (一)'] };
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = checkAll(text, ['numbering-single-item']).map((f) => {
        const x = locateAll(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }
});

describe('numbering-single-item: the notice’s own body beside an attached document', () => {
  for (const l of layouts) {
    it(`${l.name}: a lone （一） in the notice’s body; the attached document’s lists as before`, () => {
      const t = l.apply(
        attachedNotice('一、提高认识\n（一）加强学习。\n二、落实责任\n各部门要落实责任。', '一、隐患排查\n（一）开展排查。\n（二）建立台账。\n二、督查检查\n开展督查。'),
      );
      assert.deepEqual(
        findings(t, RULE).map((f) => [t.slice(f.range.start, f.range.end), f.range.start]),
        [[l.w('（一）'), nth(t, l.w('（一）加强学习'))]],
      );
    });
  }
});
