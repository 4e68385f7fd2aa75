// Round 14 (S's 1, 7, 8, 10, 14): an item headed by a unit's name and a colon — （二）县公安局：要…… / （三）各乡镇人民政府：……
// — names that item's lead (no task-missing-lead; in the tasks table the lead is the unit, the task what follows the colon;
// a trailing 牵头单位 label line closes the last item only); and the tasks table's smaller misses.
import assert from 'node:assert/strict';
import { check, placedByRule, TASK_LAYOUTS, taskRows } from '../helpers';

const rows = taskRows;

const head = (title: string): string[] => [
  `某县人民政府办公室关于印发某县${title}的通知`,
  '各乡镇人民政府，县直各单位：',
  `现将《某县${title}》印发给你们，请认真贯彻落实。`,
  '某县人民政府办公室',
  '2024年3月1日',
  `某县${title}`,
];

const layouts = TASK_LAYOUTS;

const TASK_RULES = ['task-missing-lead', 'task-empty-assignment', 'task-lead-also-participant', 'task-lead-label-mixed', 'unit-unknown'];
const findings = (t: string): string[] => placedByRule(t, TASK_RULES);

describe('round 14 (S1, S7): a unit-colon heading names its item\'s lead', () => {
  const labelFirst = [
    ...head('防范电信网络诈骗宣传工作方案'),
    '一、任务分工',
    '（一）开展防诈进校园活动。',
    '牵头单位：县教育局',
    '（二）县公安局：要抓住典型案例，精心策划宣传报道。',
    '（三）各乡镇人民政府：要组织网格员入户宣传，确保全覆盖。',
    '（四）县委宣传部：负责全县公共媒体的防诈宣传。',
    '二、工作要求',
    '各单位要高度重视，确保宣传取得实效。',
    '',
  ].join('\n');
  const labelLast = [
    ...head('防范电信网络诈骗宣传工作方案'),
    '一、任务分工',
    '（一）县公安局：要抓住典型案例，精心策划宣传报道。',
    '（二）各乡镇人民政府：要组织网格员入户宣传，确保全覆盖。',
    '（三）开展防诈进校园活动。',
    '牵头单位：县教育局',
    '二、工作要求',
    '各单位要高度重视，确保宣传取得实效。',
    '',
  ].join('\n');
  for (const [name, layout] of layouts) {
    it(`${name}: no task-missing-lead; each item's lead is its own unit, the task what follows the colon`, () => {
      const text = layout(labelFirst);
      assert.deepEqual(findings(text), []);
      assert.deepEqual(rows(text), [
        '一、（一） | 开展防诈进校园活动 | 县教育局 | ',
        '一、（二） | 要抓住典型案例，精心策划宣传报道 | 县公安局 | ',
        '一、（三） | 要组织网格员入户宣传，确保全覆盖 | 各乡镇人民政府 | ',
        '一、（四） | 负责全县公共媒体的防诈宣传 | 县委宣传部 | ',
      ]);
    });
    it(`${name}: a trailing 牵头单位 label line closes the last item only`, () => {
      const text = layout(labelLast);
      assert.deepEqual(findings(text), []);
      assert.deepEqual(rows(text), [
        '一、（一） | 要抓住典型案例，精心策划宣传报道 | 县公安局 | ',
        '一、（二） | 要组织网格员入户宣传，确保全覆盖 | 各乡镇人民政府 | ',
        '一、（三） | 开展防诈进校园活动 | 县教育局 | ',
      ]);
    });
  }
  it('half-width colon: 县公安局:要……', () => {
    const text = labelFirst.replace('县公安局：', '县公安局:');
    assert.deepEqual(findings(text), []);
    assert.equal(rows(text)[1], '一、（二） | 要抓住典型案例，精心策划宣传报道 | 县公安局 | ');
  });
  it('with no label anywhere, the unit-colon items still give rows (and no finding)', () => {
    const text = [
      ...head('防范电信网络诈骗宣传工作方案'),
      '一、职责分工',
      '（一）县公安局：要抓住典型案例，精心策划宣传报道。',
      '（二）各乡镇人民政府：要组织网格员入户宣传。',
      '二、工作要求',
      '各单位要高度重视。',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), []);
    assert.deepEqual(rows(text), ['一、（一） | 要抓住典型案例，精心策划宣传报道 | 县公安局 | ', '一、（二） | 要组织网格员入户宣传 | 各乡镇人民政府 | ']);
  });
  it('narrow: a heading that is no unit (工作目标：, 宣传重点：, 各级干部：) names no lead', () => {
    const text = [
      ...head('防范电信网络诈骗宣传工作方案'),
      '一、任务分工',
      '（一）开展防诈进校园活动。',
      '牵头单位：县教育局',
      '（二）宣传重点：要抓住典型案例，精心策划宣传报道。',
      '（三）各级干部：要带头学习。',
      '',
    ].join('\n');
    const f = findings(text);
    assert.equal(f.filter((x) => x.includes('task-missing-lead')).length, 2, f.join('\n'));
  });
  it('narrow: a unit after the colon of a field (时间：…) or a unit inside prose is no heading lead', () => {
    const text = [
      ...head('防范电信网络诈骗宣传工作方案'),
      '一、任务分工',
      '（一）开展防诈进校园活动。',
      '牵头单位：县教育局',
      '（二）组织开展县公安局：宣传进社区。',
      '',
    ].join('\n');
    assert.equal(findings(text).filter((x) => x.includes('task-missing-lead')).length, 1);
  });
});

describe('round 14 (S1): flat plans — a top-level item headed by its unit', () => {
  for (const [name, layout] of layouts) {
    it(`${name}: 二、县公安局：…… between labelled top-level items gives no task-missing-lead`, () => {
      const text = layout([
        ...head('防范电信网络诈骗宣传工作方案'),
        '一、开展防诈进校园活动。牵头单位：县教育局。',
        '二、县公安局：要抓住典型案例，精心策划宣传报道。',
        '三、加强媒体宣传。牵头单位：县委宣传部。',
        '',
      ].join('\n'));
      assert.deepEqual(findings(text), []);
      assert.deepEqual(rows(text), ['一、 | 开展防诈进校园活动 | 县教育局 | ', '二、 | 要抓住典型案例，精心策划宣传报道 | 县公安局 | ', '三、 | 加强媒体宣传 | 县委宣传部 | ']);
    });
  }
});

describe('round 14 (S8): a 单位及责任人 table header is the lead column, the person dropped', () => {
  const headers = ['牵头单位及责任人', '责任单位及责任人', '牵头单位/责任人'];
  for (const h of headers) {
    const notice = [
      ...head('2024年重点工作任务清单'),
      `| 序号 | 工作任务 | ${h} | 配合单位 | 完成时限 |`,
      '| --- | --- | --- | --- | --- |',
      '| 1 | 新建农贸市场2个 | 县商务局 张三 | 县市场监管局 | 2024年12月底前 |',
      '| 2 | 改造农村公路50公里 | 县交通运输局 | 各乡镇人民政府 | 2024年10月底前 |',
      '',
    ].join('\n');
    for (const [name, layout] of layouts.slice(0, 2)) {
      it(`${h}, ${name}: leads in the table, the person's name dropped; the check agrees`, () => {
        const text = layout(notice);
        assert.deepEqual(findings(text), []);
        assert.deepEqual(rows(text), ['1 | 新建农贸市场2个 | 县商务局 | 县市场监管局 | 2024年12月底前', '2 | 改造农村公路50公里 | 县交通运输局 | 各乡镇人民政府 | 2024年10月底前']);
      });
    }
    it(`${h}: an empty lead cell is still task-missing-lead`, () => {
      const text = notice.replace('| 县交通运输局 |', '|  |');
      assert.deepEqual(findings(text).map((f) => f.split(' ')[1]), ['task-missing-lead']);
    });
  }
  it('two units split by a blank are both kept: 县商务局 县市场监管局', () => {
    const text = [...head('2024年重点工作任务清单'), '| 序号 | 工作任务 | 牵头单位及责任人 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 新建农贸市场2个 | 县商务局 县市场监管局 | 2024年12月底前 |', ''].join('\n');
    assert.deepEqual(rows(text), ['1 | 新建农贸市场2个 | 县商务局、县市场监管局 |  | 2024年12月底前']);
  });
});

describe('round 14 (S10): a note hard-wrapped inside a unit name is not lost', () => {
  const notice = [
    '某县人民政府办公室关于做好春耕备耕工作的通知',
    '各乡镇人民政府，县直各单位：',
    '一、加强农资供应。做好种子化肥储备调运工作，确保春耕生产不误农时。（县农业',
    '农村局、县供销社负责）',
    '二、抓好农机检修。组织农机检修服务队下乡服务。（县农业农村局负责）',
    '某县人民政府办公室',
    '2024年2月20日',
    '',
  ].join('\n');
  for (const [name, layout] of layouts.slice(0, 2)) {
    it(`${name}: the wrapped note assigns its task; both units in the table`, () => {
      const text = layout(notice);
      assert.deepEqual(rows(text), ['一、 | 加强农资供应 | 县农业农村局、县供销社 | ', '二、 | 抓好农机检修 | 县农业农村局 | ']);
      // (only the wrapped name's own note, as for 县财政⏎局: unit-unknown says the line break splits 县农业农村局)
      assert.deepEqual(findings(text), ['3:35-3:38 unit-unknown 县农业']);
      assert.match(check(text, ['unit-unknown'])[0].message.zh, /被换行（或空格）拆断/);
    });
  }
  it('〔…〕 wrapped likewise', () => {
    const text = notice.replace('（县农业', '〔县农业').replace('县供销社负责）', '县供销社负责〕');
    assert.deepEqual(rows(text)[0], '一、 | 加强农资供应 | 县农业农村局、县供销社 | ');
  });
  it('narrow: a bracket left open two lines up, or after a sentence end, does not pair over the break', () => {
    const far = notice.replace('（县农业\n农村局、县供销社负责）', '（县农业\n农村局、\n县供销社负责）');
    assert.equal(rows(far).length, 1);
    const stop = notice.replace('（县农业\n', '（县农业。\n');
    assert.equal(rows(stop).length, 1);
  });
});

describe('round 14 (S14): a standing deadline closing a note', () => {
  for (const w of ['长期坚持', '持续推进']) {
    it(`（X牵头，Y配合，${w}）: the deadline column shows ${w}`, () => {
      const text = [...head('秸秆禁烧工作方案'), '一、职责分工', `（一）开展巡查值守。（县交通运输局牵头，各乡镇人民政府配合，${w}）`, '（二）加强宣传引导。（县委宣传部负责，2024年6月底前完成）', ''].join('\n');
      assert.deepEqual(rows(text), [`一、（一） | 开展巡查值守 | 县交通运输局 | 各乡镇人民政府 | ${w}`, '一、（二） | 加强宣传引导 | 县委宣传部 |  | 2024年6月底前']);
    });
  }
});
