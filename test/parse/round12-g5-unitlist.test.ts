// Round 12 (G5, unit lists): role phrases closing a note (牵头抓总, 牵头实施, 牵头推进, 负总责, 统筹, 主抓, 主责) name
// the lead (P1); 分工负责, 分头负责, 督促指导 close a list as 按职责分工负责 does (P3); a person's label (责任人：,
// 责任领导：, 联系人：) ends a unit list (P4).
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { blankBetweenKnownUnits } from '../../server/src/core/parse/unitlist';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

const rows = (t: string): string[] =>
  taskTableRows(parse(t)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')}`);
const RULES = ['task-missing-lead', 'unit-unknown', 'task-empty-assignment', 'task-lead-also-participant'];
const found = (t: string): string[] =>
  check(t, RULES).map((f) => {
    const l = locate(t, f);
    return `${l.rule} ${l.at} ${l.text}`;
  });
const layouts = (t: string): string[] => [t, collapse(t), crlf(t), halfWidth(t), halfWidth(collapse(t))];

const head = (title: string): string[] => [
  `关于印发《某县2024年${title}》的通知`,
  '各乡镇人民政府，县直各单位：',
  `现将《某县2024年${title}》印发给你们，请认真贯彻落实。`,
  '某县人民政府办公室',
  '2024年2月1日',
  `某县2024年${title}`,
  '一、重点任务',
];

describe('round 12 (G5, P1): role phrases that close a note name the lead', () => {
  const t = [
    ...head('重点工作任务'),
    '1.编制县域产业发展规划。（县发展改革局牵头抓总）',
    '2.推进数字政府建设。（县数据资源局牵头实施）',
    '3.实施农村公路提档升级。（县交通运输局牵头推进）',
    '4.压实安全生产责任。（县应急管理局负总责）',
    '5.推进河湖长制。（县水利局统筹，各乡镇落实）',
    '6.推进森林防火。（县林业局主抓）',
    '7.推进耕地保护。（县自然资源局主责，县农业农村局协同）',
    '8.推进老旧小区改造。（县住房城乡建设局牵头）',
    '',
  ].join('\n');
  const expected = [
    '一、1. | 编制县域产业发展规划 | 县发展改革局 | ',
    '一、2. | 推进数字政府建设 | 县数据资源局 | ',
    '一、3. | 实施农村公路提档升级 | 县交通运输局 | ',
    '一、4. | 压实安全生产责任 | 县应急管理局 | ',
    '一、5. | 推进河湖长制 | 县水利局 | 各乡镇',
    '一、6. | 推进森林防火 | 县林业局 | ',
    '一、7. | 推进耕地保护 | 县自然资源局 | 县农业农村局',
    '一、8. | 推进老旧小区改造 | 县住房城乡建设局 | ',
  ];
  it('the tasks table gives each lead, in both layouts, CRLF and half-width', () => {
    for (const v of layouts(t)) assert.deepEqual(rows(v), expected);
  });
  it('task-missing-lead and unit-unknown stay silent', () => {
    for (const v of layouts(t)) assert.deepEqual(found(v), []);
  });
  it('统筹/负总责 turn a 负责 clause into participants, as 牵头 does', () => {
    const u = [...head('重点工作任务'), '1.推进河湖长制。（县水利局统筹，县农业农村局负责）', ''].join('\n');
    for (const v of layouts(u)) assert.deepEqual(rows(v), ['一、1. | 推进河湖长制 | 县水利局 | 县农业农村局']);
  });
  it('统筹, 主抓, 主责 after no unit name are prose, not a note (城乡统筹, 党政主责)', () => {
    const u = [...head('重点工作任务'), '1.推进城乡融合发展。（城乡统筹）', '2.压实责任。（党政主责）', '3.推进改造。（县住建局牵头）', ''].join('\n');
    for (const v of layouts(u)) {
      assert.deepEqual(rows(v), ['一、1. | 推进城乡融合发展 |  | ', '一、2. | 压实责任 |  | ', '一、3. | 推进改造 | 县住建局 | ']);
    }
  });
  it('a 主责单位 label still names 责任 units (they lead beside no 牵头)', () => {
    const u = [...head('重点工作任务'), '1.推进改造。主责单位：县住建局；配合单位：县财政局。', ''].join('\n');
    for (const v of layouts(u)) assert.deepEqual(rows(v), ['一、1. | 推进改造 | 县住建局 | 县财政局']);
  });
});

describe('round 12 (G5, P3): 分工负责, 分头负责, 督促指导 close a unit list', () => {
  const t = [
    ...head('安全生产工作要点'),
    '1.组织开展安全生产专题学习培训。（县委宣传部、县委组织部、县应急局分工负责）',
    '2.开展隐患排查整治。（县应急局、县公安局分头负责）',
    '3.开展执法检查。（县应急局督促指导，各乡镇落实）',
    '4.开展宣传活动。（县委宣传部、县融媒体中心分工落实）',
    '',
  ].join('\n');
  it('no unit-unknown on 县应急局分工 / 县公安局分头 / 县应急局督促; task-missing-lead silent', () => {
    for (const v of layouts(t)) assert.deepEqual(found(v), []);
  });
  it('the tasks table lists the units without the modifiers', () => {
    const expected = [
      '一、1. | 组织开展安全生产专题学习培训 | 县委宣传部、县委组织部、县应急局 | ',
      '一、2. | 开展隐患排查整治 | 县应急局、县公安局 | ',
      '一、3. | 开展执法检查 | 县应急局 | 各乡镇',
      '一、4. | 开展宣传活动 | 县委宣传部、县融媒体中心 | ',
    ];
    for (const v of layouts(t)) assert.deepEqual(rows(v), expected);
  });
});

describe('round 12 (G5, P4): 责任人：, 责任领导：, 联系人： end a unit list', () => {
  const t = [
    ...head('森林防火工作方案'),
    '1.加强火源管控。（牵头单位：县公安局，责任人：李四；配合单位：县林业局）',
    '2.开展宣传教育。（牵头单位：县委宣传部，责任领导：王五；配合单位：县教育局）',
    '3.开展应急演练。（牵头单位：县应急局，联系人：赵六；配合单位：县消防救援大队）',
    '',
  ].join('\n');
  it('no unit-unknown on 责任人：李四; the person is no unit of the table', () => {
    for (const v of layouts(t)) assert.deepEqual(found(v), []);
    const expected = [
      '一、1. | 加强火源管控 | 县公安局 | 县林业局',
      '一、2. | 开展宣传教育 | 县委宣传部 | 县教育局',
      '一、3. | 开展应急演练 | 县应急局 | 县消防救援大队',
    ];
    for (const v of layouts(t)) assert.deepEqual(rows(v), expected);
  });
  it('a unit list ending before 责任人 keeps its range (unit-unknown still flags a bad unit before it)', () => {
    const u = [...head('森林防火工作方案'), '1.加强火源管控。（牵头单位：县公安局、县某某某某某，责任人：李四）', ''].join('\n');
    const f = check(u, ['unit-unknown']).map((x) => u.slice(x.range.start, x.range.end));
    assert.ok(!f.some((s) => s.includes('责任人')), JSON.stringify(f));
  });
});

describe('round 12 (G5, P6): known unit names parted only by blanks inside a note', () => {
  const t = [
    ...head('重点任务'),
    '1.推进乡村振兴。（县农业农村局 县水利局牵头，县财政局　县自然资源局配合）',
    '2.推进数字政府。（县委 宣传部牵头）',
    '3.推进城市更新。（县住建局、县城管局分头负责）',
    '',
  ].join('\n');
  it('each known unit is kept, with its role (both layouts, CRLF, half-width)', () => {
    const expected = [
      '一、1. | 推进乡村振兴 | 县农业农村局、县水利局 | 县财政局、县自然资源局',
      '一、2. | 推进数字政府 | 县委 宣传部 | ',
      '一、3. | 推进城市更新 | 县住建局、县城管局 | ',
    ];
    for (const v of layouts(t)) assert.deepEqual(rows(v), expected);
  });
  it('blankBetweenKnownUnits: whole known names on both sides only', () => {
    const at = (s: string, blank: string) => {
      const i = s.indexOf(blank);
      return blankBetweenKnownUnits(s, i, i + blank.length, s.length);
    };
    assert.equal(at('牵头单位：县农业农村局 县水利局；', ' '), true);
    assert.equal(at('配合单位：县城管局　县交通运输局）', '　'), true);
    assert.equal(at('（县财政局  县自然资源局配合）', '  '), true);
    assert.equal(at('（县委 宣传部牵头）', ' '), false);
    assert.equal(at('（县财 政局）', ' '), false);
    assert.equal(at('（由县农业农村局 县水利局牵头）', ' '), false);
    assert.equal(at('县农业农村局 负责', ' '), false);
    assert.equal(at('县农业农村局\n县水利局', '\n'), false);
  });
});
