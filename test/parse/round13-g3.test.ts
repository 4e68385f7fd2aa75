// Real-notice round 13 (structure):
// - R's P5: a collapsed text whose paragraphs are parted by 　　 (U+3000) or NBSP runs instead of ASCII blanks is split
//   as the ASCII-blank collapsed layout is (today: one paragraph, an empty outline and no finding at all);
// - S's B: 附：1、…⏎2、… (附：, a web copy's short 附件说明 label) continues the 附件说明: no section, no numbering finding;
// - R's P4 (outline side): a heading whose bracketed assignment note follows with no 。 before it
//   (一、新建农村公路50公里（牵头单位：县交通运输局）) is titled 新建农村公路50公里, the note dropped whole (not cut at its
//   colon) — the section title, which the outline and the tasks table both show;
// - R's P12: a spaced-out 附件说明 name closing its line (附件：郑 州市政 务大 厅运行方 案) stays one paragraph;
// - R's P11: 第一部分 / 第二部分 head the outline above the 一、 lists under them.
import assert from 'node:assert/strict';
import { buildOutline } from '../../server/src/core/features/outline';
import { taskTableRows } from '../../server/src/core/features/taskTable';
import { parse } from '../../server/src/core/parse';
import { structureRules } from '../../server/src/core/rules/structure';
import { check, collapse, crlf, halfWidth, locate, outlineNames } from '../helpers';

const STRUCTURE = structureRules.map((r) => r.id);
const structure = (t: string) => check(t, STRUCTURE).map((f) => `${f.ruleId} ${locate(t, f).at} ${t.slice(f.range.start, f.range.end)}`);
const paragraphs = (t: string) => parse(t).paragraphs.map((p) => t.slice(p.start, p.end));
/** The paragraphs of a text, one per line, joined on one line by `sep` (and each indented by `indent`). */
const joined = (t: string, sep: string, indent = '') =>
  t
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => indent + l.trim())
    .join(sep);

describe('round 13: a collapsed text parted by U+3000 or NBSP runs is split as with ASCII blanks (R P5)', () => {
  const NOTICE = [
    '某县人民政府办公室关于印发某县防汛应急预案的通知',
    '各乡镇人民政府，县直各有关单位：',
    '现将《某县防汛应急预案》印发给你们，请认真贯彻执行。',
    '某县人民政府办公室',
    '2024年6月1日',
    '某县防汛应急预案',
    '一、总则',
    '为做好防汛工作，制定本预案。',
    '三、组织体系',
    '县防指负责全县防汛工作。',
  ].join('\n');
  const PARAS = NOTICE.split('\n');
  const OUTLINE = [
    '某县人民政府办公室关于印发某县防汛应急预案的通知',
    ' 各乡镇人民政府，县直各有关单位：',
    ' 某县人民政府办公室',
    ' 2024年6月1日',
    ' 某县防汛应急预案',
    '  一、总则',
    '  三、组织体系',
  ];
  const variants: [string, string][] = [
    ['ASCII blank (the layout already read)', collapse(NOTICE)],
    ['U+3000 U+3000 (a WPS text’s first-line indents)', joined(NOTICE, '\u3000\u3000')],
    ['U+3000 U+3000 before every paragraph, the first too', joined(NOTICE, '', '\u3000\u3000')],
    ['one U+3000', joined(NOTICE, '\u3000')],
    ['NBSP runs (&nbsp;&nbsp;&nbsp;&nbsp;)', joined(NOTICE, '\u00a0\u00a0\u00a0\u00a0')],
    ['NBSP and U+3000 mixed', joined(NOTICE, '\u00a0\u3000\u3000')],
    ['half-width punctuation, U+3000', joined(halfWidth(NOTICE), '\u3000\u3000')],
  ];
  for (const [name, t] of variants) {
    it(`paragraphs, outline, numbering-sequence and the frame as in the one-paragraph-per-line layout (${name})`, () => {
      const w = name.startsWith('half-width') ? PARAS.map((p) => halfWidth(p)) : PARAS;
      assert.deepEqual(paragraphs(t), w);
      assert.deepEqual(outlineNames(t), name.startsWith('half-width') ? OUTLINE.map((l) => halfWidth(l)) : OUTLINE);
      const at = t.indexOf('三、');
      const fs = check(t, ['numbering-sequence']);
      assert.deepEqual(
        fs.map((f) => [f.range.start, f.range.end]),
        [[at, at + 2]],
      );
      assert.equal(fs[0].severity, 'error');
      assert.ok(fs[0].message.zh.startsWith('序号跳号：此处应为“二、”，实为“三、”'), fs[0].message.zh);
      assert.deepEqual(check(t, ['notice-missing-element', 'notice-title-mismatch']), []);
    });
  }

  it('the one-paragraph-per-line layout with U+3000 indents and CRLF is read the same', () => {
    const t = crlf(NOTICE.split('\n').map((l) => '\u3000\u3000' + l).join('\n'));
    assert.deepEqual(paragraphs(t), PARAS);
    assert.deepEqual(outlineNames(t), OUTLINE);
  });

  it('a 署名 and its 成文日期 on one line parted by U+3000 or NBSP are two paragraphs, as with ASCII blanks', () => {
    for (const sep of [' ', '   ', '\u3000', '\u3000\u3000', '\u00a0\u00a0\u00a0']) {
      const t = NOTICE.replace('某县人民政府办公室\n2024年6月1日', `某县人民政府办公室${sep}2024年6月1日`);
      assert.deepEqual(paragraphs(t), PARAS, JSON.stringify(sep));
      assert.deepEqual(outlineNames(t), OUTLINE, JSON.stringify(sep));
      assert.deepEqual(check(t, ['notice-missing-element']), [], JSON.stringify(sep));
    }
  });

  it('keeps what U+3000 or NBSP parts inside a paragraph whole, as the same ASCII blanks are kept', () => {
    const kept = [
      '某县人民政府关于做好防汛工作的通　　知',
      '一、总　则',
      '组　长：张　三　县人民政府县长',
      '成　员：李　四　县应急管理局局长　王　五　县水利局局长',
      '某县公安局　　某县教育局',
      '为做好防汛工作，　　制定本预案。',
      '（联系人：　张三，联系电话：　12345678）',
    ];
    for (const line of kept) {
      for (const blank of ['\u3000', '\u00a0']) {
        const l = line.replace(/\u3000/g, blank);
        const t = `${l}\n县防指负责全县防汛工作。`;
        assert.deepEqual(paragraphs(t), [l, '县防指负责全县防汛工作。'], l);
        // (and an ASCII blank there is kept too: the same rules decide)
        const a = line.replace(/\u3000/g, ' ');
        assert.deepEqual(paragraphs(`${a}\n县防指负责全县防汛工作。`), [a, '县防指负责全县防汛工作。'], a);
      }
    }
  });
});

describe('round 13: 附：1、…⏎2、… is an 附件说明, like 附件：1、… (S B)', () => {
  const NOTICE = [
    '某县人民政府办公室关于细化创卫工作任务的通知',
    '各镇人民政府，县政府各有关部门：',
    '现对创卫工作任务再次进行细化分解，请各责任单位认真落实。',
    '附：1、创建国家卫生城市目标任务分解细则',
    '2、县各单位创城主要工作任务',
    '某县人民政府办公室',
    '2024年9月8日',
  ].join('\n');
  const OUTLINE = ['某县人民政府办公室关于细化创卫工作任务的通知', ' 各镇人民政府，县政府各有关部门：', ' 某县人民政府办公室', ' 2024年9月8日'];
  const docx = NOTICE.replace('细则', '细则.docx').replace('任务\n', '任务.docx\n');
  const bare = NOTICE.replace('附：1、', '附：\n1、');
  const variants: [string, string][] = [
    ['one paragraph per line', NOTICE],
    ['CRLF', crlf(NOTICE)],
    ['collapsed', collapse(NOTICE)],
    ['half-width 附:', halfWidth(NOTICE)],
    ['half-width, collapsed', collapse(halfWidth(NOTICE))],
    ['附： then a blank', NOTICE.replace('附：1、', '附： 1、')],
    ['a bare 附： line', bare],
    ['a bare 附： line, CRLF', crlf(bare)],
    ['names with the file’s extension (.docx)', docx],
    ['names with the file’s extension, collapsed', collapse(docx)],
    ['after the body’s last sentence on its line', NOTICE.replace('落实。\n附：', '落实。附：')],
  ];
  for (const [name, t] of variants) {
    it(`no section, no numbering finding, the 署名 and 成文日期 read (${name})`, () => {
      const d = parse(t);
      assert.deepEqual(d.allSections.map((s) => s.marker.text), []);
      assert.deepEqual(structure(t), []);
      assert.deepEqual(outlineNames(t), name.startsWith('half-width') ? OUTLINE.map((l) => halfWidth(l)) : OUTLINE);
      assert.deepEqual(check(t, ['notice-missing-element']), []);
    });
  }

  it('a collapsed 附件说明 item with its file’s extension ends before the 署名', () => {
    assert.deepEqual(paragraphs(collapse(docx)).slice(3), ['附：1、创建国家卫生城市目标任务分解细则.docx', '2、县各单位创城主要工作任务.docx', '某县人民政府办公室', '2024年9月8日']);
    // (not a heading going on after Latin letters: 2、开展ABC.docx 培训 is not cut after .docx)
    const t = collapse(NOTICE.replace('2、县各单位创城主要工作任务', '2、开展ABC.docx 培训'));
    assert.deepEqual(paragraphs(t).slice(4), ['2、开展ABC.docx 培训', '某县人民政府办公室', '2024年9月8日']);
  });

  it('a list under 附： that skips a number still has no finding on the 附件说明’s own items, a body list still has one', () => {
    // the body's 1、 3、 after the note is a list of its own (the note's next number would be 2)
    const body = ['某某工作方案', '一、工作任务', '开展检查。', '三、工作要求', '按时报送。'].join('\n');
    assert.deepEqual(structure(body), ['numbering-sequence 4:1-4:3 三、']);
    const t = NOTICE.replace('附：1、', '附件：1、');
    assert.deepEqual(structure(t), []);
  });
});

describe('round 13: a heading with its bracketed assignment note and no 。 before it (R P4, outline side)', () => {
  const NOTICE = [
    '某县人民政府办公室关于印发2024年民生实事项目清单的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《2024年民生实事项目清单》印发给你们，请认真组织实施。',
    '某县人民政府办公室',
    '2024年2月22日',
    '2024年民生实事项目清单',
    '一、新建农村公路50公里（牵头单位：县交通运输局；完成时限：2024年11月底前）',
    '二、改造老旧小区12个（牵头单位：县住建局）',
    '（一）加装电梯30部（责任单位：县住建局、县市场监管局）',
    '1.更新燃气管网（ 牵头单位：县城市管理局）',
    '三、新增托育机构托位200个。（牵头单位：县卫生健康局）',
    '四、建设口袋公园5个【牵头单位】县城市管理局',
  ].join('\n');
  const OUTLINE = [
    '某县人民政府办公室关于印发2024年民生实事项目清单的通知',
    ' 各乡镇人民政府，县直各单位：',
    ' 某县人民政府办公室',
    ' 2024年2月22日',
    ' 2024年民生实事项目清单',
    '  一、新建农村公路50公里',
    '  二、改造老旧小区12个',
    '   （一）加装电梯30部',
    '    1.更新燃气管网',
    '  三、新增托育机构托位200个',
    '  四、建设口袋公园5个',
  ];
  const variants: [string, string][] = [
    ['one paragraph per line', NOTICE],
    ['CRLF', crlf(NOTICE)],
    ['collapsed', collapse(NOTICE)],
    ['half-width', halfWidth(NOTICE)],
    ['half-width, collapsed', collapse(halfWidth(NOTICE))],
  ];
  for (const [name, t] of variants) {
    const hw = name.startsWith('half-width');
    it(`section titles, outline names and the tasks table's task names end before the note (${name})`, () => {
      const d = parse(t);
      const titles = ['新建农村公路50公里', '改造老旧小区12个', '加装电梯30部', '更新燃气管网', '新增托育机构托位200个', '建设口袋公园5个'];
      assert.deepEqual(
        d.allSections.map((s) => s.title.text),
        titles,
      );
      // the heading (the outline's selection) is the marker and the title, not the note's bracket or label
      for (const s of d.allSections) assert.equal(t.slice(s.heading.start, s.heading.end), s.marker.text + (s.title.text === '新增托育机构托位200个' ? s.title.text + '。' : s.title.text));
      assert.deepEqual(outlineNames(t), hw ? OUTLINE.map((l) => halfWidth(l)) : OUTLINE);
      const rows = taskTableRows(d);
      assert.deepEqual(
        rows.map((r) => r.task),
        ['新建农村公路50公里', '更新燃气管网', '新增托育机构托位200个', '建设口袋公园5个'],
      );
      assert.deepEqual(rows[0].leads, ['县交通运输局']);
      // the lead still shown in the outline
      const doc = buildOutline(d)[0].children.find((c) => c.kind === 'document')!;
      assert.equal(doc.children[0].detail, '县交通运输局');
    });
  }

  it('keeps a bracket that holds no label in the title (一、新建农村公路（含桥梁）50公里 / （2024年底前完成）)', () => {
    const t = ['某某工作方案', '一、新建农村公路（含桥梁）50公里', '开展建设。', '二、改造老旧小区（2024年底前完成）', '开展改造。'].join('\n');
    assert.deepEqual(
      parse(t).allSections.map((s) => s.title.text),
      ['新建农村公路（含桥梁）50公里', '改造老旧小区（2024年底前完成）'],
    );
  });
});

describe('round 13: a spaced-out 附件说明 name closing its line stays whole (R P12)', () => {
  const NOTICE = [
    '某市人民政府办公厅关于印发某市政务大厅运行方案的通知',
    '各县（市、区）人民政府：',
    '《某市政务大厅运行方案》已经市人民政府同意，现印发给你们，请认真贯彻落实。',
    '附件：某 市政 务大 厅运行方 案',
    '某市人民政府办公厅',
    '2018年12月13日',
    '某市政务大厅运行方案',
    '一、总体要求',
    '二、工作任务',
  ].join('\n');
  const OUTLINE = [
    '某市人民政府办公厅关于印发某市政务大厅运行方案的通知',
    ' 各县（市、区）人民政府：',
    ' 某市人民政府办公厅',
    ' 2018年12月13日',
    ' 某市政务大厅运行方案',
    '  一、总体要求',
    '  二、工作任务',
  ];
  for (const [name, t] of [
    ['one paragraph per line', NOTICE],
    ['CRLF', crlf(NOTICE)],
    ['half-width', halfWidth(NOTICE)],
  ] as [string, string][]) {
    it(`one paragraph, no stray outline node, the attachment found (${name})`, () => {
      const hw = name === 'half-width';
      assert.equal(paragraphs(t)[3], hw ? '附件:某 市政 务大 厅运行方 案' : '附件：某 市政 务大 厅运行方 案');
      assert.deepEqual(outlineNames(t), hw ? OUTLINE.map((l) => halfWidth(l)) : OUTLINE);
      assert.deepEqual(check(t, ['notice-missing-element']), []);
    });
  }

  it('still parts an 附件说明 from the 署名 after it, and two names on one line', () => {
    // collapsed: the name, then the 署名 and the date
    const c = collapse(NOTICE.replace('某 市政 务大 厅运行方 案', '某市政务大厅运行方案'));
    assert.deepEqual(paragraphs(c).slice(3, 6), ['附件：某市政务大厅运行方案', '某市人民政府办公厅', '2018年12月13日']);
    // a name, then a 署名 closing the line
    assert.deepEqual(paragraphs('附件：某市政务大厅运行方案 某市人民政府办公厅'), ['附件：某市政务大厅运行方案', '某市人民政府办公厅']);
    // two names, each ending with its 文种
    assert.deepEqual(paragraphs('附件：某市政务大厅运行方案 某市政务大厅管理办法'), ['附件：某市政务大厅运行方案', '某市政务大厅管理办法']);
  });
});

describe('round 13: 第一部分 / 第二部分 are an outline level above 一、 (R P11)', () => {
  const NOTICE = [
    '某县人民政府办公室关于印发2024年重点工作任务分解方案的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《2024年重点工作任务分解方案》印发给你们，请认真组织实施。',
    '某县人民政府办公室',
    '2024年2月22日',
    '2024年重点工作任务分解方案',
    '第一部分 主要预期目标',
    '一、地区生产总值增长6.5%左右',
    '二、一般公共预算收入增长5%',
    '第二部分 重点工作任务',
    '一、扎实推进项目建设',
    '二、持续优化营商环境',
  ].join('\n');
  const OUTLINE = [
    '某县人民政府办公室关于印发2024年重点工作任务分解方案的通知',
    ' 各乡镇人民政府，县直各单位：',
    ' 某县人民政府办公室',
    ' 2024年2月22日',
    ' 2024年重点工作任务分解方案',
    '  第一部分 主要预期目标',
    '   一、地区生产总值增长6.5%左右',
    '   二、一般公共预算收入增长5%',
    '  第二部分 重点工作任务',
    '   一、扎实推进项目建设',
    '   二、持续优化营商环境',
  ];
  for (const [name, t] of [
    ['one paragraph per line', NOTICE],
    ['CRLF', crlf(NOTICE)],
    ['collapsed', collapse(NOTICE)],
    ['glued title (第一部分主要预期目标)', NOTICE.replace('第一部分 ', '第一部分').replace('第二部分 ', '第二部分')],
  ] as [string, string][]) {
    it(`outline nests each 一、 list under its part; no structure finding (${name})`, () => {
      const glued = name.startsWith('glued');
      assert.deepEqual(outlineNames(t), glued ? OUTLINE.map((l) => l.replace('部分 ', '部分')) : OUTLINE);
      const parts = buildOutline(parse(t))[0].children[3].children;
      assert.deepEqual(
        parts.map((p) => [p.heading, t.slice(p.selectionRange.start, p.selectionRange.end)]),
        [
          ['chapter', glued ? '第一部分主要预期目标' : '第一部分 主要预期目标'],
          ['chapter', glued ? '第二部分重点工作任务' : '第二部分 重点工作任务'],
        ],
      );
      assert.deepEqual(structure(t), []);
    });
  }

  it('a sentence opening with 第二部分 is no heading', () => {
    const t = ['某某工作方案', '一、资金安排', '第一部分资金用于道路建设。', '第二部分资金用于绿化。', '二、工作要求', '按时报送。'].join('\n');
    assert.deepEqual(outlineNames(t), ['某某工作方案', ' 一、资金安排', ' 二、工作要求']);
  });
});
