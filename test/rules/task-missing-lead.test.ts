import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { readFileSync } from 'node:fs';
import { fixed, notice, parenPlan, sentencePlan } from '../fixtures/tasks/docs';
import { parse } from '../../server/src/core/parse';
import { attachedNotice } from '../fixtures/numbering/notice';

const RULE = 'task-missing-lead';
const run = (text: string) => check(text, [RULE]);
const texts = (text: string) => run(text).map((f) => text.slice(f.range.start, f.range.end));

// 二、（二）2. loses its lead; 二、（一）2. keeps only its participants
const missing = notice(
  sentencePlan
    .replace('加快旅游重点项目建设。\n牵头部门：市旅游局。\n', '加快旅游重点项目建设。\n')
    .replace('2.编制现代物流、科技服务等专项规划。\n牵头部门：市发展改革委。\n', '2.编制现代物流、科技服务等专项规划。\n'),
);

describe(RULE, () => {
  describe('silent', () => {
    it('on the seed (24 tasks, each with a lead)', () => {
      assert.deepEqual(run(seedText()), []);
    });
    it('on a plan whose every task has a lead, in both layouts, CRLF and half-width', () => {
      const t = notice(sentencePlan);
      for (const v of [t, collapse(t), crlf(t), halfWidth(t), halfWidth(collapse(t))]) assert.deepEqual(texts(v), []);
    });
    it('on items covered by the enclosing item’s lead (（三） 牵头部门 then 1. 2.)', () => {
      // sentencePlan's （三） carries the lead for its children 1. and 2.
      assert.deepEqual(texts(notice(sentencePlan)), []);
    });
    it('on 一、总体要求 and sections without any assignment', () => {
      const t = notice('二、工作目标\n到2012年，服务业增加值占比提高到40%。\n三、工作要求\n（一）加强领导。各地要高度重视。\n（二）强化考核。');
      assert.deepEqual(texts(t), []);
    });
    it('on the guobanfa sample’s （X牵头）/（X负责）/（X指导） notes', () => {
      const t = readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8');
      assert.deepEqual(run(t).map((f) => locate(t, f)), []);
    });
    it('on the lishui sample’s 责任单位 lines (分别牵头, first listed leads)', () => {
      const t = readFileSync(samplePath('lishui-2023-zhongdian-gongzuo.txt'), 'utf8');
      assert.deepEqual(run(t).map((f) => locate(t, f)), []);
    });
    it('on a task whose own prose names its lead (由市商务局牵头负责)', () => {
      const t = notice(sentencePlan.replace('加快旅游重点项目建设。\n牵头部门：市旅游局。\n', '加快旅游重点项目建设，由市旅游局牵头负责。\n'));
      for (const v of [t, collapse(t)]) assert.deepEqual(texts(v), []);
    });
    it('on body items of a plan whose attached | 分工表 names the leads (the table is no note of the body)', () => {
      const t = [
        '某县垃圾分类工作实施方案',
        '一、工作措施',
        '（一）完善设施。',
        '（二）加强宣传。',
        '附件',
        '某县垃圾分类工作任务分工表',
        '序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
        '1 | 完善分类投放设施 | 县住建局 | 各乡镇 | 2023年6月底前 |',
        '2 | 开展宣传教育 | 县委宣传部 | 县教育局、各乡镇 | 长期坚持 |',
        '',
      ].join('\n');
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
      // a row whose lead cell is empty is still found; a body item with a note of its own keeps the body in scope
      const empty = t.replace('| 县委宣传部 |', '|  |');
      assert.deepEqual(texts(empty), ['开展宣传教育']);
      const mixed = t.replace('（一）完善设施。', '（一）完善设施。（牵头单位：县住建局）');
      assert.deepEqual(texts(mixed), ['（二）加强宣传']);
    });
    it('on a paren-style plan whose every task has a note, both layouts', () => {
      const t = notice(parenPlan, '“无废城市”建设试点工作方案');
      for (const v of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(v), []);
    });
  });

  describe('flags', () => {
    it('a section task with no lead, on its heading; and one with participants only', () => {
      const fs = run(missing);
      assert.deepEqual(fs.map((f) => locate(missing, f).text), ['2.编制现代物流、科技服务等专项规划', '2.重点发展旅游业']);
      assert.ok(fs.every((f) => f.severity === 'error' && f.ruleId === RULE));
      assert.match(fs[0].message.zh, /未明确牵头单位/);
      assert.match(fs[0].message.zh, /牵头部门：……/);
    });

    it('fix: the document’s own label, before the participant note (one per line)', () => {
      const [f] = run(missing);
      assert.equal(f.fixes[0].safe, false);
      assert.equal(f.fixes[0].edits[0].snippet, '牵头部门：$0。\n');
      assert.equal(
        fixed(missing, f),
        missing.replace('2.编制现代物流、科技服务等专项规划。\n参与部门', '2.编制现代物流、科技服务等专项规划。\n牵头部门：。\n参与部门'),
      );
    });

    it('fix: the label at the end of the task (one per line)', () => {
      const f = run(missing)[1];
      assert.equal(f.fixes[0].edits[0].snippet, '\n牵头部门：$0。');
      assert.equal(fixed(missing, f), missing.replace('加快旅游重点项目建设。\n', '加快旅游重点项目建设。\n牵头部门：。\n'));
    });

    it('collapsed layout: same findings, the fix separated by a space', () => {
      const t = collapse(missing);
      const fs = run(t);
      assert.deepEqual(fs.map((f) => t.slice(f.range.start, f.range.end)), ['2.编制现代物流、科技服务等专项规划', '2.重点发展旅游业']);
      assert.equal(fixed(t, fs[0]), t.replace('专项规划。 参与部门', '专项规划。 牵头部门：。 参与部门'));
      assert.equal(fixed(t, fs[1]), t.replace('加快旅游重点项目建设。 （三）', '加快旅游重点项目建设。 牵头部门：。 （三）'));
      assert.equal(fs[1].fixes[0].edits[0].snippet, ' 牵头部门：$0。');
    });

    it('CRLF: ranges on the same lines, the fix uses CRLF', () => {
      const t = crlf(missing);
      const fs = run(t);
      assert.deepEqual(fs.map((f) => locate(t, f).at), run(missing).map((f) => locate(missing, f).at));
      assert.equal(fixed(t, fs[1]), t.replace('加快旅游重点项目建设。\r\n', '加快旅游重点项目建设。\r\n牵头部门：。\r\n'));
    });

    it('half-width colons: the fix writes the document’s own colon', () => {
      const t = halfWidth(missing);
      const fs = run(t);
      assert.equal(fs.length, 2);
      assert.equal(fixed(t, fs[1]), t.replace('加快旅游重点项目建设。\n', '加快旅游重点项目建设。\n牵头部门:。\n'));
    });

    it('the majority label wins in the fix (牵头单位 ×3 over 牵头部门 ×1)', () => {
      const t = notice(
        '二、工作重点\n1.研究制定规划。\n牵头单位：市发展改革委。\n2.编制专项规划。\n牵头单位：市经贸委。\n3.完善操作细则。\n牵头单位：市财政局。\n4.出台实施意见。\n牵头部门：市商务局。\n5.加强宣传。',
      );
      const fs = run(t);
      assert.deepEqual(fs.map((f) => t.slice(f.range.start, f.range.end)), ['5.加强宣传']);
      assert.equal(fixed(t, fs[0]), t.replace('5.加强宣传。', '5.加强宣传。\n牵头单位：。'));
    });

    it('a prose task after the last note of its paragraph (paren style), on its last sentence', () => {
      const t = notice(parenPlan.replace('推广先进适用技术装备。（工业和信息化部指导）', '推广先进适用技术装备。'), '“无废城市”建设试点工作方案');
      for (const v of [t, collapse(t), crlf(t)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => v.slice(f.range.start, f.range.end)), ['推广先进适用技术装备。']);
        assert.equal(fs[0].fixes[0].edits[0].snippet, '（$0指导）');
        assert.equal(fixed(v, fs[0]), v.replace('推广先进适用技术装备。', '推广先进适用技术装备。（指导）'));
      }
    });

    it('a whole leaf item with no note in a paren-style section of tasks', () => {
      const t = notice(parenPlan.replace('（三）推行农业绿色生产。以规模养殖场为重点，推动畜禽粪污就近就地综合利用。（农业农村部指导）', '（三）推行农业绿色生产。以规模养殖场为重点，推动畜禽粪污就近就地综合利用。'), '“无废城市”建设试点工作方案');
      const fs = run(t);
      assert.equal(fs.length, 1);
      assert.match(t.slice(fs[0].range.start, fs[0].range.end), /^（三）推行农业绿色生产/);
      assert.equal(fixed(t, fs[0]), t.replace('就近就地综合利用。\n三、', '就近就地综合利用。（指导）\n三、'));
    });
    it('a flat plan: a top-level item with no note between items that name their leads', () => {
      const t = [
        '关于做好2023年重点工作的通知',
        '各县（市、区）人民政府，市政府各部门：',
        '现将有关事项通知如下。',
        '一、加快项目建设。确保年内开工。牵头单位：市发改委。',
        '二、强化要素保障。做好用地保障。',
        '三、优化营商环境。深化改革。牵头单位：市行政审批局。',
        '四、工作要求。各单位要高度重视。',
        '嘉兴市人民政府办公室',
        '2023年3月1日',
        '',
      ].join('\n');
      for (const v of [t, collapse(t), crlf(t)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => v.slice(f.range.start, f.range.end)), ['二、强化要素保障']);
        // the document writes its label right after the task's 。, so does the fix
        assert.equal(fixed(v, fs[0]), v.replace('做好用地保障。', '做好用地保障。牵头单位：。'));
      }
    });

    it('a task-table row whose lead cell is empty (its 责任单位 does not stand in), without a fix', () => {
      const t = [
        '关于印发重点任务分工方案的通知',
        '各区、县人民政府：',
        '现印发给你们，请认真组织实施。',
        '西安市人民政府办公厅',
        '2022年7月27日',
        '序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
        '1 | 编制行政许可事项清单。 | 市行政审批局 | 市司法局 | 2022年9月底 |',
        '2 | 清理整治变相许可。 |  | 市级相关单位 | 2022年11月底 |',
        '',
      ].join('\n');
      for (const v of [t, crlf(t), halfWidth(t)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => locate(v, f).text), ['清理整治变相许可']);
        assert.equal(locate(v, fs[0]).at, '8:5-8:13');
        assert.match(fs[0].message.zh, /牵头单位一栏为空/);
        assert.deepEqual(fs[0].fixes, []);
      }
      assert.deepEqual(run(t.replace('|  | 市级相关单位', '| 市行政审批局 | 市级相关单位')), []);
    });

    it('paren notes with labels: the fix writes （牵头单位：…） with the cursor inside', () => {
      const t = notice('二、主要任务\n（一）建立指标体系。（牵头单位：市生态环境局；配合单位：市统计局）\n（二）健全统计制度。（牵头单位：市统计局；配合单位：市农业农村局）\n（三）推行绿色设计。');
      const fs = run(t);
      assert.deepEqual(fs.map((f) => t.slice(f.range.start, f.range.end)), ['（三）推行绿色设计']);
      assert.equal(fs[0].fixes[0].edits[0].snippet, '（牵头单位：$0）');
      assert.equal(fixed(t, fs[0]), t.replace('（三）推行绿色设计。', '（三）推行绿色设计。（牵头单位：）'));
    });
    it('a （X参与） note with no lead: the fix opens the note with the lead', () => {
      const t = notice(parenPlan.replace('推广先进适用技术装备。（工业和信息化部指导）', '推广先进适用技术装备。（国家统计局参与）'), '“无废城市”建设试点工作方案');
      for (const v of [t, collapse(t)]) {
        const fs = run(v);
        assert.deepEqual(fs.map((f) => v.slice(f.range.start, f.range.end)), ['推广先进适用技术装备。']);
        assert.equal(fs[0].fixes[0].edits[0].snippet, '$0指导，');
        assert.equal(fixed(v, fs[0]), v.replace('（国家统计局参与）', '（指导，国家统计局参与）'));
      }
    });
  });

  it('leaves an empty 牵头单位： label to task-empty-assignment (one finding per slip)', () => {
    const t = notice('二、主要任务\n（一）加快基础设施建设。\n牵头单位：市经信局。\n（二）推进产业数字化。\n牵头单位：\n（三）发展数字贸易。\n牵头单位：市商务局。');
    assert.deepEqual(texts(t), []);
    assert.deepEqual(check(t, ['task-empty-assignment']).map((f) => t.slice(f.range.start, f.range.end)), ['牵头单位：']);
  });

  it('is silent on closing paragraphs after the last task (QA)', () => {
    const t = [
      '杭州市人民政府办公厅关于印发杭州市促进消费持续恢复若干措施的通知',
      '各区、县（市）人民政府，市政府各部门、各直属单位：',
      '　　《杭州市促进消费持续恢复若干措施》已经市政府同意，现印发给你们，请认真贯彻落实。',
      '杭州市人民政府办公厅',
      '2023年5月10日',
      '杭州市促进消费持续恢复若干措施',
      '　　一、发放消费券。分批次发放数字消费券。（市商务局、市财政局按职责分工负责）',
      '　　二、优化消费环境。加强预付式消费监管。（市市场监管局牵头，各区、县（市）政府配合）',
      '　　各区、县（市）要结合实际细化落实举措，确保各项措施落地见效。',
      '　　本措施自2023年5月15日起施行，有效期至2025年12月31日。',
    ].join('\n');
    for (const x of [t, collapse(t), crlf(t), halfWidth(t)]) assert.deepEqual(texts(x), []);
    // still a task: text after the note in the note's own paragraph
    const y = t.replace('加强预付式消费监管。（市市场监管局牵头，各区、县（市）政府配合）', '加强预付式消费监管。（市市场监管局牵头，各区、县（市）政府配合）开展放心消费示范创建。');
    assert.deepEqual(texts(y), ['开展放心消费示范创建。']);
  });
});

describe('task-missing-lead: inverted levels (QA regression)', () => {
  const doc = [
    '嘉兴市人民政府关于推进数字政府建设的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '　　为加快推进数字政府建设，现将有关事项通知如下：',
    '　　一、主要任务',
    '　　1.建设一体化平台。',
    '　　（一）整合政务数据资源。（牵头单位：市大数据发展管理局）',
    '　　（二）推进系统集约建设。（牵头单位：市大数据发展管理局）',
    '　　2.优化政务服务。推动更多事项网上办理。（牵头单位：市行政审批局）',
    '　　二、保障措施',
    '　　各地各部门要加强统筹协调，确保任务落实。',
    '嘉兴市人民政府',
    '2023年6月8日',
    '',
  ].join('\n');
  for (const [name, text] of [['lines', doc], ['collapsed', collapse(doc)], ['crlf', crlf(doc)]] as const) {
    it(`1. heading （一）（二）: numbering-hierarchy's finding only, no missing lead on the heading (${name})`, () => {
      assert.deepEqual(check(text, [RULE]), []);
      assert.deepEqual(check(text, ['numbering-hierarchy']).map((f) => text.slice(f.range.start, f.range.end)), ['（一）']);
    });
  }
  it('still finds a task with no lead among items in the right order', () => {
    const text = doc.replace('　　1.建设一体化平台。\n', '').replace('（一）整合政务数据资源。（牵头单位：市大数据发展管理局）', '（一）整合政务数据资源。');
    assert.deepEqual(check(text, [RULE]).map((f) => text.slice(f.range.start, f.range.end)), ['（一）整合政务数据资源']);
  });
});

// real 重点工作责任分解 notices label their tasks 牵头责任单位：/协同责任单位： or 部门分工：A牵头，B配合。
describe(`${RULE}: 牵头责任单位 and 部门分工 labels`, () => {
  const plan = [
    '嘉兴市人民政府关于2023年重点工作及责任分解的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '现将2023年重点工作及责任分解印发给你们，请认真贯彻落实。',
    '嘉兴市人民政府',
    '2023年2月1日',
    '一、稳定经济增长',
    '1.地区生产总值增长7%以上。',
    '分管市领导：张三',
    '部门分工：市发展改革委牵头，各县（市、区）政府、市级有关部门配合。',
    '2.服务业投资增长8%以上。',
    '牵头负责领导：李四。',
    '牵头责任单位：市统计局。',
    '协同责任单位：市发展改革委、市财政局。',
    '3.外贸进出口增长5%。',
    '部门分工：市商务局负责。',
  ].join('\n');
  it('reads the leads and participants of both forms, in every layout', () => {
    for (const v of [plan, collapse(plan), crlf(plan), halfWidth(plan)]) {
      assert.deepEqual(texts(v), []);
      const tasks = parse(v).tasks;
      assert.deepEqual(
        tasks.map((k) => [k.leads.map((u) => u.text), k.participants.map((u) => u.text)]),
        [
          [['市发展改革委'], ['各县（市、区）政府', '市级有关部门'].map((u) => (v.includes('(市') ? u.replace('（', '(').replace('）', ')') : u))],
          [['市统计局'], ['市发展改革委', '市财政局']],
          [['市商务局'], []],
        ],
      );
    }
  });
  it('finds the one task without its 牵头责任单位', () => {
    const t = plan.replace('牵头责任单位：市统计局。\n', '');
    assert.deepEqual(texts(t), ['2.服务业投资增长8%以上']);
  });
});

describe('task-missing-lead: the notice’s own body beside an attached document', () => {
  const withCover = (cover: string[]) =>
    attachedNotice(
      cover.join('\n'),
      ['一、隐患排查', '1.开展排查。（牵头单位：市应急管理局）', '2.建立台账。', '二、督查检查', '1.开展督查。（牵头单位：市应急管理局）'].join('\n'),
    );
  it('the notice’s 一、提高认识 (no assignment) is no task; the attached document’s tasks as before', () => {
    const t = withCover(['为做好安全生产工作，现将有关事项通知如下：', '一、提高认识', '各地要高度重视。', '二、落实责任', '各部门要落实责任。']);
    for (const v of [t, collapse(t), crlf(t), halfWidth(t), halfWidth(collapse(t))]) assert.deepEqual(texts(v), ['2.建立台账']);
  });
  it('a notice body that assigns its items is checked as a flat plan', () => {
    const t = withCover(['一、开展隐患排查。牵头单位：市应急管理局。', '二、开展专项整治。', '三、开展督查检查。牵头单位：市安委办。']);
    for (const v of [t, collapse(t), crlf(t)]) assert.deepEqual(texts(v), ['二、开展专项整治', '2.建立台账']);
  });

  describe('bare notes: （区农业农村局） on the line below each task, no role word', () => {
    const plan = [
      '关于印发农业工作方案的通知',
      '各街道办事处：',
      '一、主要任务',
      '1.稳定粮食生产。',
      '落实种粮补贴政策。',
      '（区农业农村局）',
      '2.改善农田条件。',
      '新增高标准农田。',
      '（区农业农村局、区财政局）',
      '3.加强农业宣传。',
      '营造良好氛围。',
      '4.强化动物防疫。',
      '落实属地责任。',
      '（区农业农村局）',
      '二、保障措施',
      '各街道要加强组织领导，确保各项任务落实。',
      '区人民政府办公室',
      '2020年3月1日',
    ].join('\n');
    for (const [name, tf] of [['lines', (x: string) => x], ['crlf', crlf], ['half-width', halfWidth]] as const) {
      it(`finds the one task without its note, describing the document's bare note (${name})`, () => {
        const t = tf(plan);
        const fs = run(t);
        assert.equal(fs.length, 1);
        assert.ok(t.slice(fs[0].range.start, fs[0].range.end).startsWith('3.'));
        const open = name === 'half-width' ? '(' : '（';
        const close = name === 'half-width' ? ')' : '）';
        assert.ok(fs[0].message.zh.endsWith(`本文其他任务写作“${open}……${close}”。`), fs[0].message.zh);
        assert.equal(fs[0].fixes[0].edits[0].snippet, `${open}$0${close}`);
      });
    }
  });
});
