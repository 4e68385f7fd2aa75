// Round 13 (S's 2–6, R's P4 table part and R's extra): more lead labels (责任站所, 承办单位, 责任主体 …); a task naming
// its own unit in a sentence never takes a sibling's lead; sentence-form leads (由X负责，Y、Z配合。 / X牵头，Y配合。)
// in the tasks table; a one-cell-per-line table whose header is 责任主体与协同单位; a role-label sub-item
// （3）责任单位：X 联系人：Y assigning its parent; a heading's bracketed label note dropped from the task name; and a
// parent's 完成时限 inherited by its children.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { check, collapse, crlf, locate, placedByRule, TASK_LAYOUTS, taskRows } from '../helpers';

const rows = taskRows;

const head = (title: string): string[] => [
  `某县人民政府办公室关于印发《某县${title}》的通知`,
  '各乡镇人民政府，县直各单位：',
  `现将《某县${title}》印发给你们，请认真贯彻落实。`,
  '某县人民政府办公室',
  '2024年5月20日',
  `某县${title}`,
];

const layouts = TASK_LAYOUTS;

const TASK_RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed', 'unit-unknown', 'stray-table-pipe'];
const findings = (t: string): string[] => placedByRule(t, TASK_RULES);

describe('round 13 (S3): more lead labels', () => {
  const labels = ['责任站所', '承办单位', '责任主体', '执行单位', '落实单位', '牵头站所', '主体责任单位', '包保单位'];
  for (const label of labels) {
    const notice = [
      ...head('秸秆禁烧工作方案'),
      '一、职责分工',
      '（一）开展巡查值守。',
      `${label}：县农业农村局、县公安局`,
      '（二）加强宣传引导。',
      `${label}：县委宣传部`,
      '',
    ].join('\n');
    for (const [name, layout] of layouts) {
      it(`${label}, ${name}: the units lead (the first, as 责任); no task-missing-lead`, () => {
        const text = layout(notice);
        assert.deepEqual(findings(text), []);
        assert.deepEqual(rows(text), ['一、（一） | 开展巡查值守 | 县农业农村局、县公安局 | ', '一、（二） | 加强宣传引导 | 县委宣传部 | ']);
      });
    }
    it(`${label} half-width colon, in a note: read as a label`, () => {
      const text = [...head('秸秆禁烧工作方案'), '一、职责分工', `（一）开展巡查值守(${label}:县农业农村局;配合单位:县公安局)`, `（二）加强宣传引导（${label}：县委宣传部）`, ''].join('\n');
      assert.deepEqual(findings(text), []);
      assert.deepEqual(rows(text), ['一、（一） | 开展巡查值守 | 县农业农村局 | 县公安局', '一、（二） | 加强宣传引导 | 县委宣传部 | ']);
    });
  }
  it('责任单位 beside 牵头单位 still takes part; 责任主体 beside 牵头单位 too', () => {
    const text = [...head('秸秆禁烧工作方案'), '一、职责分工', '（一）开展巡查值守。（牵头单位：县农业农村局；责任主体：各乡镇人民政府）', ''].join('\n');
    assert.deepEqual(rows(text), ['一、（一） | 开展巡查值守 | 县农业农村局 | 各乡镇人民政府']);
  });
  it('no label: 压实责任主体：, 执行单位 inside prose, 承办科室', () => {
    const text = [
      ...head('秸秆禁烧工作方案'),
      '一、职责分工',
      '（一）开展巡查值守。要压实责任主体：各村要落实网格责任。',
      '牵头单位：县农业农村局',
      '（二）加强宣传引导。承办科室：办公室',
      '牵头单位：县委宣传部',
      '',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.assignments.flatMap((a) => a.entries.map((e) => e.label?.text)), ['牵头单位', '牵头单位']);
  });
});

describe('round 13 (S2, S5): a task naming its own unit in a sentence', () => {
  const sentence = [
    ...head('燃气安全整治方案'),
    '一、重点任务',
    '（一）排查餐饮场所燃气隐患。县住建局负责。',
    '（二）整治瓶装液化气市场。',
    '牵头单位：县商务局',
    '二、保障措施',
    '加强组织领导。',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: 县住建局负责。 keeps its own lead; the trailing label closes the last item only`, () => {
      const text = layout(sentence);
      assert.deepEqual(rows(text), ['一、（一） | 排查餐饮场所燃气隐患 | 县住建局 | ', '一、（二） | 整治瓶装液化气市场 | 县商务局 | ']);
      assert.deepEqual(findings(text), []);
      // the outline shows no lead on 一、 (the label is （二）'s)
      const doc = parse(text);
      assert.deepEqual(doc.sections[0].assignments, []);
    });
  }
  const forms: [string, string, string][] = [
    ['由县住建局牵头负责。', '县住建局', ''],
    ['由县住建局负责，县市场监管局、县消防救援大队配合。', '县住建局', '县市场监管局、县消防救援大队'],
    ['县商务局牵头，县应急局、县公安局配合。', '县商务局', '县应急局、县公安局'],
    ['由县应急局会同县公安局负责。', '县应急局', '县公安局'],
  ];
  for (const [form, lead, parts] of forms) {
    for (const [name, layout] of layouts) {
      it(`${name}: ${form} → lead ${lead}, participants ${parts || '—'}; never the next item's lead`, () => {
        const text = layout(
          [...head('燃气安全整治方案'), '一、重点任务', `（一）排查餐饮场所。${form}`, '（二）整治液化气站。', '牵头单位：县住建局', '配合单位：县商务局', '二、工作要求', '各单位要加强协作。', ''].join('\n'),
        );
        assert.deepEqual(rows(text), [`一、（一） | 排查餐饮场所 | ${lead} | ${parts}`, '一、（二） | 整治液化气站 | 县住建局 | 县商务局']);
        assert.deepEqual(findings(text), []);
      });
    }
  }
  it('half-width commas: 县商务局牵头,县应急局配合.', () => {
    const text = [...head('燃气安全整治方案'), '一、重点任务', '（一）整治瓶装液化气。县商务局牵头,县应急局配合。', '（二）开展宣传教育。（牵头单位：县委宣传部）', ''].join('\n');
    assert.deepEqual(rows(text), ['一、（一） | 整治瓶装液化气 | 县商务局 | 县应急局', '一、（二） | 开展宣传教育 | 县委宣传部 | ']);
  });
  it('an unknown label (包联单位：) keeps the item out of the next label\'s group, and gives no task-missing-lead', () => {
    for (const layout of [(t: string) => t, collapse]) {
      const text = layout([...head('燃气安全整治方案'), '一、职责分工', '（一）排查餐饮场所。', '包联单位：县市场监管局', '（二）整治液化气站。', '牵头单位：县住建局', '二、工作要求', '各单位要加强协作。', ''].join('\n'));
      assert.deepEqual(rows(text), ['一、（一） | 排查餐饮场所 |  | ', '一、（二） | 整治液化气站 | 县住建局 | ']);
      assert.deepEqual(findings(text), []);
    }
  });
  it('prose that only mentions units is no lead: 具体工作由县财政局负责。 / 县住建局负责组织实施。 / 指导', () => {
    const text = [
      ...head('燃气安全整治方案'),
      '一、重点任务',
      '（一）排查餐饮场所。具体工作由县财政局负责。',
      '（二）整治液化气站。县住建局负责组织实施。',
      '（三）开展宣传。县委宣传部指导。',
      '（四）加强督查。',
      '牵头单位：县政府督查室',
      '',
    ].join('\n');
    // (the items name their units in prose: the group label is （四）'s only; the tasks table fills none of them)
    assert.deepEqual(rows(text), ['一、（一） | 排查餐饮场所 |  | ', '一、（二） | 整治液化气站 |  | ', '一、（三） | 开展宣传 |  | ', '一、（四） | 加强督查 | 县政府督查室 | ']);
    // (task-missing-lead reads 由X负责 and a subject's 负责 as leads, as before; 指导 is no lead)
    assert.deepEqual(check(text, ['task-missing-lead']).map((f) => locate(text, f).text), ['（三）开展宣传']);
  });
  it('without a sentence of its own, the group label still assigns the whole group', () => {
    const text = [...head('燃气安全整治方案'), '一、重点任务', '（一）排查餐饮场所。', '（二）整治液化气站。', '牵头单位：县住建局', ''].join('\n');
    assert.deepEqual(rows(text), ['一、（一） | 排查餐饮场所 | 县住建局 | ', '一、（二） | 整治液化气站 | 县住建局 | ']);
  });
});

describe('round 13 (S4): one cell per line, header 责任主体与协同单位', () => {
  for (const header of ['责任主体与协同单位', '责任主体', '责任单位及协同单位']) {
    const notice = [
      ...head('2024年民生实事项目分工表').slice(0, 5),
      '2024年民生实事项目分工表',
      '序号 |',
      '主要任务 |',
      '牵头单位 |',
      `${header} |`,
      '完成时限 |',
      '1 |',
      '新增公共停车泊位500个。 |',
      '县城管局 |',
      '县住建局、各乡镇人民政府 |',
      '2024年12月底 |',
      '2 |',
      '改造老旧小区10个。 |',
      '县住建局 |',
      '各乡镇人民政府 |',
      '2024年10月底 |',
      '',
    ].join('\n');
    for (const [name, layout] of [layouts[0], layouts[1]]) {
      it(`${header}, ${name}: a task table; no stray-table-pipe`, () => {
        const text = layout(notice);
        assert.deepEqual(rows(text), ['1 | 新增公共停车泊位500个 | 县城管局 | 县住建局、各乡镇人民政府 | 2024年12月底', '2 | 改造老旧小区10个 | 县住建局 | 各乡镇人民政府 | 2024年10月底']);
        assert.deepEqual(findings(text), []);
      });
    }
  }
});

describe('round 13 (S6): a sub-item that is only a role label assigns its parent', () => {
  const notice = [
    '关于开展爱国卫生月活动的通知',
    '各村、各有关单位：',
    '现将有关事项通知如下：',
    '一、活动安排',
    '（一）开展环境卫生整治',
    '1.召开爱国卫生月动员会',
    '（1）时间：2024年4月8日',
    '（2）地点：镇政府会议室',
    '（3）责任单位：镇爱卫办 联系人：王明',
    '2.开展义务清扫活动',
    '(1)时间:2024年4月12日',
    '(2)地点:各村主干道',
    '(3)责任单位:镇农业农村办、各村',
    '某某镇人民政府',
    '2024年4月1日',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: the parent is the task, with the sub-item's units`, () => {
      const text = layout(notice);
      assert.deepEqual(rows(text), ['一、（一）1. | 召开爱国卫生月动员会 | 镇爱卫办 | ', '一、（一）2. | 开展义务清扫活动 | 镇农业农村办、各村 | ']);
      assert.deepEqual(findings(text), []);
    });
  }
  it('other sub-items that are tasks inherit the lifted lead; the role line is no task', () => {
    const text = [
      ...head('爱国卫生月活动方案'),
      '一、活动安排',
      '1.开展环境整治',
      '（1）清理卫生死角。',
      '（2）整治农贸市场。',
      '（3）牵头单位：镇爱卫办',
      '2.开展宣传',
      '（1）发放宣传资料。',
      '（2）责任单位：镇宣传办',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), ['一、1.（1） | 清理卫生死角 | 镇爱卫办 | ', '一、1.（2） | 整治农贸市场 | 镇爱卫办 | ', '一、2.（1） | 发放宣传资料 | 镇宣传办 | ']);
    assert.deepEqual(findings(text), []);
  });
  it('a role line after text in the same item stays with its item; a parent naming its lead keeps it', () => {
    const text = [
      ...head('爱国卫生月活动方案'),
      '一、活动安排',
      '1.开展环境整治（牵头单位：镇爱卫办）',
      '（1）清理卫生死角。责任单位：各村',
      '（2）整治农贸市场。',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), ['一、1.（1） | 清理卫生死角 | 各村 | ', '一、1.（2） | 整治农贸市场 | 镇爱卫办 | ']);
  });
});

describe('round 13 (R P4 table part, R extra): names and deadlines', () => {
  const notice = [
    ...head('2024年民生实事项目清单'),
    '一、新建农村公路50公里（牵头单位：县交通运输局；完成时限：2024年11月底前）',
    '二、改造老旧小区12个(牵头单位:县住建局)',
    '三、新增托育机构托位200个。（牵头单位：县卫生健康局）',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: the task name leaves the bracketed label note out whole`, () => {
      assert.deepEqual(rows(layout(notice)), [
        '一、 | 新建农村公路50公里 | 县交通运输局 |  | 2024年11月底前',
        '二、 | 改造老旧小区12个 | 县住建局 | ',
        '三、 | 新增托育机构托位200个 | 县卫生健康局 | ',
      ]);
    });
  }
  const parent = [
    ...head('燃气安全专项整治工作方案'),
    '一、主要任务',
    '（一）开展燃气经营企业排查。（牵头单位：县住建局；完成时限：2024年6月底前）',
    '（二）开展餐饮场所燃气安全整治。（牵头单位：县市场监管局；完成时限：2024年9月底前）',
    '1.加强宣传。',
    '2.集中检查。（完成时限：2024年7月底前）',
    '二、工作要求',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: sub-items inherit the parent's deadline as they inherit its lead (their own first)`, () => {
      const text = layout(parent);
      // (an item with sub-items is no task of its own: its lead and deadline go to each sub-item's row)
      assert.deepEqual(rows(text), [
        '一、（一） | 开展燃气经营企业排查 | 县住建局 |  | 2024年6月底前',
        '一、（二）1. | 加强宣传 | 县市场监管局 |  | 2024年9月底前',
        '一、（二）2. | 集中检查 | 县市场监管局 |  | 2024年7月底前',
      ]);
      assert.deepEqual(findings(text), []);
      assert.deepEqual(taskTableRows(parse(text)).map((r) => r.leadInherited), [false, true, true]);
    });
  }
  it("a deadline in the parent's prose (not in a deadline slot) is not inherited", () => {
    const text = [...head('燃气安全整治方案'), '一、重点任务', '（一）排查餐饮场所。2024年3月起开展排查。（牵头单位：县住建局）', '1.制定方案。', '2.组织排查。', ''].join('\n');
    assert.deepEqual(rows(text), ['一、（一）1. | 制定方案 | 县住建局 | ', '一、（一）2. | 组织排查 | 县住建局 | ']);
  });
});

describe('round 13 (S6): fields beside a role line', () => {
  const notice = [
    '关于开展爱国卫生月活动的通知',
    '各村、各有关单位：',
    '现将有关事项通知如下：',
    '一、活动安排',
    '（一）开展环境卫生整治',
    '1.召开爱国卫生月动员会',
    '（1）时间：2024年4月8日',
    '（2）责任单位：镇爱卫办，联系人：王明',
    '2.开展义务清扫活动',
    '（1）时间：2024年4月12日',
    '（2）地点：各村主干道',
    '某某镇人民政府',
    '2024年4月1日',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: an item with fields only, beside one with a role line, is one task; its fields are no tasks`, () => {
      const text = layout(notice);
      assert.deepEqual(rows(text), ['一、（一）1. | 召开爱国卫生月动员会 | 镇爱卫办 | ', '一、（一）2. | 开展义务清扫活动 |  | ']);
      assert.deepEqual(
        check(text, ['task-missing-lead']).map((f) => locate(text, f).text),
        ['2.开展义务清扫活动'],
      );
    });
  }
  it('fields alone (no role line anywhere) stay as they were: no tasks', () => {
    const text = notice.replace('（2）责任单位：镇爱卫办，联系人：王明', '（2）地点：镇政府会议室');
    assert.deepEqual(rows(text), []);
    assert.deepEqual(check(text, TASK_RULES), []);
  });
});

describe('round 13 (S6): two role sub-items', () => {
  it('（3）牵头单位：X （4）配合单位：Y both assign the parent', () => {
    for (const layout of [(t: string) => t, collapse, crlf]) {
      const text = layout([...head('爱国卫生月活动方案'), '一、活动安排', '1.召开动员会', '（1）时间：2024年4月8日', '（2）地点：镇政府会议室', '（3）牵头单位：镇爱卫办', '（4）配合单位：镇卫生院', '2.开展义务清扫活动', '（1）时间：2024年4月12日', '（2）责任单位：各村', ''].join('\n'));
      assert.deepEqual(rows(text), ['一、1. | 召开动员会 | 镇爱卫办 | 镇卫生院', '一、2. | 开展义务清扫活动 | 各村 | ']);
      assert.deepEqual(findings(text), []);
    }
  });
  it('a participant-only role sub-item lifts nothing', () => {
    const text = [...head('爱国卫生月活动方案'), '一、活动安排', '1.召开动员会', '（1）时间：2024年4月8日', '（2）配合单位：镇卫生院', '2.开展清扫。（牵头单位：各村）', ''].join('\n');
    assert.deepEqual(rows(text), ['一、1.（1） | 时间 |  | ', '一、1.（2） | 配合单位 |  | 镇卫生院', '一、2. | 开展清扫 | 各村 | ']);
  });
});
