// Real-notice round 15 (brief N): a task table's 序号 column is a list (rows 1, 2, 4, 4 skip 3), and an empty
// （） / () that lost a number at a paragraph's start (（一）建立… → ()建立…) or a word inside a unit's name
// (省直管县（市）人民政府 → 省直管县()人民政府).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { check, collapse, crlf, halfWidth, placed, placedByRule, seedText, withFixes } from '../helpers';

const SEQ = 'numbering-sequence';
const EMPTY = 'punct-empty-pair';
const NUMBERING = ['numbering-style', 'numbering-sequence', 'numbering-hierarchy', 'numbering-skipped-level', 'numbering-single-item', 'numbering-ordinal-words'];

const HEAD = [
  '某县人民政府办公室关于印发某县防汛工作任务分解表的通知',
  '各乡镇人民政府，县政府各部门：',
  '现将《某县防汛工作任务分解表》印发给你们，请认真抓好落实。',
  '某县人民政府办公室',
  '2024年4月1日',
  '某县防汛工作任务分解表',
];

const TASKS = ['开展隐患排查', '修订应急预案', '组织应急演练', '加强值班值守', '做好物资储备', '强化宣传引导'];

/** A pipe table: a header, the markdown rule and one row per 序号 (a row's cell `-` leaves the 序号 cell out: a merged row). */
function pipeTable(numbers: string[], header = '| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |'): string[] {
  return [
    header,
    '| --- | --- | --- | --- | --- |',
    ...numbers.map((n, i) =>
      n === '-' ? `| ${TASKS[i % TASKS.length]}（续） | 县水利局 | 各乡镇 | 2024年6月底前 |` : `| ${n} | ${TASKS[i % TASKS.length]} | 县应急管理局 | 各乡镇 | 2024年6月底前 |`,
    ),
  ];
}

/** A tab-separated table (a Word table pasted as text). */
function tabTable(numbers: string[]): string[] {
  return ['序号\t工作任务\t牵头单位\t责任单位\t完成时限', ...numbers.map((n, i) => `${n}\t${TASKS[i % TASKS.length]}\t县应急管理局\t各乡镇\t2024年6月底前`)];
}

interface Layout {
  name: string;
  make: (table: string[]) => string;
}

/** The notice's prose one paragraph per line, collapsed on one line (a space or 　　 between), with CRLF; the table stays one row per line. */
const LAYOUTS: Layout[] = [
  { name: 'one paragraph per line', make: (t) => [...HEAD, ...t, ''].join('\n') },
  { name: 'CRLF', make: (t) => crlf([...HEAD, ...t, ''].join('\n')) },
  { name: 'collapsed (space)', make: (t) => [collapse(HEAD.join('\n')), ...t, ''].join('\n') },
  { name: 'collapsed (　　)', make: (t) => [HEAD.join('　　'), ...t, ''].join('\n') },
];

/** ASCII digits → full-width (１ ２ ４). */
const fullDigits = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Line:col of the 序号 cell of table row r (0-based after the header) in a layout's text. */
function cellAt(text: string, table: string[], r: number, cell: string): string {
  const lines = text.split(/\r?\n/);
  const rowLine = table[r + (table[1].startsWith('| ---') ? 2 : 1)];
  const l = lines.indexOf(rowLine);
  assert.ok(l >= 0, `row ${rowLine} not found`);
  const c = rowLine.indexOf(cell) + 1;
  return `${l + 1}:${c}-${l + 1}:${c + cell.length} ${cell}`;
}

describe('round 15 N: a task table’s 序号 column', () => {
  for (const l of LAYOUTS) {
    describe(l.name, () => {
      for (const [kind, build] of [
        ['pipe', pipeTable],
        ['tab', tabTable],
      ] as const) {
        it(`${kind}: rows 1, 2, 4, 4 — one gap on the first 4 (should be 3); its fix renumbers the rows 1, 2, 3, 4`, () => {
          const table = build(['1', '2', '4', '4']);
          const text = l.make(table);
          assert.deepEqual(placed(text, SEQ), [cellAt(text, table, 2, '4')]);
          const f = check(text, [SEQ])[0];
          assert.equal(f.severity, 'error');
          assert.equal(f.message.zh, '序号跳号：此处应为“3”，实为“4”。同一层级的序号应依次排列，不跳号、不重号（GB/T 9704-2012 7.3.3）。');
          assert.ok(f.message.en.startsWith('Numbering skips: expected “3” here, found “4”.'), f.message.en);
          assert.equal(f.fixes.length, 1);
          assert.equal(f.fixes[0].title.zh, '重新编号：本项改为“3”，其后 1 项依次顺延');
          assert.equal(f.fixes[0].safe, true);
          assert.equal(withFixes(text, SEQ), l.make(build(['1', '2', '3', '4'])));
        });
        it(`${kind}: rows 1, 2, 3, 3 — a repeat on the second 3 (should be 4)`, () => {
          const table = build(['1', '2', '3', '3']);
          const text = l.make(table);
          assert.deepEqual(placed(text, SEQ), [cellAt(text, table, 3, '3')]);
          assert.ok(check(text, [SEQ])[0].message.zh.startsWith('序号重复：此处应为“4”，实为“3”'));
          assert.equal(withFixes(text, SEQ), l.make(build(['1', '2', '3', '4'])));
        });
        it(`${kind}: rows 1, 3, 4, 6 — on 3 (should be 2) and on 6 (should be 4, the list renumbered); fix-all mends them`, () => {
          const table = build(['1', '3', '4', '6']);
          const text = l.make(table);
          assert.deepEqual(placed(text, SEQ), [cellAt(text, table, 1, '3'), cellAt(text, table, 3, '6')]);
          assert.equal(withFixes(text, SEQ), l.make(build(['1', '2', '3', '4'])));
        });
        it(`${kind}: full-width １ ２ ４ ４ is fixed to ３ (the cell keeps its width)`, () => {
          const t2 = build(['1', '2', '4', '4'].map(fullDigits));
          const x2 = l.make(t2);
          assert.deepEqual(placed(x2, SEQ), [cellAt(x2, t2, 2, '４')]);
          assert.equal(withFixes(x2, SEQ), l.make(build(['1', '2', '3', '4'].map(fullDigits))));
        });
        it(`${kind}: sub-rows are passed over, the rows around them still checked: 1 （1） （2） 3 on 3 (should be 2)`, () => {
          const table = build(['1', '（1）', '（2）', '3']);
          const text = l.make(table);
          assert.deepEqual(placed(text, SEQ), [cellAt(text, table, 3, '3')]);
        });
        it(`${kind}: a table starting in the middle (a page of a longer one) checks only the steps: 5 6 7 silent, 5 6 8 on 8`, () => {
          assert.deepEqual(placed(l.make(build(['5', '6', '7'])), SEQ), []);
          const table = build(['5', '6', '8']);
          const text = l.make(table);
          assert.deepEqual(placed(text, SEQ), [cellAt(text, table, 2, '8')]);
          assert.ok(check(text, [SEQ])[0].message.zh.startsWith('序号跳号：此处应为“7”'));
        });
        it(`${kind}: silent on rows in order, sub-rows (1.1, （1）, ①) between them, an empty 序号 cell, a category row, a return to 1`, () => {
          for (const numbers of [
            ['1', '2', '3', '4'],
            ['1', '1.1', '1.2', '2', '（1）', '(2)', '3', '①', '4'],
            // an empty cell may hold a lost number: the rows after it start a new list
            ['1', '2', '', '4'],
            ['1', '2', '一、农业', '1', '2'],
            ['1', '2', '合计', '5'],
            ['1', '2', '3', '1', '2'],
            ['1'],
          ]) {
            const text = l.make(build(numbers));
            assert.deepEqual(placed(text, SEQ), [], numbers.join(' '));
          }
        });
      }
      it('pipe: 1. 2、 4 5 — each cell keeps its own form (a pipe row’s 1. is no section marker)', () => {
        const t1 = pipeTable(['1.', '2、', '4', '5']);
        const x1 = l.make(t1);
        assert.deepEqual(placed(x1, SEQ), [cellAt(x1, t1, 2, '4')]);
        assert.equal(withFixes(x1, SEQ), l.make(pipeTable(['1.', '2、', '3', '4'])));
      });
      it('pipe: a merged row (no 序号 cell) between two rows is passed over: 1 – 2 3 silent, 1 – 3 on 3', () => {
        assert.deepEqual(placed(l.make(pipeTable(['1', '-', '2', '3'])), SEQ), []);
        const table = pipeTable(['1', '-', '3', '4']);
        const text = l.make(table);
        assert.deepEqual(placed(text, SEQ), [cellAt(text, table, 2, '3')]);
      });
      it('silent on a table without a 序号 column, and on an 编号 column (codes 101 102 201)', () => {
        const noNumber = [
          '| 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
          '| --- | --- | --- | --- |',
          '| 1 | 县水利局 | 各乡镇 | 2024年5月底前 |',
          '| 4 | 县应急管理局 | 各乡镇 | 2024年6月底前 |',
        ];
        assert.deepEqual(placedByRule(l.make(noNumber), NUMBERING), []);
        const codes = pipeTable(['101', '102', '201'], '| 编号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |');
        assert.deepEqual(placedByRule(l.make(codes), NUMBERING), []);
      });
      it('a tab table whose 序号 cells are markers (1.⇥…) is checked once, as the section list it is', () => {
        const text = l.make(tabTable(['1.', '2.', '4.', '4.']));
        const fs = check(text, [SEQ]);
        assert.equal(fs.length, 1);
        assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '4.');
      });
    });
  }
  it('the header row is no row: a header 序号 over rows 2 3 4 (a continuation) is silent', () => {
    assert.deepEqual(placed(LAYOUTS[0].make(pipeTable(['2', '3', '4'])), SEQ), []);
  });
});

// ---- lost ordinals ----

const lostNotice = (open = '()', unit = '()') =>
  [
    '某县人民政府关于做好就业创业工作的实施意见',
    `各乡镇人民政府，各县直管镇${unit}人民政府，县政府各部门：`,
    '现提出如下实施意见。',
    '一、实施就业优先战略',
    `${open}建立就业工作协调机制。各乡镇要强化就业目标考核。（责任单位：县人社局、县统计局）`,
    `${open}鼓励小微企业吸纳就业。开展小微企业创业示范。（责任单位：县工信局、县财政局）`,
    '二、加强组织领导',
    '各乡镇要加强领导。',
    '某县人民政府',
    '2024年3月1日',
    '',
  ].join('\n');

const LOST_LAYOUTS: { name: string; apply: (t: string) => string }[] = [
  { name: 'one paragraph per line', apply: (t) => t },
  { name: 'CRLF', apply: crlf },
  { name: 'collapsed (space)', apply: collapse },
  { name: 'collapsed (　　)', apply: (t) => t.split('\n').filter(Boolean).join('　　') },
  { name: 'indented lines (4 spaces, a page’s indent)', apply: (t) => t.split('\n').map((x, i) => (i > 2 && x ? '    ' + x : x)).join('\n') },
];

/** The offsets of every occurrence of `what` in text, as `start-end text`. */
function occurrences(text: string, what: string[]): string[] {
  const out: { at: number; s: string }[] = [];
  for (const w of what) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ at: i, s: `${i}-${i + 2} ${text.slice(i, i + 2)}` });
  return out.sort((a, b) => a.at - b.at).map((o) => o.s);
}

const spansOf = (text: string): string[] => check(text, [EMPTY]).map((f) => `${f.range.start}-${f.range.end} ${text.slice(f.range.start, f.range.end)}`);

describe('round 15 N: lost ordinals and lost words in an empty （） / ()', () => {
  for (const l of LOST_LAYOUTS) {
    describe(l.name, () => {
      for (const [width, open] of [
        ['half-width', '()'],
        ['full-width', '（）'],
      ] as const) {
        it(`${width}: ${open} opening a paragraph before a title, and ${open} inside a unit’s name (县直管镇${open}人民政府)`, () => {
          const text = l.apply(lostNotice(open, open));
          const unitAt = text.indexOf(`镇${open}人民政府`) + 1;
          const ords = occurrences(text, [`${open}建立`, `${open}鼓励`]);
          assert.deepEqual(spansOf(text), [`${unitAt}-${unitAt + 2} ${open}`, ...ords]);
          const fs = check(text, [EMPTY]);
          assert.ok(fs.every((f) => f.severity === 'warning' && f.fixes.length === 0));
          assert.equal(fs[0].message.zh, `单位名称中的${open}内没有内容：括号中的文字（如“县（市）人民政府”中的“市”）可能在复制时丢失，请对照原文补全（GB/T 15834-2011 4.9）。`);
          assert.equal(fs[1].message.zh, `段首的${open}内没有内容：其中的序号（如“（一）”）可能在复制时丢失，请对照原文补全（GB/T 9704-2012 7.3.3）。`);
          assert.ok(fs[1].message.en.startsWith(`Empty ${open} opening a paragraph: the item number in it`), fs[1].message.en);
          assert.ok(fs[0].message.en.startsWith(`Empty ${open} inside a unit's name`), fs[0].message.en);
        });
      }
      it('the same with the rest of the notice half-width (a scraped page: ,:())', () => {
        const text = l.apply(halfWidth(lostNotice('()', '()')));
        assert.equal(spansOf(text).length, 3);
      });
      it('silent on blanks to fill in, choices to tick, ASCII code and URLs', () => {
        const t = [
          '某县人民政府关于报送参会人员名单的通知',
          '各乡镇人民政府，县政府各部门：',
          '请于3月10日前报送回执，参会人数共（）人。',
          '（  ）建立就业工作协调机制',
          '(　)鼓励小微企业吸纳就业',
          '（）同意参加',
          '（）不参加',
          '（）是（）否参加培训',
          '（）人',
          '()=>{}函数调用示例',
          '网址：http://www.example.gov.cn/index()jsp',
          '调用f()计算，县（）级以下',
          '｜（）建立就业工作协调机制｜',
          '某县人民政府',
          '2024年3月1日',
          '',
        ].join('\n');
        const v = l.apply(t);
        const fs = spansOf(v);
        // 县（）级 is a unit's level with a lost word; nothing else fires
        const at = v.indexOf('县（）级') + 1;
        assert.deepEqual(fs, [`${at}-${at + 2} （）`]);
      });
    });
  }
  it('silent on the seed and on （） with content', () => {
    assert.deepEqual(spansOf(seedText()), []);
    const t = lostNotice('（一）', '（市）');
    assert.deepEqual(spansOf(t), []);
    assert.deepEqual(spansOf(collapse(t)), []);
  });
});
