// Real-notice round 9 (structure and outline): a 预案's bare `N 标题` headings kept in its decimal outline (R9), a
// table of contents' lines with dot leaders and page numbers kept out of the outline and the section tree (R10),
// and a scraped page's lost spaces shown as ? before a marker (???（一）, ??二、) read like indentation (S3).
import assert from 'node:assert/strict';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { structureRules } from '../../server/src/core/rules/structure';
import { check, collapse, crlf, sectionTree as tree } from '../helpers';

/** name [heading kind], children indented by two spaces. */
const heads = (nodes: OutlineNode[], ind = ''): string[] =>
  nodes.flatMap((n) => [`${ind}${n.name}${n.heading ? ` [${n.heading}]` : ''}`, ...heads(n.children, ind + '  ')]);

/** Each section as `marker+title` with its children indented. */
function assertNested(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    assert.ok(n.selectionRange.start >= n.range.start && n.selectionRange.end <= n.range.end, `selection inside ${n.name}`);
    if (parent) assert.ok(n.range.start >= parent.range.start && n.range.end <= parent.range.end, `${n.name} inside ${parent.name}`);
    assertNested(n.children, n);
  }
}

const layouts = (text: string) => [text, crlf(text), text.replace(/\n/g, '\r')];

describe('round 9 (F3): a 预案 numbered 1 总则 / 1.1 … keeps its bare N 标题 headings (R9)', () => {
  const YUAN = [
    '某县食品安全事故应急预案',
    '1 总则',
    '1.1 编制目的',
    '为有效应对食品安全事故，制定本预案。',
    '1.2 适用范围',
    '本预案适用于本县行政区域。',
    '2 先期处置',
    '事发地乡镇人民政府应立即组织先期处置。',
    '3 应急响应',
    '3.1 分级响应',
    '按事故等级启动相应响应。',
    '4 附则',
    '本预案自印发之日起施行。',
  ].join('\n');

  it('outlines 2 先期处置 and 4 附则 (no 2.1 / 4.1 under them) as top-level headings, in every line-ending layout', () => {
    for (const t of layouts(YUAN)) {
      const o = buildOutline(parse(t));
      assert.deepEqual(heads(o), [
        '某县食品安全事故应急预案',
        '  1 总则 [decimal]',
        '    1.1 编制目的 [decimal]',
        '    1.2 适用范围 [decimal]',
        '  2 先期处置 [decimal]',
        '  3 应急响应 [decimal]',
        '    3.1 分级响应 [decimal]',
        '  4 附则 [decimal]',
      ]);
      assertNested(o);
      // exact ranges: 2 先期处置 runs to its paragraph's end, 4 附则 to the text's
      const two = o[0].children[1];
      assert.equal(t.slice(two.selectionRange.start, two.selectionRange.end), '2 先期处置');
      assert.equal(t.slice(two.range.start, two.range.end).replace(/\r\n?/g, '\n'), '2 先期处置\n事发地乡镇人民政府应立即组织先期处置。');
      const four = o[0].children[3];
      assert.equal(t.slice(four.range.start, four.range.end).replace(/\r\n?/g, '\n'), '4 附则\n本预案自印发之日起施行。');
    }
  });

  it('leaves the numbering rules silent on it, one paragraph per line and collapsed', () => {
    for (const t of [YUAN, collapse(YUAN), crlf(YUAN)]) assert.deepEqual(check(t, structureRules.map((r) => r.id)).map((x) => x.ruleId), []);
  });

  it('keeps 2. 先期处置 in a 1. 总则 / 1.1 scheme at the top level (not under 1.2)', () => {
    const t = ['某镇突发事件应急预案', '1. 总则', '1.1 编制目的', '为规范应对突发事件，制定本预案。', '2. 先期处置', '事发地立即处置。', '3. 组织体系', '3.1 镇应急委员会', '负责统一领导。'].join('\n');
    const o = buildOutline(parse(t));
    assert.deepEqual(heads(o), ['某镇突发事件应急预案', '  1.总则 [decimal]', '    1.1 编制目的 [decimal]', '  2.先期处置 [decimal]', '  3.组织体系 [decimal]', '    3.1 镇应急委员会 [decimal]']);
    assertNested(o);
  });

  it('nests 2.1 under a bare 2 标题 when the section tree read 2.1 as the item 2. after 1. 总则', () => {
    const t = ['某类突发事件应急预案框架指南', '1.总则', '1.1 目的', '1.2 工作原则', '明确工作原则。', '2组织指挥体系及职责', '2.1应急组织机构与职责', '明确各组织机构的职责。', '2.2组织体系框架描述', '3.预警和预防机制', '3.1信息监测与报告', '确定信息监测方法。'].join('\n');
    for (const v of layouts(t)) {
      const o = buildOutline(parse(v));
      assert.deepEqual(heads(o), [
        '某类突发事件应急预案框架指南',
        '  1.总则 [decimal]',
        '    1.1 目的 [decimal]',
        '    1.2 工作原则 [decimal]',
        '  2组织指挥体系及职责 [decimal]',
        '    2.1应急组织机构与职责 [decimal]',
        '    2.2组织体系框架描述 [decimal]',
        '  3.预警和预防机制 [decimal]',
        '    3.1信息监测与报告 [decimal]',
      ]);
      assertNested(o);
    }
  });

  it('takes no bare N line out of sequence, nor one continuing a sentence the line before left open', () => {
    const t = [
      '某县防汛应急预案',
      '1 总则',
      '1.1 编制目的',
      '为做好防汛工作，制定本预案。',
      '1.2 报告时限',
      '事发单位应在',
      '2 小时内报告县指挥部',
      '5 天内完成',
      '3 应急响应',
      '3.1 分级响应',
      '按等级启动响应。',
    ].join('\n');
    assert.deepEqual(heads(buildOutline(parse(t))), [
      '某县防汛应急预案',
      '  1 总则 [decimal]',
      '    1.1 编制目的 [decimal]',
      '    1.2 报告时限 [decimal]',
      '  3 应急响应 [decimal]',
      '    3.1 分级响应 [decimal]',
    ]);
    // a bare 1 总则 opening the scheme, when 2 below it is confirmed by its 2.1
    const first = ['某县防汛应急预案', '1 总则', '为做好防汛工作，制定本预案。', '2 组织体系', '2.1 县指挥部', '县政府设立防汛指挥部。', '2.2 乡镇指挥部', '各乡镇设立指挥部。'].join('\n');
    assert.deepEqual(heads(buildOutline(parse(first))), ['某县防汛应急预案', '  1 总则 [decimal]', '  2 组织体系 [decimal]', '    2.1 县指挥部 [decimal]', '    2.2 乡镇指挥部 [decimal]']);
    // without a confirmed scheme (no 1.1 / 2.1), bare N lines stay out of the outline
    const bare = ['某县工作要点', '1 总体要求', '坚持稳中求进。', '2 主要任务', '抓好项目建设。'].join('\n');
    assert.deepEqual(heads(buildOutline(parse(bare))), ['某县工作要点']);
  });
});

describe('round 9 (F3): a table of contents with dot leaders and page numbers (R10)', () => {
  const TOC = [
    '某镇抗旱应急预案',
    '1总则..............................7',
    '1.1编制目的........................7',
    '1.2工作原则........................7',
    '2组织体系及职责....................8',
    '2.1应急组织机构......................8',
    '1 总则',
    '1.1 编制目的',
    '为做好抗旱工作，制定本预案。',
    '1.2 工作原则',
    '统一领导，分级负责。',
    '2 组织体系及职责',
    '2.1 应急组织机构',
    '镇政府设立抗旱指挥部。',
  ].join('\n');

  it('leaves the contents lines (leader of dots + page number) out of the outline, in every line-ending layout', () => {
    for (const t of layouts(TOC)) {
      const o = buildOutline(parse(t));
      assert.deepEqual(heads(o), [
        '某镇抗旱应急预案',
        '  1 总则 [decimal]',
        '    1.1 编制目的 [decimal]',
        '    1.2 工作原则 [decimal]',
        '  2 组织体系及职责 [decimal]',
        '    2.1 应急组织机构 [decimal]',
      ]);
      assertNested(o);
      assert.equal(o[0].children[0].range.start, t.indexOf('1 总则'));
    }
  });

  it('takes no contents line with 一、 / （一） markers into the section tree (full-width and half-width leaders), in both layouts', () => {
    for (const leader of ['……………………', '......................', '·················', '．．．．．．．．']) {
      const t = [
        '某县防汛应急预案',
        '目  录',
        `一、总则${leader}1`,
        `（一）编制目的${leader}1`,
        `二、组织体系${leader} 3`,
        `三、附则${leader}5`,
        '一、总则',
        '（一）编制目的',
        '为做好防汛工作，制定本预案。',
        '二、组织体系',
        '县政府设立防汛指挥部。',
        '三、附则',
        '本预案自印发之日起施行。',
      ].join('\n');
      for (const v of [t, collapse(t), crlf(t)]) {
        const doc = parse(v);
        assert.deepEqual(tree(doc), ['一、总则', '  （一）编制目的', '二、组织体系', '三、附则'], leader);
        assert.equal(doc.sections[0].marker.start, v.indexOf('一、总则', v.indexOf('附则')));
        assert.deepEqual(heads(buildOutline(doc)), ['某县防汛应急预案', '  一、总则', '    （一）编制目的', '  二、组织体系', '  三、附则']);
      }
    }
  });

  it('keeps a heading whose text has a leader but no page number, and a sentence with an ellipsis', () => {
    const t = ['关于做好防汛工作的通知', '各乡镇人民政府：', '一、加强领导……', '各乡镇要落实责任。', '二、落实措施', '（一）排查隐患……共3', '（二）加强值守'].join('\n');
    assert.deepEqual(tree(parse(t)), ['一、加强领导……', '二、落实措施', '  （一）排查隐患……共3', '  （二）加强值守']);
  });
});

describe('round 9 (F3): lost spaces shown as ? before a marker (S3)', () => {
  const NOTICE = [
    '关于开展节前安全生产检查的通知',
    '各村（社区），镇属各单位：',
    '现将有关事项通知如下。',
    '一、分组安排',
    '???（一）第一检查组',
    '检查加油站。',
    '责任单位：城建办、派出所',
    '?（二）第二检查组',
    '检查学校。',
    '责任单位：中心学校、卫生院',
    '??二、工作要求',
    '各组要认真开展检查。',
    '某某镇人民政府',
    '2024年1月10日',
  ].join('\n');

  it('reads （一） （二） 二、 through the ? run, one paragraph per line, collapsed and CRLF', () => {
    for (const t of [NOTICE, collapse(NOTICE), crlf(NOTICE)]) {
      const doc = parse(t);
      assert.deepEqual(tree(doc), ['一、分组安排', '  （一）第一检查组', '  （二）第二检查组', '二、工作要求']);
      // the markers start after the ? run: （一）'s paragraph too
      const one = doc.sections[0].children[0];
      assert.equal(one.marker.start, t.indexOf('（一）'));
      assert.ok(doc.paragraphs.some((p) => p.start === one.marker.start));
      assert.equal(doc.sections[1].marker.start, t.indexOf('二、工作要求'));
    }
  });

  it('gives the tasks table one row per group, each with its own units', () => {
    for (const t of [NOTICE, collapse(NOTICE), crlf(NOTICE)]) {
      const doc = parse(t);
      assert.deepEqual(
        doc.tasks.map((k) => [k.path, k.label, k.leads.map((u) => u.text).join('、')]),
        [
          ['一、（一）', '第一检查组', '城建办、派出所'],
          ['一、（二）', '第二检查组', '中心学校、卫生院'],
        ],
      );
    }
  });

  it('reads a marker glued to a sentence end through a run of ? in a collapsed line', () => {
    const t = '一、分组安排 现将分组安排如下。???（一）第一检查组 检查加油站。 ??（二）第二检查组 检查学校。';
    assert.deepEqual(tree(parse(t)), ['一、分组安排', '  （一）第一检查组', '  （二）第二检查组']);
  });

  it('leaves a ? that is no lost space (a question, or no marker after the run) where it is', () => {
    const t = ['一、是否完成?（一）项', '??各组要认真开展检查。', '二、工作要求'].join('\n');
    const doc = parse(t);
    assert.deepEqual(tree(doc), ['一、是否完成', '二、工作要求']);
    // the ?? line is a paragraph of its own, with its ?? in it
    assert.ok(doc.paragraphs.some((p) => t.slice(p.start, p.end) === '??各组要认真开展检查。'));
  });
});
