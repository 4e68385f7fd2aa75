// Real-notice round 10 (structure and outline): a list whose item 1 stands after a label on the same line
// (监督电话：1.县农业农村局：… ⏎ 2.县财政局：…) continues there (R2); an 附件说明 inside a collapsed paragraph
// (…工作。附件：1.学生体检名单      2.体检项目表…) is no body numbering (P3); a 预案's decimal heading with a trailing dot
// (1.1.编制目的) is a level-2 heading like 1.1 编制目的 (R5).
import assert from 'node:assert/strict';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { structureRules } from '../../server/src/core/rules/structure';
import { check, collapse, crlf, locate, sectionTree as tree } from '../helpers';

/** name [heading kind], children indented by two spaces. */
const heads = (nodes: OutlineNode[], ind = ''): string[] =>
  nodes.flatMap((n) => [`${ind}${n.name}${n.heading ? ` [${n.heading}]` : ''}`, ...heads(n.children, ind + '  ')]);

const STRUCTURE = structureRules.map((r) => r.id);
const structure = (t: string) => check(t, STRUCTURE).map((f) => locate(t, f));

describe('round 10 (F3): a list whose item 1 stands after a label on the same line (R2)', () => {
  const CONTACTS = [
    '某某县农业农村局关于某某奖补资金的公告',
    '现将某某奖补资金发放情况公告如下。',
    '监督电话：1.县农业农村局：1234567',
    '2.县财政局：7654321',
    '3.县审计局：7654322',
    '电子邮箱：1.县农业农村局：nyj@example.com',
    '2.县财政局：czj@example.com',
    '某某县农业农村局',
    '2022年11月1日',
  ].join('\n');

  it('reads 2. 3. after 监督电话：1.… as its items: no numbering finding, one paragraph per line, collapsed and CRLF', () => {
    for (const t of [CONTACTS, collapse(CONTACTS), crlf(CONTACTS)]) {
      assert.deepEqual(structure(t), []);
      assert.deepEqual(tree(parse(t)), []);
    }
  });

  it('outlines no contact item as a heading', () => {
    for (const t of [CONTACTS, crlf(CONTACTS)]) {
      assert.deepEqual(heads(buildOutline(parse(t))), ['某某县农业农村局关于某某奖补资金的公告', '  某某县农业农村局', '  2022年11月1日']);
    }
  });

  it('takes 2、 as a list item with half-width colons and 1、 2、 (no heading, so no numbering-style either)', () => {
    const t = ['关于公布举报电话的通知', '举报电话:1、县市场监管局:1234567', '2、县公安局:7654321', '某县人民政府办公室', '2024年3月1日'].join('\n');
    for (const x of [t, collapse(t), crlf(t)]) {
      assert.deepEqual(tree(parse(x)), []);
      assert.deepEqual(structure(x), []);
    }
  });

  it('still flags a skip after the inline item 1 (1. then 3.), and 2. when no item 1 stands before it', () => {
    const skip = ['关于公布举报电话的通知', '举报电话：1.县市场监管局：1234567', '3.县公安局：7654321', '某县人民政府办公室', '2024年3月1日'].join('\n');
    assert.deepEqual(structure(skip).map((f) => `${f.rule} ${f.at} ${f.text}`), ['numbering-sequence 3:1-3:3 3.', 'numbering-single-item 3:1-3:3 3.']);
    const none = ['关于公布举报电话的通知', '举报电话：县市场监管局1234567', '2.县公安局：7654321', '某县人民政府办公室', '2024年3月1日'].join('\n');
    assert.deepEqual(structure(none).map((f) => `${f.rule} ${f.at} ${f.text}`), ['numbering-sequence 3:1-3:3 2.', 'numbering-single-item 3:1-3:3 2.']);
  });

  it('keeps 1. 2. headings after a sentence ending with a colon, and a label with a long text before the colon', () => {
    const t = ['关于做好安全生产工作的通知', '各乡镇人民政府：', '为做好安全生产工作，现将有关事项通知如下：1.加强领导。', '2.落实责任。', '某县人民政府办公室', '2024年3月1日'].join('\n');
    assert.deepEqual(tree(parse(t)), ['2.落实责任']);
  });
});

describe('round 10 (F3): paragraphs of a collapsed line', () => {
  const texts = (t: string) => {
    const doc = parse(t);
    return doc.paragraphs.map((p) => t.slice(p.start, p.end));
  };

  it('splits before a list opening after a short label (电子邮箱：1.…), not before 1.5小时 or a number list', () => {
    const t = '监督电话：1.县农业农村局：1234567 2.县财政局：7654321 电子邮箱：1.县农业农村局：nyj@example.com 2.县财政局：czj@example.com';
    assert.deepEqual(texts(t), ['监督电话：1.县农业农村局：1234567', '2.县财政局：7654321', '电子邮箱：1.县农业农村局：nyj@example.com', '2.县财政局：czj@example.com']);
    assert.deepEqual(texts('本次 培训时间：1.5小时'), ['本次 培训时间：1.5小时']);
  });

  it('keeps a decimal heading number with its trailing dot (1.2. 适用范围) whole', () => {
    assert.deepEqual(texts(['1.1.编制目的', '1.2. 适用范围', '本预案适用于本街道。'].join('\n')), ['1.1.编制目的', '1.2. 适用范围', '本预案适用于本街道。']);
    // (collapsed, as 1.2 适用范围 is)
    assert.deepEqual(texts('为做好工作，制定本预案。 1.2. 适用范围 本预案适用于本街道。'), ['为做好工作，制定本预案。', '1.2. 适用范围', '本预案适用于本街道。']);
  });
});

describe('round 10 (F3): an 附件说明 inside a collapsed paragraph (P3)', () => {
  const GLUED = '关于做好学生体检工作的通知各学校：请做好学生体检工作。附件：1.学生体检名单      2.体检项目表某县教育局2024年8月20日';
  const PER_LINE = ['关于做好学生体检工作的通知', '各学校：', '请做好学生体检工作。', '附件：1.学生体检名单', '2.体检项目表', '某县教育局', '2024年8月20日'].join('\n');

  it('takes no 2. of the note for body numbering: no numbering-sequence, no single-item hint, in every layout', () => {
    for (const t of [GLUED, PER_LINE, collapse(PER_LINE), crlf(PER_LINE), '请做好学生体检工作。附件：1.学生体检名单 2.体检项目表 3.体检须知']) {
      assert.deepEqual(structure(t), [], t);
      assert.deepEqual(tree(parse(t)), [], t);
    }
  });

  it('keeps the outline free of the note items', () => {
    assert.ok(!heads(buildOutline(parse(GLUED))).some((l) => l.includes('体检项目表')));
  });

  it('still reads a body list after a sentence that follows the note', () => {
    const t = ['请做好学生体检工作。附件：1.学生体检名单。请各校认真组织：', '2.做好宣传。'].join('\n');
    assert.deepEqual(tree(parse(t)), ['2.做好宣传']);
  });
});

describe('round 10 (F3): a decimal heading with a trailing dot (1.1.编制目的) (R5)', () => {
  const YUAN = [
    '某某街道防汛工作预案',
    '1.总则',
    '1.1.编制目的',
    '为做好防汛工作，制定本预案。',
    '1.2. 适用范围',
    '本预案适用于本街道。',
    '2.组织体系',
    '2.1.领导机构',
    '街道成立防汛指挥部。',
    '2.1.1.指挥部组成',
    '由街道主要负责人任总指挥。',
  ].join('\n');

  it('outlines 1.1. / 1.2. / 2.1. / 2.1.1. as decimal headings under 1.总则 and 2.组织体系, in every line-ending layout', () => {
    for (const t of [YUAN, crlf(YUAN), YUAN.replace(/\n/g, '\r')]) {
      const o = buildOutline(parse(t));
      assert.deepEqual(heads(o), [
        '某某街道防汛工作预案',
        '  1.总则 [decimal]',
        '    1.1.编制目的 [decimal]',
        '    1.2. 适用范围 [decimal]',
        '  2.组织体系 [decimal]',
        '    2.1.领导机构 [decimal]',
        '      2.1.1.指挥部组成 [decimal]',
      ]);
      const h = o[0].children[0].children[0];
      assert.equal(t.slice(h.selectionRange.start, h.selectionRange.end), '1.1.编制目的');
      assert.equal(t.slice(h.range.start, h.range.end).replace(/\r\n?/g, '\n'), '1.1.编制目的\n为做好防汛工作，制定本预案。');
    }
  });

  it('leaves the numbering rules silent on it, one paragraph per line and collapsed', () => {
    for (const t of [YUAN, collapse(YUAN), crlf(YUAN)]) assert.deepEqual(structure(t), []);
  });

  it('starts a （1） list anew under each 1.1. heading, as under 1.1 (no numbering-sequence on the second （1）)', () => {
    const t = ['某某街道防汛工作预案', '1.总则', '1.1.编制目的', '为做好防汛工作，制定本预案。', '（1）保障安全。', '（2）减少损失。', '1.2.工作原则', '（1）以人为本。', '（2）预防为主。', '2.组织体系', '2.1.领导机构', '街道成立防汛指挥部。'].join('\n');
    for (const x of [t, collapse(t), crlf(t)]) assert.deepEqual(structure(x), []);
    // (a gap under it is still reported)
    const gap = t.replace('（2）预防为主', '（3）预防为主');
    assert.deepEqual(structure(gap).map((f) => `${f.rule} ${f.at} ${f.text}`), ['numbering-sequence 9:1-9:4 （3）']);
  });

  it('takes no amount with a trailing dot (1.5.万元) and no version number for a heading', () => {
    const t = ['某某街道防汛工作预案', '1.总则', '1.1.编制目的', '为做好防汛工作，制定本预案。', '1.2.适用范围', '资金1.5.万元。'].join('\n');
    assert.deepEqual(heads(buildOutline(parse(t))), ['某某街道防汛工作预案', '  1.总则 [decimal]', '    1.1.编制目的 [decimal]', '    1.2.适用范围 [decimal]']);
  });
});
