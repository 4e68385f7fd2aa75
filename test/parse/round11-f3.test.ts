// Real-notice round 11 (structure and outline): a second attached document (附件1 / title … 附件2 / title) is its own
// outline node, and its headings are not nested under the first attachment's last section (R13; the tasks side of
// S's P5: the last task of 附件1 keeps no children from 附件2); a collapsed 成文日期 that lost its 年 月 日 after the 署名
// (…办公室 { 2017 6 23) is split off as the laid-out form is (round-10 leftover).
import assert from 'node:assert/strict';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { attachmentLabelAt } from '../../server/src/core/parse/markers';
import { attachmentParts } from '../../server/src/core/parse/sections';
import { structureRules } from '../../server/src/core/rules/structure';
import { check, collapse, crlf, halfWidth, locate, sectionTree as tree } from '../helpers';

/** name, children indented by two spaces. */
const heads = (nodes: OutlineNode[], ind = ''): string[] => nodes.flatMap((n) => [`${ind}${n.name}`, ...heads(n.children, ind + '  ')]);

/** Every child's range lies inside its parent's, and its selection inside its range. */
function nested(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    assert.ok(n.selectionRange.start >= n.range.start && n.selectionRange.end <= n.range.end, `${n.name}: selection inside range`);
    if (parent) assert.ok(n.range.start >= parent.range.start && n.range.end <= parent.range.end, `${n.name} inside ${parent.name}`);
    nested(n.children, n);
  }
}

const STRUCTURE = structureRules.map((r) => r.id);
const structure = (t: string) => check(t, STRUCTURE).map((f) => `${f.ruleId} ${locate(t, f).at} ${t.slice(f.range.start, f.range.end)}`);

const TWO = [
  '某县人民政府办公室关于开展安全生产大检查的通知',
  '各乡镇人民政府，县政府各部门：',
  '现将有关事项通知如下。',
  '一、检查范围',
  '全县各类生产经营单位。',
  '二、工作要求',
  '请各乡镇于4月20日前报送总结。',
  '附件：1．安全生产大检查重点内容',
  '2．安全生产大检查情况统计表',
  '某县人民政府办公室',
  '2024年2月27日',
  '附件1',
  '安全生产大检查重点内容',
  '一、危险化学品',
  '（一）储存场所。',
  '（二）运输车辆。',
  '二、建筑施工',
  '附件2',
  '安全生产大检查情况统计表',
  '1.企业数量',
  '2.隐患数量',
].join('\n');

const OUTLINE_TWO = [
  '某县人民政府办公室关于开展安全生产大检查的通知',
  '  各乡镇人民政府，县政府各部门：',
  '  一、检查范围',
  '  二、工作要求',
  '  某县人民政府办公室',
  '  2024年2月27日',
  '  安全生产大检查重点内容',
  '    一、危险化学品',
  '      （一）储存场所',
  '      （二）运输车辆',
  '    二、建筑施工',
  '  安全生产大检查情况统计表',
  '    1.企业数量',
  '    2.隐患数量',
];

describe('round 11 (F3): a second attached document (R13, P5)', () => {
  it('outlines each attached document as its own node: one paragraph per line, collapsed, CRLF, half-width', () => {
    for (const [t, want] of [
      [TWO, OUTLINE_TWO],
      [collapse(TWO), OUTLINE_TWO],
      [crlf(TWO), OUTLINE_TWO],
      [halfWidth(TWO), OUTLINE_TWO.map(halfWidth)],
    ] as const) {
      const o = buildOutline(parse(t));
      assert.deepEqual(heads(o), want);
      nested(o);
    }
  });

  it('gives the second document the range from its label to the end, its title as the selection', () => {
    for (const t of [TWO, crlf(TWO)]) {
      const docs = buildOutline(parse(t))[0].children.filter((n) => n.kind === 'document');
      assert.deepEqual(
        docs.map((d) => [t.slice(d.selectionRange.start, d.selectionRange.end), t.slice(d.range.start, d.range.start + 3), d.range.end]),
        [
          ['安全生产大检查重点内容', '安全生', t.indexOf('二、建筑施工') + '二、建筑施工'.length],
          ['安全生产大检查情况统计表', '附件2', t.length],
        ],
      );
    }
  });

  it('nests no heading of 附件2 under the last section of 附件1 (the section tree: its 1. items are top-level)', () => {
    for (const t of [TWO, collapse(TWO), crlf(TWO)]) {
      assert.deepEqual(tree(parse(t)), ['一、危险化学品', '  （一）储存场所', '  （二）运输车辆', '二、建筑施工', '1.企业数量', '2.隐患数量']);
      const s = parse(t).sections;
      // 二、建筑施工 ends before the 附件2 line
      assert.equal(t.slice(s[1].range.start, s[1].range.end), '二、建筑施工');
    }
  });

  it('keeps the last task of 附件1 with no children from 附件2 (a 1. list after 附件2 starts anew)', () => {
    const t = TWO.replace('二、建筑施工', '二、建筑施工\n（一）排查工地。（牵头单位：县住建局）');
    const doc = parse(t);
    assert.deepEqual(tree(doc).slice(3), ['二、建筑施工', '  （一）排查工地', '1.企业数量', '2.隐患数量']);
  });

  it('reads a title on the label line (附件2：情况统计表, 附件 2：情况统计表, 附件２:…) and a label alone with a colon (附件2：)', () => {
    for (const label of ['附件2：安全生产大检查情况统计表', '附件 2：安全生产大检查情况统计表', '附件２:安全生产大检查情况统计表']) {
      const t = TWO.replace('附件2\n安全生产大检查情况统计表', label);
      assert.deepEqual(heads(buildOutline(parse(t))), OUTLINE_TWO, label);
    }
    const t = TWO.replace('附件2\n', '附件2：\n');
    assert.deepEqual(heads(buildOutline(parse(t))), OUTLINE_TWO);
  });

  it('names the part by its label when no title line follows it', () => {
    const t = TWO.replace('安全生产大检查情况统计表\n1.', '1.');
    assert.deepEqual(heads(buildOutline(parse(t))).slice(-3), ['  附件2', '    1.企业数量', '    2.隐患数量']);
  });

  it('still flags a skip inside the second attached document, and says nothing when each restarts at 一、', () => {
    const skip = TWO.replace('1.企业数量', '一、企业数量').replace('2.隐患数量', '三、隐患数量');
    assert.deepEqual(structure(skip), ['numbering-sequence 21:1-21:3 三、']);
    const ok = TWO.replace('1.企业数量', '一、企业数量').replace('2.隐患数量', '二、隐患数量');
    assert.deepEqual(structure(ok), []);
    assert.deepEqual(structure(TWO), []);
  });

  it('takes no sentence citing an attachment, nor the 附件说明, for a label', () => {
    const t = '附件1所列单位请于5月1日前报送。';
    assert.equal(attachmentLabelAt(t, 0, t.length), null);
    const note = '附件：1．安全生产大检查重点内容';
    assert.equal(attachmentLabelAt(note, 0, note.length), null);
    const long = '附件2：' + '某'.repeat(61);
    assert.equal(attachmentLabelAt(long, 0, long.length), null);
    const sentence = '附件2：统计表，请认真填写';
    assert.equal(attachmentLabelAt(sentence, 0, sentence.length), null);
    assert.deepEqual(attachmentLabelAt('附件二', 0, 3), { ordinal: 2, titleStart: 3, textEnd: 3 });
    assert.deepEqual(attachmentLabelAt('附件12：表 ', 0, 7), { ordinal: 12, titleStart: 5, textEnd: 6 });
    // a sentence citing an attachment inside a section does not close it
    const cited = TWO.replace('（二）运输车辆。', '（二）运输车辆。\n附件1所列单位请于5月1日前报送。');
    assert.deepEqual(tree(parse(cited)).slice(0, 3), ['一、危险化学品', '  （一）储存场所', '  （二）运输车辆']);
    const s = parse(cited).sections[0].children[1];
    assert.ok(cited.slice(s.range.start, s.range.end).endsWith('报送。'));
  });

  it('lists the parts after the first with their label, title and range (attachmentParts)', () => {
    for (const t of [TWO, crlf(TWO)]) {
      const doc = parse(t);
      const att = doc.attachment!;
      const parts = attachmentParts(t, doc.paragraphs, { start: att.title.end, end: att.range.end });
      assert.deepEqual(
        parts.map((p) => [p.ordinal, t.slice(p.label.start, p.label.end), p.title.text, t.slice(p.range.start, p.range.end).endsWith('2.隐患数量')]),
        [[2, '附件2', '安全生产大检查情况统计表', true]],
      );
    }
  });

  it('takes a label repeated on the next line (附件2⏎附件2) for one part', () => {
    const t = TWO.replace('附件2\n', '附件2\n附件2\n');
    for (const x of [t, collapse(t)]) assert.deepEqual(heads(buildOutline(parse(x))), OUTLINE_TWO);
  });

  it('splits three attached documents into three nodes', () => {
    const t = TWO + '\n附件3\n安全生产大检查联系人名单\n一、县应急局';
    const docs = buildOutline(parse(t))[0].children.filter((n) => n.kind === 'document');
    assert.deepEqual(heads(docs), [
      '安全生产大检查重点内容',
      '  一、危险化学品',
      '    （一）储存场所',
      '    （二）运输车辆',
      '  二、建筑施工',
      '安全生产大检查情况统计表',
      '  1.企业数量',
      '  2.隐患数量',
      '安全生产大检查联系人名单',
      '  一、县应急局',
    ]);
    nested(docs);
  });
});

describe('round 11 (F3): a collapsed 成文日期 that lost its 年 月 日 after the 署名 (round-10 leftover)', () => {
  const GARBLED = [
    '某某县人民政府办公室关于印发某某应急预案的通知',
    '各乡镇人民政府，县级有关部门：',
    '现将《某某应急预案》印发给你们，请认真贯彻执行。',
    '某某县人民政府办公室',
    '{ 2017 6 23',
  ].join('\n');
  const paras = (t: string) => parse(t).paragraphs.map((p) => t.slice(p.start, p.end));

  it('splits it off the 署名 as its own paragraph, and the notice has its 署名 and 成文日期 (collapsed, laid out, CRLF)', () => {
    for (const t of [GARBLED, collapse(GARBLED), crlf(GARBLED), collapse(GARBLED).replace('{ ', '')]) {
      const ps = paras(t);
      assert.deepEqual(ps.slice(-2), ['某某县人民政府办公室', t.includes('{') ? '{ 2017 6 23' : '2017 6 23']);
      const doc = parse(t);
      assert.deepEqual(doc.notice.signatures.map((x) => x.text), ['某某县人民政府办公室']);
      assert.ok(doc.notice.signDate);
      assert.deepEqual(check(t, ['notice-missing-element']), []);
      assert.deepEqual(check(t, ['date-invalid']).map((f) => t.slice(f.range.start, f.range.end)), [t.includes('{') ? '{ 2017 6 23' : '2017 6 23']);
    }
  });

  it('splits no number run that is not a date, nor one after a sentence (not a 署名)', () => {
    const notDate = collapse(GARBLED).replace('{ 2017 6 23', '{ 2017 13 23');
    assert.deepEqual(paras(notDate).slice(-1), ['某某县人民政府办公室 { 2017 13 23']);
    const body = collapse(GARBLED).replace('某某县人民政府办公室 { 2017 6 23', '请于月底前报送 2017 6 23');
    assert.deepEqual(paras(body).slice(-1), ['请于月底前报送 2017 6 23']);
  });
});
