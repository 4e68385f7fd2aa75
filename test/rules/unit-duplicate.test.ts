import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { fixed, notice, parenPlan, sentencePlan } from '../fixtures/tasks/docs';
import { applyEdits, selectFixAll } from '../../server/src/core/fixes';

const RULE = 'unit-duplicate';
const run = (text: string) => check(text, [RULE]);
const texts = (text: string) => run(text).map((f) => text.slice(f.range.start, f.range.end));

const dup = notice(
  '二、工作重点\n1.研究制定规划。\n牵头部门：市发展改革委。\n参与部门：市经贸委、市科技局、市经贸委。\n2.编制专项规划。\n牵头部门：市旅游局。\n参与部门：各县（市、区）政府，市交通局、市财政局，市交通局、嘉服集团。\n3.完善操作细则。\n牵头部门：市财政局、市财政局、市统计局。',
);

describe(RULE, () => {
  describe('silent', () => {
    it('on the seed', () => assert.deepEqual(run(seedText()), []));
    it('on lists without repetition, both layouts, CRLF, half-width', () => {
      const t = notice(sentencePlan);
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
      assert.deepEqual(texts(notice(parenPlan)), []);
    });
    it('on different designations (市发展改革委（信息产业局） and 市发展改革委; 市财政局(地税局) and 市财政局)', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市经贸委。\n参与部门：市发展改革委（信息产业局）、市发展改革委、市财政局(地税局)、市财政局。');
      assert.deepEqual(texts(t), []);
    });
    it('on the same unit in two different lists (lead and participant are another rule’s business)', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市经贸委。\n参与部门：市科技局。\n2.编制专项规划。\n牵头部门：市经贸委。\n参与部门：市科技局。');
      assert.deepEqual(texts(t), []);
    });
    it('on the samples', () => {
      for (const name of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt']) {
        const t = readFileSync(samplePath(name), 'utf8');
        assert.deepEqual(run(t).map((f) => locate(t, f)), [], name);
      }
    });
  });

  describe('flags', () => {
    it('the second occurrence, in every layout', () => {
      for (const v of [dup, collapse(dup), crlf(dup), halfWidth(dup)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => v.slice(f.range.start, f.range.end)), ['市经贸委', '市交通局', '市财政局']);
        assert.equal(fs[0].range.start, v.indexOf('市经贸委', v.indexOf('市科技局')));
        assert.equal(fs[0].related?.[0].range.start, v.indexOf('市经贸委、市科技局'));
        assert.ok(fs.every((f) => f.severity === 'warning' && f.fixes[0].safe));
      }
    });
    it('fix: the last unit goes with the separator before it', () => {
      const [f] = run(dup);
      assert.equal(fixed(dup, f), dup.replace('市经贸委、市科技局、市经贸委。', '市经贸委、市科技局。'));
    });
    it('fix: a category break （，） survives, the weaker separator goes', () => {
      const f = run(dup)[1];
      assert.equal(fixed(dup, f), dup.replace('市交通局、市财政局，市交通局、嘉服集团', '市交通局、市财政局，嘉服集团'));
      const h = halfWidth(dup);
      assert.equal(fixed(h, run(h)[1]), h.replace('市交通局、市财政局,市交通局、嘉服集团', '市交通局、市财政局,嘉服集团'));
    });
    it('fix: a repeated unit right after the first', () => {
      const f = run(dup)[2];
      assert.equal(fixed(dup, f), dup.replace('市财政局、市财政局、市统计局', '市财政局、市统计局'));
    });
    it('fix-all removes every repetition', () => {
      const c = collapse(dup);
      assert.equal(
        applyEdits(c, selectFixAll(run(c))),
        c.replace('市经贸委、市科技局、市经贸委。', '市经贸委、市科技局。').replace('市财政局，市交通局、嘉服集团', '市财政局，嘉服集团').replace('市财政局、市财政局、市统计局', '市财政局、市统计局'),
      );
    });
    it('a repetition in the 主送机关', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市发展改革委。').replace('市政府各部门、直属各单位：', '市政府各部门、直属各单位、市政府各部门：');
      for (const v of [t, collapse(t), crlf(t)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => locate(v, f).text), ['市政府各部门']);
        assert.equal(fixed(v, fs[0]), v.replace('直属各单位、市政府各部门：', '直属各单位：'));
      }
    });
    it('silent on an abbreviation and the full name in one list (unit-alias-mixed’s business)', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市经贸委。\n参与部门：市发改委、市发展改革委。');
      assert.deepEqual(texts(t), []);
    });
  });
});
