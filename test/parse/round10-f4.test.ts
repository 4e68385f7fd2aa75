// Round 10 (F4, tasks): 总牵头单位 as a lead label whose lead covers the items below; a lead named as the
// sentence's subject (县市场监管局牵头组织……) without 由; 协作单位 / 主要协作单位 as participant labels; a table's
// 预期目标 column as its task column (序号 never the task); a `|` table with 时间安排 and 责任单位 as a task table.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

/** The tasks table as `path | task | leads | participants` (+ ` ^` when the leads are inherited). */
const rows = (t: string): string[] =>
  taskTableRows(parse(t)).map((r) => `${r.path} | ${r.task} | ${r.leads.join('、')} | ${r.participants.join('、')}${r.leadInherited ? ' ^' : ''}`);
/** The findings of these rules as `rule line:col text`. */
const found = (t: string, rules: string[]): string[] =>
  check(t, rules).map((f) => {
    const l = locate(t, f);
    return `${l.rule} ${l.at} ${l.text}`;
  });
const layouts = (t: string): string[] => [t, crlf(t), collapse(t), halfWidth(t), halfWidth(collapse(t))];
const TASK_RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed'];

const HEAD = [
  '某县人民政府办公室关于印发某县营商环境提升行动方案的通知',
  '各乡镇人民政府，县直各单位：',
  '现将《某县营商环境提升行动方案》印发给你们，请认真贯彻执行。',
  '某县人民政府办公室',
  '2024年5月6日',
  '某县营商环境提升行动方案',
];

describe('round 10 (F4, P1): 总牵头单位 / 总牵头部门 lead the items below them', () => {
  const paren = [
    ...HEAD,
    '一、重点任务',
    '（一）优化法治环境（总牵头单位：县司法局）',
    '1.规范行政执法行为。',
    '2.依法保护企业合法权益。',
    '（二）提升服务效能（牵头单位：县数据资源局）',
    '1.推行证照联办。',
    '2.推广帮办代办。',
  ].join('\n');
  const paren2 = paren.replace('（牵头单位：县数据资源局）', '（总牵头单位：县数据资源局）');
  const line = [
    ...HEAD,
    '一、重点任务',
    '（一）优化法治环境',
    '总牵头部门：县司法局',
    '1.规范行政执法行为。',
    '2.依法保护企业合法权益。',
    '（二）提升服务效能',
    '牵头部门：县数据资源局',
    '1.推行证照联办。',
    '2.推广帮办代办。',
  ].join('\n');
  const expected = (first: string, hw = false): string[] => [
    `一、${hw ? '(' : '（'}一${hw ? ')' : '）'}1. | 规范行政执法行为 | ${first} |  ^`,
    `一、${hw ? '(' : '（'}一${hw ? ')' : '）'}2. | 依法保护企业合法权益 | ${first} |  ^`,
    `一、${hw ? '(' : '（'}二${hw ? ')' : '）'}1. | 推行证照联办 | 县数据资源局 |  ^`,
    `一、${hw ? '(' : '（'}二${hw ? ')' : '）'}2. | 推广帮办代办 | 县数据资源局 |  ^`,
  ];
  it('reads 总牵头单位 as a lead label (its exact range), in a note and on a line', () => {
    for (const v of layouts(paren)) {
      const a = parse(v).assignments.find((x) => x.entries[0].label?.text === '总牵头单位');
      assert.ok(a, v);
      assert.equal(a.form, 'paren');
      assert.equal(v.slice(a.range.start, a.range.end), v.includes('(总') ? '(总牵头单位:县司法局)' : '（总牵头单位：县司法局）');
      assert.deepEqual(a.entries.map((e) => [e.label?.text, e.role, e.units.map((u) => `${u.text}/${u.role}`)]), [['总牵头单位', 'lead', ['县司法局/lead']]]);
    }
    for (const v of layouts(line)) {
      const a = parse(v).assignments.find((x) => x.entries[0].label?.text === '总牵头部门');
      assert.ok(a, v);
      assert.deepEqual(a.entries.map((e) => [e.role, e.units.map((u) => u.text)]), [['lead', ['县司法局']]]);
    }
  });
  it('no task-missing-lead: the items inherit the lead (both layouts, CRLF, half-width)', () => {
    for (const v of [...layouts(paren), ...layouts(paren2), ...layouts(line)]) assert.deepEqual(found(v, TASK_RULES), [], v);
  });
  it('the items inherit the lead in the tasks table', () => {
    assert.deepEqual(rows(paren), expected('县司法局'));
    assert.deepEqual(rows(collapse(paren)), expected('县司法局'));
    assert.deepEqual(rows(crlf(paren)), expected('县司法局'));
    assert.deepEqual(rows(halfWidth(paren)), expected('县司法局', true));
    assert.deepEqual(rows(paren2), expected('县司法局'));
    assert.deepEqual(rows(line), expected('县司法局'));
  });
  it('an item without any lead is still found beside them', () => {
    const v = paren.replace('（牵头单位：县数据资源局）', '');
    assert.deepEqual(found(v, ['task-missing-lead']), [
      'task-missing-lead 12:1-12:9 1.推行证照联办',
      'task-missing-lead 13:1-13:9 2.推广帮办代办',
    ]);
  });
});

describe('round 10 (F4, P2): a lead named as the sentence’s subject, without 由', () => {
  const t = [
    ...HEAD,
    '一、重点任务',
    '（一）加强源头治理。开展农药残留专项整治。（牵头单位：县农业农村局）',
    '（二）加强宣传引导。县市场监管局牵头组织开展食品安全宣传周活动。',
    '（三）压实属地责任。各乡镇人民政府负责组织辖区内排查整治。',
    '（四）强化校园食品安全。落实校长陪餐制度。（牵头单位：县教育局）',
  ].join('\n');
  it('is silent on 县市场监管局牵头组织…… and 各乡镇人民政府负责组织…… (both layouts, CRLF, half-width)', () => {
    for (const v of layouts(t)) assert.deepEqual(found(v, ['task-missing-lead']), [], v);
  });
  it('the same with a list of units as the subject, and with the unit naming the task itself', () => {
    const v = t
      .replace('县市场监管局牵头组织', '县市场监管局、县卫生健康委牵头组织')
      .replace('（三）压实属地责任。各乡镇人民政府负责组织辖区内排查整治。', '（三）县应急管理局负责组织开展隐患排查。');
    for (const x of layouts(v)) assert.deepEqual(found(x, ['task-missing-lead']), [], x);
  });
  it('still flags a task whose sentences name no unit before 牵头/负责', () => {
    const v = t
      .replace('县市场监管局牵头组织开展食品安全宣传周活动。', '组织开展食品安全宣传周活动，各级干部负责到底。')
      .replace('各乡镇人民政府负责组织辖区内排查整治。', '开展排查整治，明确专人负责。');
    assert.deepEqual(found(v, ['task-missing-lead']), [
      'task-missing-lead 9:1-9:10 （二）加强宣传引导',
      'task-missing-lead 10:1-10:10 （三）压实属地责任',
    ]);
    // a unit named later in the sentence is no subject; people are no unit (各级干部, 企业)
    for (const w of [
      t.replace('县市场监管局牵头组织开展', '组织开展县市场监管局牵头的'),
      t.replace('县市场监管局牵头组织开展食品安全宣传周活动。', '开展食品安全宣传周活动。各级干部负责到底。'),
      t.replace('县市场监管局牵头组织开展食品安全宣传周活动。', '开展食品安全宣传周活动。企业负责落实主体责任。'),
    ])
      assert.deepEqual(found(w, ['task-missing-lead']), ['task-missing-lead 9:1-9:10 （二）加强宣传引导'], w);
  });
});

describe('round 10 (F4, P7): 协作单位 / 主要协作单位 name participants', () => {
  const t = [
    '关于印发某县2024年卫生健康重点工作任务分解的通知',
    '各乡镇人民政府，县直各单位：',
    '现将任务分解如下，请认真抓好落实。',
    '1.创建国家卫生县城。',
    '牵头单位：县卫健委',
    '协作单位：各乡镇人民政府，县城管局',
    '2.推广家庭医生签约服务。',
    '牵头单位：县卫健委',
    '主要协作单位：县医保局',
    '3.推进医共体建设。（牵头单位：县卫健委；协作部门：县医保局、县财政局）',
    '某县人民政府办公室',
    '2024年3月1日',
  ].join('\n');
  const expected = [
    '1. | 创建国家卫生县城 | 县卫健委 | 各乡镇人民政府、县城管局',
    '2. | 推广家庭医生签约服务 | 县卫健委 | 县医保局',
    '3. | 推进医共体建设 | 县卫健委 | 县医保局、县财政局',
  ];
  it('reads the labels with their exact ranges', () => {
    const d = parse(t);
    const labels = d.assignments.flatMap((a) => a.entries.map((e) => `${e.label?.text}|${e.role}: ${e.units.map((u) => t.slice(u.start, u.end)).join(' ')}`));
    assert.deepEqual(labels, [
      '牵头单位|lead: 县卫健委',
      '协作单位|participant: 各乡镇人民政府 县城管局',
      '牵头单位|lead: 县卫健委',
      '主要协作单位|participant: 县医保局',
      '牵头单位|lead: 县卫健委',
      '协作部门|participant: 县医保局 县财政局',
    ]);
  });
  it('lists the participants in the tasks table (one paragraph per line, CRLF, spaces between paragraphs)', () => {
    assert.deepEqual(rows(t), expected);
    assert.deepEqual(rows(crlf(t)), expected);
    assert.deepEqual(rows(collapse(t)), expected);
  });
  it('a table’s 协作单位 column is its participants column', () => {
    const v = [
      ...HEAD,
      '序号|工作任务|牵头单位|协作单位|完成时限',
      '1|推行证照联办|县数据资源局|县市场监管局|2024年6月底前',
      '2|推广帮办代办|县数据资源局|各乡镇人民政府|2024年12月底前',
    ].join('\n');
    assert.deepEqual(rows(v), ['1 | 推行证照联办 | 县数据资源局 | 县市场监管局', '2 | 推广帮办代办 | 县数据资源局 | 各乡镇人民政府']);
  });
  it('an empty 协作单位： is said to name no participant', () => {
    const v = t.replace('主要协作单位：县医保局', '协作单位：');
    const f = check(v, ['task-empty-assignment']);
    assert.equal(f.length, 1);
    assert.equal(v.slice(f[0].range.start, f[0].range.end), '协作单位：');
    assert.match(f[0].message.zh, /参与单位名称/);
  });
});

describe('round 10 (F4, P6): a table whose task column is a 预期目标 column', () => {
  const head = [
    '某区人民政府办公室关于印发2024年经济社会发展预期目标分解表的通知',
    '各街道办事处，区级各部门：',
    '现将2024年经济社会发展预期目标分解表印发给你们，请认真抓好落实。',
    '某区人民政府办公室',
    '2024年1月20日',
    '2024年经济社会发展预期目标分解表',
  ];
  const expected = ['1 | 地区生产总值增长6%左右 | 区发展改革委 | ', '2 | 城镇新增就业1.2万人 | 区人力社保局 | '];
  it('with `|`: the 目标 column is the task column, 序号 only the path', () => {
    const t = [...head, '序号|2024年预期目标|责任单位', '1|地区生产总值增长6%左右|区发展改革委', '2|城镇新增就业1.2万人|区人力社保局'].join('\n');
    for (const v of [t, crlf(t), t.replace(/\|/g, ' | ')]) assert.deepEqual(rows(v), expected, v);
    for (const h of ['序号|主要目标|责任单位', '序号|主要指标|牵头单位', '序号|目标任务|责任单位']) assert.deepEqual(rows(t.replace('序号|2024年预期目标|责任单位', h)), expected, h);
    assert.deepEqual(found(t, ['stray-table-pipe', 'task-missing-lead']), []);
  });
  it('a column with no category of its own between 序号 and 责任单位 is the task column; 序号 never', () => {
    const t = [...head, '序号|指标名称及目标值|责任单位', '1|地区生产总值增长6%左右|区发展改革委', '2|城镇新增就业1.2万人|区人力社保局'].join('\n');
    assert.deepEqual(rows(t), expected);
    // a 任务 column stays the task column beside a 目标 column
    const u = [...head, '序号|重点任务|目标值|责任单位', '1|稳增长|6%左右|区发展改革委', '2|促就业|1.2万人|区人力社保局'].join('\n');
    assert.deepEqual(rows(u), ['1 | 稳增长 | 区发展改革委 | ', '2 | 促就业 | 区人力社保局 | ']);
  });
  it('one cell per line (consecutive lines, and each cell a paragraph of its own)', () => {
    const cells = ['序号', '2024年预期目标', '责任单位', '1', '地区生产总值增长6%左右', '区发展改革委', '2', '城镇新增就业1.2万人', '区人力社保局'];
    const tight = [...head, ...cells].join('\n');
    const spaced = [...head.slice(0, -1), head[head.length - 1] + '\n', cells.join('\n\n')].join('\n');
    for (const v of [tight, spaced, crlf(tight), crlf(spaced)]) assert.deepEqual(rows(v), expected, v);
  });
});

describe('round 10 (F4, R3): a `|` table with 时间安排 and 责任单位 is a task table', () => {
  const t = [
    '某镇人民政府关于印发安全生产专项整治工作计划的通知',
    '各行政村、各有关单位：',
    '现将工作计划印发给你们，请遵照执行。',
    '一、整治安排',
    '整治行业 | 时间安排 | 责任单位 |',
    '烟花爆竹 | 1月份 | 镇安监站 |',
    '电力设施 | 3月份 | 镇电管所 |',
    '二、工作要求',
    '各责任单位要制定整治方案。',
    '某镇人民政府',
    '2023年2月1日',
  ].join('\n');
  it('no stray-table-pipe on its rows (LF and CRLF)', () => {
    for (const v of [t, crlf(t)]) assert.deepEqual(found(v, ['stray-table-pipe']), [], v);
  });
  it('its rows are in the tasks table, the first column their task, 时间安排 their deadline', () => {
    const d = taskTableRows(parse(t));
    assert.deepEqual(
      d.map((r) => [r.task, r.leads.join('、'), r.deadline]),
      [
        ['烟花爆竹', '镇安监站', '1月'],
        ['电力设施', '镇电管所', '3月'],
      ],
    );
  });
  it('a pipe run with no units column is no task table: its pipes are still flagged', () => {
    const v = t.replace('整治行业 | 时间安排 | 责任单位 |', '整治行业 | 时间安排 | 备注 |');
    assert.equal(found(v, ['stray-table-pipe']).length, 3);
  });
});
