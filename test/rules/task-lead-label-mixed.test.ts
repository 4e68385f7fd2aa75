import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { fixed, notice, parenPlan, sentencePlan } from '../fixtures/tasks/docs';
import { selectFixAll, applyEdits } from '../../server/src/core/fixes';

const RULE = 'task-lead-label-mixed';
const run = (text: string) => check(text, [RULE]);

const mixed = notice(
  '二、工作重点\n1.研究制定规划。\n牵头单位：市发展改革委。\n参与部门：市经贸委。\n2.编制专项规划。\n牵头部门：市经贸委。\n参与单位：市旅游局。\n3.完善操作细则。\n牵头单位：市财政局。\n参与部门：市统计局。\n4.出台实施意见。\n牵头单位：市商务局。\n参与部门：市经贸委。',
);

describe(RULE, () => {
  describe('on the seed', () => {
    it('exactly one finding: 牵头单位 (4) against 牵头部门 (20), fixed to 牵头部门', () => {
      const t = seedText();
      const fs = run(t);
      assert.equal(fs.length, 1);
      const [f] = fs;
      assert.equal(f.severity, 'information');
      assert.equal(t.slice(f.range.start, f.range.end), '牵头单位');
      assert.equal(f.range.start, t.indexOf('牵头单位'));
      assert.equal(f.related?.length, 3);
      assert.match(f.message.zh, /“牵头单位”4处、“牵头部门”20处|“牵头部门”20处、“牵头单位”4处/);
      assert.equal(f.fixes[0].safe, true);
      assert.equal(fixed(t, f), t.replace(/牵头单位/g, '牵头部门'));
    });
  });

  describe('silent', () => {
    it('on one label per role, both layouts, CRLF, half-width', () => {
      const t = notice(sentencePlan);
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(run(v), []);
    });
    it('on different roles (牵头单位 with 参与部门) and on 牵头单位 with 责任单位 as participants', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头单位：市发展改革委。\n责任单位：市经贸委、市财政局。\n2.编制专项规划。\n牵头单位：市经贸委。\n参与部门：市旅游局。');
      assert.deepEqual(run(t), []);
    });
    it('on paren notes with different role words (牵头 / 指导 are not labels)', () => {
      assert.deepEqual(run(notice(parenPlan)), []);
    });
    it('on the samples', () => {
      for (const name of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt']) {
        const t = readFileSync(samplePath(name), 'utf8');
        assert.deepEqual(run(t).map((f) => locate(t, f)), [], name);
      }
    });
  });

  describe('flags', () => {
    it('lead and participant labels separately, each on its first minority label', () => {
      for (const v of [mixed, collapse(mixed), crlf(mixed)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => v.slice(f.range.start, f.range.end)), ['牵头部门', '参与单位']);
        assert.deepEqual(fs.map((f) => f.range.start), [v.indexOf('牵头部门'), v.indexOf('参与单位')]);
        assert.equal(fixed(v, fs[0]), v.replace('牵头部门', '牵头单位'));
        assert.equal(fixed(v, fs[1]), v.replace('参与单位', '参与部门'));
        // fix-all applies both
        assert.equal(applyEdits(v, selectFixAll(fs)), v.replace('牵头部门', '牵头单位').replace('参与单位', '参与部门'));
      }
    });
    it('half-width colons: labels compared without their colons', () => {
      const h = halfWidth(mixed);
      assert.deepEqual(run(h).map((f) => h.slice(f.range.start, f.range.end)), ['牵头部门', '参与单位']);
    });
    it('a tie: the first-used label is proposed, not applied blindly', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市发展改革委。\n2.编制专项规划。\n牵头单位：市经贸委。');
      const fs = run(t);
      assert.deepEqual(fs.map((f) => t.slice(f.range.start, f.range.end)), ['牵头单位']);
      assert.equal(fs[0].fixes[0].safe, false);
      assert.equal(fixed(t, fs[0]), t.replace('牵头单位：市经贸委', '牵头部门：市经贸委'));
    });
  });
});
