// Tasks: which items are tasks, their paths, leads (own or inherited), paren-note splitting, deadlines.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parse } from '../../server/src/core/parse/index';
import { attachAssignments, deriveTasks, isDeadlineSlot } from '../../server/src/core/parse/tasks';
import { findDates } from '../../server/src/core/parse/dates';
import type { Assignment, Section, Task } from '../../server/src/core/model';
import { collapse, crlf, halfWidth, samplePath, seedText } from '../helpers';

const brief = (t: Task): string => `${t.path}${t.part ? '#' + t.part : ''} ${t.leads.map((u) => u.text).join('、')}${t.leadInherited ? ' (inherited)' : ''}`;

const SEED_TASKS = [
  '二、(一)1. 市发展改革委',
  '二、(一)2. 市发展改革委',
  '二、(一)3. 市发展改革委',
  '二、(一)4. 市发展改革委、市财政局',
  '二、(一)5. 市外经贸局、市财政局',
  '二、(一)6. 市发展改革委、市经贸委',
  '二、(二)1. 市发展改革委',
  '二、(二)2. 市旅游局',
  '二、(二)3. 市科技局',
  '二、(二)4. 市发展改革委、市经贸委',
  '二、(二)5. 市外经贸局',
  '二、(二)6. 人行嘉兴市中心支行、嘉兴银监分局',
  '二、(二)7. 市建委',
  '二、(三)1. 嘉兴现代服务业集聚区建设领导小组办公室',
  '二、(三)2. 市发展改革委',
  '二、(四)1. 市发展改革委',
  '二、(四)2. 市发展改革委',
  '二、(四)3. 市发展改革委',
  '二、(五) 市工商局、市质量技监局',
  '三、(一) 市三产办、市编委办',
  '三、(二) 市考评办、市发展改革委',
  '三、(三) 市统计局',
  '三、(四) 市发展改革委、市统计局',
  '三、(五) 市委宣传部',
];

describe('parse/tasks', () => {
  describe('the seed', () => {
    const seed = seedText();
    const doc = parse(seed);
    it('has exactly 24 tasks, each with its own lead, paths as written', () => {
      assert.deepEqual(doc.tasks.map(brief), SEED_TASKS);
      assert.ok(doc.tasks.every((t) => t.leads.length >= 1 && !t.leadInherited && t.section !== undefined));
    });
    it('task 二、(一)1.: lead 市发展改革委, participants 市三产发展工作领导小组成员单位', () => {
      const t = doc.tasks[0];
      assert.equal(t.label, '研究制定《全市服务业发展“十二五”规划》、《服务业聚集区发展规划》');
      assert.deepEqual(t.participants.map((u) => u.text), ['市三产发展工作领导小组成员单位']);
      assert.equal(seed.slice(t.leads[0].start, t.leads[0].end), '市发展改革委');
      assert.equal(t.range.start, seed.indexOf('1.研究制定'));
    });
    it('the preamble of 二、(三) and 一、总体要求 are not tasks; no deadlines', () => {
      assert.ok(!doc.tasks.some((t) => seed.slice(t.range.start, t.range.end).startsWith('加强规划引导')));
      assert.ok(!doc.tasks.some((t) => t.path.startsWith('一、')));
      assert.ok(doc.tasks.every((t) => t.deadline === undefined));
    });
    it('gives the same 24 tasks one paragraph per line, and with CRLF', () => {
      const lines = seed.split('\n');
      const k = lines.findIndex((l) => l.length > 3000);
      lines[k] = lines[k].replace(/ /g, '\n');
      for (const t of [lines.join('\n'), crlf(lines.join('\n')), crlf(seed)]) {
        const d = parse(t);
        assert.deepEqual(d.tasks.map(brief), SEED_TASKS);
        const spam = d.assignments.flatMap((a) => a.entries.flatMap((e) => e.units)).filter((u) => u.text.includes('365'));
        assert.deepEqual(spam.map((u) => t.slice(u.start, u.end)), ['市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局']);
      }
    });
    it('task 二、(四)1. lists its participants, 二、(二)4. keeps 市体育局', () => {
      const t = doc.tasks.find((x) => x.path === '二、(四)1.')!;
      assert.equal(t.participants.length, 12);
      assert.equal(t.participants[0].text, '各县(市、区)政府');
      assert.ok(doc.tasks.find((x) => x.path === '二、(二)4.')!.participants.some((u) => u.text === '市体育局'));
    });
  });

  describe('a notice written one paragraph per line', () => {
    const plan = [
      '嘉兴市人民政府办公室关于印发某某工作方案的通知',
      '各县（市、区）人民政府，市政府各部门：',
      '现将方案印发给你们，请认真贯彻实施。',
      '嘉兴市人民政府办公室',
      '2023年3月1日',
      '某某工作方案',
      '一、总体要求',
      '加快发展，力争实现新突破。',
      '二、工作任务',
      '（一）出台规划。',
      '1.研究制定全市发展规划，2023年6月底前完成。',
      '牵头单位：市发改委。',
      '参与部门：市财政局。',
      '2.编制专项规划。',
      '牵头部门：市经贸委。',
      '（二）推进集聚发展。',
      '牵头部门：市商务局。',
      '1.推进集聚区建设。',
      '2.推进园区建设。',
      '（三）加强宣传。',
    ].join('\n');
    const expected = ['二、（一）1. 市发改委', '二、（一）2. 市经贸委', '二、（二）1. 市商务局 (inherited)', '二、（二）2. 市商务局 (inherited)', '二、（三） '];
    for (const [name, t] of [['lines', plan], ['collapsed', collapse(plan)], ['crlf', crlf(plan)], ['half-width', halfWidth(plan)]] as const) {
      it(`derives tasks, inherited leads and a task without lead (${name})`, () => {
        const doc = parse(t);
        const want = name === 'half-width' ? expected.map((s) => s.replace(/（/g, '(').replace(/）/g, ')')) : expected;
        assert.deepEqual(doc.tasks.map(brief), want);
        const d = doc.tasks[0].deadline!;
        assert.equal(d.text, '2023年6月');
        assert.equal(d.suffix!.text, '底前');
        assert.equal(doc.tasks[1].deadline, undefined);
      });
    }
  });

  describe('guobanfa: several closing notes in one item', () => {
    const text = readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8');
    const doc = parse(text);
    it('splits items at their notes; every task has a lead', () => {
      assert.equal(doc.tasks.length, 39);
      assert.ok(doc.tasks.every((t) => t.leads.length >= 1));
      const first = doc.tasks.filter((t) => t.path === '二、（一）');
      assert.deepEqual(first.map(brief), [
        '二、（一）#1 生态环境部',
        '二、（一）#2 生态环境部',
        '二、（一）#3 生态环境部、国家发展改革委、工业和信息化部、财政部、自然资源部、住房城乡建设部、农业农村部、商务部、国家卫生健康委、国家统计局',
        '二、（一）#4 国家发展改革委、工业和信息化部、自然资源部、生态环境部、住房城乡建设部、农业农村部、商务部',
      ]);
      const t1 = first[0];
      assert.equal(text.slice(t1.range.start, t1.range.start + 4), '（一）强');
      assert.ok(text.slice(t1.range.start, t1.range.end).endsWith('国家统计局参与）'));
      assert.equal(t1.deadline!.text, '2019年6月');
      assert.equal(first[1].label, '优化固体废物管理体制机制，强化部门分工协作');
      assert.equal(text.slice(first[1].range.start, first[1].range.start + 4), '优化固体');
    });
    it('a task after the last note in an item (sentence, 以铅酸蓄电池…) is its own task', () => {
      const t = doc.tasks.find((x) => x.label.startsWith('以铅酸蓄电池'))!;
      assert.equal(t.path, '二、（二）');
      assert.deepEqual(t.leads.map((u) => u.text), ['国家发展改革委', '工业和信息化部', '生态环境部', '商务部', '市场监管总局']);
    });
    it('三、实施步骤 and 四、保障措施 (no notes) hold no tasks', () => {
      assert.ok(doc.tasks.every((t) => t.path.startsWith('二、')));
    });
    it('text after the last note without a note of its own is a task without lead', () => {
      const t2 = text.replace('集约化发展。（工业和信息化部指导）', '集约化发展。');
      const d2 = parse(t2);
      const noLead = d2.tasks.filter((t) => !t.leads.length);
      assert.equal(noLead.length, 1);
      assert.ok(t2.slice(noLead[0].range.start, noLead[0].range.end).startsWith('推广一批先进适用技术装备'));
      assert.equal(noLead[0].path, '二、（二）');
    });
  });

  describe('lishui: 责任单位 lines, continuous numbering', () => {
    const text = readFileSync(samplePath('lishui-2023-zhongdian-gongzuo.txt'), 'utf8');
    for (const [name, t] of [['lines', text], ['collapsed', collapse(text)]] as const) {
      it(name, () => {
        const doc = parse(t);
        assert.deepEqual(doc.tasks.slice(0, 4).map(brief), ['一、1. 市发改委', '一、2. 市经信局', '一、3. 市科技局', '一、4. 市发改委']);
        assert.deepEqual(doc.tasks[5].leads.map((u) => u.text), ['市人力社保局', '市农业农村局']);
        assert.equal(doc.tasks[9].path, '二、(一)10.');
        assert.deepEqual(doc.tasks[9].leads.map((u) => u.text), ['市双招双引办']);
        assert.equal(doc.tasks[9].participants.length, 4);
      });
    }
  });

  describe('deriveTasks on hand-built sections', () => {
    const text = '二、任务 （一）甲。 1.子任务一。 2.子任务二。 （二）乙。';
    const sec = (marker: string, start: number, end: number, level: 1 | 2 | 3, children: Section[] = []): Section => ({
      level,
      ordinal: 1,
      marker: { start, end: start + marker.length, text: marker, level, ordinal: 1, form: '', canonical: true, fullWidthDigits: false },
      title: { start: start + marker.length, end: start + marker.length + 1, text: text.slice(start + marker.length, start + marker.length + 1) },
      heading: { start, end: start + marker.length + 1 },
      range: { start, end },
      startsParagraph: true,
      headingOwnParagraph: false,
      children,
      path: [],
      assignments: [],
    });
    it('an item with children is not a task; an assignment attaches to the innermost section', () => {
      const i = (s: string) => text.indexOf(s);
      const c1 = sec('1.', i('1.'), i(' 2.'), 3);
      const c2 = sec('2.', i('2.'), i(' （二）'), 3);
      const s1 = sec('（一）', i('（一）'), i(' （二）'), 2, [c1, c2]);
      const s2 = sec('（二）', i('（二）'), text.length, 2);
      const top = sec('二、', 0, text.length, 1, [s1, s2]);
      const a: Assignment = { range: { start: i('1.') + 3, end: i('1.') + 5 }, form: 'sentence', entries: [{ role: 'lead', list: { start: i('1.') + 3, end: i('1.') + 5, text: '任务' }, units: [{ start: i('1.') + 3, end: i('1.') + 5, text: '任务', role: 'lead' }] }] };
      attachAssignments([top, s1, c1, c2, s2], [a]);
      assert.deepEqual(c1.assignments, [a]);
      assert.deepEqual(s1.assignments, []);
      const tasks = deriveTasks(text, [top], [a], [], []);
      assert.deepEqual(tasks.map(brief), ['二、（一）1. 任务', '二、（一）2. ', '二、（二） ']);
    });
  });

  describe('deadline slots', () => {
    const slot = (s: string): string[] => findDates(s).filter((d) => isDeadlineSlot(s, d)).map((d) => d.text + (d.suffix?.text ?? ''));
    it('完成时限 labels, ……前完成, ……底前', () => {
      assert.deepEqual(slot('完成时限：2023年12月'), ['2023年12月']);
      assert.deepEqual(slot('2023年3月底前完成评估。'), ['2023年3月底前']);
      assert.deepEqual(slot('在2023年6月30日前完成。'), ['2023年6月30日前']);
      assert.deepEqual(slot('时间节点:2024年底'), ['2024年底']);
    });
    it('not statements of status or plain years', () => {
      assert.deepEqual(slot('截至2022年底前，已建成10个。'), []);
      assert.deepEqual(slot('2010年以来，服务业快速发展。到2015年，占比达到40%。'), []);
    });
  });
});

describe('parse/tasks: notes before the full stop', () => {
  it('（X牵头）。 closes the task with its stop; the next task starts after it', () => {
    const t = '一、总体要求\n加快发展。\n二、主要任务\n（一）完善制度。建立体系（市发改委牵头）。健全机制（市财政局负责）。\n（二）加强宣传（市委宣传部负责）。\n';
    const doc = parse(t);
    assert.deepEqual(doc.tasks.map((x) => [x.path, x.part ?? 0, t.slice(x.range.start, x.range.end), x.leads.map((u) => u.text).join()]), [
      ['二、（一）', 1, '（一）完善制度。建立体系（市发改委牵头）。', '市发改委'],
      ['二、（一）', 2, '健全机制（市财政局负责）。', '市财政局'],
      ['二、（二）', 0, '（二）加强宣传（市委宣传部负责）。', '市委宣传部'],
    ]);
  });

  describe('QA: closing paragraphs after the last task', () => {
    const plan = [
      '杭州市促进消费持续恢复若干措施',
      '　　一、发放消费券。分批次发放数字消费券。（市商务局、市财政局按职责分工负责）',
      '　　二、优化消费环境。加强预付式消费监管。（市市场监管局牵头，各区、县（市）政府配合）',
      '　　各区、县（市）要结合实际细化落实举措，确保各项措施落地见效。',
      '　　本措施自2023年5月15日起施行，有效期至2025年12月31日。',
    ].join('\n');
    for (const [name, t] of [['lines', plan], ['collapsed', collapse(plan)], ['crlf', crlf(plan)]] as const) {
      it(`closing statements are not tasks (${name})`, () => {
        const doc = parse(t);
        assert.deepEqual(doc.tasks.map(brief), ['一、 市商务局、市财政局', '二、 市市场监管局']);
      });
    }
    it('text after the note in the same paragraph is still a task; a closing sentence there is not', () => {
      const t = '工作方案\n一、主要任务\n（一）健全机制。建立联席会议制度（市发改委牵头）。完善考核办法。\n（二）加强宣传。开展主题宣传（市委宣传部负责）。本方案自印发之日起施行。\n';
      const doc = parse(t);
      assert.deepEqual(doc.tasks.map(brief), ['一、（一）#1 市发改委', '一、（一）#2 ', '一、（二） 市委宣传部']);
    });
    it('a label line after the last of several unassigned items assigns the whole group (QA)', () => {
      const plan = [
        '桐乡市城市管理提升三年行动方案',
        '一、重点任务',
        '（一）提升市容环境。',
        '1.开展背街小巷整治，每年完成整治30条以上。',
        '2.推进垃圾分类全覆盖。',
        '牵头单位：市综合执法局；配合单位：各镇（街道）',
        '（二）改善交通秩序。',
        '1.新增公共停车泊位2000个。',
        '牵头单位：市公安局',
        '2.治理非机动车违停。',
        '牵头单位：市公安局；配合单位：市交通运输局',
      ].join('\n');
      for (const t of [plan, collapse(plan), crlf(plan)]) {
        const doc = parse(t);
        assert.deepEqual(doc.tasks.map(brief), ['一、（一）1. 市综合执法局 (inherited)', '一、（一）2. 市综合执法局 (inherited)', '一、（二）1. 市公安局', '一、（二）2. 市公安局']);
        assert.deepEqual(doc.tasks[1].participants.map((u) => u.text), ['各镇（街道）']);
      }
      // a closing note belongs to the item it closes
      const notes = '方案\n一、重点任务\n（一）提升市容环境。\n1.开展背街小巷整治。\n2.推进垃圾分类全覆盖。（市综合执法局牵头）\n';
      assert.deepEqual(parse(notes).tasks.map(brief), ['一、（一）1. ', '一、（一）2. 市综合执法局']);
    });
    it('a task closed by its only note ends there: a closing paragraph’s date is not its deadline', () => {
      const t = '方案\n一、开展隐患排查。建立隐患清单。（安全生产管理部牵头，各子公司负责落实）\n二、加强宣传教育。开展安全生产宣传。（党群工作部牵头，各子公司配合）\n请各子公司于2023年7月5日前将活动总结报集团安全生产管理部。\n';
      const doc = parse(t);
      assert.deepEqual(doc.tasks.map(brief), ['一、 安全生产管理部', '二、 党群工作部']);
      assert.equal(t.slice(doc.tasks[1].range.start, doc.tasks[1].range.end), '二、加强宣传教育。开展安全生产宣传。（党群工作部牵头，各子公司配合）');
      assert.equal(doc.tasks[1].deadline, undefined);
      assert.deepEqual(doc.tasks[0].participants.map((u) => u.text), ['各子公司']);
    });
  });

  describe('notes standing on lines of their own (（区农业农村局） below the task text)', () => {
    const doc = [
      '工作方案',
      '一、主要任务',
      '1.稳定粮食生产。',
      '落实种粮补贴政策。',
      '（区农业农村局）',
      '2.稳定生猪生产。',
      '落实养殖场贴息政策。',
      '（区农业农村局）',
      '做好猪肉市场监测。',
      '依法打击囤积行为，',
      '启动价格补贴联动机制。',
      '（区发展改革局）',
      '',
    ].join('\n');
    for (const [name, tf] of [['lines', (x: string) => x], ['crlf', crlf]] as const) {
      it(`closes the whole text above each note, not only its last line (${name})`, () => {
        const t = tf(doc);
        const d = parse(t);
        assert.deepEqual(
          d.tasks.map((x) => [x.path, x.part ?? 0, x.leads.map((u) => u.text).join()]),
          [
            ['一、1.', 0, '区农业农村局'],
            ['一、2.', 1, '区农业农村局'],
            ['一、2.', 2, '区发展改革局'],
          ],
        );
        const last = d.tasks[2];
        assert.ok(t.slice(last.range.start, last.range.end).startsWith('做好猪肉市场监测。'));
        assert.ok(t.slice(last.range.start, last.range.end).endsWith('（区发展改革局）'));
      });
    }
  });
});
