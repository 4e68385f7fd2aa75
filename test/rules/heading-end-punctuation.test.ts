import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { seedText, check as checkAll, locate as locateAll, samplePath } from '../helpers';
import { attachedNotice, covered, findings, fixed, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

import { parse } from '../../server/src/core/parse';

const RULE = 'heading-end-punctuation';

const oneWithStop = `
一、工作重点
（一）加强组织领导
建立联席会议制度。
（二）强化资金保障。
统筹安排专项资金。
（三）严格督查考核
纳入年度考核。
二、保障措施
加强宣传引导。`;

const oneWithout = `
一、工作重点
（一）加强组织领导。
建立联席会议制度。
（二）强化资金保障
统筹安排专项资金。
（三）严格督查考核。
纳入年度考核。
二、保障措施
加强宣传引导。`;

const tie = `
一、工作重点
（一）加强组织领导。
建立联席会议制度。
（二）强化资金保障
统筹安排专项资金。`;

const inline = `
一、工作重点
（一）加强组织领导。建立联席会议制度。
（二）强化资金保障
统筹安排专项资金。
（三）严格督查考核
纳入年度考核。`;

const sentenceHeadings = `
一、工作重点
（一）加强组织领导，建立联席会议制度。
各地要落实责任。
（二）强化资金保障
统筹安排专项资金。
（三）严格督查考核
纳入年度考核。`;

const taskItems = `
一、主要目标
（一）经济增长
1.地区生产总值增长6%。
责任单位：市发改委
2.规上工业增加值增长8%。
责任单位：市经信局
3.城乡居民收入增长6%。
（2024年底前完成）
（二）重点工作
1.实施重大项目攻坚行动
加快推进重大项目建设。
2.推进专项债券项目建设
做好项目储备。
3.开展消费促进活动
举办消费节。`;

describe('heading-end-punctuation', () => {
  for (const l of layouts) {
    describe(l.name, () => {
      it('a heading ending in 。 where the level’s other headings do not: on the 。, removed by the fix', () => {
        const text = l.apply(notice(oneWithStop));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.equal(fs[0].severity, 'information');
        const at = nth(text, '保障。') + 2;
        assert.deepEqual(fs[0].range, { start: at, end: at + 1 });
        assert.ok(fs[0].message.zh.startsWith(`标题末尾标点不统一：本文第二层标题有 2 个末尾不加句号，“${l.w('（二）')}强化资金保障。”末尾有“。”`), fs[0].message.zh);
        assert.equal(fs[0].fixes[0].safe, true);
        assert.equal(fixed(text, fs[0]), l.apply(notice(oneWithStop.replace('保障。', '保障'))));
      });
      it('the reverse: a heading without 。 among headings with it: on the title, 。 added', () => {
        const text = l.apply(notice(oneWithout));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.deepEqual(fs[0].range, { start: nth(text, '强化资金保障'), end: nth(text, '强化资金保障') + 6 });
        assert.ok(fs[0].message.en.startsWith('Heading ends differently: 2 level 2 headings of this document end with 。'), fs[0].message.en);
        assert.equal(fixed(text, fs[0]), l.apply(notice(oneWithout.replace('资金保障', '资金保障。'))));
      });
      it('silent on 一，二季度…。 (not a heading: an enumeration of numbers the model takes for a marker)', () =>
        assert.deepEqual(
          covered(l.apply(notice('一、总体要求\n坚持稳中求进。\n一，二季度经济运行平稳。\n加快发展。\n二、工作重点\n加快发展。\n三、保障措施\n加强领导。')), RULE),
          [],
        ));
      it('silent on a tie', () => assert.deepEqual(covered(l.apply(notice(tie)), RULE), []));
      it('silent on a heading run into its text (not on its own line)', () =>
        assert.deepEqual(covered(l.apply(notice(inline)), RULE), []));
      it('silent on a sentence heading (with ，)', () =>
        assert.deepEqual(covered(l.apply(notice(sentenceHeadings)), RULE), []));
      it('silent on one-sentence task items followed only by their 责任单位 line or a bracketed note', () =>
        assert.deepEqual(covered(l.apply(notice(taskItems)), RULE), []));
    });
  }
  it('silent on the seed', () => assert.deepEqual(covered(seedText(), RULE), []));
});

describe('heading-end-punctuation on the real samples', () => {
  const allowed: Record<string, string[]> = {};
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = checkAll(text, ['heading-end-punctuation']).map((f) => {
        const x = locateAll(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }
});

// a real page pasted with its HTML: <p><strong> 一、指导思想</strong></p><p> …
describe('heading-end-punctuation on headings pasted with HTML tags', () => {
  const html =
    '<p>各市人民政府，省政府各部门：</p><p style="text-align: center;"><strong>嘉兴市推进服务业发展工作方案</strong></p>' +
    '<p><strong> 一、指导思想</strong></p><p> 以高质量发展为主题，加快服务业发展。</p><p><strong> 二、主要目标</strong></p><p> 到2025年，服务业增加值占比提高。</p>';
  it('ends the heading’s title at the tag and stays silent', () => {
    assert.deepEqual(covered(html, RULE), []);
    const titles = parse(html).allSections.map((s) => s.marker.text + s.title.text);
    assert.deepEqual(titles, ['一、指导思想', '二、主要目标']);
  });
});

describe('heading-end-punctuation: the notice’s own body beside an attached document', () => {
  // the notice's headings mostly end without 。, the attached document's all with it: each judged among its own
  const text = attachedNotice(
    '一、提高认识\n各地要高度重视。\n二、落实责任\n各部门要落实责任。\n三、加强督查。\n市政府将组织督查。',
    '一、隐患排查。\n各地开展排查。\n二、督查检查。\n各地开展督查。\n三、考核评价。\n纳入年度考核。\n四、总结报告。\n年底前报送总结。',
  );
  for (const l of layouts) {
    it(`${l.name}: the one 。 among the notice’s headings`, () => {
      const t = l.apply(text);
      const fs = findings(t, RULE);
      const at = nth(t, '三、加强督查。') + '三、加强督查'.length;
      assert.deepEqual(fs.map((f) => [f.range.start, f.range.end]), [[at, at + 1]]);
      assert.equal(fixed(t, fs[0]), t.replace('三、加强督查。', '三、加强督查'));
    });
  }
});
