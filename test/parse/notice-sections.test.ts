// The notice's own numbered body as a second section tree (doc.noticeSections) when an attached document holds
// the main one: the cover letter's 一、二、 before the 署名 are in the outline and checked by the numbering rules,
// each tree on its own.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { resolveConfig } from '../../server/src/core/config';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { format } from '../../server/src/core/features/format';
import { sectionPath } from '../../server/src/core/features/hover';
import { noticeSymbols } from '../../server/src/core/features/workspaceSymbols';
import { applyEdits } from '../../server/src/core/fixes';
import type { GongwenDocument, Section } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';
import { attachedNotice } from '../fixtures/numbering/notice';

const REPRO = attachedNotice(
  ['为做好安全生产工作，现将有关事项通知如下：', '一、提高认识', '各地要高度重视。', '三、落实责任', '各部门要落实责任。'].join('\n'),
  ['一、隐患排查', '1.开展排查。（牵头单位：市应急管理局）', '二、督查检查', '1.开展督查。（牵头单位：市应急管理局）'].join('\n'),
);

interface Layout {
  name: string;
  apply: (t: string) => string;
  /** How a snippet reads in this layout. */
  w: (s: string) => string;
  /** line:col of the cover's 三、 in this layout. */
  at: string;
}

const same = (s: string) => s;
const LAYOUTS: Layout[] = [
  { name: 'one paragraph per line', apply: same, w: same, at: '6:1-6:3' },
  { name: 'collapsed', apply: collapse, w: same, at: '1:83-1:85' },
  { name: 'CRLF', apply: crlf, w: same, at: '6:1-6:3' },
  { name: 'half-width punctuation', apply: halfWidth, w: halfWidth, at: '6:1-6:3' },
  { name: 'half-width punctuation, collapsed', apply: (t) => collapse(halfWidth(t)), w: halfWidth, at: '1:83-1:85' },
];

const NUMBERING = ['numbering-sequence', 'numbering-hierarchy', 'numbering-skipped-level', 'numbering-single-item', 'numbering-style', 'heading-end-punctuation'];

const heads = (list: Section[]) => list.map((s) => s.marker.text + s.title.text);

/** name (kind), children indented by two spaces. */
function lines(nodes: OutlineNode[], ind = ''): string[] {
  return nodes.flatMap((n) => [`${ind}${n.name} (${n.kind})${n.detail ? ' — ' + n.detail : ''}`, ...lines(n.children, ind + '  ')]);
}

/** Every child's range inside its parent's, selectionRange inside range, siblings in document order. */
function assertNested(nodes: OutlineNode[], outer?: { start: number; end: number }): void {
  let prev = -1;
  for (const n of nodes) {
    assert.ok(n.selectionRange.start >= n.range.start && n.selectionRange.end <= n.range.end, n.name);
    if (outer) assert.ok(n.range.start >= outer.start && n.range.end <= outer.end, n.name);
    assert.ok(n.range.start >= prev, `${n.name} out of order`);
    prev = n.range.start;
    assertNested(n.children, n.range);
  }
}

const REPRO_OUTLINE = (w: (s: string) => string) => [
  '嘉兴市人民政府办公室关于做好安全生产工作的通知 (notice)',
  `  ${w('各县（市、区）人民政府，市政府各部门：')} (part)`,
  '  一、提高认识 (section)',
  '  三、落实责任 (section)',
  '  嘉兴市人民政府办公室 (part)',
  '  2024年3月1日 (part)',
  '  安全生产重点任务分工 (document)',
  '    一、隐患排查 (section)',
  '      1.开展排查 (section) — 市应急管理局',
  '    二、督查检查 (section)',
  '      1.开展督查 (section) — 市应急管理局',
];

describe('parse: the notice’s own sections beside an attached document', () => {
  for (const L of LAYOUTS) {
    describe(L.name, () => {
      const text = L.apply(REPRO);

      it('builds the notice body’s tree apart from the attached document’s', () => {
        const doc = parse(text);
        assert.equal(doc.attachment?.title.text, '安全生产重点任务分工');
        assert.deepEqual(heads(doc.noticeSections), ['一、提高认识', '三、落实责任']);
        assert.deepEqual(heads(doc.sections), ['一、隐患排查', '二、督查检查']);
        assert.deepEqual(heads(doc.allSections), ['一、提高认识', '三、落实责任', '一、隐患排查', '1.开展排查', '二、督查检查', '1.开展督查']);
        // each tree's paths start from its own top-level list
        assert.deepEqual(
          doc.allSections.map((s) => s.path.join('.')),
          ['0', '1', '0', '0.0', '1', '1.0'],
        );
        // the cover's last section ends with the body (before the 附件说明), not at the attached document
        const last = doc.noticeSections[1];
        const sep = L.name.includes('collapsed') ? ' ' : L.name === 'CRLF' ? '\r\n' : '\n';
        assert.equal(text.slice(last.range.start, last.range.end), `三、落实责任${sep}各部门要落实责任。`);
        assert.ok(last.range.end <= doc.notice.attachmentNote!.start);
        // the main tree's reading is the attached document's alone
        assert.equal(doc.continuousItemNumbering, false);
      });

      it('numbering-sequence: 三、 after 一、 in the notice’s body, fixed to 二、; the attached document’s 一、二、 start their own list', () => {
        const found = check(text, ['numbering-sequence']);
        assert.deepEqual(
          found.map((f) => [locate(text, f).at, locate(text, f).text, f.message.zh]),
          [[L.at, '三、', '序号跳号：此处应为“二、”，实为“三、”。同一层级的序号应依次排列，不跳号、不重号（GB/T 9704-2012 7.3.3）。']],
        );
        const fix = found[0].fixes[0];
        assert.equal(fix.safe, true);
        assert.deepEqual(fix.edits.map((e) => [text.slice(e.range.start, e.range.end), e.newText]), [['三', '二']]);
        const after = applyEdits(text, fix.edits);
        assert.equal(after, text.replace('三、落实责任', '二、落实责任'));
        assert.deepEqual(check(after, ['numbering-sequence']), []);
      });

      it('the other numbering rules read the notice’s body too, and find nothing more there', () => {
        const found = check(text, NUMBERING).map((f) => `${f.ruleId} ${locate(text, f).text}`);
        // (the attached document's lone 1. under each 一、 are its own hints, as before)
        assert.deepEqual(found, [
          'numbering-sequence 三、',
          'numbering-skipped-level 1.',
          'numbering-single-item 1.',
          'numbering-skipped-level 1.',
          'numbering-single-item 1.',
        ]);
        const doc = parse(text);
        const ones = check(text, ['numbering-single-item']).map((f) => f.range.start);
        for (const s of doc.noticeSections) assert.ok(!ones.includes(s.marker.start));
      });

      it('outline: the notice’s sections under the notice, in document order, before the 署名', () => {
        const outline = buildOutline(parse(text));
        assert.deepEqual(lines(outline), REPRO_OUTLINE(L.w));
        assertNested(outline);
        const cover = outline[0].children[1];
        assert.equal(text.slice(cover.selectionRange.start, cover.selectionRange.end), '一、提高认识');
      });

      it('tasks: the notice’s 一、提高认识 is no task; no task-missing-lead', () => {
        const doc = parse(text);
        assert.deepEqual(
          doc.tasks.map((t) => [t.path, t.label, t.leads.map((u) => u.text)]),
          [
            ['一、1.', '开展排查', ['市应急管理局']],
            ['二、1.', '开展督查', ['市应急管理局']],
          ],
        );
        assert.deepEqual(check(text, ['task-missing-lead', 'task-empty-assignment']), []);
      });

      it('format renumbers the notice’s list on its own', () => {
        const cfg = resolveConfig({ format: { paragraphs: false, renumber: true, punctuation: false } }).config;
        assert.equal(format(text, cfg), text.replace('三、落实责任', '二、落实责任'));
      });

      it('hover paths and workspace symbols name the notice’s headings from their own tree', () => {
        const doc = parse(text);
        assert.deepEqual(
          doc.allSections.map((s) => sectionPath(doc, s)),
          ['一、', '三、', '一、', '一、1.', '二、', '二、1.'],
        );
        const symbols = noticeSymbols(doc).filter((s) => s.kind === 'heading');
        assert.deepEqual(
          symbols.map((s) => [s.name, s.container]),
          [
            ['一、提高认识', '嘉兴市人民政府办公室关于做好安全生产工作的通知'],
            ['三、落实责任', '嘉兴市人民政府办公室关于做好安全生产工作的通知'],
            ['一、隐患排查', '安全生产重点任务分工'],
            ['一、1.开展排查', '安全生产重点任务分工'],
            ['二、督查检查', '安全生产重点任务分工'],
            ['二、1.开展督查', '安全生产重点任务分工'],
          ],
        );
      });
    });
  }

  /** The reproduction with the notice's body replaced. */
  const withCover = (cover: string[], attached: string[] = REPRO.split('\n').slice(11, 16)): string =>
    [
      '嘉兴市人民政府办公室关于做好安全生产工作的通知',
      '各县（市、区）人民政府，市政府各部门：',
      ...cover,
      '附件：安全生产重点任务分工',
      '嘉兴市人民政府办公室',
      '2024年3月1日',
      '附件',
      ...attached,
      '',
    ].join('\n');

  it('a notice body without numbered sections: no second tree, outline and findings as before', () => {
    const text = withCover(['为做好安全生产工作，现将重点任务分工印发给你们，请认真贯彻落实。']);
    for (const t of [text, collapse(text), crlf(text), halfWidth(text)]) {
      const doc = parse(t);
      assert.deepEqual(doc.noticeSections, []);
      assert.deepEqual(heads(doc.allSections), ['一、隐患排查', '1.开展排查', '二、督查检查', '1.开展督查']);
      assert.deepEqual(lines(buildOutline(doc)).filter((l) => !l.includes('(part)')), [
        '嘉兴市人民政府办公室关于做好安全生产工作的通知 (notice)',
        '  安全生产重点任务分工 (document)',
        '    一、隐患排查 (section)',
        '      1.开展排查 (section) — 市应急管理局',
        '    二、督查检查 (section)',
        '      1.开展督查 (section) — 市应急管理局',
      ]);
      assert.deepEqual(
        check(t, NUMBERING).map((f) => `${f.ruleId} ${locate(t, f).text}`),
        ['numbering-skipped-level 1.', 'numbering-single-item 1.', 'numbering-skipped-level 1.', 'numbering-single-item 1.'],
      );
    }
  });

  it('a notice without an attached document: its body is the one tree, as before', () => {
    const text = REPRO.split('\n').slice(0, 7).concat(['嘉兴市人民政府办公室', '2024年3月1日', '']).join('\n');
    for (const t of [text, collapse(text), crlf(text)]) {
      const doc = parse(t);
      assert.equal(doc.attachment, undefined);
      assert.deepEqual(doc.noticeSections, []);
      assert.deepEqual(heads(doc.sections), ['一、提高认识', '三、落实责任']);
      assert.deepEqual(heads(doc.allSections), ['一、提高认识', '三、落实责任']);
      assert.deepEqual(lines(buildOutline(doc)).filter((l) => !l.includes('(part)')), [
        '嘉兴市人民政府办公室关于做好安全生产工作的通知 (notice)',
        '  一、提高认识 (section)',
        '  三、落实责任 (section)',
      ]);
      assert.deepEqual(check(t, ['numbering-sequence']).map((f) => locate(t, f).text), ['三、']);
    }
  });

  describe('each tree reads its own numbering across parents', () => {
    // the notice's body numbers its 1. 2. on across 一、二、; the attached document restarts under each parent
    const onInCover = withCover(
      ['一、提高认识', '1.加强学习。', '2.加强宣传。', '二、落实责任', '3.明确分工。', '4.强化考核。', '三、加强督查', '5.定期检查。'],
      ['安全生产重点任务分工', '一、隐患排查', '1.开展排查。', '2.建立台账。', '二、督查检查', '1.开展督查。', '2.通报结果。', '三、考核评价', '1.纳入考核。', '2.兑现奖惩。'],
    );
    // the reverse: the notice's body restarts under each parent; the attached document numbers on
    const onInAttachment = withCover(
      ['一、提高认识', '1.加强学习。', '2.加强宣传。', '二、落实责任', '1.明确分工。', '2.强化考核。', '三、加强督查', '1.定期检查。', '2.通报结果。'],
      ['安全生产重点任务分工', '一、隐患排查', '1.开展排查。', '2.建立台账。', '二、督查检查', '3.开展督查。', '4.通报结果。'],
    );

    for (const [name, apply] of [
      ['one paragraph per line', same],
      ['collapsed', collapse],
      ['CRLF', crlf],
    ] as const) {
      it(`${name}: neither tree tips the other’s reading`, () => {
        for (const t of [apply(onInCover), apply(onInAttachment)]) {
          const doc: GongwenDocument = parse(t);
          assert.equal(doc.noticeSections.length, 3);
          assert.deepEqual(check(t, ['numbering-sequence', 'numbering-single-item']), []);
        }
      });

      it(`${name}: a slip in the notice’s continuous run is judged by the notice’s reading`, () => {
        const t = apply(onInCover.replace('4.强化考核', '5.强化考核').replace('5.定期检查', '6.定期检查'));
        const found = check(t, ['numbering-sequence']);
        assert.deepEqual(
          found.map((f) => [locate(t, f).text, f.message.zh]),
          [['5.', '序号跳号：此处应为“4.”，实为“5.”（本文第三层序号“1.”“2.”……跨部分连续编号）。同一层级的序号应依次排列，不跳号、不重号（GB/T 9704-2012 7.3.3）。']],
        );
        const after = applyEdits(t, found[0].fixes[0].edits);
        assert.equal(after, apply(onInCover));
        assert.deepEqual(check(after, ['numbering-sequence']), []);
      });
    }
  });

  it('heading-end-punctuation judges the notice’s headings apart from the attached document’s', () => {
    const text = withCover(
      ['一、提高认识', '各地要高度重视。', '二、落实责任', '各部门要落实责任。', '三、加强督查。', '市政府将组织督查。'],
      ['安全生产重点任务分工', '一、隐患排查。', '各地开展排查。', '二、督查检查。', '各地开展督查。', '三、考核评价。', '纳入年度考核。', '四、总结报告。', '年底前报送总结。'],
    );
    for (const t of [text, crlf(text)]) {
      const found = check(t, ['heading-end-punctuation']);
      // the one 。 among the notice's own headings; the attached document's headings all end with 。
      assert.deepEqual(
        found.map((f) => [t.slice(f.range.start - 6, f.range.end), f.message.zh, f.fixes[0].edits.map((e) => [t.slice(e.range.start, e.range.end), e.newText])]),
        [['三、加强督查。', '标题末尾标点不统一：本文第一层标题有 2 个末尾不加句号，“三、加强督查。”末尾有“。”。同一层级标题的末尾标点应一致。', [['。', '']]]],
      );
    }
  });

  it('task rules: a notice body whose items carry assignments is a section of tasks too', () => {
    const text = withCover([
      '一、开展隐患排查。牵头单位：市应急管理局。',
      '二、开展专项整治。',
      '三、开展督查检查。牵头单位：市安委办。',
    ]);
    for (const t of [text, collapse(text), crlf(text)]) {
      const doc = parse(t);
      assert.deepEqual(heads(doc.noticeSections), ['一、开展隐患排查', '二、开展专项整治', '三、开展督查检查']);
      assert.deepEqual(
        doc.tasks.map((x) => [x.path, x.leads.map((u) => u.text).join('、')]),
        [
          ['一、', '市应急管理局'],
          ['三、', '市安委办'],
          ['一、1.', '市应急管理局'],
          ['二、1.', '市应急管理局'],
        ],
      );
      // the flat plan's item between two items with leads
      assert.deepEqual(check(t, ['task-missing-lead']).map((f) => locate(t, f).text), ['二、开展专项整治']);
    }
  });
});
