import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { fixed, notice, parenPlan, sentencePlan } from '../fixtures/tasks/docs';
import { findJoins } from '../../server/src/core/rules/tasks/unit-run-together';

const RULE = 'unit-run-together';
const run = (text: string) => check(text, [RULE]);
const texts = (text: string) => run(text).map((f) => text.slice(f.range.start, f.range.end));
const split = (name: string) => {
  const j = findJoins(name);
  return [0, ...j].map((p, k) => name.slice(p, k < j.length ? j[k] : name.length));
};

describe(RULE, () => {
  describe('the name grammar (findJoins)', () => {
    it('keeps one body whole', () => {
      for (const name of [
        '市发展改革委(信息产业局)',
        '市发展改革委（信息产业局）',
        '嘉兴经济技术开发区(国际商务区)管委会',
        '市委宣传部',
        '中共嘉兴市委宣传部',
        '人行嘉兴市中心支行',
        '嘉兴现代服务业集聚区建设领导小组办公室',
        '市三产发展工作领导小组成员单位',
        '国务院办公厅',
        '省委组织部',
        '市委办公室',
        '嘉兴市委市政府信访局',
        '市纪委市监委',
        '市公安局市北分局',
        '市商务局市场运行处',
        '市住建局市政公用事业管理中心',
        '各县(市、区)人民政府',
        '各县（市、区）政府',
        '嘉兴银监分局',
        '市财政局(地税局)',
        '国家税务总局市税务局',
        '嘉兴港区管委会',
        '南湖区政府',
        '市政府各部门',
        '工业和信息化部',
        '市人力社保局',
      ]) assert.deepEqual(findJoins(name), [], name);
    });
    // real 主送机关: 市政府各委办局、省政府各厅委 name the bodies OF the government, not two bodies
    it('keeps a government and its own bodies (市政府各委办局, 省政府各厅委) whole', () => {
      for (const name of ['市政府各委办局', '省政府各厅委', '县政府各直属机构', '市发展改革委各处室', '省人民政府各委办厅局'])
        assert.deepEqual(findJoins(name), [], name);
      const t = ['嘉兴市人民政府办公厅关于做好服务业统计工作的通知', '各县（市、区）人民政府，市政府各委办局、各直属机构：', '现将有关事项通知如下。', '嘉兴市人民政府办公厅', '2010年12月9日'].join('\n');
      for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(run(v), []);
    });
    it('splits two or more bodies run together', () => {
      assert.deepEqual(split('市行政审批局市司法局'), ['市行政审批局', '市司法局']);
      assert.deepEqual(split('市发改委市经信局市科技局'), ['市发改委', '市经信局', '市科技局']);
      assert.deepEqual(split('市委组织部市人力社保局'), ['市委组织部', '市人力社保局']);
      assert.deepEqual(split('国家发展改革委国家统计局'), ['国家发展改革委', '国家统计局']);
      assert.deepEqual(split('市财政局(地税局)市审计局'), ['市财政局(地税局)', '市审计局']);
      assert.deepEqual(split('市公安局市北分局市司法局'), ['市公安局市北分局', '市司法局']);
      assert.deepEqual(split('市发展改革委各县（市、区）政府'), ['市发展改革委', '各县（市、区）政府']);
      assert.deepEqual(split('省农业厅市农业局'), ['省农业厅', '市农业局']);
    });
    // a township's bodies: 所, 站, 学校, 队, 馆 end names too
    it('splits the bodies of a township (镇党政办镇财政所, 镇卫生院镇中心学校), keeps a 派出所 under its bureau whole', () => {
      assert.deepEqual(split('镇党政办镇财政所'), ['镇党政办', '镇财政所']);
      assert.deepEqual(split('镇派出所镇司法所'), ['镇派出所', '镇司法所']);
      assert.deepEqual(split('镇卫生院镇中心学校'), ['镇卫生院', '镇中心学校']);
      assert.deepEqual(split('镇农技站镇文化站'), ['镇农技站', '镇文化站']);
      assert.deepEqual(split('县消防大队县文化馆'), ['县消防大队', '县文化馆']);
      for (const name of ['县公安局城关派出所', '市公安局市北派出所', '县文化馆', '镇中心学校', '县交警大队'])
        assert.deepEqual(findJoins(name), [], name);
      const t = notice('二、工作重点\n1.加强管理。\n牵头单位：镇党政办镇财政所\n配合单位：镇派出所、镇司法所');
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), ['镇党政办镇财政所']);
    });
  });

  describe('silent', () => {
    it('on the seed', () => assert.deepEqual(run(seedText()), []));
    it('on well-separated lists, both layouts, CRLF, half-width', () => {
      const t = notice(sentencePlan);
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
      assert.deepEqual(texts(notice(parenPlan)), []);
    });
    it('on 、 within a category and ， between categories (各县(市、区)政府，市经贸委、市财政局)', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市委宣传部。\n参与部门：各县(市、区)政府，市经贸委、市财政局，人行嘉兴市中心支行、嘉兴银监分局。');
      for (const v of [t, collapse(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
    });
    it('on the guobanfa and lishui samples', () => {
      for (const name of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt']) {
        const t = readFileSync(samplePath(name), 'utf8');
        assert.deepEqual(run(t).map((f) => locate(t, f)), [], name);
      }
    });
    it('on a name the workspace registry knows', () => {
      const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市行政审批局市司法局。');
      assert.deepEqual(check(t, [RULE], { units: [{ name: '市行政审批局市司法局' }] }), []);
    });
  });

  describe('flags', () => {
    const t = notice('二、工作重点\n1.研究制定规划。\n牵头部门：市行政审批局市司法局。\n参与部门：市经贸委、嘉服集团市交通局。');
    it('the whole run-together name, in every layout', () => {
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) {
        assert.deepEqual(texts(v), ['市行政审批局市司法局', '嘉服集团市交通局']);
      }
      const fs = run(t);
      assert.ok(fs.every((f) => f.severity === 'warning'));
      assert.match(fs[0].message.zh, /“市行政审批局”与“市司法局”连写在一起/);
    });
    it('fix: insert 、 at the join — safe for plain place-prefixed names, not blind otherwise', () => {
      const fs = run(t);
      assert.equal(fs[0].fixes[0].safe, true);
      assert.equal(fixed(t, fs[0]), t.replace('市行政审批局市司法局', '市行政审批局、市司法局'));
      assert.equal(fs[1].fixes[0].safe, false);
      assert.equal(fixed(t, fs[1]), t.replace('嘉服集团市交通局', '嘉服集团、市交通局'));
    });
    it('the xian sample’s table cells (市行政审批局市司法局)', () => {
      const x = readFileSync(samplePath('xian-2022-fangguanfu-table.txt'), 'utf8');
      const fs = run(x);
      assert.ok(fs.length >= 1);
      for (const f of fs) assert.equal(x.slice(f.range.start, f.range.end), '市行政审批局市司法局');
      assert.equal(fs[0].range.start, x.indexOf('市行政审批局市司法局'));
    });
  });
});
