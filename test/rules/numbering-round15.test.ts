// Real-notice round 15 (numbering): 1） / 1) at a paragraph's start, a wrong form of the level-4 marker （1）
// (GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）). Read as level 4 wherever it stands, numbering-style offers 1） → （1）.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, sectionTree, taskRows, withFixes } from '../helpers';
import { attachedNotice, findings, layouts as sameWidth, layoutsAndWidths as layouts, notice, nth } from '../fixtures/numbering/notice';

const RULE = 'numbering-style';
const NUMBERING = ['numbering-style', 'numbering-sequence', 'numbering-hierarchy', 'numbering-skipped-level', 'numbering-single-item', 'numbering-ordinal-words'];

/** The markers of the section tree, in order. */
const markers = (text: string): string[] => parse(text).allSections.map((s) => s.marker.text);

/** The numbering findings as `rule covered-text`, in order. */
function numbering(text: string): string[] {
  return check(text, NUMBERING)
    .sort((a, b) => a.range.start - b.range.start || (a.ruleId < b.ruleId ? -1 : 1))
    .map((f) => `${f.ruleId} ${text.slice(f.range.start, f.range.end)}`);
}

// 1） 2） under a 1. item (the heading 1.建立工作机制 has no full stop: in the collapsed layout the blank after it
// parts the paragraphs because the heading's title is still open)
const under1 = (a = '1）', b = '2）') => `
一、工作任务
（一）加强组织领导
1.建立工作机制
${a}成立工作专班。
${b}明确责任分工。
2.完善工作制度。
（二）强化督促检查
1.开展专项督查。
2.开展年度考核。
二、工作要求
各单位要认真抓好落实。`;

describe('round 15: 1） at a paragraph start is a wrong form of （1）', () => {
  for (const l of layouts) {
    describe(l.name, () => {
      const text = l.apply(notice(under1()));
      it('the section tree nests 1） 2） under 1. as level 4', () => {
        const doc = parse(text);
        const tree = sectionTree(doc);
        assert.deepEqual(tree.slice(0, 5), [
          l.w('一、工作任务'),
          l.w('  （一）加强组织领导'),
          '    1.建立工作机制',
          l.w('      1）成立工作专班'),
          l.w('      2）明确责任分工'),
        ]);
        const s = doc.allSections.find((x) => x.marker.text === l.w('1）'))!;
        assert.equal(s.level, 4);
        assert.equal(s.ordinal, 1);
        assert.equal(s.marker.form, l.w('N）'));
        assert.equal(s.marker.canonical, false);
        assert.equal(s.marker.fullWidthDigits, false);
      });
      it('numbering-style: once for the list, on 1）, the fix inserts the opening bracket', () => {
        const fs = findings(text, RULE);
        assert.equal(fs.length, 1);
        const f = fs[0];
        const at = nth(text, l.w('1）成立'));
        assert.deepEqual(f.range, { start: at, end: at + 2 });
        assert.equal(f.severity, 'warning');
        const canon = l.w('（1）');
        assert.equal(
          f.message.zh,
          `序号格式不规范：“${l.w('1）')}”应为“${canon}”。第四层序数用括号括住半角阿拉伯数字，如“（1）”，括号后不再加标点（GB/T 9704-2012 7.3.3；GB/T 15834-2011 B.3.4）。本组另有 1 个序号格式相同问题。`,
        );
        assert.ok(f.message.en.startsWith(`Wrong marker form: “${l.w('1）')}” should be “${canon}”; level 4 is`), f.message.en);
        assert.deepEqual(
          (f.related ?? []).map((r) => [r.range.start, r.range.end, r.message.zh]),
          [[nth(text, l.w('2）明确')), nth(text, l.w('2）明确')) + 2, `“${l.w('2）')}”应为“${l.w('（2）')}”`]],
        );
        const open = l.w('（');
        assert.deepEqual(f.fixes[0].edits, [
          { range: { start: at, end: at }, newText: open },
          { range: { start: nth(text, l.w('2）明确')), end: nth(text, l.w('2）明确')) }, newText: open },
        ]);
        assert.equal(f.fixes[0].safe, true);
        assert.equal(withFixes(text, RULE), l.apply(notice(under1('（1）', '（2）'))));
      });
      it('no other numbering finding', () => assert.deepEqual(numbering(text), [`numbering-style ${l.w('1）')}`]));
      it('the tasks table lists 1） 2） as the tasks under 1.', () => {
        const led = l.apply(notice(under1().replace('专班。', '专班。牵头单位：县委办').replace('分工。', '分工。牵头单位：县政府办')));
        assert.deepEqual(taskRows(led), [
          `一、（一）1.${l.w('1）')} | 成立工作专班 | 县委办 | `,
          `一、（一）1.${l.w('2）')} | 明确责任分工 | 县政府办 | `,
          '一、（一）2. | 完善工作制度 |  | ',
          '一、（二）1. | 开展专项督查 |  | ',
          '一、（二）2. | 开展年度考核 |  | ',
        ].map((r) => r.replace(/^一、（[一二]）/, (m) => l.w(m))));
      });
    });
  }

  for (const l of sameWidth) {
    it(`1) with a half-width bracket in a full-width document becomes （1） (${l.name})`, () => {
      const text = l.apply(notice(under1('1)', '2)')));
      const fs = findings(text, RULE);
      assert.equal(fs.length, 1);
      assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '1)');
      assert.ok(fs[0].message.zh.startsWith('序号格式不规范：“1)”应为“（1）”。'), fs[0].message.zh);
      assert.equal(withFixes(text, RULE), l.apply(notice(under1('（1）', '（2）'))));
      // its ) is the numbering rules' business, not punct-half-width's nor punct-unbalanced's
      assert.deepEqual(check(text, ['punct-half-width', 'punct-unbalanced']), []);
    });
    it(`１） with full-width digits becomes （1） (${l.name})`, () => {
      const text = l.apply(notice(under1('１）', '２）')));
      const fs = findings(text, RULE);
      assert.equal(fs.length, 1);
      assert.ok(fs[0].message.zh.startsWith('序号格式不规范：“１）”应为“（1）”。'), fs[0].message.zh);
      assert.equal(withFixes(text, RULE), l.apply(notice(under1('（1）', '（2）'))));
    });
    it(`10） 11） (two digits) are markers too (${l.name})`, () => {
      const body = under1().replace('1）成立', '10）成立').replace('2）明确', '11）明确');
      const text = l.apply(notice(body));
      const fs = findings(text, RULE);
      assert.equal(fs.length, 1);
      assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '10）');
      assert.deepEqual(numbering(text), ['numbering-sequence 10）', 'numbering-style 10）']);
    });
  }

  it('after the fix nothing is left for the numbering rules', () => {
    for (const l of layouts) {
      const text = l.apply(notice(under1()));
      assert.deepEqual(numbering(withFixes(text, RULE)), []);
    }
  });
});

// 1） 2） directly under （一）, no 1. level
const under2 = `
一、工作任务
（一）加强组织领导
1）成立工作专班。
2）明确责任分工。
（二）强化督促检查
1）开展专项督查。
2）开展年度考核。
二、工作要求
各单位要认真抓好落实。`;

describe('round 15: 1） directly under （一） (no 1. level) reads as level 4 too', () => {
  for (const l of layouts) {
    it(`one style finding per list and one skipped-level hint per parent, nothing else (${l.name})`, () => {
      const text = l.apply(notice(under2));
      assert.deepEqual(numbering(text), [
        `numbering-skipped-level ${l.w('1）')}`,
        `numbering-style ${l.w('1）')}`,
        `numbering-skipped-level ${l.w('1）')}`,
        `numbering-style ${l.w('1）')}`,
      ]);
      const hint = check(text, ['numbering-skipped-level'])[0];
      assert.equal(hint.severity, 'hint');
      assert.ok(hint.message.zh.startsWith(`层次跳级：“${l.w('（一）')}”下直接使用“${l.w('1）')}”，未用“1.”层`), hint.message.zh);
      // after the fix, the same hint as any （1） directly under （一）
      const after = withFixes(text, RULE);
      assert.equal(after, l.apply(notice(under2.replace(/^([12])）/gm, '（$1）'))));
      assert.deepEqual(numbering(after), [`numbering-skipped-level ${l.w('（1）')}`, `numbering-skipped-level ${l.w('（1）')}`]);
    });
  }
});

describe('round 15: not a marker', () => {
  const plain = (lines: string[]) => `
一、工作任务
（一）加强组织领导
${lines.join('\n')}
（二）强化督促检查
二、工作要求
各单位要认真抓好落实。`;
  const cases: [string, string[]][] = [
    ['inside a sentence: 详见附件1）, （见表1）, 第1）', ['各单位要按照要求报送材料，详见附件1）。', '报送内容（见表1）要完整。', '按第1）项执行。']],
    ['a year or a number of three digits at a line start', ['2024）年度工作安排已经确定。', '100）个村完成改造。']],
    ['a number alone on its line, or before a digit', ['1）', '1）2项任务已完成。']],
  ];
  for (const [name, lines] of cases) {
    for (const l of layouts) {
      it(`${name} (${l.name})`, () => {
        const text = l.apply(notice(plain(lines)));
        assert.deepEqual(markers(text), ['一、', '（一）', '（二）', '二、'].map(l.w));
        assert.deepEqual(numbering(text), []);
      });
    }
  }

  // a （ opened earlier in the same paragraph is closed by the ）: in a collapsed line, the blank before 1） parts no
  // paragraph and 1） starts none
  const bracketed = [
    '一、工作任务',
    '（一）加强组织领导',
    '1.建立工作机制。各单位报送材料（详见附件 1）后由县委办汇总。',
    '2.完善工作制度（见表 2） 抓好落实。',
    '（二）强化督促检查',
    '1.开展专项督查。',
    '2.开展年度考核。',
    '二、工作要求',
    '各单位要认真抓好落实。',
  ].join('\n');
  for (const l of layouts) {
    it(`a ） closing a （ opened before it on the line (${l.name})`, () => {
      const text = l.apply(notice(bracketed));
      assert.deepEqual(markers(text), ['一、', '（一）', '1.', '2.', '（二）', '1.', '2.', '二、'].map(l.w));
      assert.deepEqual(numbering(text), []);
    });
  }
});

describe('round 15: the layouts of one notice agree', () => {
  it('CRLF and collapsed give the same findings as one paragraph per line', () => {
    const text = notice(under1());
    const shape = (t: string) => check(t, NUMBERING).map((f) => `${f.ruleId} ${t.slice(f.range.start, f.range.end)} ${f.fixes[0]?.edits.map((e) => e.newText).join(',')}`);
    assert.deepEqual(shape(crlf(text)), shape(text));
    assert.deepEqual(shape(collapse(text)), shape(text));
    assert.deepEqual(shape(halfWidth(text)).length, 1);
  });
});

describe('round 15: 1） beside （1） in one family', () => {
  // 1） 2） for a level below （1）: the tree keeps them beside （1） (it nests by level); the numbering rules leave
  // them out, as before they were read
  const below = `
一、工作任务
（一）加强组织领导
1.建立工作机制
（1）成立工作专班
1）明确组长。
2）明确成员。
（2）明确责任分工。
2.完善工作制度。
（二）强化督促检查
二、工作要求
各单位要认真抓好落实。`;
  // 1） for the level of 1., （1） below it
  const above = `
一、工作任务
（一）加强组织领导
1）建立工作机制
（1）成立工作专班。
（2）明确责任分工。
2）完善工作制度。
（二）强化督促检查
1）开展专项督查。
2）开展年度考核。
二、工作要求
各单位要认真抓好落实。`;
  // one （N） written without its opening bracket, with the list's next number: a wrong （2）
  const slipped = under1('（1）', '2）');
  for (const l of layouts) {
    it(`1） restarting below （1）: no sequence, style or single-item finding (${l.name})`, () => {
      assert.deepEqual(numbering(l.apply(notice(below))), []);
    });
    it(`1） restarting above （1）: only the skipped-level hints (${l.name})`, () => {
      assert.deepEqual(numbering(l.apply(notice(above))), [`numbering-skipped-level ${l.w('1）')}`, `numbering-skipped-level ${l.w('1）')}`]);
    });
    it(`（1） 2）: 2） is a wrong （2） (${l.name})`, () => {
      const text = l.apply(notice(slipped));
      assert.deepEqual(numbering(text), [`numbering-style ${l.w('2）')}`]);
      assert.equal(withFixes(text, RULE), l.apply(notice(under1('（1）', '（2）'))));
    });
  }
});

describe('round 15: the notice’s own body and the attached document judge 1） apart', () => {
  // the cover letter uses 1） below （1）; the attached document writes 1） 2） for （1） （2） under 1.
  const text = attachedNotice(
    `
一、提高认识
（1）加强学习
1）学习文件。
2）交流心得。
（2）加强宣传。
二、落实责任
各部门要落实责任。`,
    `
一、隐患排查
（一）开展排查
1.排查重点行业
1）排查危化企业。
2）排查建筑工地。
2.建立台账。
（二）整改销号
二、督查检查
开展督查。`,
  );
  for (const l of layouts) {
    it(`only the attached document's 1） is reported (${l.name})`, () => {
      const t = l.apply(text);
      const fs = findings(t, RULE);
      assert.deepEqual(fs.map((f) => [t.slice(f.range.start, f.range.end), f.range.start]), [[l.w('1）'), nth(t, l.w('1）排查'))]]);
      assert.equal(withFixes(t, RULE), t.replace(l.w('1）排查'), l.w('（1）排查')).replace(l.w('2）排查'), l.w('（2）排查')));
    });
  }
});
