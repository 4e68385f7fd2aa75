import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { notice, parenPlan, sentencePlan } from '../fixtures/tasks/docs';

const RULE = 'task-empty-assignment';
const run = (text: string) => check(text, [RULE]);
const texts = (text: string) => run(text).map((f) => text.slice(f.range.start, f.range.end));

describe(RULE, () => {
  describe('silent', () => {
    it('on the seed', () => assert.deepEqual(run(seedText()), []));
    it('on complete assignments in both layouts, CRLF and half-width', () => {
      const t = notice(sentencePlan);
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
      const p = notice(parenPlan);
      for (const v of [p, collapse(p), halfWidth(p)]) assert.deepEqual(texts(v), []);
    });
    it('on the samples', () => {
      for (const name of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt']) {
        const t = readFileSync(samplePath(name), 'utf8');
        assert.deepEqual(run(t).map((f) => locate(t, f)), [], name);
      }
    });
    it('on an addressee and prose that merely mention a label (各牵头单位：, 明确牵头单位)', () => {
      const t = [
        '关于报送服务业发展工作进展情况的通知',
        '各牵头单位、参与单位：',
        '请各牵头单位于每月5日前报送进展情况，并明确牵头单位联系人。',
        '嘉兴市人民政府办公室',
        '2010年12月9日',
      ].join('\n');
      for (const v of [t, collapse(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
    });
    it('on a label followed by words that are not a unit name (另行确定)', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头单位：另行确定。\n2.编制专项规划。\n牵头单位：市经贸委。');
      assert.deepEqual(texts(t), []);
    });
    it('on a label line whose units stand on the next line', () => {
      const t = notice('二、工作重点\n1.研究制定全市服务业发展规划。\n牵头单位：\n市发展改革委、市统计局\n2.编制专项规划。\n牵头单位：市经贸委。');
      assert.deepEqual(texts(t), []);
    });
  });

  describe('flags', () => {
    const t = notice(
      '二、工作重点\n1.研究制定全市服务业发展规划。\n牵头单位：。\n参与部门：市经贸委。\n2.编制专项规划。\n牵头单位：市经贸委。\n参与部门：\n3.出台实施意见。（牵头单位：；配合单位：市财政局）',
    );
    it('an empty label closed by 。, one at the end of a line, one in a bracketed note', () => {
      const fs = run(t);
      assert.deepEqual(fs.map((f) => locate(t, f).text), ['牵头单位：', '参与部门：', '牵头单位：']);
      assert.deepEqual(fs.map((f) => f.severity), ['error', 'error', 'error']);
      assert.match(fs[0].message.zh, /“牵头单位”后未写明具体单位/);
      assert.deepEqual(fs.map((f) => f.fixes), [[], [], []]);
    });
    it('the same in the collapsed layout, with CRLF, and with half-width colons', () => {
      const c = collapse(t);
      assert.deepEqual(texts(c), ['牵头单位：', '参与部门：', '牵头单位：']);
      const r = crlf(t);
      assert.deepEqual(run(r).map((f) => locate(r, f).at), run(t).map((f) => locate(t, f).at));
      const h = halfWidth(t);
      assert.deepEqual(texts(h), ['牵头单位:', '参与部门:', '牵头单位:']);
    });
    it('a label at the very end of the text', () => {
      const e = notice('二、工作重点\n1.研究制定全市服务业发展规划。\n牵头单位：市发展改革委。\n2.编制专项规划。\n牵头单位：').trimEnd();
      assert.deepEqual(texts(e), ['牵头单位：']);
    });
  });
});
