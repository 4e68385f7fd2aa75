// Paragraphs and the section tree: both layouts, every marker trap, exact offsets.
import assert from 'node:assert/strict';
import type { GongwenDocument, Section } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, seedText, sectionTree as tree } from '../helpers';

/** The seed with its collapsed line 5 split into one paragraph per line (every space there separates paragraphs). */
export function seedPerLine(): string {
  return seedText()
    .split('\n')
    .map((l, i) => (i === 4 ? l.replace(/ /g, '\n') : l))
    .join('\n');
}

/** Each section as `marker+title` with its children indented. */
const markers = (doc: GongwenDocument) => doc.allSections.map((s) => s.marker.text);
const sl = (doc: GongwenDocument, r: { start: number; end: number }) => doc.text.slice(r.start, r.end);

const small = `关于做好安全生产工作的通知
各县(市、区)人民政府，市政府各部门：
为做好安全生产工作，现通知如下。
嘉兴市人民政府办公室
2024年1月20日
（此件公开发布）
安全生产工作方案
一、总体要求
坚持安全第一。
二、主要任务
（一）开展专项检查：由市应急管理局负责，各县配合。
1.排查隐患，建立台账。
2.整改落实
（二）加强宣传
三、保障措施
`;

describe('parse: paragraphs', () => {
  it('gives one paragraph per non-empty line, trimmed of indentation', () => {
    const doc = parse('一、总体要求\n\n\u3000\u3000坚持安全第一。  \n');
    assert.deepEqual(
      doc.paragraphs.map((p) => [p.start, p.end, p.collapsed]),
      [
        [0, 6, false],
        [10, 17, false],
      ],
    );
  });

  it('splits the seed collapsed line 5 at separating spaces, excluding the spaces', () => {
    const doc = parse(seedText());
    const texts = doc.paragraphs.map((p) => sl(doc, p));
    assert.equal(texts[0], '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    assert.deepEqual(texts.slice(1, 8).map((t) => t.slice(0, 14)), [
      '各县(市、区)人民政府,市政',
      '《嘉兴市推进服务业发展工作方',
      '嘉兴市人民政府办公室',
      '二○一○年十二月九日',
      '(此件公开发布)',
      '嘉兴市推进服务业发展工作方案',
      '为贯彻落实《嘉兴市人民政府关',
    ]);
    assert.ok(doc.paragraphs.slice(1).every((p) => p.collapsed));
    assert.equal(doc.paragraphs[0].collapsed, false);
    // no paragraph starts or ends with a space; none crosses the residue
    for (const p of doc.paragraphs) assert.equal(sl(doc, p).trim(), sl(doc, p));
    assert.equal(texts[texts.length - 1], '参与部门:市发展改革委、嘉广集团、嘉报集团。');
    // the seed's line 5 holds 113 paragraphs (every space before the trailing residue separates two)
    assert.equal(doc.paragraphs.filter((p) => p.collapsed).length, 113);
  });

  it('splits headings from their text in a collapsed line: 1.优先发展现代物流和专业市场 积极整合…', () => {
    const doc = parse(seedText());
    const i = doc.paragraphs.findIndex((p) => sl(doc, p) === '1.优先发展现代物流和专业市场');
    assert.ok(i > 0);
    assert.ok(sl(doc, doc.paragraphs[i + 1]).startsWith('积极整合相关资源。'));
  });

  it('gives the same paragraphs for the seed and its one-paragraph-per-line version (same offsets)', () => {
    const a = parse(seedText());
    const b = parse(seedPerLine());
    assert.deepEqual(
      a.paragraphs.map((p) => [p.start, p.end]),
      b.paragraphs.map((p) => [p.start, p.end]),
    );
  });

  it('does not split spaces inside a sentence or between Latin/digits', () => {
    const doc = parse('一、总体要求\n按照 GB/T 9704-2012 的要求，在 2022-12-13 18:16 前完成。\n');
    assert.equal(doc.paragraphs.length, 2);
  });
});

describe('parse: section markers', () => {
  it('builds the seed tree in its real collapsed layout', () => {
    const doc = parse(seedText());
    const t = tree(doc);
    assert.deepEqual(
      t.filter((l) => !l.startsWith('    ')),
      [
        '一、总体要求',
        '二、工作重点',
        '  (一)出台服务业发展规划和深化政策意见',
        '  (二)加快推进重点行业发展',
        '  (三)推进服务业集聚发展',
        '  (四)积极推进服务业项目',
        '  (五)加快服务业品牌建设',
        '三、保障措施',
        '  (一)完善加快服务业发展协调工作机制',
        '  (二)修改完善服务业目标考核办法',
        '  (三)建立科学统一、全面协调的统计调查制度',
        '  (四)建立健全服务业定期分析和信息发布制度',
        '  (五)加强服务业宣传',
      ],
    );
    const two = doc.sections[1];
    assert.deepEqual(two.children.map((c) => c.children.length), [6, 7, 2, 3, 0]);
    assert.deepEqual(two.children[1].children.map((c) => c.ordinal), [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(two.children[1].children[0].title.text, '优先发展现代物流和专业市场');
    assert.equal(two.children[2].children[0].title.text, '推进嘉兴现代服务业集聚区建设');
    assert.equal(doc.allSections.length, 3 + 5 + 5 + 6 + 7 + 2 + 3);
    assert.equal(doc.continuousItemNumbering, false);
  });

  it('gives the same tree, with the same offsets, one paragraph per line, collapsed, CRLF and lone CR', () => {
    const base = parse(seedText());
    const shape = (d: GongwenDocument) => d.allSections.map((s) => [s.marker.text, s.title.text, s.path.join('.'), s.level, s.ordinal]);
    const ranges = (d: GongwenDocument) => d.allSections.map((s) => [s.marker.start, s.title.start, s.title.end, s.heading.end, s.range.start, s.range.end]);
    const per = seedPerLine();
    for (const t of [per, crlf(per), per.replace(/\n/g, '\r'), collapse(per)]) {
      const d = parse(t);
      assert.deepEqual(shape(d), shape(base));
    }
    // the same-length variants keep every offset
    for (const t of [per, per.replace(/\n/g, '\r')]) assert.deepEqual(ranges(parse(t)), ranges(base));
  });

  it('records marker, title, heading and whole-section ranges', () => {
    const doc = parse(small);
    assert.deepEqual(markers(doc), ['一、', '二、', '（一）', '1.', '2.', '（二）', '三、']);
    const [one, two, three] = doc.sections;
    assert.equal(sl(doc, one.range), '一、总体要求\n坚持安全第一。');
    assert.equal(one.title.text, '总体要求');
    assert.ok(one.headingOwnParagraph);
    const a = two.children[0];
    assert.equal(a.title.text, '开展专项检查');
    assert.equal(sl(doc, a.heading), '（一）开展专项检查：');
    assert.equal(a.headingOwnParagraph, false);
    assert.equal(sl(doc, a.range), '（一）开展专项检查：由市应急管理局负责，各县配合。\n1.排查隐患，建立台账。\n2.整改落实');
    assert.equal(a.children[0].title.text, '排查隐患，建立台账', '， does not end a title');
    assert.equal(sl(doc, a.children[0].heading), '1.排查隐患，建立台账。');
    assert.equal(a.children[1].title.text, '整改落实');
    assert.equal(sl(doc, two.range), small.slice(small.indexOf('二、'), small.indexOf('\n三、')));
    assert.equal(sl(doc, three.range), '三、保障措施');
    assert.deepEqual(a.children[1].path, [1, 0, 1]);
    assert.ok(doc.allSections.every((s) => s.startsParagraph));
    // the notice's own (此件公开发布) and 县(市、区) are not markers
    assert.ok(doc.allSections.every((s) => !s.marker.text.includes('此') && !s.marker.text.includes('市')));
  });

  it('takes markers inside the attached document only, never from the notice head', () => {
    const doc = parse(small);
    assert.ok(doc.allSections.every((s) => s.marker.start > small.indexOf('安全生产工作方案')));
  });

  it('recognises numbers past 十', () => {
    const lines = ['九、甲', '十、乙', '十一、丙', '二十三、丁', '一百零一、戊'];
    const doc = parse(lines.join('\n'));
    assert.deepEqual(doc.sections.map((s) => s.ordinal), [9, 10, 11, 23, 101]);
    assert.deepEqual(doc.sections.map((s) => s.title.text), ['甲', '乙', '丙', '丁', '戊']);
  });

  it('recognises full- and half-width brackets, 1. and 1．, Word list characters', () => {
    const doc = parse('一、甲\n（一）乙\n(二)丙\n1.丁\n2．戊\n（1）己\n(2)庚\n①辛\n⒈壬\n⑴癸\n');
    assert.deepEqual(
      doc.allSections.map((s) => [s.marker.text, s.level, s.ordinal, s.marker.form, s.marker.canonical]),
      [
        ['一、', 1, 1, 'N、', true],
        ['（一）', 2, 1, '（N）', true],
        ['(二)', 2, 2, '(N)', true],
        ['1.', 3, 1, 'N.', true],
        ['2．', 3, 2, 'N．', true],
        ['（1）', 4, 1, '（N）', true],
        ['(2)', 4, 2, '(N)', true],
        ['①', 5, 1, 'circled', true],
        ['⒈', 3, 1, 'word-dot', false],
        ['⑴', 4, 1, 'word-paren', false],
      ],
    );
  });

  it('recognises wrong forms as the level they try to be', () => {
    const doc = parse('一.甲\n二，乙\n（一）、丙\n（二）.丁\n1、戊\n2，己\n３．庚\n');
    assert.deepEqual(
      doc.allSections.map((s) => [s.marker.text, s.level, s.ordinal, s.marker.form, s.marker.canonical, s.marker.fullWidthDigits]),
      [
        ['一.', 1, 1, 'N.', false, false],
        ['二，', 1, 2, 'N，', false, false],
        ['（一）、', 2, 1, '（N）、', false, false],
        ['（二）.', 2, 2, '（N）.', false, false],
        ['1、', 3, 1, 'N、', false, false],
        ['2，', 3, 2, 'N，', false, false],
        ['３．', 3, 3, 'N．', false, true],
      ],
    );
    assert.deepEqual(doc.allSections.map((s) => s.title.text), ['甲', '乙', '丙', '丁', '戊', '己', '庚']);
  });

  it('does not take 县(市、区), (此件公开发布), 1.2亿元, 18:16 or in-sentence items as markers', () => {
    const text = [
      '一、总体要求',
      '县(市、区)政府要落实责任。',
      '(此件公开发布)',
      '1.2亿元用于补助。',
      '18:16召开会议。',
      '主要措施有：1.加强领导；2.落实责任。',
      '2022年完成。',
      '(2009-2011年)规划。',
      '一是加强领导，二是落实责任。',
      '一、二产业协调发展。',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(markers(doc), ['一、']);
    assert.equal(sl(doc, doc.sections[0].range), text);
  });

  // GB/T 9704-2012 7.3.6: 附件：1.XXXX with the next items on lines of their own, aligned under the first
  it('does not take the items of an 附件说明 (附件：1.… ⏎ 2.… ⏎ 3.…) as sections, even when no notice frame is found', () => {
    const items = ['附件：1.全省乡村治理示范镇名单', '2.全省乡村治理示范村名单', '3.前两批示范镇复核结果'];
    const bare = ['一、工作要求', '请认真核实。', ...items, '山东省农业农村厅', '2023年7月31日'].join('\n');
    const full = ['山东省农业农村厅关于乡村治理示范镇村名单的公示', '各市农业农村局：', '现将名单予以公示。', ...items, '山东省农业农村厅', '2023年7月31日'].join('\n');
    for (const t of [bare, crlf(bare), collapse(bare), full, crlf(full), collapse(full), full.replace('附件：1.', '附件:1．')]) {
      const doc = parse(t);
      assert.deepEqual(markers(doc), t.startsWith('一、') ? ['一、'] : [], t);
    }
    // a list that does not continue the note's numbering, or that starts after another paragraph, is a list
    assert.deepEqual(markers(parse(bare.replace('2.全省', '3.全省'))), ['一、', '3.', '3.']);
    assert.deepEqual(markers(parse(bare.replace('附件：1.全省乡村治理示范镇名单', '附件：1.全省乡村治理示范镇名单\n名单另发。'))), ['一、', '2.', '3.']);
  });

  it('does not take 一、二级响应 / 三、四级手术 (the next number and a grade noun) as a marker', () => {
    const lines = ['一、事故分级', '（一）响应级别', '一、二级响应由市指挥部启动，三、四级响应由县（市、区）指挥部启动。', '二、组织体系'];
    for (const t of [lines.join('\n'), crlf(lines.join('\n')), collapse(lines.join('\n'))]) {
      assert.deepEqual(markers(parse(t)), ['一、', '（一）', '二、']);
    }
    // a heading whose text starts with another level (一、三级响应) is still a heading 一、
    assert.deepEqual(markers(parse(['一、三级响应', '二、二级响应'].join('\n'))), ['一、', '二、']);
  });

  it('does not take 一，二季度 (an enumeration of numbers with a comma) as a marker 一，', () => {
    for (const t of [['一、总体要求', '一，二季度完成投资计划。', '二、主要任务'].join('\n'), collapse(['一、总体要求', '一，二季度完成投资计划。', '二、主要任务'].join('\n'))]) {
      const doc = parse(t);
      assert.deepEqual(markers(doc), ['一、', '二、']);
    }
    // the wrong form 一， before a heading is still a level-1 marker
    assert.deepEqual(markers(parse(['一，总体要求', '二，主要任务'].join('\n'))), ['一，', '二，']);
  });

  it('does not split a collapsed line before 1.2亿元 and takes no marker there', () => {
    const doc = parse('一、总体要求 全年投资 1.2亿元，同比增长。 二、主要任务');
    assert.deepEqual(markers(doc), ['一、', '二、']);
    assert.ok(doc.paragraphs.some((p) => sl(doc, p) === '全年投资 1.2亿元，同比增长。'));
  });

  it('takes N. followed by digits as a marker only when N is the next number (12.5G基站)', () => {
    const items = Array.from({ length: 11 }, (_, i) => `${i + 1}.任务${i + 1}。`);
    const doc = parse(['一、重点工作', ...items, '12.5G基站建设工程。', '13.5%的资金用于补助。', '14.完善机制。'].join('\n'));
    const one = doc.sections[0];
    assert.deepEqual(one.children.map((c) => c.ordinal), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    assert.equal(one.children[11].title.text, '5G基站建设工程');
    const doc2 = parse(['一、重点工作', '1.任务一。', '3.5G基站建设工程。'].join('\n'));
    assert.deepEqual(doc2.sections[0].children.map((c) => c.marker.text), ['1.']);
    const doc3 = parse(['一、重点工作', '1.5亿元用于补助。'].join('\n'));
    assert.deepEqual(doc3.sections[0].children, []);
  });

  it('accepts spaces, U+3000 and NBSP before a marker, with exact offsets', () => {
    const doc = parse('  一、甲\n\u3000\u3000（一）乙\n\u00a0\u00a01.丙\n');
    assert.deepEqual(doc.allSections.map((s) => [s.marker.start, s.marker.end, s.title.start]), [
      [2, 4, 4],
      [8, 11, 11],
      [15, 17, 17],
    ]);
  });

  it('keeps offsets with CRLF, a lone CR, a BOM and characters outside the BMP', () => {
    const lf = '𠀀𠀁标题\n一、甲\n（一）乙\n';
    const cases: [string, number[]][] = [
      [lf, [7, 11]],
      [crlf(lf), [8, 13]],
      [lf.replace(/\n/g, '\r'), [7, 11]],
      ['\uFEFF' + lf, [8, 12]],
    ];
    for (const [t, starts] of cases) {
      const doc = parse(t);
      assert.deepEqual(doc.allSections.map((s) => s.marker.start), starts, JSON.stringify(t));
      assert.equal(t.slice(doc.allSections[1].title.start, doc.allSections[1].title.end), '乙');
    }
    // an astral character right before the marker on the same line (collapsed)
    const doc = parse('关于𠀀的通知。 一、甲');
    assert.equal(doc.allSections[0].marker.start, 9);
  });

  it('nests by level number when levels are out of order (documented in sections.ts)', () => {
    const doc = parse(['一、甲', '1.子一', '2.子二', '（一）乙', '（1）丙', '二、丁', '（一）戊', '1.己', '（1）庚', '（二）辛'].join('\n'));
    assert.deepEqual(tree(doc), [
      '一、甲',
      '  1.子一',
      '  2.子二',
      '  （一）乙',
      '    （1）丙',
      '二、丁',
      '  （一）戊',
      '    1.己',
      '      （1）庚',
      '  （二）辛',
    ]);
  });

  it('records continuous 1. 2. numbering across parents (and not otherwise)', () => {
    const cont = parse(['一、甲', '（一）乙', '1.a', '2.b', '（二）丙', '3.c', '4.d'].join('\n'));
    assert.equal(cont.continuousItemNumbering, true);
    const restart = parse(['一、甲', '（一）乙', '1.a', '2.b', '（二）丙', '1.c', '2.d'].join('\n'));
    assert.equal(restart.continuousItemNumbering, false);
  });

  it('ends a heading title at the next marker written right after it', () => {
    const doc = parse('一、总体要求（一）指导思想。坚持安全第一。(二)基本原则\n二、主要任务');
    // (二) after 。 with no space does not start a paragraph: not a marker
    assert.deepEqual(tree(doc), ['一、总体要求', '  （一）指导思想', '二、主要任务']);
    assert.equal(doc.sections[0].title.end, 6);
    assert.ok(doc.paragraphs[0].collapsed);
    // a bracket that is not a marker stays in the title
    const d2 = parse('一、推进规划（2009-2011年）编制\n二、其他');
    assert.equal(d2.sections[0].title.text, '推进规划（2009-2011年）编制');
  });

  it('ends a title at the end of its line, at 。；？！：, and keeps ， inside', () => {
    const doc = parse(['一、甲，乙；丙', '二、丁？', '三、戊！己', '四、庚：辛', '五、壬。癸'].join('\n'));
    assert.deepEqual(doc.sections.map((s) => s.title.text), ['甲，乙', '丁', '戊', '庚', '壬']);
    assert.deepEqual(doc.sections.map((s) => s.headingOwnParagraph), [false, true, false, false, false]);
  });

  it('parses the sample notices without throwing', () => {
    for (const name of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt']) {
      const { readFileSync } = require('node:fs') as typeof import('node:fs');
      const { samplePath } = require('../helpers') as typeof import('../helpers');
      const doc = parse(readFileSync(samplePath(name), 'utf8'));
      assert.ok(doc.paragraphs.length > 5, name);
    }
  });

  it('records the lishui sample as numbering its 1. items continuously', () => {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const { samplePath } = require('../helpers') as typeof import('../helpers');
    const doc = parse(readFileSync(samplePath('lishui-2023-zhongdian-gongzuo.txt'), 'utf8'));
    assert.deepEqual(tree(doc).map((l) => l.replace(/^( *)(.*)$/, (_m, ind: string, t: string) => ind + t.slice(0, 10))), [
      '一、全市经济社会发展',
      '  1.生产总值增长6%',
      '  2.规上工业增加值增',
      '  3.研发投入强度达到',
      '  4.固定资产投资增长',
      '  5.社会消费品零售总',
      '  6.城乡居民收入增速',
      '  7.一般公共预算收入',
      '  8.居民消费价格涨幅',
      '  9.城镇新增就业、节',
      '二、重点抓好六方面工',
      '  (一)全力以赴拼经济',
      '    10.实施招商引资“',
      '    11.紧盯“中字头、',
    ]);
    assert.equal(doc.continuousItemNumbering, true);
  });
});

describe('parse: invariants on arbitrary text', () => {
  // Pieces notices are made of, shuffled into random documents.
  const pieces = ['一、', '二、', '十一、', '（一）', '(二)', '1.', '2．', '12.5G', '1.2亿元', '（1）', '①', '⒈', '⑴', '一.', '1、', '１．', '县(市、区)', '(此件公开发布)',
    '关于印发工作方案的通知', '各县（市、区）人民政府：', '牵头单位：', '参与部门:', '市发改委', '。', '，', '；', '：', ' ', '  ', '\u3000', '\u00a0', '\n', '\r\n', '\r', '|', ' | |',
    '发布日期:2022-12-13 18:16', '信息来源:', '浏览次数:', '当前位置：首页>>', '打印本页', '2024年1月20日', '二○一○年十二月九日', '嘉兴市人民政府办公室', '𠀀', '\uFEFF', '《', '》', '（', '）', '18:16', '嘉政发〔2009〕61号', '抄送：', '附件：'];
  it('never throws; ranges are in bounds, ordered and nested', function () {
    this.timeout(60000);
    const fc = require('fast-check') as typeof import('fast-check');
    const { buildOutline } = require('../../server/src/core/features/outline') as typeof import('../../server/src/core/features/outline');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const doc = parse(text);
        let prev = -1;
        for (const p of doc.paragraphs) {
          assert.ok(p.start >= prev && p.start < p.end && p.end <= text.length);
          prev = p.end;
        }
        prev = -1;
        for (const r of doc.residue) {
          assert.ok(r.start >= prev && r.start < r.end && r.end <= text.length);
          prev = r.end;
        }
        const check = (ss: Section[], outer: { start: number; end: number }) => {
          for (const s of ss) {
            assert.ok(outer.start <= s.range.start && s.range.end <= outer.end);
            assert.ok(s.marker.start === s.range.start && s.marker.end <= s.heading.end && s.heading.end <= s.range.end);
            assert.ok(s.title.start >= s.marker.end && s.title.end <= s.range.end);
            check(s.children, s.range);
          }
        };
        check(doc.sections, { start: 0, end: text.length });
        const nest = (ns: ReturnType<typeof buildOutline>, outer: { start: number; end: number }) => {
          for (const n of ns) {
            assert.ok(outer.start <= n.range.start && n.range.end <= outer.end, n.name);
            assert.ok(n.range.start <= n.selectionRange.start && n.selectionRange.end <= n.range.end, n.name);
            nest(n.children, n.range);
          }
        };
        nest(buildOutline(doc), { start: 0, end: text.length });
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('is linear: 2 MB of collapsed seed parses in well under a second per MB', function () {
    this.timeout(60000);
    const big = seedText().repeat(300);
    parse(big.slice(0, 100000)); // warm up
    const t0 = Date.now();
    const doc = parse(big);
    const ms = Date.now() - t0;
    assert.ok(doc.allSections.length >= 300 * 31);
    assert.ok(ms < 10000, `${ms} ms`);
  });
});

describe('parse: section titles — a clock time in a heading (real-notice round 5)', () => {
  it('does not end a heading’s title at the colon of 17:00 or 1:1', () => {
    for (const colon of [':', '：']) {
      const t = ['某校关于梳理调整领导小组的通知', '各处室：', `1.请各单位于8月31日17${colon}00前报送。`, `2.按1${colon}1比例配套资金。`, '某校党政办公室', '2023年8月1日', ''].join('\n');
      const doc = parse(t);
      assert.deepEqual(doc.allSections.map((s) => s.title.text), [`请各单位于8月31日17${colon}00前报送`, `按1${colon}1比例配套资金`]);
    }
    // a colon ending the title still ends it
    const u = ['某校关于梳理调整领导小组的通知', '各处室：', '1.报送时间：8月31日前。', '2.联系方式：电话12345678。', ''].join('\n');
    assert.deepEqual(parse(u).allSections.map((s) => s.title.text), ['报送时间', '联系方式']);
  });
});
