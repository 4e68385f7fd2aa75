import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { check, locate, seedText, samplePath } from '../helpers';
import { applyEdits, selectFixAll } from '../../server/src/core/fixes';
import { covered, findings, fixed, layoutsAndWidths as layouts, notice, nth, sampleNames } from '../fixtures/numbering/notice';

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
