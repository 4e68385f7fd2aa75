// Round 16 (T3 items 4, 5, 12): a lead joined by 和 over place levels (各县和矿区政府负责, 各县（市）和矿区政府负责) is a
// sentence lead, one group unit as 各县（市、区）人民政府 is; a list of place levels sharing one suffix (各州、市人民政府,
// 相关县（市）、矿区政府) is one group unit, never 各州 + 市人民政府; a task whose heading sentence is its lead
// (2.市水务局、市林业局负责。实施……。) shows the work, not the lead.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { parseUnitList } from '../../server/src/core/parse/unitlist';
import { sentenceLead } from '../../server/src/core/parse/assignments';
import { halfWidth, placedByRule, TASK_LAYOUTS, taskRows } from '../helpers';

const head = (title: string): string[] => [
  `某市人民政府办公室关于印发《某市${title}》的通知`,
  '各县（市）、区人民政府，市直各单位：',
  `现将《某市${title}》印发给你们，请认真贯彻落实。`,
  '某市人民政府办公室',
  '2024年5月20日',
  `某市${title}`,
];

const RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed', 'unit-unknown', 'unit-abolished', 'unit-not-in-registry', 'unit-alias-mixed', 'unit-duplicate', 'unit-run-together'];

/** The units of a list as `text@start-end/override`. */
function units(s: string): string[] {
  return parseUnitList(s, 0, s.length).units.map((u) => `${u.text}@${u.start}-${u.end}${u.override ? '/' + u.override : ''}`);
}

/** The document's assignments as `text: unit/role, …`. */
function assignmentsOf(text: string): string[] {
  return parse(text).assignments.map(
    (a) => `${text.slice(a.range.start, a.range.end)}: ${a.entries.flatMap((e) => e.units.map((u) => `${text.slice(u.start, u.end)}/${u.role}`)).join('、')}`,
  );
}

function lead(s: string): string {
  const a = sentenceLead(s, 0, s.length);
  return a ? `${s.slice(a.range.start, a.range.end)}: ${a.entries.flatMap((e) => e.units.map((u) => `${u.text}/${u.role}`)).join('、')}` : '-';
}

describe('round 16 (K2): unit lists over place levels', () => {
  it('和 after place levels with 各 joins a group unit; 和 inside a name stays', () => {
    assert.deepEqual(units('各县和矿区政府负责'), ['各县和矿区政府@0-7/responsible']);
    assert.deepEqual(units('各县（市）和矿区政府负责'), ['各县（市）和矿区政府@0-10/responsible']);
    assert.deepEqual(units('各县(市)和矿区政府负责'), ['各县(市)和矿区政府@0-10/responsible']);
    assert.deepEqual(units('各乡镇和街道办事处'), ['各乡镇和街道办事处@0-9']);
    assert.deepEqual(units('市人力资源和社会保障局负责'), ['市人力资源和社会保障局@0-11/responsible']);
    assert.deepEqual(units('市发展和改革委员会、市财政局'), ['市发展和改革委员会@0-9', '市财政局@10-14']);
    // 和 after a unit's ending still parts two units
    assert.deepEqual(units('市财政局和各县（市）人民政府'), ['市财政局@0-4', '各县（市）人民政府@5-14']);
    // a level and a body of no level: two units (各县 is a group of its own), not one
    assert.deepEqual(units('各县和市直有关部门'), ['各县@0-2', '市直有关部门@3-9']);
    // no 各: no group
    assert.deepEqual(units('县和矿区政府'), ['县和矿区政府@0-6']);
  });

  it('各州、市人民政府 and 相关县（市）、矿区政府 are one group unit each', () => {
    assert.deepEqual(units('省财政厅，各州、市人民政府'), ['省财政厅@0-4', '各州、市人民政府@5-13']);
    assert.deepEqual(units('各州、市人民政府按照职责分工负责'), ['各州、市人民政府@0-8/responsible']);
    assert.deepEqual(units('各盟、市人民政府'), ['各盟、市人民政府@0-8']);
    assert.deepEqual(units('市财政局和相关县（市）、矿区政府'), ['市财政局@0-4', '相关县（市）、矿区政府@5-16']);
    assert.deepEqual(units('有关县、区人民政府'), ['有关县、区人民政府@0-9']);
    // as today: 各县（市、区）人民政府 one unit, 各区、县（市）人民政府 one unit
    assert.deepEqual(units('各县（市、区）人民政府'), ['各县（市、区）人民政府@0-11']);
    assert.deepEqual(units('各区、县（市）人民政府'), ['各区、县（市）人民政府@0-11']);
    // not a group: a level's body of its own after the levels, or departments
    assert.deepEqual(units('各州、市级有关部门'), ['各州@0-2', '市级有关部门@3-9']);
    assert.deepEqual(units('相关县、市直部门'), ['相关县@0-3', '市直部门@4-8']);
    assert.deepEqual(units('杭州市财政局、市税务局'), ['杭州市财政局@0-6', '市税务局@7-11']);
  });

  it('sentence leads: a group joined by 和 leads; prose with 和 does not', () => {
    assert.equal(lead('各县和矿区政府负责，2024年6月底前完成。'), '各县和矿区政府负责: 各县和矿区政府/lead');
    assert.equal(lead('各县（市）和矿区政府负责，创建2个省级生态镇。'), '各县（市）和矿区政府负责: 各县（市）和矿区政府/lead');
    assert.equal(lead('市生态环境局、市财政局和相关县（市）、矿区政府负责，完成农村环境整治项目。'), '市生态环境局、市财政局和相关县（市）、矿区政府负责: 市生态环境局/lead、市财政局/lead、相关县（市）、矿区政府/lead');
    assert.equal(lead('市场主导和政府负责。'), '-');
    assert.equal(lead('坚持党委领导和政府负责。'), '-');
    assert.equal(lead('县和乡镇负责。'), '-');
    assert.equal(lead('各地和各部门负责，抓好落实。'), '-');
    assert.equal(lead('坚持各县和矿区政府负责。'), '-');
    // two units, as 各县、市直有关部门负责 (各县负责。 is a lead today)
    assert.equal(lead('各县和市直有关部门负责。'), '各县和市直有关部门负责: 各县/lead、市直有关部门/lead');
    assert.equal(lead('各县(市)和矿区政府负责,创建2个省级生态镇。'), '各县(市)和矿区政府负责: 各县(市)和矿区政府/lead');
  });
});

describe('round 16 (K2): tasks with leads joined by 和 and groups of levels', () => {
  const heLead = [
    ...head('城市管理工作方案'),
    '一、重点任务',
    '（一）整治占道经营。各县和矿区政府负责，2024年6月底前完成。',
    '（二）整治违规广告。市城管局负责。',
    '（三）整治背街小巷。各县（市）和矿区政府负责，2024年9月底前完成。',
    '二、保障措施',
    '各县（市）、区要加强组织领导。',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) {
    for (const [w, variant] of [['full-width', (t: string) => t], ['half-width', halfWidth]] as const) {
      it(`${name}, ${w}: both 和 leads are rows; no finding`, () => {
        const text = layout(variant(heLead));
        const p = (s: string) => variant(s);
        assert.deepEqual(taskRows(text), [
          p('一、（一） | 整治占道经营 | 各县和矿区政府 |  | 2024年6月底前'),
          p('一、（二） | 整治违规广告 | 市城管局 | '),
          p('一、（三） | 整治背街小巷 | 各县（市）和矿区政府 |  | 2024年9月底前'),
        ]);
        assert.deepEqual(placedByRule(text, RULES), []);
      });
    }
  }

  const zhou = [
    '某省人民政府关于加快交通项目建设的意见',
    '各州、市人民政府，省直各部门：',
    '一、推进项目建设',
    '加快项目前期工作，2024年6月底前全部开工。（省交通运输厅牵头；省财政厅，各州、市人民政府配合）',
    '二、强化要素保障',
    '做好用地保障。（省自然资源厅牵头；各州、市人民政府按照职责分工负责）',
    '某省人民政府',
    '2024年3月1日',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) for (const [w, variant] of [['full-width', (t: string) => t], ['half-width', halfWidth]] as const) {
    it(`${name}, ${w}: 各州、市人民政府 is one participant with its exact range`, () => {
      const text = layout(variant(zhou));
      const doc = parse(text);
      const parts = doc.tasks.map((t) => t.participants.map((u) => `${u.text}@${text.slice(u.start, u.end)}`));
      assert.deepEqual(parts, [['省财政厅@省财政厅', '各州、市人民政府@各州、市人民政府'], ['各州、市人民政府@各州、市人民政府']]);
      assert.deepEqual(placedByRule(text, RULES), []);
      assert.deepEqual(doc.notice.addressee?.units.map((u) => u.text), ['各州、市人民政府', '省直各部门']);
    });
  }

  const lists = [
    ...head('生态环境保护工作方案'),
    '一、重点任务',
    '1.各县（市）和矿区政府负责，创建2个省级生态镇。',
    '2.市水务局、市林业局负责。实施河流综合整治工程。',
    '3.市生态环境局、市财政局和相关县（市）、矿区政府负责，完成农村环境整治项目。',
    '4.市农业农村局负责。',
    '二、保障措施',
    '各县（市）、区要加强组织领导。',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) {
    it(`${name}: each row's leads are the units named before 和 and the group of levels`, () => {
      const text = layout(lists);
      assert.deepEqual(
        parse(text).tasks.map((t) => `${t.path} | ${t.leads.map((u) => `${u.text}@${text.slice(u.start, u.end)}`).join('、')} | ${t.participants.length}`),
        [
          '一、1. | 各县（市）和矿区政府@各县（市）和矿区政府 | 0',
          '一、2. | 市水务局@市水务局、市林业局@市林业局 | 0',
          '一、3. | 市生态环境局@市生态环境局、市财政局@市财政局、相关县（市）、矿区政府@相关县（市）、矿区政府 | 0',
          '一、4. | 市农业农村局@市农业农村局 | 0',
        ],
      );
      assert.deepEqual(placedByRule(text, RULES), []);
      assert.deepEqual(
        assignmentsOf(text).map((a) => a.replace(/\r/g, '')),
        [
          '各县（市）和矿区政府负责: 各县（市）和矿区政府/lead',
          '市水务局、市林业局负责: 市水务局/lead、市林业局/lead',
          '市生态环境局、市财政局和相关县（市）、矿区政府负责: 市生态环境局/lead、市财政局/lead、相关县（市）、矿区政府/lead',
          '市农业农村局负责: 市农业农村局/lead',
        ],
      );
    });
    // T3 item 12: the task column shows the work after a lead sentence
    it(`${name}: each row's task is the work, its leads the units`, () => {
      const text = layout(lists);
      assert.deepEqual(taskRows(text), [
        '一、1. | 创建2个省级生态镇 | 各县（市）和矿区政府 | ',
        '一、2. | 实施河流综合整治工程 | 市水务局、市林业局 | ',
        '一、3. | 完成农村环境整治项目 | 市生态环境局、市财政局、相关县（市）、矿区政府 | ',
        // nothing after the lead: the lead sentence stays the task's text
        '一、4. | 市农业农村局负责 | 市农业农村局 | ',
      ]);
      assert.deepEqual(
        assignmentsOf(text).map((a) => a.replace(/\r/g, '')),
        [
          '各县（市）和矿区政府负责: 各县（市）和矿区政府/lead',
          '市水务局、市林业局负责: 市水务局/lead、市林业局/lead',
          '市生态环境局、市财政局和相关县（市）、矿区政府负责: 市生态环境局/lead、市财政局/lead、相关县（市）、矿区政府/lead',
          '市农业农村局负责: 市农业农村局/lead',
        ],
      );
    });
  }

  it('prose with 和 stays no lead: the section is no section of tasks', () => {
    const text = [...head('工作方案'), '一、基本原则', '（一）坚持市场主导和政府负责。', '（二）坚持属地管理和部门负责。', '二、重点任务', '（一）加强监管。', '（二）强化宣传。', ''].join('\n');
    assert.deepEqual(taskRows(text), []);
    assert.deepEqual(placedByRule(text, RULES), []);
  });
});

// Round 16 (T4 item 1.1): a 保障措施, 工作要求, 基本原则 … part names who does what in sentences without being a list of
// tasks; two such sentences there made it one, and its other items got task-missing-lead errors.
describe('round 16: a part that is no list of tasks stays one with sentence leads', () => {
  const plan = (part: string, labelled = false) =>
    [
      ...head('双拥工作方案'),
      '一、重点任务',
      '（一）开展走访慰问。春节前走访慰问驻地部队。（牵头单位：市退役军人事务局；完成时限：2024年2月9日前）',
      '（二）落实优待政策。（牵头单位：市民政局；完成时限：2024年6月底）',
      `二、${part}`,
      `（一）加强组织领导。${labelled ? '（牵头单位：市退役军人事务局）' : '市退役军人事务局负责。'}`,
      '（二）强化经费保障。市财政局负责，市退役军人事务局配合，加强资金监管。',
      '（三）营造良好氛围。加大宣传力度。',
      '',
    ].join('\n');
  for (const part of ['保障措施', '组织保障', '工作要求', '基本原则', '工作目标'])
    for (const [name, layout] of TASK_LAYOUTS) {
      it(`${name}: 二、${part} with two sentence leads: no task rows there, no task-missing-lead`, () => {
        const text = layout(plan(part));
        assert.deepEqual(
          taskRows(text).map((r) => r.split(' | ').slice(0, 3).join(' | ')),
          ['一、（一） | 开展走访慰问 | 市退役军人事务局', '一、（二） | 落实优待政策 | 市民政局'],
        );
        assert.deepEqual(placedByRule(text, ['task-missing-lead']), []);
      });
    }
  for (const [name, layout] of TASK_LAYOUTS)
    it(`${name}: a label in such a part still makes it one of tasks (its unlabelled item is reported)`, () => {
      const text = layout(plan('保障措施', true));
      assert.deepEqual(
        taskRows(text).map((r) => r.split(' | ').slice(0, 3).join(' | ')),
        [
          '一、（一） | 开展走访慰问 | 市退役军人事务局',
          '一、（二） | 落实优待政策 | 市民政局',
          '二、（一） | 加强组织领导 | 市退役军人事务局',
          '二、（二） | 强化经费保障 | 市财政局',
          '二、（三） | 营造良好氛围 | ',
        ],
      );
      assert.deepEqual(
        placedByRule(text, ['task-missing-lead']).map((f) => f.replace(/^\S+ /, '')),
        ['task-missing-lead （三）营造良好氛围'],
      );
    });
});

// Round 16 (M's report): a page that lost its full-width marks ends a lead sentence with a half-width . (县住建局负责.)
describe('round 16: a sentence lead closed by a half-width full stop', () => {
  const plan = [
    ...head('燃气安全整治方案'),
    '一、重点任务',
    '（一）排查餐饮场所燃气隐患.县住建局负责.',
    '（二）整治瓶装液化气市场.县商务局牵头,县应急局配合.',
    '（三）开展燃气安全宣传.',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS)
    it(`${name}: the leads are read, and the item without one is reported`, () => {
      const text = layout(plan);
      // (the task column keeps the half-width stops: punct-half-width's business)
      assert.deepEqual(
        taskRows(text).map((r) => [r.split(' | ')[0], ...r.split(' | ').slice(2, 4)].join(' | ')),
        ['一、（一） | 县住建局 | ', '一、（二） | 县商务局 | 县应急局', '一、（三） |  | '],
      );
      assert.deepEqual(
        placedByRule(text, ['task-missing-lead']).map((f) => f.replace(/^\S+ /, '')),
        ['task-missing-lead （三）开展燃气安全宣传.'],
      );
    });
  it('a marker’s or a number’s . is no sentence end (1.5万元, 附件1.)', () => {
    assert.equal(sentenceLead('县住建局负责落实1.5万元资金.', 0, 16), undefined);
  });
});
