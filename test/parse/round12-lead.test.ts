// Round 12 (S's P6, labelled form): units separated only by blanks in a labelled note stay one list when both names
// are known; a 署名 after a list's last unit, on the same collapsed line, never joins it.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { titleIssuers } from '../../server/src/core/rules/notice/notice-issuer-mismatch';
import { check, collapse, crlf } from '../helpers';

const rows = (t: string): string[] => taskTableRows(parse(t)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')}`);

const notice = [
  '某县2024年重点任务',
  '一、重点任务',
  '1.推进乡村振兴。（牵头单位：县农业农村局 县水利局；配合单位：县财政局 县自然资源局）',
  '2.推进城市更新。（牵头单位：县住建局；配合单位：县城管局\u3000县交通运输局）',
  '3.推进数字政府。',
  '牵头单位：县数据局',
  '配合单位：县政务服务中心',
  '某县人民政府',
  '2024年2月1日',
  '',
].join('\n');

describe('round 12: blank-separated known units in a labelled note', () => {
  for (const [name, layout] of [
    ['one paragraph per line', (t: string) => t],
    ['CRLF', crlf],
    ['collapsed', collapse],
  ] as const) {
    it(`${name}: every unit kept, the 署名 never a participant`, () => {
      assert.deepEqual(rows(layout(notice)), [
        '一、1. | 推进乡村振兴 | 县农业农村局、县水利局 | 县财政局、县自然资源局',
        '一、2. | 推进城市更新 | 县住建局 | 县城管局、县交通运输局',
        '一、3. | 推进数字政府 | 县数据局 | 县政务服务中心',
      ]);
    });
  }
});

describe('round 12 (R P2, collapsed): a 成文日期 that lost 年 or 日 after the 署名 is its own paragraph', () => {
  const base = (date: string): string =>
    [
      '某县人民政府办公室关于印发某县食品安全工作方案的通知',
      '各乡镇人民政府，县政府有关部门：',
      '《某县食品安全工作方案》已经县政府同意，现印发给你们，请认真组织实施。',
      '某县人民政府办公室',
      date,
      '某县食品安全工作方案',
      '一、工作目标',
      '到2024年底，全县食品抽检合格率达到98%以上。',
      '',
    ].join('\n');
  for (const date of ['20231月19', '20231月19日', '2023 1月19', '2023年1月19']) {
    it(`${date}: read as the date, date-invalid only`, () => {
      const text = collapse(base(date));
      const doc = parse(text);
      assert.deepEqual(doc.notice?.signatures.map((x) => x.text), ['某县人民政府办公室']);
      assert.equal(doc.notice?.signDate?.text, date);
      const fs = check(text, ['date-invalid', 'notice-missing-element']);
      assert.deepEqual(fs.map((f) => `${f.ruleId} ${text.slice(f.range.start, f.range.end)}`), [`date-invalid ${date}`]);
    });
  }
});

describe('round 12: a page tag before the title and the issuer', () => {
  it('a column tag names no issuer; a place tag glued to its level is the issuer\'s place', () => {
    assert.deepEqual(titleIssuers('【意见征集】关于征求《某镇森林防火预案》意见的公告'), []);
    assert.deepEqual(titleIssuers('[置顶]某县人民政府关于印发某县防汛预案的通知'), ['某县人民政府']);
    assert.deepEqual(titleIssuers('[重庆]市农业委员会办公室转发农业部办公厅关于开展评估工作的通知'), ['重庆市农业委员会办公室']);
    assert.deepEqual(titleIssuers('【通知】市农业委员会关于开展评估工作的通知'), ['市农业委员会']);
  });
});

describe('round 12 (S P2): a label with an aside before its colon', () => {
  const t = [
    '关于印发《2022年优化营商环境攻坚方案》的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《2022年优化营商环境攻坚方案》印发给你们，请认真贯彻执行。',
    '某某县人民政府办公室',
    '2022年8月18日',
    '2022年优化营商环境攻坚方案',
    '一、重点任务',
    '（一）压减开办企业时间。牵头单位（部门）：县市场监管局。',
    '（二）推进不动产登记便利化。责任科室(单位):县自然资源局。',
    '（三）加强火源管控。牵头单位及责任人：县公安局 张三；配合单位：县林业局',
    '（四）提升政务服务效能。牵头单位：县政务服务中心。',
    '',
  ].join('\n');
  for (const [name, layout] of [
    ['one paragraph per line', (x: string) => x],
    ['CRLF', crlf],
    ['collapsed', collapse],
  ] as const) {
    it(`${name}: read as the label, its units the leads, no task-missing-lead`, () => {
      const text = layout(t);
      assert.deepEqual(check(text, ['task-missing-lead']), []);
      assert.deepEqual(rows(text), [
        '一、（一） | 压减开办企业时间 | 县市场监管局 | ',
        '一、（二） | 推进不动产登记便利化 | 县自然资源局 | ',
        '一、（三） | 加强火源管控 | 县公安局 | 县林业局',
        '一、（四） | 提升政务服务效能 | 县政务服务中心 | ',
      ]);
    });
  }
});

describe('round 12: a unit list ends at a comma before the next item or a sentence', () => {
  const t = [
    '某县稳就业攻坚方案',
    '一、攻坚举措',
    '（一）开展就业服务活动。责任科室(单位):就业科、人才中心分别牵头,(二)开展政策宣传活动。责任单位：县人社局牵头，县人社局将攻坚举措列入全程跟踪落实机制管理范围。',
    '（三）加强资金保障。责任单位：县财政局牵头，县审计局配合。',
    '',
  ].join('\n');
  for (const [name, layout] of [
    ['one paragraph per line', (x: string) => x],
    ['collapsed', collapse],
  ] as const) {
    it(`${name}: no unit-unknown on the item or the sentence; a participant after 牵头， stays`, () => {
      const text = layout(t);
      assert.deepEqual(check(text, ['unit-unknown']), []);
      assert.deepEqual(rows(text).slice(-1), ['一、（三） | 加强资金保障 | 县财政局 | 县审计局']);
    });
  }
});

describe('round 12 (S P5): a deadline that is a period shows whole in the tasks table', () => {
  const t = [
    '某县2024年森林防火工作方案',
    '一、主要任务',
    '（一）加强值班值守。（牵头单位：县林业局；完成时限：2024年3月—5月）',
    '（二）开展隐患排查。（牵头单位：县应急管理局；完成时限：2024年3月1日——3月15日）',
    '（三）开展宣传教育。（牵头单位：县委宣传部；完成时限：2024年3月至5月底）',
    '（四）开展督导检查。（牵头单位：县林业局；完成时限：2024年6月底前，至今未完成的要说明）',
    '附件',
    '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 开展扑火演练 | 县消防救援大队 | 县应急管理局 | 2024年3月-12月 |',
    '',
  ].join('\n');
  const deadlines = (x: string) => taskTableRows(parse(x)).map((r) => r.deadline);
  for (const [name, layout] of [
    ['one paragraph per line', (x: string) => x],
    ['CRLF', crlf],
  ] as const) {
    it(name, () => {
      assert.deepEqual(deadlines(layout(t)), ['2024年3月—5月', '2024年3月1日——3月15日', '2024年3月至5月底', '2024年6月底前', '2024年3月-12月']);
    });
  }
  it('collapsed', () => {
    assert.deepEqual(deadlines(collapse(t.split('\n附件\n')[0] + '\n')), ['2024年3月—5月', '2024年3月1日——3月15日', '2024年3月至5月底', '2024年6月底前']);
  });
});

describe('round 12 (S P3): units closing a note without a role word of their own take part', () => {
  const t = [
    '某县安全生产工作方案',
    '一、重点任务',
    '1.组织开展专题学习。（县委宣传部、县应急局分工负责；各乡镇）',
    '2.开展安全生产月活动。（县应急局牵头，县公安局配合；各乡镇）',
    '3.开展执法检查。（县应急局负责；2024年底前完成）',
    '',
  ].join('\n');
  for (const [name, layout] of [
    ['one paragraph per line', (x: string) => x],
    ['CRLF', crlf],
    ['collapsed', collapse],
  ] as const) {
    it(name, () => {
      assert.deepEqual(rows(layout(t)), [
        '一、1. | 组织开展专题学习 | 县委宣传部、县应急局 | 各乡镇',
        '一、2. | 开展安全生产月活动 | 县应急局 | 县公安局、各乡镇',
        '一、3. | 开展执法检查 | 县应急局 | ',
      ]);
    });
  }
});
