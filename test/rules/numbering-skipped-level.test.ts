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

  describe("a 预案's decimal headings (一、总则 / 1.1 / （1）)", () => {
    const yuan = `
一、总则
1.1 编制目的
为有效应对突发事件，制定本预案。
1.2 事件分级
（1）特别重大事件，由省政府负责处置。
（2）重大事件，由市政府负责处置。
二、组织体系
2.1 指挥机构
（1）市指挥部负责统一指挥。
（2）现场指挥部负责现场处置。`;
    for (const l of layouts) {
      it(`stays silent on （1） under a 1.2 heading inside 一、 (${l.name})`, () => {
        assert.deepEqual(covered(l.apply(notice(yuan)), RULE), []);
      });
    }
    it('still flags （1） directly under 一、 when no decimal heading stands between', () => {
      const text = notice(`
一、总则
为有效应对突发事件，制定本预案。
（1）特别重大事件，由省政府负责处置。
（2）重大事件，由市政府负责处置。
二、组织体系
（1）市指挥部负责统一指挥。
（2）现场指挥部负责现场处置。`);
      assert.deepEqual(covered(text, RULE), ['（1）', '（1）']);
    });
  });

  it('stays silent on （1） of a later 第X条 that the section tree hangs under an earlier （二）', () => {
    const text = notice(`
第一条 村集体经济组织应当履行下列职责：
（一）建立资产台账；
（二）定期清查资产。
第二条 有下列情形之一的，予以通报：
（1）未按时登记；
（2）虚报资产。`);
    assert.deepEqual(covered(text, RULE), []);
  });
});

