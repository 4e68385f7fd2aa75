// Round 15 (M): task-missing-lead in a notice whose leads are written as sentences (县住建局负责。 X牵头，Y配合。) or
// as clauses opening the task's sentence (X负责，Y配合，加强……): the message quotes that form and the fix writes the
// lead in that form (the unit left for the drafter: the snippet's cursor stands where the unit goes). Where the
// notice mixes styles, the most frequent wins (label leads over one sentence lead).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';

const RULE = 'task-missing-lead';

const notice = (items: string[]): string =>
  [
    '某县人民政府办公室关于印发《某县2024年大气污染防治工作方案》的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《某县2024年大气污染防治工作方案》印发给你们，请认真贯彻落实。',
    '某县人民政府办公室',
    '2024年5月20日',
    '某县2024年大气污染防治工作方案',
    '一、重点任务',
    ...items,
    '二、保障措施',
    '各乡镇要切实负起属地责任。',
    '',
  ].join('\n');

/** Every layout: one paragraph per line, CRLF, collapsed, and each with half-width commas, colons and brackets. */
const LAYOUTS: [string, (t: string) => string][] = [
  ['one paragraph per line', (t) => t],
  ['CRLF', crlf],
  ['collapsed', collapse],
  ['half-width', halfWidth],
  ['half-width CRLF', (t) => crlf(halfWidth(t))],
  ['half-width collapsed', (t) => halfWidth(collapse(t))],
];

const half = (name: string): boolean => name.startsWith('half-width');

interface Expect {
  /** The reported text (the task's marker and heading), as written in the full-width layout. */
  found: string;
  /** The text right before the fix's insertion point (full-width), and what the fix inserts there. */
  anchor: string;
  newText: string;
  snippet: string;
  /** The form the message quotes. */
  sample: string;
  /** The fix applied as it is (no unit typed in) leaves an empty label: task-empty-assignment's finding. */
  blankLabel?: boolean;
  /** The task's reported heading once the fix is applied as it is, when the fix went into the heading. */
  blankFound?: string;
}

/** Converts an expectation written for the full-width one-paragraph-per-line layout to a layout. */
function inLayout(name: string, s: string): string {
  let t = half(name) ? halfWidth(s) : s;
  if (name.endsWith('CRLF')) t = crlf(t);
  if (name.endsWith('collapsed')) t = t.replace(/\n/g, ' ');
  return t;
}

function checkCase(items: string[], e: Expect): void {
  for (const [name, layout] of LAYOUTS) {
    it(name, () => {
      const text = layout(notice(items));
      const fs = check(text, [RULE]);
      assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => locate(text, f))));
      const f = fs[0];
      const found = inLayout(name, e.found);
      const start = text.indexOf(found);
      assert.ok(start > 0);
      assert.deepEqual(f.range, { start, end: start + found.length });
      assert.equal(f.severity, 'error');
      assert.equal(
        f.message.zh,
        `任务“${found}”未明确牵头单位。任务部署部分的每项任务均应写明牵头单位，本文其他任务写作“${inLayout(name, e.sample)}”。`,
      );
      assert.equal(f.message.en, `Task “${found}” names no lead unit. Every task in a section of tasks should name its lead; this document’s other tasks write “${inLayout(name, e.sample)}”.`);
      // the fix: one edit, inserted right after the anchor, the cursor where the unit goes
      const anchor = inLayout(name, e.anchor);
      const at = text.indexOf(anchor) + anchor.length;
      assert.equal(text.indexOf(anchor, at - anchor.length + 1), -1, 'anchor unique');
      const newText = inLayout(name, e.newText);
      const snippet = inLayout(name, e.snippet);
      assert.equal(f.fixes.length, 1);
      assert.equal(f.fixes[0].safe, false);
      assert.deepEqual(f.fixes[0].edits, [{ range: { start: at, end: at }, newText, snippet }]);
      const applied = applyEdits(text, f.fixes[0].edits);
      assert.equal(applied, text.slice(0, at) + newText + text.slice(at));
      // the drafter types the unit where the cursor stands: the task names its lead, nothing is reported
      const typed = text.slice(0, at) + snippet.replace('$0', '县气象局') + text.slice(at);
      assert.deepEqual(check(typed, [RULE]).map((x) => locate(typed, x)), []);
      // left blank: a sentence without its unit names no lead, the task is still reported; an empty label is
      // task-empty-assignment's
      const blank = check(applied, [RULE, 'task-empty-assignment']).map((x) => `${x.ruleId} ${applied.slice(x.range.start, x.range.end)}`);
      assert.deepEqual(blank, e.blankLabel ? [`task-empty-assignment ${inLayout(name, '牵头单位：')}`] : [`${RULE} ${e.blankFound ? inLayout(name, e.blankFound) : found}`]);
    });
  }
}

describe('task-missing-lead (round 15): leads written as sentences', () => {
  describe('whole sentences closing the task, on its line: the fix closes the task with 负责。', () => {
    checkCase(
      [
        '（一）整治工业炉窑。完成20台燃煤炉窑改造。县工信局负责，县生态环境局配合。',
        '（二）管控扬尘污染。落实工地围挡、物料覆盖措施。县住建局负责。',
        '（三）加强监测预警。开展空气质量监测。',
      ],
      { found: '（三）加强监测预警', anchor: '开展空气质量监测。', newText: '负责。', snippet: '$0负责。', sample: '……负责。' },
    );
  });

  describe('whole sentences on a line of their own: the fix adds one on a line of its own (a blank collapsed)', () => {
    checkCase(
      [
        '（一）整治工业炉窑。完成20台燃煤炉窑改造。',
        '县工信局负责，县生态环境局配合。',
        '（二）管控扬尘污染。落实工地围挡、物料覆盖措施。',
        '县住建局负责。',
        '（三）加强监测预警。开展空气质量监测。',
      ],
      { found: '（三）加强监测预警', anchor: '开展空气质量监测。', newText: '\n负责。', snippet: '\n$0负责。', sample: '……负责。' },
    );
  });

  describe('a task that is only its heading, with no stop: the fix closes the heading’s sentence first', () => {
    checkCase(
      [
        '（一）整治工业炉窑。完成20台燃煤炉窑改造。县工信局负责，县生态环境局配合。',
        '（二）管控扬尘污染。落实工地围挡、物料覆盖措施。县住建局负责。',
        '（三）加强监测预警',
      ],
      { found: '（三）加强监测预警', anchor: '（三）加强监测预警', newText: '。负责。', snippet: '。$0负责。', sample: '……负责。' },
    );
  });

  describe('whole sentences opening the item: the fix opens the item with 负责。', () => {
    checkCase(
      ['（一）县水利局负责。实施河流综合整治工程。', '（二）县自然资源局负责。开展矿山生态修复。', '（三）加强监测预警。开展空气质量监测。'],
      { found: '（三）加强监测预警', anchor: '（三）', newText: '负责。', snippet: '$0负责。', sample: '……负责。', blankFound: '（三）负责' },
    );
  });

  describe('由X牵头。 sentences: the fix writes 由牵头。', () => {
    checkCase(
      [
        '（一）整治工业炉窑。完成20台燃煤炉窑改造。由县工信局牵头，县生态环境局配合。',
        '（二）管控扬尘污染。落实工地围挡、物料覆盖措施。由县住建局牵头。',
        '（三）加强监测预警。开展空气质量监测。',
      ],
      { found: '（三）加强监测预警', anchor: '开展空气质量监测。', newText: '由牵头。', snippet: '由$0牵头。', sample: '由……牵头。' },
    );
  });

  describe('clauses opening the item (X负责，Y配合，加强……): the fix opens the item with 负责，', () => {
    checkCase(
      [
        '（一）县工信局负责，县生态环境局配合，完成20台燃煤炉窑改造。',
        '（二）县住建局负责，各乡镇人民政府配合，落实工地围挡、物料覆盖措施。',
        '（三）加强空气质量监测预警。',
      ],
      {
        found: '（三）加强空气质量监测预警',
        anchor: '（三）',
        newText: '负责，',
        snippet: '$0负责，',
        sample: '……负责，……',
        blankFound: '（三）负责，加强空气质量监测预警',
      },
    );
  });

  describe('clauses opening the sentence after the heading: the fix opens the missing task’s second sentence', () => {
    checkCase(
      [
        '（一）整治工业炉窑。县工信局负责，县生态环境局配合，完成20台燃煤炉窑改造。',
        '（二）管控扬尘污染',
        '县住建局牵头，各乡镇人民政府配合，落实工地围挡、物料覆盖措施。',
        '（三）加强监测预警。开展空气质量监测。',
      ],
      { found: '（三）加强监测预警', anchor: '（三）加强监测预警。', newText: '负责，', snippet: '$0负责，', sample: '……负责，……' },
    );
  });

  describe('…and after a heading on a line of its own', () => {
    checkCase(
      [
        '（一）整治工业炉窑',
        '县工信局牵头，县生态环境局配合，完成20台燃煤炉窑改造。',
        '（二）管控扬尘污染',
        '县住建局牵头，各乡镇人民政府配合，落实工地围挡、物料覆盖措施。',
        '（三）加强监测预警',
        '开展空气质量监测。',
      ],
      { found: '（三）加强监测预警', anchor: '（三）加强监测预警\n', newText: '牵头，', snippet: '$0牵头，', sample: '……牵头，……' },
    );
  });

  describe('mixed: two label leads and one sentence lead, the label wins (message and fix as before)', () => {
    checkCase(
      [
        '（一）整治工业炉窑。完成20台燃煤炉窑改造。',
        '牵头单位：县工信局。',
        '（二）管控扬尘污染。落实工地围挡、物料覆盖措施。',
        '牵头单位：县住建局。',
        '（三）秸秆禁烧。开展秸秆禁烧巡查。县农业农村局负责。',
        '（四）加强监测预警。开展空气质量监测。',
      ],
      { found: '（四）加强监测预警', anchor: '开展空气质量监测。', newText: '\n牵头单位：。', snippet: '\n牵头单位：$0。', sample: '牵头单位：……', blankLabel: true },
    );
  });

  describe('mixed: two sentence leads and one label lead, the sentence wins', () => {
    checkCase(
      [
        '（一）整治工业炉窑。完成20台燃煤炉窑改造。县工信局负责。',
        '（二）管控扬尘污染。落实工地围挡、物料覆盖措施。县住建局负责，各乡镇人民政府配合。',
        '（三）秸秆禁烧。开展秸秆禁烧巡查。',
        '牵头单位：县农业农村局。',
        '（四）加强监测预警。开展空气质量监测。',
      ],
      { found: '（四）加强监测预警', anchor: '开展空气质量监测。', newText: '负责。', snippet: '$0负责。', sample: '……负责。' },
    );
  });

  describe('silent', () => {
    const all = [
      '（一）整治工业炉窑。完成20台燃煤炉窑改造。县工信局负责，县生态环境局配合。',
      '（二）管控扬尘污染',
      '县住建局牵头，各乡镇人民政府配合，落实工地围挡、物料覆盖措施。',
      '（三）加强监测预警。由县气象局负责。',
      '（四）县农业农村局负责，开展秸秆禁烧巡查。',
    ];
    for (const [name, layout] of LAYOUTS) {
      it(`${name}: every task names its lead in a sentence`, () => {
        const text = layout(notice(all));
        assert.deepEqual(check(text, [RULE]).map((f) => locate(text, f)), []);
      });
      it(`${name}: one sentence lead and two items without: no section of tasks`, () => {
        const text = layout(notice(['（一）整治工业炉窑。县工信局负责。', '（二）管控扬尘污染。落实工地围挡措施。', '（三）加强监测预警。开展空气质量监测。']));
        assert.deepEqual(check(text, [RULE]).map((f) => locate(text, f)), []);
      });
      it(`${name}: principles (政府负责，部门协同。) are no leads`, () => {
        const text = layout(notice(['（一）政府负责，部门协同。', '（二）坚持政府负责，社会参与。', '（三）加强监测预警。开展空气质量监测。']));
        assert.deepEqual(check(text, [RULE]).map((f) => locate(text, f)), []);
      });
    }
  });
});
