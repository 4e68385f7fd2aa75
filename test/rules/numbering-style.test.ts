import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { applyEdits, selectFixAll } from '../../server/src/core/fixes';
import { seedText, check as checkAll, locate as locateAll, samplePath } from '../helpers';
import { attachedNotice, covered, findings, fixed, layouts as sameWidth, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

const RULE = 'numbering-style';

/** A 一、/（一）/1. document with the given markers substituted. */
function body(m: { l1?: string[]; l2?: string[]; l3?: string[]; l4?: string[] }): string {
  const l1 = m.l1 ?? ['一、', '二、'];
  const l2 = m.l2 ?? ['（一）', '（二）'];
  const l3 = m.l3 ?? ['1.', '2.', '1.', '2.'];
  const l4 = m.l4 ?? ['（1）', '（2）'];
  return `
${l1[0]}工作重点
${l2[0]}加快发展现代物流
${l3[0]}推进物流园区建设。
${l4[0]}建设冷链物流中心。
${l4[1]}建设快递分拨中心。
${l3[1]}推进物流信息化建设。
${l2[1]}大力发展旅游业
${l3[2]}推进景区建设。
${l3[3]}发展乡村旅游。
${l1[1]}保障措施
加强组织领导。`;
}

interface Case {
  name: string;
  markers: Parameters<typeof body>[0];
  /** Covered text of the one finding, and the markers after the fix. */
  at: string;
  nthAt?: number;
  related: string[];
  after: Parameters<typeof body>[0];
  /** The canonical form named in the message. */
  canon: string;
}

const cases: Case[] = [
  { name: '一. 二.', markers: { l1: ['一.', '二.'] }, at: '一.', related: ['二.'], after: {}, canon: '一、' },
  { name: '一， 二，', markers: { l1: ['一，', '二，'] }, at: '一，', related: ['二，'], after: {}, canon: '一、' },
  { name: '（一）、', markers: { l2: ['（一）、', '（二）、'] }, at: '（一）、', related: ['（二）、'], after: {}, canon: '（一）' },
  { name: '（一）. in half-width brackets keeps its brackets', markers: { l2: ['(一).', '(二).'] }, at: '(一).', related: ['(二).'], after: { l2: ['(一)', '(二)'] }, canon: '(一)' },
  { name: '1、 in one list only', markers: { l3: ['1.', '2.', '1、', '2、'] }, at: '1、', related: ['2、'], after: {}, canon: '1.' },
  { name: '1， 2，', markers: { l3: ['1，', '2，', '1.', '2.'] }, at: '1，', related: ['2，'], after: {}, canon: '1.' },
  { name: '１．２． (full-width digits keep the ．)', markers: { l3: ['１．', '２．', '1.', '2.'] }, at: '１．', related: ['２．'], after: { l3: ['1．', '2．', '1.', '2.'] }, canon: '1．' },
  // a real 重点工作责任分解 page numbers its items 1﹒ 2﹒ (U+FE52 SMALL FULL STOP)
  { name: '1﹒ 2﹒ (U+FE52 small full stop)', markers: { l3: ['1\ufe52', '2\ufe52', '1.', '2.'] }, at: '1\ufe52', related: ['2\ufe52'], after: {}, canon: '1.' },
  { name: '⒈ ⒉ pasted from Word', markers: { l3: ['⒈', '⒉', '1.', '2.'] }, at: '⒈', related: ['⒉'], after: {}, canon: '1.' },
  { name: '⑴ ⑵ pasted from Word', markers: { l4: ['⑴', '⑵'] }, at: '⑴', related: ['⑵'], after: {}, canon: '（1）' },
  // round 12 (R 7): a real task list numbers its second level ㈠ ㈡ (U+3220–3229, PARENTHESIZED IDEOGRAPH ONE …)
  { name: '㈠ ㈡ enclosed ideographs', markers: { l2: ['㈠', '㈡'] }, at: '㈠', related: ['㈡'], after: {}, canon: '（一）' },
  { name: 'one wrong marker among right ones', markers: { l3: ['1.', '2、', '1.', '2.'] }, at: '2、', related: [], after: {}, canon: '2.' },
];

describe('numbering-style', () => {
  describe('wrong forms: once per list, the fix changes the whole list', () => {
    for (const c of cases) {
      for (const l of layouts) {
        it(`${c.name} (${l.name})`, () => {
          const text = l.apply(notice(body(c.markers)));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message.zh)));
          const f = fs[0];
          assert.equal(f.severity, 'warning');
          assert.equal(text.slice(f.range.start, f.range.end), l.w(c.at));
          assert.equal(f.range.start, nth(text, l.w(c.at)));
          assert.ok(f.message.zh.startsWith(`序号格式不规范：“${l.w(c.at)}”应为“${l.w(c.canon)}”。`), f.message.zh);
          assert.ok(f.message.en.startsWith(`Wrong marker form: “${l.w(c.at)}” should be “${l.w(c.canon)}”`), f.message.en);
          assert.deepEqual((f.related ?? []).map((r) => text.slice(r.range.start, r.range.end)), c.related.map(l.w));
          assert.equal(f.fixes[0].safe, true);
          const result = fixed(text, f);
          assert.equal(result, l.apply(notice(body(c.after))));
          assert.ok(!/[一二]。|[12]。/.test(result), 'a marker full stop never becomes 。');
        });
      }
    }
  });

  describe('one document mixing （一） with (一)', () => {
    for (const l of sameWidth) {
      it(`reported once on the minority, fixed to the majority (${l.name})`, () => {
        const doc = body({}) + '\n三、工作要求\n(一)按时报送\n（二）加强宣传';
        const text = l.apply(notice(doc));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.deepEqual(fs[0].range, { start: nth(text, '(一)'), end: nth(text, '(一)') + 3 });
        assert.ok(fs[0].message.zh.startsWith('序号括号不统一：全文 3 处用“（一）”式，1 处用“(一)”式'), fs[0].message.zh);
        assert.equal(fixed(text, fs[0]), l.apply(notice(doc.replace('(一)按时', '（一）按时'))));
      });
      it(`majority half-width: reported on the full-width minority, the fix makes every marker full-width (${l.name})`, () => {
        const doc = body({ l2: ['(一)', '(二)'] }) + '\n三、工作要求\n（一）按时报送\n(二)加强宣传';
        const text = l.apply(notice(doc));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '（一）');
        // full-width is the standard's form and what punct-half-width converges to: fix-all cannot flip-flop
        assert.equal(fixed(text, fs[0]), l.apply(notice(doc.replace(/\((一|二)\)/g, '（$1）'))));
      });
    }
  });

  describe('a rebuilt bracketed marker takes its level\'s bracket width', () => {
    for (const l of layouts) {
      it(`⑵ after (1) in a document of （一） markers becomes (2), never the minority of a mixed level (${l.name})`, () => {
        const text = l.apply(notice(body({ l4: ['(1)', '⑵'] })));
        const fs = findings(text, RULE);
        assert.deepEqual(fs.map((f) => text.slice(f.range.start, f.range.end)), ['⑵']);
        assert.ok(fs[0].message.zh.startsWith('序号格式不规范：“⑵”应为“(2)”。'), fs[0].message.zh);
        const after = fixed(text, fs[0]);
        assert.equal(after, l.apply(notice(body({ l4: ['(1)', '(2)'] }))));
        assert.deepEqual(covered(after, RULE), []);
      });
    }
  });

  describe('stays silent on', () => {
    for (const l of layouts) {
      it(`standard markers (${l.name})`, () => assert.deepEqual(covered(l.apply(notice(body({}))), RULE), []));
      it(`1． (U+FF0E) (${l.name})`, () =>
        assert.deepEqual(covered(l.apply(notice(body({ l3: ['1．', '2．', '1．', '2．'] }))), RULE), []));
      it(`(一) half-width brackets used consistently (${l.name})`, () =>
        assert.deepEqual(covered(l.apply(notice(body({ l2: ['(一)', '(二)'], l4: ['(1)', '(2)'] }))), RULE), []));
      it(`一，二季度 at the start of a paragraph (an enumeration of numbers, not a marker) (${l.name})`, () =>
        assert.deepEqual(covered(l.apply(notice('一、总体要求\n一，二季度经济运行平稳。\n二、工作重点\n加快发展。')), RULE), []));
      it(`1.2亿元 and (此件公开发布) (${l.name})`, () =>
        assert.deepEqual(covered(l.apply(notice('一、资金安排\n1.安排专项资金。\n1.2亿元专项资金已于3月下达。\n2.加强资金监管。')), RULE), []));
    }
    it('the seed', () => assert.deepEqual(covered(seedText(), RULE), []));
  });
});

describe('numbering-style on the real samples', () => {
  const allowed: Record<string, string[]> = {};
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = checkAll(text, ['numbering-style']).map((f) => {
        const x = locateAll(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }
});

describe('numbering-style: a run of stray marks after a marker', () => {
  interface StrayCase {
    name: string;
    markers: Parameters<typeof body>[0];
    /** Covered text of the one finding (marker and its stray marks), as written in the full-width layout. */
    at: string;
    related: string[];
    canon: string;
    /** The edits of the fix: [k, offset, replaced text, new text]: the offset within `at` (k = 0) or related[k - 1]. */
    edits: [number, number, string, string][];
    after: Parameters<typeof body>[0];
  }
  const strayCases: StrayCase[] = [
    { name: '（二）., (the marker\'s wrong mark and one more)', markers: { l2: ['（一）', '（二）.,'] }, at: '（二）.,', related: [], canon: '（二）', edits: [[0, 3, '.,', '']], after: {} },
    { name: '（一）、，、 (three marks)', markers: { l2: ['（一）、，、', '（二）'] }, at: '（一）、，、', related: [], canon: '（一）', edits: [[0, 3, '、，、', '']], after: {} },
    { name: '1.、， (an accepted marker followed by marks)', markers: { l3: ['1.、，', '2.', '1.', '2.'] }, at: '1.、，', related: [], canon: '1.', edits: [[0, 2, '、，', '']], after: {} },
    { name: '1、， (1、 and a comma)', markers: { l3: ['1、，', '2、', '1.', '2.'] }, at: '1、，', related: ['2、'], canon: '1.', edits: [[0, 1, '、，', '.'], [1, 1, '、', '.']], after: {} },
    { name: '一.， (the mark replaced, the rest deleted)', markers: { l1: ['一.，', '二、'] }, at: '一.，', related: [], canon: '一、', edits: [[0, 1, '.，', '、']], after: {} },
    { name: '一，、 (the wrong mark deleted, the right one kept)', markers: { l1: ['一，、', '二、'] }, at: '一，、', related: [], canon: '一、', edits: [[0, 1, '，', '']], after: {} },
    { name: '一、， (the accepted 一、 keeps its 、)', markers: { l1: ['一、，', '二、'] }, at: '一、，', related: [], canon: '一、', edits: [[0, 2, '，', '']], after: {} },
    {
      name: '１．， (full-width digits: the digit rewritten and the comma deleted, the ． left alone)',
      markers: { l3: ['１．，', '２．', '1.', '2.'] },
      at: '１．，',
      related: ['２．'],
      canon: '1．',
      edits: [[0, 0, '１', '1'], [0, 2, '，', ''], [1, 0, '２', '2']],
      after: { l3: ['1．', '2．', '1.', '2.'] },
    },
    { name: '（1）；： (an accepted level-4 marker followed by marks)', markers: { l4: ['（1）；：', '（2）'] }, at: '（1）；：', related: [], canon: '（1）', edits: [[0, 3, '；：', '']], after: {} },
    {
      name: 'two markers of one list, each with its own run',
      markers: { l2: ['（一）.,', '（二）、、'] },
      at: '（一）.,',
      related: ['（二）、、'],
      canon: '（一）',
      edits: [[0, 3, '.,', ''], [1, 3, '、、', '']],
      after: {},
    },
  ];

  for (const c of strayCases) {
    for (const l of layouts) {
      it(`${c.name} (${l.name})`, () => {
        const text = l.apply(notice(body(c.markers)));
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message.zh)));
        const f = fs[0];
        const at = l.w(c.at);
        const start = nth(text, at);
        assert.deepEqual(f.range, { start, end: start + at.length });
        assert.ok(f.message.zh.startsWith(`序号格式不规范：“${at}”应为“${l.w(c.canon)}”。`), f.message.zh);
        assert.ok(f.message.en.startsWith(`Wrong marker form: “${at}” should be “${l.w(c.canon)}”`), f.message.en);
        const related = c.related.map(l.w);
        assert.deepEqual((f.related ?? []).map((r) => text.slice(r.range.start, r.range.end)), related);
        const starts = [start, ...related.map((r) => nth(text, r))];
        const expected = c.edits.map(([k, off, from, to]) => {
          const at0 = starts[k] + off;
          return { range: { start: at0, end: at0 + l.w(from).length }, newText: l.w(to) };
        });
        assert.equal(f.fixes.length, 1);
        assert.equal(f.fixes[0].safe, true);
        assert.deepEqual(f.fixes[0].edits, expected);
        const result = fixed(text, f);
        assert.equal(result, l.apply(notice(body(c.after))));
        // one fix round is enough: nothing left for the rule
        assert.deepEqual(covered(result, RULE), []);
      });
    }
  }

  for (const l of layouts) {
    it(`fix-all removes the whole run (${l.name})`, () => {
      const text = l.apply(notice(body({ l2: ['（一）.,', '（二）'], l3: ['1.、，', '2.', '1.', '2.'] })));
      let once = applyEdits(text, selectFixAll(checkAll(text)));
      if (l.w('，') === '，') {
        // one round
        assert.equal(once, l.apply(notice(body({}))));
      } else {
        // half-width punctuation: fix-all also makes every half-width mark full-width; punct-half-width's
        // document-wide fix (it converts the , of the runs too) starts earlier and may be taken first, the
        // runs then go in a second round
        const full = (l.name.includes('collapsed') ? layouts[1] : layouts[0]).apply(notice(body({})));
        if (once !== full) once = applyEdits(once, selectFixAll(checkAll(once)));
        assert.equal(once, full);
      }
      assert.deepEqual(selectFixAll(checkAll(once)), []);
    });
  }

  describe('stays silent on', () => {
    for (const l of layouts) {
      it(`an ellipsis written with dots after a marker: （二）... / 1.... (${l.name})`, () =>
        assert.deepEqual(covered(l.apply(notice(body({ l2: ['（一）', '（二）...'], l3: ['1.', '2.', '1....', '2.'] }))), RULE), []));
      it(`opening quotes and brackets, ellipses and dashes after a marker (${l.name})`, () =>
        assert.deepEqual(covered(l.apply(notice(body({ l2: ['（一）“', '（二）《'], l3: ['1.……', '2.——', '1.（', '2.'] }))), RULE), []));
      it(`marks after the heading's text, or after a blank (${l.name})`, () =>
        assert.deepEqual(
          covered(l.apply(notice('一、工作重点：\n（一）加快发展，，\n（二） 大力发展\n二、保障措施\n加强组织领导。')), RULE),
          [],
        ));
    }
    for (const l of layouts) {
      it(`the mark directly before a digit stays (（二）,.5 → （二）.5; 1.、;5 → 1.;5, never 1.5) (${l.name})`, () => {
        const text = l.apply(notice(body({ l2: ['（一）', '（二）,.5'], l3: ['1.、;5', '2.', '1.', '2.'] })));
        const fs = findings(text, RULE).sort((a, b) => a.range.start - b.range.start);
        assert.deepEqual(fs.map((f) => text.slice(f.range.start, f.range.end)), ['1.、', l.w('（二）,')]);
        fs.reverse();
        assert.deepEqual(fs[0].fixes[0].edits, [{ range: { start: nth(text, l.w('（二）,')) + 3, end: nth(text, l.w('（二）,')) + 4 }, newText: '' }]);
        assert.deepEqual(fs[1].fixes[0].edits, [{ range: { start: nth(text, '1.、') + 2, end: nth(text, '1.、') + 3 }, newText: '' }]);
        const after = applyEdits(text, [...fs[0].fixes[0].edits, ...fs[1].fixes[0].edits]);
        assert.equal(after, l.apply(notice(body({ l2: ['（一）', '（二）.5'], l3: ['1.;5', '2.', '1.', '2.'] }))));
        assert.deepEqual(covered(after, RULE), []);
        assert.deepEqual(covered(l.apply(notice(body({ l3: ['1.:30', '2.', '1.', '2.'] }))), RULE), []);
      });
    }
  });
});

describe('numbering-style: the notice’s own body beside an attached document', () => {
  // the notice's body writes (一)(二); the attached document （一） but for one (二): the attached document's own
  // majority decides there, and the notice's body is one consistent list of its own
  const text = attachedNotice(
    `
一、提高认识
(一)加强学习。
(二)加强宣传。
二、落实责任
各部门要落实责任。`,
    `
一、隐患排查
（一）开展排查。
（二）建立台账。
（三）整改销号。
二、督查检查
（一）开展督查。
(二)通报结果。`,
  );
  for (const l of sameWidth) {
    it(`${l.name}: brackets judged per tree`, () => {
      const t = l.apply(text);
      const fs = findings(t, RULE);
      assert.deepEqual(
        fs.map((f) => [t.slice(f.range.start, f.range.end), f.range.start, f.message.zh]),
        [['(二)', nth(t, '(二)通报结果'), '序号括号不统一：全文 4 处用“（一）”式，1 处用“(一)”式。同一层级序号的括号应统一，公文中用全角括号（GB/T 9704-2012 7.3.3）。']],
      );
      // the fix touches the attached document's marker only
      assert.equal(fixed(t, fs[0]), t.replace('(二)通报结果', '（二）通报结果'));
    });
  }
  it('a wrong form in the notice’s body is found there', () => {
    for (const l of layouts) {
      const t = l.apply(attachedNotice('一、提高认识\n各地要高度重视。\n二.落实责任\n各部门要落实责任。', '一、隐患排查\n开展排查。\n二、督查检查\n开展督查。'));
      const fs = findings(t, RULE);
      assert.deepEqual(fs.map((f) => [t.slice(f.range.start, f.range.end), f.range.start]), [['二.', nth(t, '二.落实')]]);
      assert.equal(fixed(t, fs[0]), t.replace('二.落实', '二、落实'));
    }
  });
});
