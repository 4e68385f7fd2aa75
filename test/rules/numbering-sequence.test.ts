import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { check, collapse, crlf, locate, seedText, samplePath } from '../helpers';
import { parse } from '../../server/src/core/parse';
import type { Finding } from '../../server/src/core/rule';
import { applyEdits, selectFixAll } from '../../server/src/core/fixes';
import { attachedNotice, covered, findings, fixed, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

const RULE = 'numbering-sequence';

const gapBody = `
一、总体要求
坚持稳中求进，推动服务业高质量发展。
二、工作重点
加快发展现代物流业。
四、保障措施
加强组织领导。
五、工作要求
按时报送工作进展。`;

const repeatBody = `
一、工作重点
(一)加快发展现代物流
推进物流园区建设。
(二)大力发展旅游业
推进景区建设。
(二)培育发展商务服务业
引进总部企业。
(三)推进服务外包
扩大接包规模。
二、保障措施
加强组织领导。`;

const backwardsBody = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
2.推进物流信息化建设。
3.加快港口物流发展。
2.推进专业市场提升。
（二）大力发展旅游业
推进景区建设。`;

const fullWidthBody = `
一、工作重点
（一）加快发展现代物流
１．推进物流园区建设。
２．推进物流信息化建设。
４．加快港口物流发展。
（二）大力发展旅游业
推进景区建设。`;

const continuousOk = `
一、主要目标
1.地区生产总值增长6%。
2.规上工业增加值增长8%。
二、重点工作
（一）扩大有效投资
3.实施重大项目攻坚行动。
4.推进专项债券项目建设。
（二）促进消费
5.开展消费促进活动。
6.发展夜间经济。`;

const restartOk = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
2.推进物流信息化建设。
（二）大力发展旅游业
1.推进景区建设。
2.发展乡村旅游。
二、保障措施
（一）加强组织领导
建立联席会议制度。
（二）强化考核督查
纳入年度考核。`;

const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const pastTen = cn.map((n) => `${n}、第${n}项工作\n做好第${n}项工作。`).join('\n');

const decimals = `
一、工作目标
${Array.from({ length: 11 }, (_, i) => `${i + 1}.完成第${i + 1}项任务。`).join('\n')}
12.5G基站建设工程。
二、资金安排
1.安排专项资金。
1.2亿元专项资金已于3月下达。
2.加强资金监管。`;

describe('numbering-sequence', () => {
  describe('flags', () => {
    for (const l of layouts) {
      describe(l.name, () => {
        it('a gap in 一、二、四、 on the marker, expecting 三、; the fix renumbers the rest', () => {
          const text = l.apply(notice(gapBody));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1);
          const f = fs[0];
          assert.equal(f.ruleId, RULE);
          assert.equal(f.severity, 'error');
          assert.deepEqual(f.range, { start: nth(text, '四、'), end: nth(text, '四、') + 2 });
          assert.ok(f.message.zh.includes('此处应为“三、”，实为“四、”'), f.message.zh);
          assert.ok(f.message.en.includes('expected “三、” here, found “四、”'), f.message.en);
          assert.equal(f.fixes[0].safe, true);
          assert.equal(fixed(text, f), l.apply(notice(gapBody.replace('四、保障', '三、保障').replace('五、工作', '四、工作'))));
        });

        it('a repeated (二) (half-width brackets kept by the fix)', () => {
          const text = l.apply(notice(repeatBody));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1);
          assert.deepEqual(fs[0].range, { start: nth(text, '(二)', 1), end: nth(text, '(二)', 1) + 3 });
          assert.ok(fs[0].message.zh.includes('序号重复：此处应为“(三)”，实为“(二)”'), fs[0].message.zh);
          assert.ok(fs[0].message.en.startsWith('Numbering repeats: expected “(三)” here, found “(二)”'), fs[0].message.en);
          const expected = notice(repeatBody.replace('(二)培育', '(三)培育').replace('(三)推进', '(四)推进'));
          assert.equal(fixed(text, fs[0]), l.apply(expected));
        });

        it('going backwards 1. 2. 3. 2.', () => {
          const text = l.apply(notice(backwardsBody));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1);
          assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '2.');
          assert.equal(fs[0].range.start, nth(text, '2.', 1));
          assert.ok(fs[0].message.zh.startsWith('序号倒退：此处应为“4.”，实为“2.”'), fs[0].message.zh);
          assert.equal(fixed(text, fs[0]), l.apply(notice(backwardsBody.replace('2.推进专业', '4.推进专业'))));
        });

        it('full-width digits: the fix keeps the width and the ．', () => {
          const text = l.apply(notice(fullWidthBody));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1);
          assert.equal(text.slice(fs[0].range.start, fs[0].range.end), '４．');
          assert.ok(fs[0].message.zh.includes('此处应为“３．”，实为“４．”'));
          assert.equal(fixed(text, fs[0]), l.apply(notice(fullWidthBody.replace('４．', '３．'))));
        });

        it('continuous 1. 2. … numbering across sections: checks the run across sections', () => {
          const body = continuousOk.replace('5.开展', '6.开展').replace('6.发展夜间', '7.发展夜间');
          const text = l.apply(notice(body));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1);
          assert.equal(fs[0].range.start, nth(text, '6.开展'));
          assert.equal(fs[0].range.end, nth(text, '6.开展') + 2);
          assert.ok(fs[0].message.zh.includes('此处应为“5.”，实为“6.”'), fs[0].message.zh);
          assert.ok(fs[0].message.zh.includes('连续编号'), fs[0].message.zh);
          assert.equal(fixed(text, fs[0]), l.apply(notice(continuousOk)));
        });

        it('a list starting at 二、', () => {
          const body = gapBody.replace('一、总体要求', '二、总体要求').replace('二、工作重点', '三、工作重点').replace('四、保障', '四、保障');
          const text = l.apply(notice(body));
          const fs = findings(text, RULE);
          assert.equal(fs.length, 1);
          assert.equal(fs[0].range.start, nth(text, '二、总体'));
          assert.ok(fs[0].message.zh.includes('此处应为“一、”，实为“二、”'));
          assert.equal(fixed(text, fs[0]), l.apply(notice(gapBody.replace('四、保障', '三、保障').replace('五、工作', '四、工作'))));
        });
      });
    }

    it('circled ① ② ④ and Word ⒈ ⒉ ⒋: renumbered in their own characters', () => {
      const body = `
一、工作重点
（一）加快发展现代物流
⒈推进物流园区建设。
（1）建设冷链物流中心
①完成选址；
②完成立项；
④开工建设。
（2）建设快递分拨中心
⒉推进物流信息化建设。
⒋加快港口物流发展。`;
      const text = notice(body);
      const fs = findings(text, RULE);
      assert.deepEqual(fs.map((f) => text.slice(f.range.start, f.range.end)), ['④', '⒋']);
      assert.ok(fs[0].message.zh.includes('此处应为“③”，实为“④”'), fs[0].message.zh);
      assert.equal(fixed(text, fs[0]), notice(body.replace('④', '③')));
      assert.equal(fixed(text, fs[1]), notice(body.replace('⒋', '⒊')));
    });

    it('reports by line:col in the one-per-line layout', () => {
      const text = notice(gapBody);
      const located = check(text, [RULE]).map((f) => locate(text, f));
      assert.deepEqual(
        located.map((x) => [x.at, x.text]),
        [['8:1-8:3', '四、']],
      );
    });

    it('a list of repeated numbers: one finding per slip, the first fix mends the list, fix-all too, edits linear', () => {
      const items = ['推进物流园区建设。', '推进物流信息化建设。', '加快港口物流发展。', '推进专业市场提升。', '培育物流龙头企业。'];
      const body = `\n一、工作重点\n（一）加快发展现代物流\n${items.map((t) => `1.${t}`).join('\n')}`;
      const text = notice(body);
      const renumbered = notice(`\n一、工作重点\n（一）加快发展现代物流\n${items.map((t, i) => `${i + 1}.${t}`).join('\n')}`);
      const fs = findings(text, RULE);
      assert.deepEqual(
        fs.map((f) => [text.slice(f.range.start, f.range.end), f.message.zh.slice(0, f.message.zh.indexOf('。'))]),
        [
          ['1.', '序号重复：此处应为“2.”，实为“1.”'],
          ['1.', '序号重复：此处应为“3.”，实为“1.”'],
          ['1.', '序号重复：此处应为“4.”，实为“1.”'],
          ['1.', '序号重复：此处应为“5.”，实为“1.”'],
        ],
      );
      assert.equal(fixed(text, fs[0]), renumbered);
      assert.deepEqual(
        fs.map((f) => f.fixes[0].edits.length),
        [4, 1, 1, 1],
      );
      assert.equal(fixed(text, fs[2]), text.replace('1.推进专业', '4.推进专业'));
      assert.equal(applyEdits(text, selectFixAll(fs)), renumbered);
    });

    it('two separate slips in one list give two findings; fix-all of the first covers both', () => {
      const body = `
一、工作重点
（一）加快发展现代物流
1.推进物流园区建设。
3.推进物流信息化建设。
4.加快港口物流发展。
6.推进专业市场提升。`;
      const text = notice(body);
      const fs = findings(text, RULE);
      assert.deepEqual(
        fs.map((f) => text.slice(f.range.start, f.range.end)),
        ['3.', '6.'],
      );
      assert.equal(
        fixed(text, fs[0]),
        notice(body.replace('3.推进', '2.推进').replace('4.加快', '3.加快').replace('6.推进', '4.推进')),
      );
      // the second slip is judged against the renumbered list (3. 4. become 2. 3.): 6. should read 4.
      assert.match(fs[1].message.zh, /此处应为“4\.”，实为“6\.”/);
      assert.equal(fixed(text, fs[1]), notice(body.replace('6.推进', '4.推进')));
    });
  });

  describe('stays silent on', () => {
    for (const l of layouts) {
      describe(l.name, () => {
        it('continuous item numbering across sections', () => {
          assert.deepEqual(covered(l.apply(notice(continuousOk)), RULE), []);
        });
        it('lists restarting under a new parent', () => {
          assert.deepEqual(covered(l.apply(notice(restartOk)), RULE), []);
        });
        it('十一、 after 十、', () => {
          assert.deepEqual(covered(l.apply(notice(pastTen)), RULE), []);
        });
        it('12.5G (item 12) and 1.2亿元 (a decimal), (此件公开发布)', () => {
          assert.deepEqual(covered(l.apply(notice(decimals)), RULE), []);
        });
      });
    }

    it('the seed', () => {
      assert.deepEqual(covered(seedText(), RULE), []);
    });
  });
});

describe('numbering-sequence on the real samples', () => {
  const allowed: Record<string, string[]> = {};
  for (const name of sampleNames) {
    it(name, () => {
      const text = readFileSync(samplePath(name), 'utf8');
      const got = check(text, ['numbering-sequence']).map((f) => {
        const x = locate(text, f);
        return `${x.at} ${x.text}`;
      });
      assert.deepEqual(got, allowed[name] ?? []);
    });
  }

  describe('（一）（二） numbered on across 一、 sections (QA: 国办 重点工作任务 style)', () => {
    const plan = (third: string) =>
      [
        '嘉兴市深化医药卫生体制改革2023年重点工作任务',
        '一、促进优质医疗资源扩容',
        '（一）推进区域医疗中心建设。加快合作共建。（市卫生健康委牵头）',
        '（二）提升县域服务能力。深化医共体建设。（市卫生健康委牵头）',
        '二、深化医疗保障制度改革',
        `${third}深化医保支付方式改革。全面推行按病组付费。（市医保局牵头）`,
        '（四）做好药品集中带量采购。落实集采结果。（市医保局负责）',
        '三、健全公共卫生体系',
        '（五）加强疾控体系建设。推进能力提升项目。（市卫生健康委负责）',
      ].join('\n');
    it('is silent on the continuous numbering', () => {
      const t = plan('（三）');
      assert.deepEqual(check(t, [RULE]), []);
      assert.deepEqual(check(t, ['numbering-single-item']), []);
    });
    it('still finds a gap in the continuous run', () => {
      const t = plan('（三）').replace('（五）', '（六）');
      const f = check(t, [RULE]);
      assert.deepEqual(f.map((x) => locate(t, x).text), ['（六）']);
      assert.match(f[0].message.zh, /应为“（五）”.*跨部分连续编号/);
    });
  });
});

// Issue 6's property: applying a (safe) fix and re-analysing leaves no numbering-sequence finding where it wrote.
describe('numbering-sequence: a fix leaves no finding where it wrote (counterexamples of the fix property)', () => {
  /** The rule's findings after applying fix k of f, those touching what the fix wrote, and the new text. */
  function afterFix(text: string, f: Finding, k = 0): { text: string; here: string[]; all: string[] } {
    const fix = f.fixes[k];
    const after = applyEdits(text, fix.edits);
    const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    let delta = 0;
    const wrote = sorted.map((e) => {
      const start = e.range.start + delta;
      delta += e.newText.length - (e.range.end - e.range.start);
      return { start, end: start + e.newText.length };
    });
    const fs = check(after, [RULE]);
    const say = (g: Finding) => `${after.slice(g.range.start, g.range.end)}@${g.range.start} ${g.message.zh.slice(0, g.message.zh.indexOf('。'))}`;
    return {
      text: after,
      here: fs.filter((g) => wrote.some((r) => g.range.start < r.end && r.start < g.range.end)).map(say),
      all: fs.map(say),
    };
  }
  const edits = (f: Finding) => f.fixes[0].edits.map((e) => `${e.range.start}-${e.range.end}:${e.newText}`);
  const head = (f: Finding) => f.message.zh.slice(0, f.message.zh.indexOf('。'));

  describe('一、3. 一、2． 一、2、: mending one list to start at 1 no longer tips the document into continuous numbering', () => {
    const brief = '一、\n3.\n一、\n2．\n一、\n2、';
    for (const l of [
      { name: 'one paragraph per line', apply: (t: string) => t },
      { name: 'CRLF', apply: crlf },
    ]) {
      it(`${l.name}: each list should start at 1; the 2． fix is safe and leaves 1． unflagged`, () => {
        const text = l.apply(brief);
        const d = text.includes('\r') ? 1 : 0; // one more unit per line break
        const fs = findings(text, RULE);
        assert.deepEqual(
          fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start, head(f)]),
          [
            ['3.', 3 + d, '序号跳号：此处应为“1.”，实为“3.”'],
            ['2．', 9 + 3 * d, '序号跳号：此处应为“1．”，实为“2．”'],
            ['2、', 15 + 5 * d, '序号跳号：此处应为“1、”，实为“2、”'],
          ],
        );
        assert.ok(fs[1].message.en.startsWith('Numbering skips: expected “1．” here, found “2．”'), fs[1].message.en);
        assert.deepEqual(edits(fs[1]), [`${9 + 3 * d}-${10 + 3 * d}:1`]);
        assert.equal(fs[1].fixes[0].safe, true);
        const a = afterFix(text, fs[1]);
        assert.equal(a.text, l.apply('一、\n3.\n一、\n1．\n一、\n2、'));
        // [3.] [1．] [2、]: one list carries on, one starts again: a tie reads as numbered per parent
        assert.deepEqual(a.here, []);
        assert.deepEqual(a.all, [`3.@${3 + d} 序号跳号：此处应为“1.”，实为“3.”`, `2、@${15 + 5 * d} 序号跳号：此处应为“1、”，实为“2、”`]);
        // 2、 → 1、 likewise
        assert.equal(fs[2].fixes[0].safe, true);
        assert.deepEqual(afterFix(text, fs[2]).here, []);
      });
    }

    it('collapsed on one line: the same findings and fix', () => {
      const text = collapse(brief);
      assert.equal(text, '一、 3. 一、 2． 一、 2、');
      const fs = findings(text, RULE);
      assert.deepEqual(
        fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start]),
        [
          ['3.', 3],
          ['2．', 9],
          ['2、', 15],
        ],
      );
      const a = afterFix(text, fs[1]);
      assert.equal(a.text, '一、 3. 一、 1． 一、 2、');
      assert.deepEqual(a.here, []);
    });

    it('the 3. fix is offered but not safe: 1. 2． would make the document read as numbered on', () => {
      const fs = findings(brief, RULE);
      assert.deepEqual(edits(fs[0]), ['3-4:1']);
      assert.equal(fs[0].fixes[0].safe, false);
      assert.equal(fs[0].fixes[0].preferred, false);
      const a = afterFix(brief, fs[0]);
      assert.equal(a.text, '一、\n1.\n一、\n2．\n一、\n2、');
      assert.deepEqual(a.all, ['2、@15 序号重复：此处应为“3、”，实为“2、”（本文第三层序号“1.”“2.”……跨部分连续编号）']);
    });

    it('fix-all mends the lists one by one, never numbering them on', () => {
      const once = applyEdits(brief, selectFixAll(findings(brief, RULE)));
      assert.equal(once, '一、\n3.\n一、\n1．\n一、\n1、');
      const fs = findings(once, RULE);
      assert.equal(fs.length, 1);
      assert.equal(fs[0].fixes[0].safe, true);
      const twice = applyEdits(once, selectFixAll(fs));
      assert.equal(twice, '一、\n1.\n一、\n1．\n一、\n1、');
      assert.deepEqual(findings(twice, RULE), []);
    });

    it('in a notice, every layout: the 2． fix leaves no finding on 1．', () => {
      const body = '一、总体要求\n3.坚持稳中求进。\n二、工作重点\n2．加快发展现代物流业。\n三、保障措施\n2、加强组织领导。';
      for (const l of layouts) {
        const text = l.apply(notice(body));
        const fs = findings(text, RULE);
        assert.deepEqual(covered(text, RULE), ['3.', '2．', '2、'], l.name);
        assert.equal(fs[1].range.start, nth(text, '2．加快'));
        assert.deepEqual(fs.map((f) => f.fixes[0].safe), [false, true, true], l.name);
        const a = afterFix(text, fs[1]);
        assert.equal(a.text, l.apply(notice(body.replace('2．加快', '1．加快'))), l.name);
        assert.deepEqual(a.here, [], l.name);
      }
    });
  });

  it('a tie of lists carrying on and starting again reads as numbered per parent (1. 2.｜3.｜1.)', () => {
    const text = '一、\n1.\n2.\n二、\n3.\n三、\n1.';
    const fs = findings(text, RULE);
    assert.deepEqual(fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start, head(f)]), [['3.', 12, '序号跳号：此处应为“1.”，实为“3.”']]);
    assert.equal(fs[0].fixes[0].safe, true);
    const a = afterFix(text, fs[0]);
    assert.equal(a.text, '一、\n1.\n2.\n二、\n1.\n三、\n1.');
    assert.deepEqual(a.all, []);
  });

  it('a later slip whose fix would tip the reading (1. 2.｜3.｜1. 1. 1.｜4.): offered, not safe', () => {
    const text = '一、\n1.\n2.\n二、\n3.\n三、\n1.\n1.\n1.\n四、\n4.';
    const fs = findings(text, RULE);
    assert.deepEqual(
      fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start, head(f), f.fixes[0].safe]),
      [
        ['3.', 12, '序号跳号：此处应为“1.”，实为“3.”', true],
        ['1.', 21, '序号重复：此处应为“2.”，实为“1.”', false],
        ['1.', 24, '序号重复：此处应为“3.”，实为“1.”', false],
        ['4.', 30, '序号跳号：此处应为“1.”，实为“4.”', true],
      ],
    );
    assert.deepEqual(edits(fs[2]), ['24-25:3']);
    // applied anyway: 1. 1. 3.｜4. carries on, the document reads as numbered on, and the 3. is judged again
    const a = afterFix(text, fs[2]);
    assert.equal(a.text, '一、\n1.\n2.\n二、\n3.\n三、\n1.\n1.\n3.\n四、\n4.');
    assert.ok(a.here.includes('3.@24 序号倒退：此处应为“6.”，实为“3.”（本文第三层序号“1.”“2.”……跨部分连续编号）'), a.here.join(' | '));
    // the safe fixes alone mend it per parent, in two rounds
    const once = applyEdits(text, selectFixAll(fs));
    assert.equal(once, '一、\n1.\n2.\n二、\n1.\n三、\n1.\n1.\n1.\n四、\n1.');
    const next = findings(once, RULE);
    assert.deepEqual(next.map((f) => f.fixes[0].safe), [true, true]);
    for (const f of next) assert.deepEqual(afterFix(once, f).here, []);
    const twice = applyEdits(once, selectFixAll(next));
    assert.equal(twice, '一、\n1.\n2.\n二、\n1.\n三、\n1.\n2.\n3.\n四、\n1.');
    assert.deepEqual(findings(twice, RULE), []);
  });

  it('numbered on only by a list under a misplaced section (2、 １． １．｜二、 2、): a fix breaking that carry is not safe', () => {
    const text = '2、\n１．\n１．\n二、\n\n2、';
    const fs = findings(text, RULE);
    assert.deepEqual(
      fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start, head(f), f.fixes[0].safe]),
      [
        ['2、', 0, '序号跳号：此处应为“1、”，实为“2、”（本文第三层序号“1.”“2.”……跨部分连续编号）', false],
        ['１．', 3, '序号倒退：此处应为“２．”，实为“１．”（本文第三层序号“1.”“2.”……跨部分连续编号）', true],
        ['１．', 6, '序号重复：此处应为“３．”，实为“１．”（本文第三层序号“1.”“2.”……跨部分连续编号）', false],
      ],
    );
    assert.deepEqual(edits(fs[2]), ['6-7:３']);
    // applied anyway: the 2、 under 二、 no longer carries on, the document reads per parent, ３． is judged again
    const a = afterFix(text, fs[2]);
    assert.equal(a.text, '2、\n１．\n３．\n二、\n\n2、');
    assert.deepEqual(a.here, ['３．@6 序号跳号：此处应为“２．”，实为“３．”']);
    // the safe one keeps the reading and leaves nothing where it wrote
    assert.deepEqual(edits(fs[1]), ['3-4:２']);
    assert.deepEqual(afterFix(text, fs[1]).here, []);
  });

  describe("'N.' followed by a digit (2.5万) becomes an item once the list before it is renumbered", () => {
    it('⒉ 2.5万 3.: mending ⒉ to ⒈ makes 2.5万 item 2, so 3. stays 3.', () => {
      const text = '⒉\n2.5万\n工作工作\n3.工作\n1.工作';
      const fs = findings(text, RULE);
      assert.deepEqual(fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start, head(f)]), [['⒉', 0, '序号跳号：此处应为“⒈”，实为“⒉”']]);
      // (was: ⒉ → ⒈ and 3. → 2., which then repeats 2.5万's 2)
      assert.deepEqual(edits(fs[0]), ['0-1:⒈']);
      assert.equal(fs[0].fixes[0].safe, true);
      const a = afterFix(text, fs[0]);
      assert.equal(a.text, '⒈\n2.5万\n工作工作\n3.工作\n1.工作');
      assert.deepEqual(a.all, []);
    });

    it('10. 2．2024… 2、: the fix numbers on past the new item', () => {
      const text = '10.\n2．2024年2月30日\n2、';
      const fs = findings(text, RULE);
      assert.deepEqual(fs.map((f) => [text.slice(f.range.start, f.range.end), head(f)]), [['10.', '序号跳号：此处应为“1.”，实为“10.”']]);
      assert.deepEqual(edits(fs[0]), ['0-2:1', '17-18:3']);
      const a = afterFix(text, fs[0]);
      assert.equal(a.text, '1.\n2．2024年2月30日\n3、');
      assert.deepEqual(a.all, []);
    });

    it('in a notice: 12.5G becomes item 12 once 13. is mended to 11.', () => {
      const items = Array.from({ length: 10 }, (_, i) => `${i + 1}.完成第${i + 1}项任务。`).join('\n');
      const body = `一、工作目标\n${items}\n13.推进数字经济。\n12.5G基站建设工程。\n14.加强资金监管。`;
      for (const l of layouts) {
        const text = l.apply(notice(body));
        const fs = findings(text, RULE);
        assert.deepEqual(covered(text, RULE), ['13.'], l.name);
        assert.match(fs[0].message.zh, /此处应为“11\.”，实为“13\.”/);
        assert.equal(fs[0].fixes[0].safe, true);
        const a = afterFix(text, fs[0]);
        // 13. → 11., 12.5G becomes item 12, 14. was 13 in the old list and now follows 12: 13.
        assert.equal(a.text, l.apply(notice(body.replace('13.推进', '11.推进').replace('14.加强', '13.加强'))), l.name);
        assert.deepEqual(a.all, [], l.name);
      }
    });

    it('（四）2.｜（四）2.5万: mending 2. to 1. makes 2.5万 an item under another parent, a new list: not safe', () => {
      // a new list changes what the document's lists say about continuous numbering (here a tie, still per
      // parent; with one more carrying list it would read as numbered on): such a fix is not applied blindly
      const text = '(一)加强领导。\n（一）\n1．\n（四）\n3．\n（四）\n2.\n（四）\n2.5万';
      const fs = findings(text, RULE);
      const two = fs.find((f) => text.slice(f.range.start, f.range.end) === '2.')!;
      assert.equal(two.range.start, 27);
      assert.equal(head(two), '序号跳号：此处应为“1.”，实为“2.”');
      assert.deepEqual(edits(two), ['27-28:1']);
      assert.equal(two.fixes[0].safe, false);
      const a = afterFix(text, two);
      assert.equal(a.text, '(一)加强领导。\n（一）\n1．\n（四）\n3．\n（四）\n1.\n（四）\n2.5万');
      assert.deepEqual(a.here, []);
      assert.ok(a.all.includes('2.@34 序号跳号：此处应为“1.”，实为“2.”'), a.all.join(' | '));
    });
  });

  it('top-level （一） items of a document numbering （一）（二） on across sections are checked as their own list, once', () => {
    // the 一、 sections after top-level （一） items are misplaced: the carrying-on （N） lists under them are not checked
    const text =
      '关于做好服务业发展工作的通知\n各县（市、区）人民政府：\n（一） （一） 2． （一）加强领导。 二、加强领导。 三、工作 三、 (一)加强领导。 1． 四、加强领导。 （二） (1)工作\n嘉兴市人民政府办公室\n2024年3月1日\n';
    const fs = findings(text, RULE);
    // (was: the second and third （一） also judged in the continuous run, whose fix then clashed with the list's reading)
    assert.deepEqual(fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start, head(f)]), [['2．', 36, '序号跳号：此处应为“1．”，实为“2．”']]);
    assert.deepEqual(afterFix(text, fs[0]).here, []);
  });
});

describe('numbering-sequence: the notice’s own body beside an attached document', () => {
  const cover = `
为做好安全生产工作，现将有关事项通知如下：
一、提高认识
各地要高度重视。
三、落实责任
各部门要落实责任。`;
  const attached = `
一、隐患排查
（一）开展排查。
（二）建立台账。
二、督查检查
（一）开展督查。
（三）通报结果。`;
  for (const l of layouts) {
    it(`${l.name}: the notice’s 一、三、 and the attached document’s own list, each checked on its own`, () => {
      const text = l.apply(attachedNotice(cover, attached));
      const fs = findings(text, RULE);
      assert.deepEqual(
        fs.map((f) => [text.slice(f.range.start, f.range.end), f.range.start]),
        [
          ['三、', nth(text, '三、落实责任')],
          [l.w('（三）'), nth(text, l.w('（三）通报结果'))],
        ],
      );
      assert.equal(fixed(text, fs[0]), text.replace('三、落实责任', '二、落实责任'));
      assert.equal(fixed(text, fs[1]), text.replace(l.w('（三）通报结果'), l.w('（二）通报结果')));
      // fix-all mends both lists; nothing is left, and the attached document's 一、 never reads as a restart
      const all = applyEdits(text, selectFixAll(fs));
      assert.equal(all, text.replace('三、落实责任', '二、落实责任').replace(l.w('（三）通报结果'), l.w('（二）通报结果')));
      assert.deepEqual(findings(all, RULE), []);
    });
  }

  describe("lists restarting under a document's own headings (预案 1.1 / 1.2, 办法 第一条 / 第二条)", () => {
    const yuanUnderYi = `
一、总则
1.1 工作原则
（1）以人为本。
（2）统一领导。
1.2 事件分级
（1）特别重大事件。
（2）重大事件。
二、组织体系
2.1 指挥机构
（1）县指挥部。
（2）现场指挥部。`;
    const yuanUnderDot = `
1. 总则
1.1 工作原则
（1）以人为本。
（2）统一领导。
1.2 事件分级
（1）特别重大事件。
（2）重大事件。
2. 组织体系
2.1 指挥机构
（1）镇指挥部。
（2）现场指挥部。`;
    const banfa = `
第一章 总则
第一条 为加强农村集体资产管理，制定本办法。
第二条 本办法所称农村集体资产包括：
（一）集体所有的土地；
（二）集体所有的房屋。
第三条 村集体经济组织应当履行下列职责：
（一）建立资产台账；
（二）定期清查资产。
第二章 资产登记
第四条 资产登记应当包括下列内容：
1.资产名称；
2.资产数量。
第五条 登记材料包括：
1.登记申请表；
2.权属证明。`;
    for (const l of layouts) {
      it(`stays silent when （1） restarts after each 1.1 / 1.2 heading (${l.name})`, () => {
        assert.deepEqual(covered(l.apply(notice(yuanUnderYi)), RULE), []);
        assert.deepEqual(covered(l.apply(notice(yuanUnderDot)), RULE), []);
      });
      it(`stays silent when 1. restarts after each 第X条 (${l.name})`, () => {
        assert.deepEqual(covered(l.apply(notice(banfa)), RULE), []);
      });
    }
    it('still flags a gap or a repeat after such a heading', () => {
      const text = notice(yuanUnderYi.replace('（2）重大事件。', '（3）重大事件。'));
      assert.deepEqual(covered(text, RULE), ['（3）']);
      const text2 = notice(banfa.replace('2.权属证明。', '1.权属证明。'));
      assert.deepEqual(covered(text2, RULE), ['1.']);
      assert.equal(locate(text2, findings(text2, RULE)[0]).at, '18:1-18:3');
    });
    it('still flags a restart with no heading between', () => {
      const text = notice(`
一、总则
（1）以人为本。
（2）统一领导。
县政府负责统一领导。
（1）特别重大事件。
（2）重大事件。`);
      assert.deepEqual(covered(text, RULE), ['（1）']);
    });
    it('takes an amount with spaces (提高 2.5 个百分点) for no heading', () => {
      const text = notice(`
一、总则
（1）以人为本。
（2）统一领导。
全县生产总值占比提高 2.5 个百分点。
（1）特别重大事件。
（2）重大事件。`);
      for (const t of [text, collapse(text)]) assert.deepEqual(covered(t, RULE), ['（1）']);
    });
  });
});


// Real-notice round 4: a forum page's anti-copy scramble glued before a heading (; d% F b8 Q3 f! P二、活动地点) hides
// the marker from a reader of the line start; the marker is still the list's, so no gap is reported around it.
describe('numbering-sequence: a marker glued after a forum scramble (real-notice round 4)', () => {
  const t = [
    '某某街道办事处关于开展驻点联系群众活动的公告',
    '居民朋友们、辖区单位:',
    '3 _ N\' T\' M* y8 [# P; N5 e 现将近日活动安排告知如下:',
    '一、活动时间',
    '7月28日下午',
    '; d% F b8 Q3 f! P二、活动地点',
    '社区工作站会议室',
    '三、参加人员',
    '驻点团队成员',
    ') }) W& }+ A; Z\' y% ]- u7 ]. o1 _四、活动内容',
    '走访群众。',
    '五、群众参与方式',
    '2 b8 C2 X3 t1 l\' C(一)通过书面送交。',
    '(二)通过预约面谈。',
    '特此公告。',
  ].join('\n');
  it('reports no gap, and the outline keeps 二、 and 四、 (LF, CRLF, collapsed)', () => {
    for (const x of [t, crlf(t), collapse(t)]) {
      assert.deepEqual(check(x, [RULE]), [], x);
      assert.deepEqual(check(x, ['stray-spam']).length, 4, x);
    }
    const d = parse(t);
    assert.deepEqual(d.sections.map((s) => s.marker.text), ['一、', '二、', '三、', '四、', '五、']);
    assert.deepEqual(d.sections[4].children.map((s) => s.marker.text), ['(一)', '(二)']);
  });
  // round 5: formatting makes (一) full-width; the marker glued after the scramble is still read (formatting twice
  // changes nothing more)
  it('reads （一） glued after the scramble once its bracket is full-width', () => {
    const full = t.replace("C(一)", 'C（一）').replace('(二)', '（二）');
    assert.deepEqual(check(full, [RULE]), []);
    assert.deepEqual(parse(full).sections[4].children.map((s) => s.marker.text), ['（一）', '（二）']);
  });

  it('still reports a real gap next to a scramble', () => {
    const g = t.replace('三、参加人员', '六、参加人员');
    assert.deepEqual(check(g, [RULE]).map((f) => locate(g, f).text), ['六、']);
  });
});

// real (round 5): a page that lost its line breaks glues a heading's marker to the text before it (……活动方案一、指导思想,
// ……评选活动三、活动时间); the marker the list expects, glued there, is read as the section's start
describe(`${RULE}: a marker glued to the text before it`, () => {
  const t = [
    '关于印发某某市特色美食评选活动方案的通知',
    '各镇人民政府，市各部门：',
    '　　现将《某某市特色美食评选活动方案》印发给你们，请认真抓好落实。',
    '某某市人民政府办公室',
    '2011年3月15日',
    '某某市特色美食评选活动方案一、指导思想为进一步提升旅游文化软实力，坚持统一、规范、节俭的原则，开展评选活动。',
    '二、活动名称品美食看某某——某某市特色美食评选活动三、活动时间评选活动从2011年3月15日开始，至4月12日结束。',
    '四、活动地点市民广场。',
  ].join('\n');

  it('reads the expected marker glued after a title or a heading’s text: no skip reported', () => {
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(check(v, [RULE]), [], v);
    const doc = parse(t);
    assert.deepEqual(doc.sections.map((x) => `${x.marker.text}${x.title.text.slice(0, 4)}`), ['一、指导思想', '二、活动名称', '三、活动时间', '四、活动地点']);
    assert.deepEqual(doc.sections.map((x) => x.startsParagraph), [false, true, false, true]);
    // each section ends where the next one's marker starts
    assert.equal(t.slice(doc.sections[1].range.start, doc.sections[1].range.end), '二、活动名称品美食看某某——某某市特色美食评选活动');
  });

  it('still reports a skip when no marker the list expects is glued there', () => {
    // 统一、 in prose is no 一、 (the title's 一、 gone)
    const g = t.replace('活动方案一、指导思想', '活动方案指导思想');
    for (const v of [g, crlf(g), collapse(g)]) assert.deepEqual(check(v, [RULE]).map((f) => locate(v, f).text), ['二、']);
    for (const w of ['统一、', '唯一、', '第一、', '之一、', '合一、']) {
      const h = g.replace('坚持统一、', `坚持${w}`);
      assert.deepEqual(check(h, [RULE]).map((f) => locate(h, f).text), ['二、'], w);
    }
    // 三 glued in a word (再三、) or a list of numbers (一、二、三等奖) is no marker
    const r = t.replace('评选活动三、活动时间', '评选活动再三、活动时间');
    assert.deepEqual(check(r, [RULE]).map((f) => locate(r, f).text), ['四、']);
    const e = t.replace('评选活动三、活动时间', '评选活动设一、二、三等奖活动时间');
    assert.deepEqual(check(e, [RULE]).map((f) => locate(e, f).text), ['四、']);
    // an enumeration of options (方案一、方案二) is no marker
    const o = g.replace('开展评选活动。', '比较方案一、方案二后开展评选活动。');
    assert.deepEqual(check(o, [RULE]).map((f) => locate(o, f).text), ['二、']);
    // two candidates: no reading is sure
    const two = t.replace('评选活动三、活动时间', '评选活动三、活动时间乙活动三、比赛');
    assert.deepEqual(check(two, [RULE]).map((f) => locate(two, f).text), ['四、']);
    // a gap of two is no glued marker
    const gap = t.replace('评选活动三、活动时间', '评选活动活动时间').replace('四、活动地点', '五、活动地点');
    assert.deepEqual(check(gap, [RULE]).map((f) => locate(gap, f).text), ['五、']);
  });
});

describe(`${RULE}: lost spaces shown as ? before a marker, and a table of contents (real-notice round 9)`, () => {
  const q = [
    '关于开展节前安全生产检查的通知',
    '各村（社区），镇属各单位：',
    '一、检查时间',
    '2024年1月10日至15日。',
    '??二、检查范围',
    '???（一）企业',
    '检查加油站。',
    '?（二）学校',
    '检查校园安全。',
    '三、工作要求',
    '各组要认真开展检查。',
    '某某镇人民政府',
    '2024年1月10日',
  ].join('\n');

  it('reads ??二、 and ???（一） as markers: no skip reported (LF, CRLF, collapsed)', () => {
    for (const t of [q, crlf(q), collapse(q)]) assert.deepEqual(check(t, [RULE]), []);
  });

  it('still reports a real skip after a ? run', () => {
    const t = q.replace('三、工作要求', '四、工作要求');
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(check(v, [RULE]).map((f) => locate(v, f).text), ['四、']);
  });

  it('takes no table of contents line for a marker: its list is not read twice, a gap in the text is still reported', () => {
    const toc = ['某县防汛应急预案', '目  录', '一、总则……………………1', '二、组织体系……………………3', '四、附则……………………5', '一、总则', '为做好防汛工作，制定本预案。', '二、组织体系', '县政府设立防汛指挥部。', '三、附则', '本预案自印发之日起施行。'].join('\n');
    for (const v of [toc, crlf(toc), collapse(toc)]) assert.deepEqual(check(v, [RULE]), []);
    const gap = toc.replace('三、附则', '四、附则');
    for (const v of [gap, crlf(gap), collapse(gap)]) assert.deepEqual(check(v, [RULE]).map((f) => locate(v, f).text), ['四、']);
  });
});
