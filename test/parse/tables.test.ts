// Task tables flattened into | rows: header detection, cells with exact ranges, row tasks.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { findTables } from '../../server/src/core/parse/tables';
import { parse } from '../../server/src/core/parse/index';
import { computeLineStarts } from '../../server/src/core/text';
import { crlf, samplePath, seedText } from '../helpers';

const tables = (t: string) => findTables(t, computeLineStarts(t));

describe('parse/tables', () => {
  describe('xian sample (merged cells, two leads run together)', () => {
    const text = readFileSync(samplePath('xian-2022-fangguanfu-table.txt'), 'utf8');
    for (const [name, t] of [['LF', text], ['CRLF', crlf(text)]] as const) {
      it(`reads the header, rows and cells (${name})`, () => {
        const { tables: ts, assignments } = tables(t);
        assert.equal(ts.length, 1);
        const tb = ts[0];
        assert.deepEqual(tb.header.cells.map((c) => c.text), ['序号', '陕西省《工作要点》部署任务', '西安市落实措施', '牵头单位', '责任单位', '完成时限', '备注']);
        assert.deepEqual(tb.columns, { number: 0, task: 2, lead: 3, participant: 4, deadline: 5 });
        assert.equal(tb.rows.length, 3);
        for (const r of tb.rows) for (const c of r.cells) assert.equal(t.slice(c.start, c.end), c.text);
        const r1 = tb.rows[1];
        assert.equal(r1.cells.length, 7);
        assert.equal(r1.cells[3].text, '市行政审批局市司法局');
        assert.equal(r1.cells[5].text, '2022年9月底');
        assert.equal(r1.cells[6].text, '');
        // the second row lacks its merged leading cells (and is cut short at the end of the sample)
        const r2 = tb.rows[2];
        assert.ok(r2.cells[0].text.startsWith('(2)严格落实'));
        assert.deepEqual(r2.columns, [2, 3, 4, 5]);
        // one unit span for the run-together lead cell; 责任单位 beside 牵头单位 are participants
        assert.equal(assignments.length, 2);
        const a = assignments[0];
        assert.equal(a.form, 'table');
        assert.deepEqual(a.entries.map((e) => [e.label!.text, e.role, e.units.map((u) => `${u.text}/${u.role}`)]), [
          ['牵头单位', 'lead', ['市行政审批局市司法局/lead']],
          ['责任单位', 'participant', ['市级相关单位/participant', '各区县政府/participant', '西咸新区管委会/participant']],
        ]);
        assert.equal(t.slice(a.entries[0].units[0].start, a.entries[0].units[0].end), '市行政审批局市司法局');
      });
    }
    it('makes each row with content a task (the group row 一、 is not)', () => {
      const doc = parse(text);
      const rows = doc.tasks.filter((t) => t.row);
      assert.deepEqual(rows.map((t) => [t.path, t.leads.map((u) => u.text), t.participants.length]), [
        ['一、(一)1.(1)', ['市行政审批局市司法局'], 3],
        ['一、(一)1.(2)', ['市行政审批局市司法局'], 3],
      ]);
      assert.equal(rows[0].deadline!.text, '2022年9月');
      assert.equal(rows[0].deadline!.suffix!.text, '底');
      assert.ok(rows[0].label.startsWith('(1)全面准确依法编制'));
      assert.equal(doc.tasks.length, 2);
    });
  });

  it('reads a markdown table with leading pipes and a --- row, full-width colons irrelevant', () => {
    const t = [
      '附件',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | 制定实施方案 | 市发改委 | 市财政局、市统计局 | 2023年6月底前 |',
      '| 2 | 开展督查 |  | 市政府办公室 | 2023年12月 |',
      '',
    ].join('\n');
    const { tables: ts, assignments } = tables(t);
    assert.equal(ts.length, 1);
    assert.equal(ts[0].rows.length, 2);
    assert.deepEqual(ts[0].rows[0].cells.map((c) => c.text), ['1', '制定实施方案', '市发改委', '市财政局、市统计局', '2023年6月底前']);
    const empty = ts[0].rows[1].cells[2];
    assert.equal(empty.text, '');
    assert.equal(empty.start, empty.end);
    assert.equal(assignments.length, 2);
    const doc = parse(t);
    const rows = doc.tasks.filter((x) => x.row);
    assert.deepEqual(rows.map((x) => [x.path, x.label, x.leads.map((u) => u.text), x.participants.map((u) => u.text), x.deadline?.text]), [
      ['1', '制定实施方案', ['市发改委'], ['市财政局', '市统计局'], '2023年6月'],
      ['2', '开展督查', [], ['市政府办公室'], '2023年12月'],
    ]);
  });

  it('an empty 牵头单位 cell means no lead: the 责任单位 of that row stay participants', () => {
    const t = [
      '| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
      '| 1 | 制定实施方案 | 市发改委 | 市财政局、市统计局 | 2023年6月底前 |',
      '| 2 | 开展督查 |  | 市政府办公室 | 2023年12月 |',
      '',
    ].join('\n');
    for (const text of [t, crlf(t)]) {
      const doc = parse(text);
      const rows = doc.tasks.filter((x) => x.row);
      assert.deepEqual(rows.map((x) => [x.path, x.leads.map((u) => u.text), x.participants.map((u) => u.text)]), [
        ['1', ['市发改委'], ['市财政局', '市统计局']],
        ['2', [], ['市政府办公室']],
      ]);
    }
  });

  it('a table without a closing pipe, 责任单位 alone leads', () => {
    const t = '序号|重点任务|责任单位|完成时间\n1|推进数字化改革|市大数据局、市经信局|2023年底\n';
    const { tables: ts, assignments } = tables(t);
    assert.equal(ts.length, 1);
    assert.deepEqual(assignments[0].entries[0].units.map((u) => `${u.text}/${u.role}`), ['市大数据局/lead', '市经信局/lead']);
  });

  it('ignores pipes that are not a task table', () => {
    assert.deepEqual(tables(seedText()).tables, []);
    assert.deepEqual(tables('标题 | |\n正文。\n|\n|\n').tables, []);
    assert.deepEqual(tables('甲 | 乙 | 丙\n丁 | 戊 | 己\n').tables, []); // no task header
    assert.deepEqual(tables('序号 | 任务 | 牵头单位\n').tables, []); // a header alone
  });

  it('reads a scraped table with blank lines between its rows (QA)', () => {
    const t = [
      '2024年市政府重点工作任务分工方案',
      '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
      '',
      '| 1 | 全年实现地区生产总值增长6%左右 | 市发展改革委 | 市统计局 | 2024年12月底前 |',
      '　',
      '| 2 | 新增规上工业企业300家以上 | 市经信局 | 各县（市、区）政府 | 2024年12月底前 |',
      '',
      '　　各责任单位要按照任务分工，细化工作举措。',
    ].join('\n');
    for (const x of [t, crlf(t)]) {
      const { tables: ts } = tables(x);
      assert.equal(ts.length, 1);
      assert.deepEqual(ts[0].rows.map((r) => r.cells[2].text), ['市发展改革委', '市经信局']);
      const doc = parse(x);
      assert.deepEqual(doc.tasks.map((k) => k.leads.map((u) => u.text).join('、')), ['市发展改革委', '市经信局']);
    }
    // a 项目名称 column is the task column; a 责任市领导 column (a person) is no unit column
    const lead = tables('| 序号 | 项目名称 | 责任市领导 | 牵头单位 | 责任单位 | 完成时限 |\n| 1 | 新建改建城乡公厕100座 | 王建国 | 市综合执法局 | 各区、县（市）政府 | 2023年11月底 |\n');
    assert.deepEqual(lead.tables[0].columns, { number: 0, task: 1, lead: 3, participant: 4, deadline: 5 });
    assert.deepEqual(parse('| 序号 | 项目名称 | 责任市领导 | 牵头单位 | 责任单位 | 完成时限 |\n| 1 | 新建改建城乡公厕100座 | 王建国 | 市综合执法局 | 各区、县（市）政府 | 2023年11月底 |\n').tasks.map((k) => [k.label, k.leads.map((u) => u.text).join(), k.participants.map((u) => u.text).join()]), [['新建改建城乡公厕100座', '市综合执法局', '各区、县（市）政府']]);
    // a blank line then prose ends the table
    assert.equal(tables('| 序号 | 工作任务 | 牵头单位 |\n| 1 | 某项任务 | 市发改委 |\n\n某某 | 其他\n').tables[0].rows.length, 1);
  });
});

describe('tables: a label inside a table row', () => {
  it('is read from the table only, never also as a prose assignment', () => {
    const doc = parse('牵头||工作\n牵头单位：游||日');
    assert.deepEqual(doc.assignments.map((a) => [a.form, a.range.start, a.range.end]), [['table', 7, 13]]);
  });
});
