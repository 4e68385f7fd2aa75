// Round 11 (F4, tasks): a 任务分工表 pasted from Word as tab-separated text is a task table (P4); a second attached
// document (附件2 / 任务分工表 / 1.……) numbers its tasks on its own, under its label, and the first document's last
// task keeps its row (P5); a deadline label without a date (完成时限：长期坚持 / 持续推进) is shown as written (P6).
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { taskTableRows, unwrapName } from '../../server/src/core/features/taskTable';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

/** The tasks table as `path | task | leads | participants | deadline`. */
const rows = (t: string): string[] =>
  taskTableRows(parse(t)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')} | ${r.deadline ?? ''}`);
const TASK_RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed'];
const found = (t: string, rules: string[]): string[] =>
  check(t, rules).map((f) => {
    const l = locate(t, f);
    return `${l.rule} ${l.at} ${l.text}`;
  });

const HEAD = [
  '某县人民政府办公室关于印发某县养老服务提升方案的通知',
  '各乡镇人民政府，县直各单位：',
  '现将《某县养老服务提升方案》印发给你们，请认真贯彻执行。',
  '附件：某县养老服务提升任务分工表',
  '某县人民政府办公室',
  '2023年3月1日',
  '附件',
  '某县养老服务提升任务分工表',
];

describe('round 11 (F4, P4): a tab-separated 任务分工表 (a Word table pasted as text)', () => {
  const t = [
    ...HEAD,
    '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
    '1\t建设乡镇养老服务中心\t县民政局\t县财政局、各乡镇人民政府\t2023年12月底前',
    '2\t开展居家养老上门服务\t县民政局\t县卫生健康委\t长期坚持',
    '3\t培训养老护理员\t县人社局\t县民政局',
    '',
  ].join('\n');
  const expected = [
    '1 | 建设乡镇养老服务中心 | 县民政局 | 县财政局、各乡镇人民政府 | 2023年12月底前',
    '2 | 开展居家养老上门服务 | 县民政局 | 县卫生健康委 | 长期坚持',
    '3 | 培训养老护理员 | 县人社局 | 县民政局 | ',
  ];
  it('reads every row, the deadline cell as written (LF and CRLF)', () => {
    for (const v of [t, crlf(t)]) {
      const doc = parse(v);
      assert.equal(doc.tables.length, 1);
      const tb = doc.tables[0];
      assert.equal(v.slice(tb.range.start, tb.range.end).split(/\r?\n/)[0], '序号\t重点任务\t牵头单位\t责任单位\t完成时限');
      assert.deepEqual(tb.columns, { number: 0, task: 1, lead: 2, participant: 3, deadline: 4 });
      assert.deepEqual(rows(v), expected);
      assert.deepEqual(found(v, TASK_RULES), []);
    }
  });
  it('an empty lead cell (two tabs together) is the table’s task-missing-lead finding, on the task cell', () => {
    const v = t.replace('2\t开展居家养老上门服务\t县民政局\t', '2\t开展居家养老上门服务\t\t');
    assert.deepEqual(rows(v)[1], '2 | 开展居家养老上门服务 |  | 县卫生健康委 | 长期坚持');
    assert.deepEqual(found(v, TASK_RULES), ['task-missing-lead 11:3-11:13 开展居家养老上门服务']);
    assert.deepEqual(found(crlf(v), TASK_RULES), ['task-missing-lead 11:3-11:13 开展居家养老上门服务']);
  });
  it('collapsed onto one line it is no table (nothing to split rows by): no rows, no finding', () => {
    for (const v of [collapse(t), halfWidth(collapse(t))]) {
      assert.deepEqual(parse(v).tables, []);
      assert.deepEqual(rows(v), []);
      assert.deepEqual(found(v, TASK_RULES), []);
    }
  });
  it('tabs in lines without a header of column labels make no table', () => {
    const v = [...HEAD, '姓名\t职务\t电话', '张三\t科长\t12345678', '李四\t科员\t23456789', ''].join('\n');
    assert.deepEqual(parse(v).tables, []);
    // a header of two labels only, or a header cell that is a sentence
    const two = t.replace('序号\t重点任务\t牵头单位\t责任单位\t完成时限', '重点任务\t牵头单位');
    assert.deepEqual(parse(two).tables, []);
  });
  it('a row with more cells than the header ends the table before it', () => {
    const v = t.replace('3\t培训养老护理员\t县人社局\t县民政局', '3\t培训养老护理员\t县人社局\t县民政局\t2023年10月底\t备注\t多余');
    assert.deepEqual(rows(v), expected.slice(0, 2));
  });
});

describe('round 11 (F4, P4): a blank-separated 任务分工表, read only where the split is safe', () => {
  const t = [
    ...HEAD,
    '序号 重点任务 牵头单位 责任单位 完成时限',
    '1 建设乡镇养老服务中心 县民政局 县财政局、各乡镇人民政府 2023年12月底前',
    '2 开展居家养老上门服务 县民政局 县卫生健康委 长期坚持',
    '3　培训养老护理员　县人社局　县民政局　2023年10月底',
    '',
  ].join('\n');
  const expected = [
    '1 | 建设乡镇养老服务中心 | 县民政局 | 县财政局、各乡镇人民政府 | 2023年12月底前',
    '2 | 开展居家养老上门服务 | 县民政局 | 县卫生健康委 | 长期坚持',
    '3 | 培训养老护理员 | 县人社局 | 县民政局 | 2023年10月底',
  ];
  it('reads every row (spaces or U+3000 between cells; LF and CRLF), no task finding', () => {
    for (const v of [t, crlf(t)]) {
      const doc = parse(v);
      assert.equal(doc.tables.length, 1);
      assert.deepEqual(doc.tables[0].columns, { number: 0, task: 1, lead: 2, participant: 3, deadline: 4 });
      assert.deepEqual(rows(v), expected);
      assert.deepEqual(found(v, TASK_RULES), []);
    }
  });
  it('a row with a blank inside a cell (one piece too many) ends the table before it', () => {
    const v = t.replace('2 开展居家养老上门服务 县民政局', '2 开展居家养老 上门服务 县民政局');
    assert.deepEqual(rows(v), expected.slice(0, 1));
  });
  it('rows must number 1, 2, 3 …, unit cells be no sentences; collapsed it is no table', () => {
    assert.deepEqual(parse(t.replace('\n1 建设', '\n4 建设')).tables, []);
    assert.deepEqual(rows(t.replace('县人社局　县民政局　', '县人社局　县民政局负责。　')), expected.slice(0, 2));
    for (const v of [collapse(t), halfWidth(collapse(t))]) assert.deepEqual(parse(v).tables, []);
  });
  it('a header that is no line of column labels (序号 then prose, or no units column) makes no table', () => {
    assert.deepEqual(parse(t.replace('序号 重点任务 牵头单位 责任单位 完成时限', '序号 重点任务 完成时限 备注')).tables, []);
    assert.deepEqual(parse(t.replace('序号 重点任务 牵头单位 责任单位 完成时限', '序号 按下列顺序 排列 牵头单位')).tables, []);
  });
});

describe('round 11 (F4, P5): a second attached document’s items are its own tasks', () => {
  const t = [
    '某县人民政府办公室关于印发防汛工作方案的通知',
    '各乡镇人民政府，县政府各部门：',
    '现将《防汛工作方案》印发给你们，请认真贯彻执行。',
    '附件：1.防汛工作方案',
    '2.任务分工表',
    '某县人民政府办公室',
    '2023年4月10日',
    '附件1',
    '防汛工作方案',
    '一、主要任务',
    '（一）排查隐患。全面排查河道隐患。（牵头单位：县水利局；责任单位：各乡镇人民政府）',
    '（二）储备物资。备足防汛物资。（牵头单位：县应急局；责任单位：县粮食和物资储备中心）',
    '附件2',
    '任务分工表',
    '1.河道清障 牵头单位：县水利局 配合单位：县自然资源局 完成时限：2023年5月底',
    '2.物资储备 牵头单位：县应急局 配合单位：县财政局 完成时限：2023年5月底',
    '',
  ].join('\n');
  const expected = (hw: boolean): string[] => {
    const o = hw ? '(' : '（';
    const c = hw ? ')' : '）';
    return [
      `一、${o}一${c} | 排查隐患 | 县水利局 | 各乡镇人民政府 | `,
      `一、${o}二${c} | 储备物资 | 县应急局 | 县粮食和物资储备中心 | `,
      `附件2：1. | 河道清障 | 县水利局 | 县自然资源局 | 2023年5月底`,
      `附件2：2. | 物资储备 | 县应急局 | 县财政局 | 2023年5月底`,
    ];
  };
  it('keeps （二）’s row and numbers 附件2’s rows under its label, in every layout', () => {
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(rows(v), expected(false));
    for (const v of [halfWidth(t), halfWidth(collapse(t))]) assert.deepEqual(rows(v), expected(true));
    for (const v of [t, crlf(t), collapse(t), halfWidth(t)]) assert.deepEqual(found(v, TASK_RULES), []);
  });
  it('a | 分工表 as 附件2: its rows carry the label too', () => {
    const v = t
      .replace('1.河道清障 牵头单位：县水利局 配合单位：县自然资源局 完成时限：2023年5月底', '序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n1 | 河道清障 | 县水利局 | 县自然资源局 | 2023年5月底 |')
      .replace('2.物资储备 牵头单位：县应急局 配合单位：县财政局 完成时限：2023年5月底', '2 | 物资储备 | 县应急局 | 县财政局 | 2023年5月底 |');
    for (const x of [v, crlf(v)]) assert.deepEqual(rows(x), [...expected(false).slice(0, 2), '附件2：1 | 河道清障 | 县水利局 | 县自然资源局 | 2023年5月底', '附件2：2 | 物资储备 | 县应急局 | 县财政局 | 2023年5月底']);
  });
  it('a single attached document keeps its paths as written', () => {
    const one = t.slice(0, t.indexOf('附件2\n')) + '\n';
    assert.deepEqual(rows(one), expected(false).slice(0, 2));
  });
});

describe('round 11 (F4, P6): 完成时限 written without a date is shown as written', () => {
  const t = [
    '某县燃气安全整治方案',
    '一、主要任务',
    '（一）排查燃气用户。逐户排查餐饮场所燃气隐患。（牵头单位：县城管局；责任单位：县市场监管局；完成时限：长期坚持）',
    '（二）更新老旧管网。',
    '牵头单位：县住建局',
    '配合单位：各乡镇人民政府',
    '完成时限：持续推进',
    '（三）开展宣传。（牵头单位：县委宣传部；完成时限：2023年6月底）',
    '（四）加强监管。（牵头单位：县应急局；时间节点：每季度）',
    '（五）建立台账。（牵头单位：县应急局）',
    '二、保障措施',
    '各乡镇要加强组织领导。',
    '',
  ].join('\n');
  const expected = (hw: boolean): string[] => {
    const o = hw ? '(' : '（';
    const c = hw ? ')' : '）';
    return [
      `一、${o}一${c} | 排查燃气用户 | 县城管局 | 县市场监管局 | 长期坚持`,
      `一、${o}二${c} | 更新老旧管网 | 县住建局 | 各乡镇人民政府 | 持续推进`,
      `一、${o}三${c} | 开展宣传 | 县委宣传部 |  | 2023年6月底`,
      `一、${o}四${c} | 加强监管 | 县应急局 |  | 每季度`,
      `一、${o}五${c} | 建立台账 | 县应急局 |  | `,
    ];
  };
  it('in a note and on a label line, in every layout', () => {
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(rows(v), expected(false));
    for (const v of [halfWidth(t), halfWidth(collapse(t))]) assert.deepEqual(rows(v), expected(true));
  });
  it('a label whose text runs on past 20 characters is no deadline', () => {
    const v = t.replace('完成时限：持续推进', '完成时限：结合全县燃气管网改造整体进度安排分批次逐步推进实施');
    assert.equal(rows(v)[1], '一、（二） | 更新老旧管网 | 县住建局 | 各乡镇人民政府 | ');
  });
});

describe('round 11 (F4, P7 table side): a unit name wrapped over lines is one participant', () => {
  it('a | cell 县发展⏎改革局 shows 县发展改革局 (LF and CRLF), the unit after it kept', () => {
    const t = [
      '某县统计工作任务分工表',
      '序号 |',
      '工作任务 |',
      '牵头单位 |',
      '责任单位 |',
      '1 |',
      '开展经济普查 |',
      '县统计局 |',
      '县发展',
      '改革局、县市场监管局 |',
      '2 |',
      '开展人口抽样调查 |',
      '县统计局 |',
      '各乡镇人民政府 |',
      '',
    ].join('\n');
    for (const v of [t, crlf(t)])
      assert.deepEqual(rows(v), ['1 | 开展经济普查 | 县统计局 | 县发展改革局、县市场监管局 | ', '2 | 开展人口抽样调查 | 县统计局 | 各乡镇人民政府 | ']);
  });
});

describe('round 11 (F4, P7): a note whose unit a blank splits (collapsed paste)', () => {
  it('县发展 改革局 is one participant, shown as written, and the unit after it is kept', () => {
    const t = [
      '某县统计工作方案',
      '一、主要任务',
      '（一）开展经济普查。全面摸清全县单位底数（牵头单位：县统计局，责任单位：县发展',
      '改革局、县市场监管局）。',
      '（二）开展人口抽样调查。（牵头单位：县统计局）',
      '',
    ].join('\n');
    for (const v of [collapse(t), halfWidth(collapse(t))])
      assert.deepEqual(rows(v).slice(0, 1), [`一、${v.includes('(一)') ? '(一)' : '（一）'} | 开展经济普查 | 县统计局 | 县发展 改革局、县市场监管局 | `]);
  });
});

describe('round 11 (F4): unwrapName', () => {
  it('joins a name a line break splits after a character that ends no name; keeps two names and blanks as written', () => {
    assert.equal(unwrapName('县发展\n改革局'), '县发展改革局');
    assert.equal(unwrapName('县发展\r\n  改革局'), '县发展改革局');
    assert.equal(unwrapName('县发展 改革局'), '县发展 改革局');
    assert.equal(unwrapName('县财政局\n县教育局'), '县财政局\n县教育局');
    assert.equal(unwrapName('区委\n区政府'), '区委\n区政府');
    assert.equal(unwrapName('县统计局'), '县统计局');
  });
});
