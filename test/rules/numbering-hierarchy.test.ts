import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { seedText, check as checkAll, locate as locateAll, samplePath } from '../helpers';
import { analyze } from '../../server/src/core/analyze';
import { covered, findings, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

const RULE = 'numbering-hierarchy';

// 1. items followed by （一） items under the same 一、
const itemsThenSub = `
一、工作重点
1.推进物流园区建设。
2.推进物流信息化建设。
（一）加快旅游业发展
推进景区建设。
（二）培育商务服务业
引进总部企业。
二、保障措施
加强组织领导。`;

// （一） items used below 1. items
const subBelowItems = `
一、工作重点
1.推进物流园区建设
（一）建设冷链物流中心。
（二）建设快递分拨中心。
2.推进物流信息化建设
（一）推广普运软件。
二、保障措施
加强组织领导。`;

const proper = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
（1）建设冷链物流中心。
（2）建设快递分拨中心。
2.推进物流信息化建设。
（二）大力发展旅游业
推进景区建设。
二、保障措施
加强组织领导。`;

const skipped = `
一、主要目标
1.地区生产总值增长6%。
2.规上工业增加值增长8%。
二、保障措施
（一）加强组织领导
（二）强化考核督查`;

describe('numbering-hierarchy', () => {
  for (const l of layouts) {
    describe(l.name, () => {
      it('1. items followed by （一） items under the same 一、: on the first （一）', () => {
        const text = l.apply(notice(itemsThenSub));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.equal(fs[0].severity, 'error');
        assert.deepEqual(fs[0].range, { start: nth(text, l.w('（一）')), end: nth(text, l.w('（一）')) + 3 });
        assert.ok(fs[0].message.zh.includes(l.w('同一“一、”下先用“1.”、后用“（一）”')), fs[0].message.zh);
        assert.ok(fs[0].message.en.includes(l.w('“（一）” follows “1.” under the same “一、”')), fs[0].message.en);
        assert.deepEqual(
          (fs[0].related ?? []).map((r) => text.slice(r.range.start, r.range.end)),
          ['1.', l.w('（二）')],
        );
        assert.equal(fs[0].fixes.length, 0);
      });

      it('（一） items below 1. items: one finding, and no numbering-sequence cascade', () => {
        const text = l.apply(notice(subBelowItems));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.deepEqual(fs[0].range, { start: nth(text, l.w('（一）')), end: nth(text, l.w('（一）')) + 3 });
        // the misplaced （一）/（二） and the 2. that follows them are not renumbered or re-reported
        assert.deepEqual(covered(text, 'numbering-sequence'), []);
        assert.deepEqual(covered(text, 'numbering-single-item'), []);
      });
    });
  }

  it('the tree the model builds for （一） below 1. (documented in docs/rules/numbering-hierarchy.md)', () => {
    const { doc } = analyze(notice(subBelowItems), { only: [RULE] });
    const show = (s: { marker: { text: string }; children: unknown[] }): unknown =>
      s.children.length ? { [s.marker.text]: (s.children as typeof s[]).map(show) } : s.marker.text;
    assert.deepEqual(doc.sections.map(show), [{ '一、': ['1.', '（一）', { '（二）': ['2.'] }, '（一）'] }, '二、']);
  });

  describe('stays silent on', () => {
    for (const l of layouts) {
      it(`${l.name}: 一、 → （一） → 1. → （1）`, () => assert.deepEqual(covered(l.apply(notice(proper)), RULE), []));
      it(`${l.name}: 1. directly under 一、 (a skipped level is not a wrong order)`, () =>
        assert.deepEqual(covered(l.apply(notice(skipped)), RULE), []));
    }
    it('the seed', () => assert.deepEqual(covered(seedText(), RULE), []));
  });
});

describe('numbering-hierarchy on the real samples', () => {
  const allowed: Record<string, string[]> = {};
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = checkAll(text, ['numbering-hierarchy']).map((f) => {
        const x = locateAll(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }

  describe("items under a document's own headings (办法 第二条 / 第三条, 预案 1.1 / 1.2)", () => {
    const banfa = `
第一条 为加强农村集体资产管理，制定本办法。
第二条 登记材料包括：
1.登记申请表；
2.权属证明。
第三条 村集体经济组织应当履行下列职责：
（一）建立资产台账；
（二）定期清查资产。
第四条 有下列情形之一的，予以通报：
（1）未按时登记；
（2）虚报资产。`;
    const yuan = `
1 总则
1.1 工作原则
1.以人为本。
2.统一领导。
1.2 事件分级
（一）特别重大森林火灾。
（二）重大森林火灾。`;
    for (const l of layouts) {
      it(`stays silent on （一） after 1. items of an earlier article or decimal heading (${l.name})`, () => {
        assert.deepEqual(covered(l.apply(notice(banfa)), RULE), []);
        assert.deepEqual(covered(l.apply(notice(yuan)), RULE), []);
      });
    }
    it('still flags （一） after 1. items within one article', () => {
      const text = notice(`
第一条 为加强农村集体资产管理，制定本办法。
第二条 登记材料包括：
1.登记申请表；
2.权属证明。
（一）建立资产台账；
（二）定期清查资产。`);
      assert.deepEqual(covered(text, RULE), ['（一）']);
    });
  });
});

