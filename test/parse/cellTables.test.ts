// Task tables pasted one cell per line (from a web page: each cell closed by ` |`; from a PDF: no `|` at all):
// a header of known column labels one per line, then rows in the same rhythm. Silent when the rhythm breaks.
import { strict as assert } from 'node:assert';
import { findTables } from '../../server/src/core/parse/tables';
import { parse } from '../../server/src/core/parse/index';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { computeLineStarts } from '../../server/src/core/text';
import { check, crlf, locate } from '../helpers';

const tables = (t: string) => findTables(t, computeLineStarts(t));
const cellTexts = (t: string) => tables(t).tables.map((tb) => [tb.header.cells.map((c) => c.text), ...tb.rows.map((r) => r.cells.map((c) => c.text))]);
const NL = (t: string, v: string): string => (t.includes('\r\n') ? v.replace(/\n/g, '\r\n') : v);

const cover = [
  '关于印发2024年城区环境整治重点任务清单的通知',
  '各镇人民政府、街道办事处，县直各有关单位：',
  '现将《2024年城区环境整治重点任务清单》印发给你们，请认真抓好落实。',
  '附件：2024年城区环境整治重点任务清单',
  '某某县人民政府办公室',
  '2024年3月1日',
  '2024年城区环境整治重点任务清单',
];

// a web page's table: every cell closed by ` |`, a cell wrapped over two lines, an empty lead cell
const piped = [
  ...cover,
  '序号 |',
  '重点任务 |',
  '牵头单位 |',
  '配合单位 |',
  '完成时限 |',
  '1 |',
  '开展背街小巷环境整治，',
  '全年改造背街小巷20条。 |',
  '县住房城乡建设局 |',
  '县城管执法局、各街道办事处 |',
  '2024年6月底前 |',
  '2 |',
  '推进生活垃圾分类。 |',
  ' |',
  '县城管执法局 |',
  '全年 |',
  '3 |',
  '整治占道经营。 |',
  '县城管执法局 |',
  '县市场监管局 |',
  '2024年12月底前 |',
  '',
].join('\n');

// a PDF's table: no `|`, one cell per line; the header cell 责任股室（单位） wrapped; a 责任领导 column (a person)
const bare = [
  ...cover,
  '序号',
  '工作任务',
  '责任领导',
  '责任股室',
  '（单位）',
  '完成时限',
  '1',
  '全年组织文化惠民演出不少于100场。',
  '王某某',
  '文化股、县文化馆',
  '12月底前',
  '2',
  '完成县级应急广播系统建设。',
  '李某某',
  '广电股',
  '10月底前',
  '',
].join('\n');

describe('parse/tables: one cell per line', () => {
  for (const [name, conv] of [['LF', (t: string) => t], ['CRLF', crlf]] as const) {
    describe(name, () => {
      it('reads cells closed by ` |` as rows (a cell may wrap; ` |` alone is an empty cell)', () => {
        const t = conv(piped);
        const { tables: ts, assignments } = tables(t);
        assert.equal(ts.length, 1);
        assert.deepEqual(cellTexts(t)[0], [
          ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
          ['1', NL(t, '开展背街小巷环境整治，\n全年改造背街小巷20条。'), '县住房城乡建设局', '县城管执法局、各街道办事处', '2024年6月底前'],
          ['2', '推进生活垃圾分类。', '', '县城管执法局', '全年'],
          ['3', '整治占道经营。', '县城管执法局', '县市场监管局', '2024年12月底前'],
        ]);
        const tb = ts[0];
        assert.deepEqual(tb.columns, { number: 0, task: 1, lead: 2, participant: 3, deadline: 4 });
        for (const r of [tb.header, ...tb.rows]) for (const c of r.cells) assert.equal(t.slice(c.start, c.end), c.text);
        // the table runs from the 序号 line to the last cell's line
        assert.ok(t.slice(tb.range.start).startsWith('序号 |'));
        assert.ok(t.slice(0, tb.range.end).endsWith('2024年12月底前 |'));
        assert.ok(t.slice(tb.rows[0].range.start, tb.rows[0].range.end).startsWith('1 |'));
        assert.ok(t.slice(tb.rows[0].range.start, tb.rows[0].range.end).endsWith('2024年6月底前 |'));
        assert.deepEqual(
          assignments.map((a) => a.entries.map((e) => [e.label!.text, e.units.map((u) => `${u.text}/${u.role}`)])),
          [
            [['牵头单位', ['县住房城乡建设局/lead']], ['配合单位', ['县城管执法局/participant', '各街道办事处/participant']]],
            [['配合单位', ['县城管执法局/participant']]],
            [['牵头单位', ['县城管执法局/lead']], ['配合单位', ['县市场监管局/participant']]],
          ],
        );
      });

      it('makes each row a task: the task table and task-missing-lead see them', () => {
        const t = conv(piped);
        const rows = taskTableRows(parse(t)).map(({ range: _r, ...rest }) => rest);
        assert.deepEqual(rows, [
          { path: '1', task: '开展背街小巷环境整治，全年改造背街小巷20条', leads: ['县住房城乡建设局'], participants: ['县城管执法局', '各街道办事处'], leadInherited: false, deadline: '2024年6月底前' },
          { path: '2', task: '推进生活垃圾分类', leads: [], participants: ['县城管执法局'], leadInherited: false, deadline: '全年' },
          { path: '3', task: '整治占道经营', leads: ['县城管执法局'], participants: ['县市场监管局'], leadInherited: false, deadline: '2024年12月底前' },
        ]);
        const fs = check(t, ['task-missing-lead']);
        assert.deepEqual(fs.map((f) => locate(t, f).text), ['推进生活垃圾分类']);
        assert.match(fs[0].message.zh, /牵头单位一栏为空/);
        // the closing ` |` of a recognised table's cells is the table's, not a stray pipe after prose
        assert.deepEqual(check(t, ['stray-table-pipe']), []);
      });

      it('reads cells without any `|` when each row starts with the next 序号 (a wrapped header cell joins)', () => {
        const t = conv(bare);
        const { tables: ts } = tables(t);
        assert.equal(ts.length, 1);
        assert.deepEqual(cellTexts(t)[0], [
          ['序号', '工作任务', '责任领导', NL(t, '责任股室\n（单位）'), '完成时限'],
          ['1', '全年组织文化惠民演出不少于100场。', '王某某', '文化股、县文化馆', '12月底前'],
          ['2', '完成县级应急广播系统建设。', '李某某', '广电股', '10月底前'],
        ]);
        assert.deepEqual(ts[0].columns, { number: 0, task: 1, lead: 3, participant: -1, deadline: 4 });
        const rows = taskTableRows(parse(t)).map((r) => [r.path, r.task, r.leads, r.participants, r.deadline]);
        assert.deepEqual(rows, [
          ['1', '全年组织文化惠民演出不少于100场', ['文化股', '县文化馆'], [], '12月底前'],
          ['2', '完成县级应急广播系统建设', ['广电股'], [], '10月底前'],
        ]);
      });
    });
  }

  it('reads cells without `|` each standing as a paragraph of its own (blank lines between, as in the header)', () => {
    const spaced = bare.replace(/\n(?!（单位）)/g, '\n\n');
    for (const v of [spaced, crlf(spaced)]) {
      assert.deepEqual(cellTexts(v)[0], [
        ['序号', '工作任务', '责任领导', NL(v, '责任股室\n（单位）'), '完成时限'],
        ['1', '全年组织文化惠民演出不少于100场。', '王某某', '文化股、县文化馆', '12月底前'],
        ['2', '完成县级应急广播系统建设。', '李某某', '广电股', '10月底前'],
      ]);
      assert.deepEqual(parse(v).tasks.map((k) => k.leads.map((u) => u.text)), [['文化股', '县文化馆'], ['广电股']]);
      // a paragraph after the table ends it
      assert.equal(tables(v + '\n各股室要按照分工抓好落实\n').tables[0].rows.length, 2);
    }
    // a cell wrapped onto the next line breaks the rhythm of blank lines
    assert.deepEqual(tables(spaced.replace('文化股、县文化馆', '文化股、\n县文化馆')).tables, []);
    // a row short of a cell (merged) would take the next row's number as its last cell
    assert.deepEqual(tables(spaced.replace('王某某\n\n', '')).tables, []);
    // header and rows must keep the same rhythm
    assert.deepEqual(tables(spaced.replace('\n\n1\n\n全年组织文化惠民演出不少于100场。\n\n王某某\n\n文化股、县文化馆\n\n12月底前\n', '\n1\n全年组织文化惠民演出不少于100场。\n王某某\n文化股、县文化馆\n12月底前\n')).tables, []);
  });

  it('reads full-width ｜, blank lines between rows and a 牵头领导 column (a person, no units column)', () => {
    const t = ['序号 ｜', '工作任务 ｜', '牵头领导 ｜', '责任单位 ｜', '时间节点 ｜', '1 ｜', '制定实施方案。 ｜', '张某某 ｜', '县发展改革局 ｜', '6月底前 ｜', '', '2 ｜', '开展督查。 ｜', '李某某 ｜', '县政府督查室 ｜', '全年 ｜', ''].join('\n');
    for (const v of [t, crlf(t)]) {
      const { tables: ts } = tables(v);
      assert.deepEqual(ts[0].columns, { number: 0, task: 1, lead: 3, participant: -1, deadline: 4 });
      assert.deepEqual(taskTableRows(parse(v)).map((r) => [r.path, r.task, r.leads, r.deadline]), [
        ['1', '制定实施方案', ['县发展改革局'], '6月底前'],
        ['2', '开展督查', ['县政府督查室'], '全年'],
      ]);
    }
    // the same in a | table
    assert.equal(tables('| 序号 | 工作任务 | 牵头领导 | 责任单位 |\n| 1 | 制定实施方案 | 张某某 | 县发展改革局 |\n').tables[0].columns.lead, 3);
  });

  describe('silent when the rhythm breaks or the text is prose', () => {
    it('a row missing a cell (a merged cell): the table ends before it; at the first row, no table', () => {
      // row 2 lacks its 责任领导 (merged with row 1's): rows from there on are not read
      const broken = bare.replace('完成县级应急广播系统建设。\n李某某\n', '完成县级应急广播系统建设。\n');
      assert.deepEqual(tables(broken).tables.map((tb) => tb.rows.length), [1]);
      assert.deepEqual(tables(crlf(broken)).tables.map((tb) => tb.rows.length), [1]);
      // row 1 holds a cell wrapped over two lines (no `|` to tell): its rhythm is broken from the start
      const wrapped = bare.replace('文化股、县文化馆\n', '文化股\n县文化馆\n');
      assert.deepEqual(tables(wrapped).tables, []);
      assert.deepEqual(parse(wrapped).tasks, []);
    });

    it('a last row run into the prose after it, without a blank line, is not read', () => {
      // (the line after it might be its last cell wrapped)
      const t = bare.replace('10月底前\n', '10月底前\n各股室要按照分工抓好落实。\n');
      assert.deepEqual(tables(t).tables.map((tb) => tb.rows.length), [1]);
      assert.deepEqual(tables(t.replace('10月底前\n', '10月底前\n\n')).tables.map((tb) => tb.rows.length), [2]);
      // the last row lacks a cell: the prose line would fill it (a sentence is no deadline)
      const short = bare.replace('李某某\n广电股\n10月底前\n', '广电股\n10月底前\n各股室要按照分工抓好落实。\n');
      assert.deepEqual(tables(short).tables.map((tb) => tb.rows.length), [1]);
    });

    it('a piped table whose row runs short, or whose 序号 cell is no number', () => {
      const short = piped.replace('县市场监管局 |\n2024年12月底前 |\n', '县市场监管局 |\n');
      assert.deepEqual(tables(short).tables.map((tb) => tb.rows.length), [2]);
      const noNumber = piped.replace('\n1 |\n', '\n一是 |\n');
      assert.deepEqual(tables(noNumber).tables, []);
      // prose after a 序号 cell does not wrap on into the next table's header
      const runOn = '序号 |\n工作任务 |\n牵头单位 |\n1 |\n各单位要高度重视，\n认真组织实施。\n序号 |\n工作任务 |\n牵头单位 |\n';
      assert.deepEqual(tables(runOn).tables, []);
    });

    it('no table without a 序号 column (no `|`), a header alone, mixed styles, too few columns, or prose', () => {
      assert.deepEqual(tables('工作任务\n牵头单位\n完成时限\n制定方案\n县发改局\n6月底前\n').tables, []);
      assert.deepEqual(tables('序号\n工作任务\n牵头单位\n完成时限\n').tables, []);
      assert.deepEqual(tables('序号 |\n工作任务\n牵头单位 |\n完成时限 |\n1 |\n制定方案 |\n县发改局 |\n6月底前 |\n').tables, []);
      assert.deepEqual(tables('序号\n牵头单位\n1\n县发改局\n').tables, []);
      assert.deepEqual(tables('序号 |\n完成时限 |\n1 |\n6月底前 |\n').tables, []); // no units column
      const prose = ['一、工作任务', '牵头单位', '县发展改革局', '完成时限', '2024年6月底前', '序号', '1', '2', ''].join('\n');
      assert.deepEqual(tables(prose).tables, []);
    });

    it('keeps reading ordinary | tables as before', () => {
      const t = '序号 | 工作任务 | 牵头单位 |\n1 | 某项任务 | 市发改委 |\n';
      assert.deepEqual(cellTexts(t), [[['序号', '工作任务', '牵头单位'], ['1', '某项任务', '市发改委']]]);
    });
  });
});

describe('parse/tables: 责任股室 / 责任科室 / 责任处室 are units columns', () => {
  for (const head of ['责任股室（单位）', '责任科室', '责任处室', '责任股室(单位)']) {
    it(head, () => {
      const t = `| 序号 | 工作任务 | ${head} | 完成时限 |\n| 1 | 开展文化惠民演出 | 文化股 | 12月底前 |\n`;
      for (const v of [t, crlf(t)]) {
        const { tables: ts } = tables(v);
        assert.equal(ts[0].columns.lead, 2);
        assert.deepEqual(parse(v).tasks.map((k) => k.leads.map((u) => u.text)), [['文化股']]);
      }
    });
  }
});
