// Round 13 (S's P2 worse case, S's P7): labels in brackets (【牵头单位】X【配合单位】Y, [责任单位]X), the inline
// X为牵头单位，Y、Z为配合单位 note, and X会同Y in a note or a label list: lead X, participants Y (Z).
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, locate, TASK_LAYOUTS } from '../helpers';

const rows = (t: string): string[] => taskTableRows(parse(t)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')}`);

const head = [
  '关于印发《某县2024年森林防火工作方案》的通知',
  '各乡镇人民政府，县直各单位：',
  '现将《某县2024年森林防火工作方案》印发给你们，请认真贯彻落实。',
  '某县人民政府办公室',
  '2024年2月1日',
  '某县2024年森林防火工作方案',
  '一、重点任务',
];

const layouts = TASK_LAYOUTS;

const TASK_RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed', 'unit-unknown'];

describe('round 13 (S P2): labels in brackets', () => {
  const notice = [
    ...head,
    '1.落实防火责任。【牵头单位】县林业局【配合单位】各乡镇人民政府',
    '2.加强火源管控。【责任单位】县公安局',
    '3.开展宣传教育。[牵头单位]县委宣传部[配合单位]县教育局',
    '4.加强队伍建设。',
    '【牵头单位】县应急局',
    '【配合单位】县财政局、县人力资源社会保障局',
    '5.完善物资储备。【牵头单位】：县应急局【配合单位】：县财政局',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: the bracket closes the label; one task each, no split, no finding`, () => {
      const text = layout(notice);
      assert.deepEqual(rows(text), [
        '一、1. | 落实防火责任 | 县林业局 | 各乡镇人民政府',
        '一、2. | 加强火源管控 | 县公安局 | ',
        '一、3. | 开展宣传教育 | 县委宣传部 | 县教育局',
        '一、4. | 加强队伍建设 | 县应急局 | 县财政局、县人力资源社会保障局',
        '一、5. | 完善物资储备 | 县应急局 | 县财政局',
      ]);
      assert.deepEqual(check(text, TASK_RULES).map((f) => locate(text, f)), []);
    });
  }

  it('the label is the word inside the brackets, its colon the closing bracket (and a colon after it)', () => {
    const doc = parse(notice);
    const labels = doc.assignments.flatMap((a) => a.entries.map((e) => `${e.label?.text}|${e.colon?.text}|${e.role}`));
    assert.deepEqual(labels, [
      '牵头单位|】|lead',
      '配合单位|】|participant',
      '责任单位|】|lead',
      '牵头单位|]|lead',
      '配合单位|]|participant',
      '牵头单位|】|lead',
      '配合单位|】|participant',
      '牵头单位|】：|lead',
      '配合单位|】：|participant',
    ]);
  });

  it('a task with participants only: the error, and a fix writing the label in brackets before them', () => {
    const text = [...head, '1.落实防火责任。【牵头单位】县林业局【配合单位】各乡镇人民政府', '2.加强火源管控。【配合单位】县公安局', ''].join('\n');
    const fs = check(text, ['task-missing-lead']);
    assert.deepEqual(
      fs.map((f) => locate(text, f)).map((l) => `${l.at} ${l.text}`),
      ['9:1-9:9 2.加强火源管控'],
    );
    assert.match(fs[0].message.zh, /本文其他任务写作“【牵头单位】……”/);
    const fixed = applyEdits(text, fs[0].fixes![0].edits);
    assert.equal(fixed.split('\n')[8], '2.加强火源管控。【牵头单位】【配合单位】县公安局');
  });

  it('a task with no assignment: the fix appends the bracket label (half-width as the document writes it)', () => {
    const text = collapse([...head, '1.落实防火责任。[牵头单位]县林业局', '2.加强火源管控。[牵头单位]县公安局', '3.开展宣传教育。', ''].join('\n'));
    const fs = check(text, ['task-missing-lead']);
    assert.deepEqual(fs.map((f) => text.slice(f.range.start, f.range.end)), ['3.开展宣传教育']);
    const fixed = applyEdits(text, fs[0].fixes![0].edits);
    assert.ok(fixed.endsWith('3.开展宣传教育。[牵头单位]'), fixed);
  });

  it('bracket labels inside a note: the fixes write the lead label in the same brackets', () => {
    const text = crlf([...head, '1.落实防火责任。（【牵头单位】县林业局【配合单位】县公安局）', '2.加强火源管控。（【配合单位】县公安局）', '3.开展宣传。', ''].join('\n'));
    const fs = check(text, ['task-missing-lead']);
    assert.deepEqual(fs.map((f) => text.slice(f.range.start, f.range.end)), ['2.加强火源管控', '3.开展宣传']);
    const lines = (f: (typeof fs)[number]) => applyEdits(text, f.fixes![0].edits).split('\r\n').slice(8, 10);
    assert.deepEqual(lines(fs[0]), ['2.加强火源管控。（【牵头单位】【配合单位】县公安局）', '3.开展宣传。']);
    assert.deepEqual(lines(fs[1]), ['2.加强火源管控。（【配合单位】县公安局）', '3.开展宣传。（【牵头单位】）']);
  });

  it('an empty bracket label: task-empty-assignment covers it, brackets included', () => {
    const text = [...head, '1.落实防火责任。【牵头单位】【配合单位】县林业局', ''].join('\n');
    const fs = check(text, ['task-empty-assignment']);
    assert.deepEqual(fs.map((f) => `${locate(text, f).at} ${text.slice(f.range.start, f.range.end)}`), ['8:10-8:16 【牵头单位】']);
    assert.equal(fs[0].message.zh, '“牵头单位”后未写明具体单位。请补写牵头单位名称，或删除该标签。');
  });

  it('task-lead-label-mixed: the word inside the brackets is the label; the fix keeps the brackets', () => {
    const text = [...head, '1.落实防火责任。【牵头单位】县林业局', '2.加强火源管控。【牵头单位】县公安局', '3.开展宣传教育。【牵头部门】县委宣传部', ''].join('\n');
    const fs = check(text, ['task-lead-label-mixed']);
    assert.deepEqual(fs.map((f) => `${locate(text, f).at} ${text.slice(f.range.start, f.range.end)}`), ['10:11-10:15 牵头部门']);
    assert.equal(applyEdits(text, fs[0].fixes![0].edits).split('\n')[9], '3.开展宣传教育。【牵头单位】县委宣传部');
  });

  it('stays out: a bracketed word that is no label, brackets of another kind or mismatched', () => {
    const text = [...head, '1.落实防火责任。【通知】县林业局负责。', '2.加强火源管控。〔牵头单位〕县公安局', '3.开展宣传教育。【牵头单位]县委宣传部', ''].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.assignments.map((a) => text.slice(a.range.start, a.range.end)),
      [],
    );
  });
});

describe('round 13 (S P7): X为牵头单位 and X会同Y in notes and label lists', () => {
  const notice = [
    ...head,
    '1.开展校园食品安全专项检查。（县市场监管局为牵头单位，县教育局、县卫生健康局为配合单位）',
    '2.开展隐患排查。（县应急局为责任单位）',
    '3.开展联合执法。（县应急局会同县公安局负责）',
    '4.开展道路巡查。（由县交通运输局会同县公安局、县应急局负责）',
    '5.开展火灾演练。牵头单位：县应急局会同县消防救援大队；配合单位：各乡镇人民政府',
    '6.开展宣传教育。（县委宣传部牵头，县教育局会同县文化旅游局配合）',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: lead X, participants Y (Z); no finding on the pieces`, () => {
      const text = layout(notice);
      assert.deepEqual(rows(text), [
        '一、1. | 开展校园食品安全专项检查 | 县市场监管局 | 县教育局、县卫生健康局',
        '一、2. | 开展隐患排查 | 县应急局 | ',
        '一、3. | 开展联合执法 | 县应急局 | 县公安局',
        '一、4. | 开展道路巡查 | 县交通运输局 | 县公安局、县应急局',
        '一、5. | 开展火灾演练 | 县应急局 | 县消防救援大队、各乡镇人民政府',
        '一、6. | 开展宣传教育 | 县委宣传部 | 县教育局、县文化旅游局',
      ]);
      assert.deepEqual(check(text, TASK_RULES).map((f) => locate(text, f)), []);
    });
  }

  it('the units keep their exact ranges (no 为…单位, 会同 or 由 inside)', () => {
    const doc = parse(notice);
    const units = doc.assignments.flatMap((a) => a.entries.flatMap((e) => e.units.map((u) => `${notice.slice(u.start, u.end)}/${u.role}`)));
    assert.deepEqual(units, [
      '县市场监管局/lead',
      '县教育局/participant',
      '县卫生健康局/participant',
      '县应急局/lead',
      '县应急局/lead',
      '县公安局/participant',
      '县交通运输局/lead',
      '县公安局/participant',
      '县应急局/participant',
      '县应急局/lead',
      '县消防救援大队/participant',
      '各乡镇人民政府/participant',
      '县委宣传部/lead',
      '县教育局/participant',
      '县文化旅游局/participant',
    ]);
  });

  it('stays out: 会同 in prose, 会同县 as a place, 由 without 会同, 为 with no label word or no unit before it', () => {
    const text = [
      ...head,
      '1.开展联合执法。由县应急局会同县公安局负责组织实施。',
      '2.开展道路巡查。（怀化市会同县人民政府负责）',
      '3.开展隐患排查。（由县应急局负责）',
      '4.开展宣传教育。（县委宣传部为主）',
      '（列第一位的为牵头单位）',
      '',
    ].join('\n');
    const doc = parse(text);
    const got = doc.assignments.map((a) => `${text.slice(a.range.start, a.range.end)} ${a.entries.flatMap((e) => e.units.map((u) => `${u.text}/${u.role}`)).join(',')}`);
    assert.deepEqual(got, ['（怀化市会同县人民政府负责） 怀化市会同县人民政府/lead']);
  });

  for (const [name, layout] of layouts) {
    it(`${name}: a task whose sentence names its lead, X会同Y负责……, stays silent as X负责…… does`, () => {
      const text = layout(
        [...head, '1.落实防火责任。（县林业局牵头）', '2.开展联合执法。由县应急局会同县公安局负责组织实施。', '3.开展道路巡查。县交通运输局会同县公安局负责组织巡查。', '4.开展宣传。', ''].join('\n'),
      );
      assert.deepEqual(check(text, ['task-missing-lead']).map((f) => text.slice(f.range.start, f.range.end)), ['4.开展宣传']);
    });
  }
});
