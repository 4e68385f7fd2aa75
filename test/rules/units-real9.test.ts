// Real-notice round 9 (units and tasks): a unit name split by a space (农 办, 县财 政局), 参加 marking participants in
// a closing note, and 成员单位： lists checked by the unit rules but kept out of the tasks table.
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

const units = (text: string) => taskTableRows(parse(text)).map((r) => [r.path, r.leads, r.participants]);

describe('units and tasks, real-notice round 9', () => {
  describe('a unit name split by a space (S2)', () => {
    const split = [
      '关于开展春季防火检查的通知',
      '各村（社区），镇属各单位：',
      '现将有关事项通知如下。',
      '一、检查安排',
      '（一）第一检查组。检查林区。',
      '责任单位：农 办、派出所',
      '（二）第二检查组。检查学校。',
      '责任单位：县财 政局、县教育局',
      '二、工作要求',
      '各组要如实记录检查情况。',
      '某某镇人民政府',
      '2024年3月1日',
    ].join('\n');

    it('says the name is split and first offers to join it, in every layout', () => {
      for (const text of [split, crlf(split), halfWidth(split), collapse(split)]) {
        const found = check(text, ['unit-unknown']);
        assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['农', '县财'], JSON.stringify(found.map((f) => locate(text, f))));
        assert.match(found[0].message.zh, /“农”被换行（或空格）拆断，与其后的“办”合为“农办”/);
        assert.match(found[1].message.zh, /合为“县财政局”/);
        for (const f of found) {
          assert.equal(f.severity, 'warning');
          assert.equal(f.fixes.length, 1);
          assert.equal(f.fixes[0].preferred, true);
          assert.equal(f.fixes[0].safe, false);
        }
        assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('农 办', '农办'));
        assert.equal(applyEdits(text, found[1].fixes[0].edits), text.replace('县财 政局', '县财政局'));
      }
      const found = check(split, ['unit-unknown']);
      assert.deepEqual(found.map((f) => locate(split, f).at), ['6:6-6:7', '8:6-8:8']);
    });

    it('never offers a one-character name such as 办', () => {
      const text = split.replace('农 办、派出所', '农、派出所');
      const found = check(text, ['unit-unknown']);
      const nong = found.find((f) => text.slice(f.range.start, f.range.end) === '农')!;
      assert.ok(nong);
      for (const fx of nong.fixes) for (const e of fx.edits) assert.ok(e.newText.length >= 2, e.newText);
    });

    it('keeps the whole list in the tasks table', () => {
      for (const text of [split, crlf(split), halfWidth(split), collapse(split)]) {
        const rows = units(text);
        assert.deepEqual(rows, [
          [text.includes('(') ? '一、(一)' : '一、（一）', ['农 办', '派出所'], []],
          [text.includes('(') ? '一、(二)' : '一、（二）', ['县财 政局', '县教育局'], []],
        ]);
      }
    });

    it('still ends a list at a blank after a whole unit name or before a date or a label', () => {
      const t = [
        '1.做好宣传工作。',
        '责任单位：县委宣传部 2024年底前完成',
        '2.做好统计工作。',
        '责任单位：县统计局 完成时限：长期',
        '3.做好安全工作。',
        '责任单位：县发改委、县财政局等 长期坚持',
      ].join('\n');
      assert.deepEqual(
        parse(t).assignments.map((a) => a.entries.map((e) => e.units.map((u) => u.text))),
        [[['县委宣传部']], [['县统计局']], [['县发改委', '县财政局']]],
      );
    });
  });

  describe('参加 marks participants like 配合 and 参与 (S4)', () => {
    const notice = [
      '某某县人民政府关于做好稳就业工作的意见',
      '各乡镇人民政府，县政府各部门：',
      '现提出以下意见。',
      '一、稳定就业岗位',
      '1.落实稳岗政策。将稳岗纳入考核。（县人社局牵头，县财政局、县教育局参加）',
      '2.扶持小微企业。落实税收优惠政策。（县税务局牵头，县财政局配合）',
      '二、组织培训',
      '1.开展技能培训。每季度组织一次。（各乡镇分管领导参加）',
      '2.召开推进会议。每半年召开一次。（县直各部门参加）',
      '某某县人民政府',
      '2024年3月1日',
    ].join('\n');

    it('fills the participant column in every layout', () => {
      for (const text of [notice, crlf(notice), halfWidth(notice), collapse(notice)]) {
        const rows = units(text).filter((r) => (r[1] as string[]).length);
        assert.deepEqual(
          rows.map((r) => r.slice(1)),
          [
            [['县人社局'], ['县财政局', '县教育局']],
            [['县税务局'], ['县财政局']],
          ],
        );
      }
    });

    it('a note of 参加 alone is no assignment (people at a meeting)', () => {
      const as = parse(notice).assignments.map((a) => notice.slice(a.range.start, a.range.end));
      assert.deepEqual(as, ['（县人社局牵头，县财政局、县教育局参加）', '（县税务局牵头，县财政局配合）']);
      assert.deepEqual(check(notice, ['task-missing-lead', 'task-empty-assignment']).map((f) => locate(notice, f).at), []);
    });
  });

  it('a name with or without 和 (市发展和改革委, 市经济和信息化委) is no slip', () => {
    const text = [
      '关于做好稳就业工作的通知',
      '各县（市、区）人民政府：',
      '现将有关事项通知如下。',
      '一、重点任务',
      '1.落实稳岗政策。（市发展和改革委牵头，市经济和信息化委、市人力资源和社会保障局参加）',
      '2.扶持小微企业。（市发展改革委牵头，市经济信息化委、市财正局配合）',
      '某某市人民政府',
      '2024年3月1日',
    ].join('\n');
    for (const v of [text, collapse(text), crlf(text)]) {
      assert.deepEqual(check(v, ['unit-unknown']).map((f) => v.slice(f.range.start, f.range.end)), ['市财正局']);
    }
  });

  describe('成员单位： lists (S5)', () => {
    const members = [
      '关于调整县食品安全委员会组成人员的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将有关事项通知如下。',
      '一、组成人员',
      '成员单位：县委组织部、县财正局、县公安局县民政局、县经信局、县卫健委。',
      '二、工作要求',
      '各成员单位要明确一名联络员。食安委成员单位需要调整的，由县食安办报批。',
      '某某县人民政府办公室',
      '2024年3月1日',
    ].join('\n');

    it('checks the units: a misspelt unit and two run together', () => {
      for (const text of [members, crlf(members), halfWidth(members), collapse(members)]) {
        const unknown = check(text, ['unit-unknown']);
        assert.deepEqual(unknown.map((f) => text.slice(f.range.start, f.range.end)), ['县财正局']);
        assert.equal(unknown[0].fixes[0].edits[0].newText, '县财政局');
        const run = check(text, ['unit-run-together']);
        assert.deepEqual(run.map((f) => text.slice(f.range.start, f.range.end)), ['县公安局县民政局']);
        assert.equal(applyEdits(text, run[0].fixes[0].edits), text.replace('县公安局县民政局', '县公安局、县民政局'));
      }
      assert.deepEqual(check(members, ['unit-unknown', 'unit-run-together']).map((f) => locate(members, f).at), ['5:12-5:16', '5:17-5:25']);
    });

    it('keeps the list out of the assignments and the tasks table, and finds nothing in a clean list', () => {
      assert.deepEqual(parse(members).assignments, []);
      assert.deepEqual(units(members), []);
      const clean = members.replace('县财正局、县公安局县民政局', '县财政局、县公安局、县民政局');
      for (const text of [clean, collapse(clean)]) {
        assert.deepEqual(check(text, ['unit-unknown', 'unit-run-together', 'task-missing-lead', 'task-empty-assignment']).map((f) => locate(text, f)), []);
      }
    });

    it('reads a 成员由下列单位负责人担任： list the same way', () => {
      const text = members.replace('成员单位：', '成员由下列单位负责人担任：');
      assert.deepEqual(check(text, ['unit-unknown', 'unit-run-together']).map((f) => text.slice(f.range.start, f.range.end)), ['县财正局', '县公安局县民政局']);
      assert.deepEqual(units(text), []);
    });
  });
});
