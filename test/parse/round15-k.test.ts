// Round 15 (T2 §3.3): a task's lead named in a sentence (县住建局负责。 县商务局牵头，县应急局、县公安局配合。) or in
// clauses opening the task's sentence (县公安局牵头，县交通运输局配合，加强路检路查。) makes its section one of tasks even
// when no task of the notice has a label or note; the sentence is an assignment of the item and of the document
// (outline lead detail, unit rules, unit view, task-missing-lead). A principle (坚持政府负责，社会参与。) or one such
// sentence in a 保障措施 part is no task.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { buildUnitIndex } from '../../server/src/core/features/unitIndex';
import { sentenceLead } from '../../server/src/core/parse/assignments';
import { halfWidth, placedByRule, TASK_LAYOUTS, taskRows, withFixes } from '../helpers';

const head = (title: string): string[] => [
  `某县人民政府办公室关于印发《某县${title}》的通知`,
  '各乡镇人民政府，县直各单位：',
  `现将《某县${title}》印发给你们，请认真贯彻落实。`,
  '某县人民政府办公室',
  '2024年5月20日',
  `某县${title}`,
];

const RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed', 'unit-unknown', 'unit-abolished', 'heading-end-punctuation'];

/** The document's assignments as `text: unit/role, …` (exact ranges checked through the text they cover). */
function assignmentsOf(text: string): string[] {
  return parse(text).assignments.map(
    (a) => `${text.slice(a.range.start, a.range.end)}: ${a.entries.flatMap((e) => e.units.map((u) => `${text.slice(u.start, u.end)}/${u.role}`)).join('、')}`,
  );
}

/** Outline nodes with a lead detail, `name — detail`. */
function outlineLeads(text: string): string[] {
  const out: string[] = [];
  const walk = (ns: OutlineNode[]): void => {
    for (const n of ns) {
      if (n.detail) out.push(`${n.name} — ${n.detail}`);
      walk(n.children);
    }
  };
  walk(buildOutline(parse(text)));
  return out;
}

describe('round 15 (K): leads named in sentences, no label anywhere in the notice', () => {
  const bare = [
    ...head('2024年环境保护工作方案'),
    '一、重点任务',
    '（一）清洁生产审核。加强重点企业清洁生产审核。县生态环境局负责，各乡镇人民政府配合。',
    '（二）绿色单位创建。创建10家县级绿色单位。县生态环境局牵头，县教育局、县卫生健康局配合。',
    '（三）自然保护区建设。某某县人民政府负责，开展自然保护区划界立标工作。',
    '二、保障措施',
    '各乡镇要切实负起属地责任。',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) {
    it(`${name}: every item is a row with its lead; the sentences are the document's assignments`, () => {
      const text = layout(bare);
      assert.deepEqual(taskRows(text), [
        '一、（一） | 清洁生产审核 | 县生态环境局 | 各乡镇人民政府',
        '一、（二） | 绿色单位创建 | 县生态环境局 | 县教育局、县卫生健康局',
        '一、（三） | 自然保护区建设 | 某某县人民政府 | ',
      ]);
      assert.deepEqual(assignmentsOf(text), [
        '县生态环境局负责，各乡镇人民政府配合: 县生态环境局/lead、各乡镇人民政府/participant',
        '县生态环境局牵头，县教育局、县卫生健康局配合: 县生态环境局/lead、县教育局/participant、县卫生健康局/participant',
        // (an opening lead: the role clause only, not the task after it)
        '某某县人民政府负责: 某某县人民政府/lead',
      ]);
      assert.deepEqual(outlineLeads(text), ['（一）清洁生产审核 — 县生态环境局', '（二）绿色单位创建 — 县生态环境局', '（三）自然保护区建设 — 某某县人民政府']);
      assert.deepEqual(placedByRule(text, RULES), []);
      // the unit view
      const index = buildUnitIndex(parse(text));
      assert.deepEqual(
        index.map((u) => `${u.name} 牵头${u.leads.length} 参与${u.joins.length}`),
        ['县生态环境局 牵头2 参与0', '某某县人民政府 牵头1 参与0', '各乡镇人民政府 牵头0 参与1', '县教育局 牵头0 参与1', '县卫生健康局 牵头0 参与1'],
      );
    });
  }
  it('half-width commas and stops', () => {
    const text = halfWidth(bare);
    assert.deepEqual(taskRows(text), [
      '一、(一) | 清洁生产审核 | 县生态环境局 | 各乡镇人民政府',
      '一、(二) | 绿色单位创建 | 县生态环境局 | 县教育局、县卫生健康局',
      '一、(三) | 自然保护区建设 | 某某县人民政府 | ',
    ]);
    assert.deepEqual(assignmentsOf(text)[0], '县生态环境局负责,各乡镇人民政府配合: 县生态环境局/lead、各乡镇人民政府/participant');
  });

  // the forms docs/task-table.md names: a sentence of its own, on the item's line or on a line of its own
  const documented = [
    ...head('燃气安全整治方案'),
    '一、重点任务',
    '（一）排查餐饮场所燃气隐患。全面排查燃气管道和报警装置。',
    '县住建局负责。',
    '（二）整治瓶装液化气市场。取缔非法储存点。',
    '县商务局牵头，县应急局、县公安局配合。',
    '（三）开展宣传教育。由县委宣传部负责，县融媒体中心配合。',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) {
    it(`${name}: the documented forms (县住建局负责。 / X牵头，Y、Z配合。 / 由X负责，Y配合。)`, () => {
      const text = layout(documented);
      assert.deepEqual(taskRows(text), [
        '一、（一） | 排查餐饮场所燃气隐患 | 县住建局 | ',
        '一、（二） | 整治瓶装液化气市场 | 县商务局 | 县应急局、县公安局',
        '一、（三） | 开展宣传教育 | 县委宣传部 | 县融媒体中心',
      ]);
      assert.deepEqual(assignmentsOf(text), [
        '县住建局负责: 县住建局/lead',
        '县商务局牵头，县应急局、县公安局配合: 县商务局/lead、县应急局/participant、县公安局/participant',
        '由县委宣传部负责，县融媒体中心配合: 县委宣传部/lead、县融媒体中心/participant',
      ]);
      assert.deepEqual(placedByRule(text, RULES), []);
    });
  }

  // a lead clause opening the task's sentence, right after the marker or after a heading on its own line
  const opening = [
    ...head('2024年大气污染防治工作方案'),
    '一、重点任务',
    '（一）县公安局负责,县交通运输局、县生态环境局配合,加强机动车尾气路检路查。',
    '（二）扬尘污染治理',
    '县住建局牵头，各乡镇人民政府配合，落实工地围挡、物料覆盖等措施。',
    '（三）秸秆禁烧。各乡镇人民政府负责，开展秸秆禁烧巡查。',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) {
    it(`${name}: opening lead clauses (X负责,Y配合,加强……)`, () => {
      const text = layout(opening);
      assert.deepEqual(taskRows(text), [
        '一、（一） | 加强机动车尾气路检路查 | 县公安局 | 县交通运输局、县生态环境局',
        '一、（二） | 扬尘污染治理 | 县住建局 | 各乡镇人民政府',
        '一、（三） | 秸秆禁烧 | 各乡镇人民政府 | ',
      ]);
      assert.deepEqual(assignmentsOf(text), [
        '县公安局负责,县交通运输局、县生态环境局配合: 县公安局/lead、县交通运输局/participant、县生态环境局/participant',
        '县住建局牵头，各乡镇人民政府配合: 县住建局/lead、各乡镇人民政府/participant',
        '各乡镇人民政府负责: 各乡镇人民政府/lead',
      ]);
      assert.deepEqual(placedByRule(text, RULES), []);
    });
  }

  it('a flat plan: two top-level items naming their leads in sentences', () => {
    const text = [...head('燃气安全整治方案'), '一、排查餐饮场所燃气隐患。县住建局负责。', '二、整治瓶装液化气市场。县商务局牵头，县应急局配合。', ''].join('\n');
    assert.deepEqual(taskRows(text), ['一、 | 排查餐饮场所燃气隐患 | 县住建局 | ', '二、 | 整治瓶装液化气市场 | 县商务局 | 县应急局']);
  });

  it('a top-level item naming its lead beside a section of such items (an excerpt starting at （八）)', () => {
    const text = [
      '（八）清洁生产审核',
      '县生态环境局负责,各乡镇人民政府配合,加强重点企业清洁生产审核。',
      '（九）生态环境建设',
      '1.县水利局负责。实施河流综合整治工程。',
      '2.县自然资源局负责,开展矿山生态修复。',
      '',
    ].join('\n');
    assert.deepEqual(taskRows(text), [
      '（八） | 清洁生产审核 | 县生态环境局 | 各乡镇人民政府',
      '（九）1. | 实施河流综合整治工程 | 县水利局 | ',
      '（九）2. | 开展矿山生态修复 | 县自然资源局 | ',
    ]);
  });

  it('a section of labelled tasks: an item naming its lead in a sentence is assigned too (outline, assignments)', () => {
    const text = [...head('燃气安全整治方案'), '一、重点任务', '（一）排查餐饮场所。县住建局负责。', '（二）整治液化气站。（牵头单位：县商务局）', ''].join('\n');
    assert.deepEqual(assignmentsOf(text), ['县住建局负责: 县住建局/lead', '（牵头单位：县商务局）: 县商务局/lead']);
    assert.deepEqual(outlineLeads(text), ['（一）排查餐饮场所 — 县住建局', '（二）整治液化气站 — 县商务局']);
  });
});

describe('round 15 (K): task-missing-lead in a section of sentence leads', () => {
  const notice = [
    ...head('2024年大气污染防治工作方案'),
    '一、重点任务',
    '（一）整治工业炉窑。完成20台燃煤炉窑改造。县工信局负责，县生态环境局配合。',
    '（二）管控扬尘污染。',
    '县住建局负责。',
    '（三）加强监测预警。开展空气质量监测。',
    '',
  ].join('\n');
  for (const [name, layout] of TASK_LAYOUTS) {
    it(`${name}: the item without a lead is reported (the section is one of tasks now)`, () => {
      const text = layout(notice);
      const at = name === 'collapsed' ? '1:192-1:201' : '11:1-11:10';
      assert.deepEqual(placedByRule(text, RULES), [`${at} task-missing-lead （三）加强监测预警`]);
      assert.deepEqual(taskRows(text)[2], '一、（三） | 加强监测预警 |  | ');
    });
  }
  it('the fix: the document’s own sentence form at the task’s end', () => {
    assert.equal(withFixes(notice, 'task-missing-lead').split('\n')[10], '（三）加强监测预警。开展空气质量监测。负责。');
  });
});

describe('round 15 (K): no task', () => {
  it('a principle (坚持政府负责，社会参与。 / 坚持政府负责、社会参与。) and a 保障措施 part', () => {
    for (const principle of ['（三）坚持政府负责，社会参与。', '（三）坚持政府负责、社会参与。', '（三）政府负责，社会参与，共同推进。', '（三）属地负责，分级管理。', '（三）政府负责，部门协同。', '（三）党委领导，政府负责。']) {
      for (const [, layout] of TASK_LAYOUTS) {
        const text = layout(
          [
            ...head('2024年大气污染防治工作方案'),
            '一、总体要求',
            '（一）指导思想。以改善空气质量为核心。',
            '（二）工作目标。全年优良天数比例达到85%。',
            principle,
            '二、重点任务',
            '（一）整治工业炉窑。（牵头单位：县工信局）',
            '（二）管控扬尘污染。（牵头单位：县住建局）',
            '三、保障措施',
            '（一）加强组织领导。各乡镇要切实负起属地责任，主要负责同志亲自负责。',
            '（二）强化督查考核。县政府督查室负责。',
            '（三）加强宣传引导。营造良好舆论氛围。',
            '',
          ].join('\n'),
        );
        assert.deepEqual(taskRows(text), ['二、（一） | 整治工业炉窑 | 县工信局 | ', '二、（二） | 管控扬尘污染 | 县住建局 | '], principle);
        assert.deepEqual(assignmentsOf(text), ['（牵头单位：县工信局）: 县工信局/lead', '（牵头单位：县住建局）: 县住建局/lead'], principle);
        assert.deepEqual(placedByRule(text, RULES), [], principle);
      }
    }
  });
  it('one item naming its lead in a sentence is no section of tasks', () => {
    const text = [...head('燃气安全整治方案'), '一、重点任务', '（一）排查餐饮场所。县住建局负责。', '（二）整治液化气站。', '（三）开展宣传教育。', ''].join('\n');
    assert.deepEqual(taskRows(text), []);
    assert.deepEqual(assignmentsOf(text), []);
    assert.deepEqual(placedByRule(text, RULES), []);
  });
  it('an opening lead after the second sentence, a subject with its verb, 指导: no lead', () => {
    const text = [
      ...head('燃气安全整治方案'),
      '一、重点任务',
      '（一）排查餐饮场所。全面排查。县住建局负责，县商务局配合，确保整改到位。',
      '（二）整治液化气站。县住建局负责组织实施。',
      '（三）开展宣传。县委宣传部指导，县融媒体中心配合，开展宣传。',
      '',
    ].join('\n');
    assert.deepEqual(taskRows(text), []);
    assert.deepEqual(assignmentsOf(text), []);
  });
  it('sentenceLead: the first unit named with its place or level; no verb opening a unit', () => {
    const lead = (t: string): string => {
      const a = sentenceLead(t, 0, t.length);
      return a ? `${t.slice(a.range.start, a.range.end)}: ${a.entries.flatMap((e) => e.units.map((u) => `${t.slice(u.start, u.end)}/${u.role}`)).join('、')}` : '-';
    };
    assert.equal(lead('政府负责，部门协同。'), '-');
    assert.equal(lead('坚持政府负责。'), '-');
    assert.equal(lead('公安局负责，开展巡查。'), '-');
    assert.equal(lead('县政府负责，县直各部门配合。'), '县政府负责，县直各部门配合: 县政府/lead、县直各部门/participant');
    assert.equal(lead('市水务局、环保局、林业局负责。'), '市水务局、环保局、林业局负责: 市水务局/lead、环保局/lead、林业局/lead');
    assert.equal(lead('各乡镇人民政府负责,开展巡查。'), '各乡镇人民政府负责: 各乡镇人民政府/lead');
    // (an opening lead in the third sentence is not read; a whole sentence is, wherever it stands)
    assert.equal(lead('加强监管。开展巡查。县公安局负责，县交通局配合，确保到位。'), '-');
    assert.equal(lead('加强监管。开展巡查。县公安局负责，县交通局配合。'), '县公安局负责，县交通局配合: 县公安局/lead、县交通局/participant');
  });
});
