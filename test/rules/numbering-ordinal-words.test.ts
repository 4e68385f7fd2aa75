import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { seedText, check as checkAll, locate as locateAll, samplePath } from '../helpers';
import { covered, findings, fixed, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

const RULE = 'numbering-ordinal-words';

const skip = `
一、工作要求
各地要抓好三项工作：一是加强组织领导，二是强化资金保障，四是严格督查考核。
二、保障措施
加强组织领导。`;

const diSkip = `
一、工作要求
做好以下工作。第一，加强组织领导；第二，强化资金保障；第四，严格督查考核。
二、保障措施
加强组织领导。`;

const repeat = `
一、工作要求
一是加强组织领导；二是强化资金保障；二是严格督查考核；三是加强宣传引导。`;

const across = `
一、工作要求
一是加强组织领导，建立联席会议制度。
二是强化资金保障，统筹安排专项资金。
四是严格督查考核，纳入年度考核。`;

const silent = `
一、工作要求
各地要做到三点：一是加强组织领导，二是强化资金保障，三是严格督查考核。
第一批试点城市由第三方机构评估，第一次评估按《条例》第二十三条执行。
要坚持一是一、二是二，实事求是。统一是前提，唯一是标准，排名第一，第二名次之。
依照本条，第一、二款规定的情形，第四、五项除外。
二、保障措施
一是加强组织领导；二是强化考核督查。
（一）加强统筹
一是建立机制；二是明确责任。
（二）强化保障
二是落实资金；三是加强监督。`;

describe('numbering-ordinal-words', () => {
  for (const l of layouts) {
    describe(l.name, () => {
      it('一是……二是……四是: on 四是, expecting 三是; unsafe fix', () => {
        const text = l.apply(notice(skip));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.equal(fs[0].severity, 'warning');
        assert.deepEqual(fs[0].range, { start: nth(text, '四是'), end: nth(text, '四是') + 2 });
        assert.ok(fs[0].message.zh.startsWith('序数词跳号：此处应为“三是”，实为“四是”'), fs[0].message.zh);
        assert.ok(fs[0].message.en.startsWith('In-text ordinals skip: expected “三是” here, found “四是”'), fs[0].message.en);
        assert.equal(fs[0].fixes[0].safe, false);
        assert.equal(fixed(text, fs[0]), l.apply(notice(skip.replace('四是', '三是'))));
      });
      it('第一，……第二，……第四，', () => {
        const text = l.apply(notice(diSkip));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.deepEqual(fs[0].range, { start: nth(text, '第四'), end: nth(text, '第四') + 2 });
        assert.ok(fs[0].message.zh.includes('此处应为“第三”，实为“第四”'), fs[0].message.zh);
        assert.equal(fixed(text, fs[0]), l.apply(notice(diSkip.replace('第四', '第三'))));
      });
      it('a repeated 二是; the fix renumbers the rest of the enumeration', () => {
        const text = l.apply(notice(repeat));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.deepEqual(fs[0].range, { start: nth(text, '二是', 1), end: nth(text, '二是', 1) + 2 });
        assert.ok(fs[0].message.zh.startsWith('序数词重复：此处应为“三是”，实为“二是”'), fs[0].message.zh);
        assert.equal(fixed(text, fs[0]), l.apply(notice(repeat.replace('二是严格', '三是严格').replace('三是加强', '四是加强'))));
      });
      it('an enumeration running over the paragraphs of one section', () => {
        const text = l.apply(notice(across));
        assert.deepEqual(covered(text, RULE), ['四是']);
      });
      it('silent on proper sequences, 第一批/第一次/第三方/第二十三条, 第一、二款, 一是一、二是二, 统一是, 排名第一, restarts in a new section', () => {
        assert.deepEqual(covered(l.apply(notice(silent)), RULE), []);
      });
    });
  }
  it('silent on the seed', () => assert.deepEqual(covered(seedText(), RULE), []));
});

describe('numbering-ordinal-words on the real samples', () => {
  const allowed: Record<string, string[]> = {};
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = checkAll(text, ['numbering-ordinal-words']).map((f) => {
        const x = locateAll(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }
});
