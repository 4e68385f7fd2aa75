import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { fixed, notice, parenPlan, sentencePlan } from '../fixtures/tasks/docs';

const RULE = 'task-lead-also-participant';
const run = (text: string) => check(text, [RULE]);
const texts = (text: string) => run(text).map((f) => text.slice(f.range.start, f.range.end));

const both = notice(
  '二、工作重点\n1.研究制定规划。\n牵头部门：市发展改革委、市统计局。\n参与部门：市经贸委、市发展改革委、市科技局。\n2.编制专项规划。\n牵头部门：市经贸委。\n参与部门：市经贸委。\n3.完善操作细则。（市财政局牵头，市财政局、市审计局参与）',
);

describe(RULE, () => {
  describe('silent', () => {
    it('on the seed', () => assert.deepEqual(run(seedText()), []));
    it('on distinct leads and participants, both layouts, CRLF, half-width', () => {
      const t = notice(sentencePlan);
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
      assert.deepEqual(texts(notice(parenPlan)), []);
    });
    it('on group names on both sides (各县（市、区）政府, ……成员单位)', () => {
      const t = notice(
        '二、工作重点\n1.研究制定规划。\n牵头部门：各县（市、区）政府、市发展改革委。\n参与部门：各县（市、区）政府，市经贸委。\n2.编制专项规划。\n牵头部门：市三产发展工作领导小组成员单位。\n参与部门：市三产发展工作领导小组成员单位。',
      );
      assert.deepEqual(texts(t), []);
    });
    it('on different designations: 市发展改革委 leads, 市发展改革委（信息产业局） participates', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市发展改革委。\n参与部门：市发展改革委（信息产业局）、市经贸委。');
      assert.deepEqual(texts(t), []);
    });
    // real 任务分工 (a 文明委 notice): 责任单位 names every unit answerable for the task, its lead first
    it('on a 责任单位 list that names the lead(s) first (牵头单位：A 责任单位：A、B), every layout', () => {
      const t = notice(
        '二、工作重点\n1.整治网吧接纳未成年人行为。\n牵头单位：市文广新局 责任单位：市文广新局、市公安局、市工商局\n2.坚决取缔“黑网吧”。\n牵头单位：市工商局、市公安局 责任单位：市工商局、市公安局、市文广新局\n3.强化社会监督。（牵头单位：市文广新局；责任部门：市文广新局、团市委）',
      );
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
    });
    it('still flags the lead inside a 责任单位 list when it is not listed first, and in 配合/参与 lists', () => {
      const t = notice(
        '二、工作重点\n1.整治网吧接纳未成年人行为。\n牵头单位：市文广新局 责任单位：市公安局、市文广新局、市工商局\n2.坚决取缔“黑网吧”。\n牵头单位：市工商局 配合单位：市工商局、市公安局',
      );
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), ['市文广新局', '市工商局']);
    });
    it('on the same unit leading one task and participating in another', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市发展改革委。\n参与部门：市经贸委。\n2.编制专项规划。\n牵头部门：市经贸委。\n参与部门：市发展改革委。');
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
    it('the participant occurrence, in label sentences and in a （X牵头，Y参与） note', () => {
      for (const v of [both, collapse(both), crlf(both), halfWidth(both)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => v.slice(f.range.start, f.range.end)), ['市发展改革委', '市经贸委', '市财政局']);
        assert.equal(fs[0].range.start, v.indexOf('市发展改革委', v.indexOf('市经贸委、市发展改革委')));
        assert.equal(fs[0].related?.[0].range.start, v.indexOf('市发展改革委、市统计局'));
        assert.ok(fs.every((f) => f.severity === 'warning'));
        assert.match(fs[0].message.zh, /已列为本项任务的牵头单位/);
      }
    });
    it('fix (not blind): remove it from the participants; none when it is the only participant', () => {
      const fs = run(both);
      assert.equal(fs[0].fixes[0].safe, false);
      assert.equal(fixed(both, fs[0]), both.replace('市经贸委、市发展改革委、市科技局', '市经贸委、市科技局'));
      assert.deepEqual(fs[1].fixes, []);
      assert.equal(fixed(both, fs[2]), both.replace('市财政局、市审计局参与', '市审计局参与'));
    });
    it('an abbreviation of the lead among the participants (the registry knows both names)', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市发展和改革委员会。\n参与部门：市经贸委、市发改委。');
      assert.deepEqual(texts(t), ['市发改委']);
    });
    it('silent on the enclosing item’s (inherited) lead listed as a participant of a sub-task', () => {
      const t = notice('二、工作重点\n（一）推进服务业集聚发展\n牵头部门：市发展改革委。\n1.加快集聚区建设。\n参与部门：市发展改革委、市建委。\n2.完善集聚区配套设施。');
      assert.deepEqual(texts(t), []);
    });
  });
});
