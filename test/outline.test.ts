// The outline (document symbols): the seed's tree asserted whole, in every layout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildOutline, type OutlineNode } from '../server/src/core/features/outline';
import { parse } from '../server/src/core/parse';
import { check, collapse, crlf, samplePath, seedText } from './helpers';
import { structureRules } from '../server/src/core/rules/structure';

/** The seed with its collapsed line 5 split into one paragraph per line. */
function seedPerLine(): string {
  return seedText()
    .split('\n')
    .map((l, i) => (i === 4 ? l.replace(/ /g, '\n') : l))
    .join('\n');
}

/** name (kind) [— detail], children indented by two spaces. */
function lines(nodes: OutlineNode[], ind = ''): string[] {
  return nodes.flatMap((n) => [`${ind}${n.name} (${n.kind})${n.detail ? ' — ' + n.detail : ''}`, ...lines(n.children, ind + '  ')]);
}

const SEED_OUTLINE = [
  '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知 (notice)',
  '  各县(市、区)人民政府,市政府各部门、直属各单位: (part)',
  '  嘉兴市人民政府办公室 (part)',
  '  二○一○年十二月九日 (part)',
  '  嘉兴市推进服务业发展工作方案 (document)',
  '    一、总体要求 (section)',
  '    二、工作重点 (section)',
  '      (一)出台服务业发展规划和深化政策意见 (section)',
  '        1.研究制定《全市服务业发展“十二五”规划》、《服务业聚集区… (section) — 市发展改革委',
  '        2.编制现代物流、科技服务、服务外包、商贸流通、金融服务、中… (section) — 市发展改革委',
  '        3.研究制定进一步促进服务业发展的实施意见,明确下阶段我市服… (section) — 市发展改革委',
  '        4.修改完善《嘉兴市级第三产业发展专项资金操作细则》,加大财… (section) — 市发展改革委、市财政局',
  '        5.贯彻落实《嘉兴市人民政府关于促进服务外包产业发展的若干意… (section) — 市外经贸局、市财政局',
  '        6.出台《关于加快发展现代物流业的若干意见》,起草《促进服务… (section) — 市发展改革委、市经贸委',
  '      (二)加快推进重点行业发展 (section)',
  '        1.优先发展现代物流和专业市场 (section) — 市发展改革委',
  '        2.重点发展旅游业 (section) — 市旅游局',
  '        3.加快发展科技服务业 (section) — 市科技局',
  '        4.培育发展高端商务服务业 (section) — 市发展改革委、市经贸委',
  '        5.大力发展服务外包 (section) — 市外经贸局',
  '        6.推进发展金融服务业 (section) — 人行嘉兴市中心支行、嘉兴银监分局',
  '        7.规范发展房地产业 (section) — 市建委',
  '      (三)推进服务业集聚发展 (section)',
  '        1.推进嘉兴现代服务业集聚区建设 (section) — 嘉兴现代服务业集聚区建设领导小组办公室',
  '        2.推进服务业集聚区建设 (section) — 市发展改革委',
  '      (四)积极推进服务业项目 (section)',
  '        1.加快推进全市服务业投资“百项百亿”工程,确保127个项目… (section) — 市发展改革委',
  '        2.储备一批新的服务业重大项目 (section) — 市发展改革委',
  '        3.努力引进一批服务业项目 (section) — 市发展改革委',
  '      (五)加快服务业品牌建设 (section) — 市工商局、市质量技监局',
  '    三、保障措施 (section)',
  '      (一)完善加快服务业发展协调工作机制 (section) — 市三产办、市编委办',
  '      (二)修改完善服务业目标考核办法 (section) — 市考评办、市发展改革委',
  '      (三)建立科学统一、全面协调的统计调查制度 (section) — 市统计局',
  '      (四)建立健全服务业定期分析和信息发布制度 (section) — 市发展改革委、市统计局',
  '      (五)加强服务业宣传 (section) — 市委宣传部',
];

/** Without details: what the tree is whatever the assignment parser reports. */
const SEED_NAMES = SEED_OUTLINE.map((l) => l.replace(/ — .*$/, ''));

function assertNested(nodes: OutlineNode[], parent?: OutlineNode): void {
  let prevEnd = -1;
  for (const n of nodes) {
    assert.ok(n.range.start <= n.selectionRange.start && n.selectionRange.end <= n.range.end, `selection inside range: ${n.name}`);
    assert.ok(n.range.start < n.range.end, `non-empty: ${n.name}`);
    if (parent) assert.ok(parent.range.start <= n.range.start && n.range.end <= parent.range.end, `${n.name} inside ${parent.name}`);
    assert.ok(n.range.start >= prevEnd, `siblings in order and disjoint: ${n.name}`);
    prevEnd = n.range.end;
    assertNested(n.children, n);
  }
}

describe('outline', () => {
  it('is exactly the seed tree (names, kinds, nesting) in its real collapsed layout', () => {
    assert.deepEqual(lines(buildOutline(parse(seedText()))).map((l) => l.replace(/ — .*$/, '')), SEED_NAMES);
  });

  it('shows the lead units of each task as detail', () => {
    assert.deepEqual(lines(buildOutline(parse(seedText()))), SEED_OUTLINE);
  });

  it('gives the same tree one paragraph per line, fully collapsed, with CRLF and a lone CR', () => {
    const per = seedPerLine();
    for (const t of [per, collapse(per), crlf(per), per.replace(/\n/g, '\r'), crlf(seedText())]) {
      assert.deepEqual(lines(buildOutline(parse(t))).map((l) => l.replace(/ — .*$/, '')), SEED_NAMES);
    }
  });

  it('uses the same ranges for the seed and its one-per-line version', () => {
    const strip = (ns: OutlineNode[]): unknown => ns.map((n) => [n.range, n.selectionRange, strip(n.children)]);
    assert.deepEqual(strip(buildOutline(parse(seedPerLine()))), strip(buildOutline(parse(seedText()))));
  });

  it('nests every range inside its parent (LSP requires it)', () => {
    for (const t of [seedText(), seedPerLine(), collapse(seedPerLine()), readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8')]) {
      assertNested(buildOutline(parse(t)));
    }
  });

  it('selects the marker and title, ranges the whole section', () => {
    const text = seedText();
    const [notice] = buildOutline(parse(text));
    assert.equal(text.slice(notice.selectionRange.start, notice.selectionRange.end), '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
    assert.equal(notice.range.start, 0);
    const doc = notice.children[3];
    const two = doc.children[1];
    assert.equal(text.slice(two.selectionRange.start, two.selectionRange.end), '二、工作重点');
    assert.equal(text.slice(two.range.start, two.range.end).slice(-10), '市经贸委、市旅游局。');
    const item = two.children[0].children[0];
    assert.equal(text.slice(item.selectionRange.start, item.selectionRange.end), '1.研究制定《全市服务业发展“十二五”规划》、《服务业聚集区发展规划》。');
    assert.ok(text.slice(item.range.start, item.range.end).endsWith('参与部门:市三产发展工作领导小组成员单位。'));
  });

  it('puts the sections at the top level without a notice title', () => {
    const out = buildOutline(parse(['一、总体要求', '坚持安全第一。', '二、主要任务', '1.排查隐患。', '2.整改落实。'].join('\n')));
    assert.deepEqual(lines(out), ['一、总体要求 (section)', '二、主要任务 (section)', '  1.排查隐患 (section)', '  2.整改落实 (section)']);
  });

  it('heads a bare work plan with a document node', () => {
    const text = ['嘉兴市推进服务业发展工作方案', '为加快服务业发展，特制定本方案。', '一、总体要求', '二、工作重点', '（一）出台规划'].join('\n');
    const out = buildOutline(parse(text));
    assert.deepEqual(lines(out), ['嘉兴市推进服务业发展工作方案 (document)', '  一、总体要求 (section)', '  二、工作重点 (section)', '    （一）出台规划 (section)']);
    assertNested(out);
  });

  it('puts the sections under the notice when it has no attached document', () => {
    const text = ['关于做好防汛工作的通知', '各县（市、区）人民政府：', '现将有关事项通知如下。', '一、加强领导', '二、落实责任', '嘉兴市人民政府办公室', '2024年1月20日'].join('\n');
    assert.deepEqual(lines(buildOutline(parse(text))), [
      '关于做好防汛工作的通知 (notice)',
      '  各县（市、区）人民政府： (part)',
      '  一、加强领导 (section)',
      '  二、落实责任 (section)',
      '  嘉兴市人民政府办公室 (part)',
      '  2024年1月20日 (part)',
    ]);
    assertNested(buildOutline(parse(text)));
  });

  it('shortens long titles to 30 characters and an ellipsis, counting astral characters once', () => {
    const long = '一、' + '𠀀'.repeat(40);
    const [n] = buildOutline(parse(long));
    assert.equal(n.name, '一、' + '𠀀'.repeat(28) + '…');
  });

  describe("a document's own headings outside 一、（一）1.（1） (预案 1 / 1.1 / 1.1.1, 办法 第一章 / 第一条)", () => {
    /** name (heading kind), children indented by two spaces. */
    const heads = (nodes: OutlineNode[], ind = ''): string[] =>
      nodes.flatMap((n) => [`${ind}${n.name}${n.heading ? ` [${n.heading}]` : ''}`, ...heads(n.children, ind + '  ')]);

    const YUAN = [
      '关于印发某县森林火灾应急预案的通知',
      '各乡镇人民政府，县直各单位：',
      '《某县森林火灾应急预案》已经县政府同意，现印发给你们，请认真执行。',
      '某县人民政府办公室',
      '2024年3月1日',
      '某县森林火灾应急预案',
      '1 总则',
      '1.1 编制目的',
      '为有效处置森林火灾，制定本预案。',
      '1.2编制依据',
      '依据有关法律法规。',
      '2 组织体系',
      '2.1 县指挥部',
      '2.1.1 指挥部组成',
      '县指挥部由分管副县长任指挥长。',
      '2.1.2 指挥部职责',
      '（1）组织火灾扑救。',
      '（2）调度扑火力量。',
      '2.2 现场指挥部',
      '现场指挥部设在火场附近。',
    ];
    const YUAN_TREE = [
      '关于印发某县森林火灾应急预案的通知',
      '  各乡镇人民政府，县直各单位：',
      '  某县人民政府办公室',
      '  2024年3月1日',
      '  某县森林火灾应急预案',
      '    1 总则 [decimal]',
      '      1.1 编制目的 [decimal]',
      '      1.2编制依据 [decimal]',
      '    2 组织体系 [decimal]',
      '      2.1 县指挥部 [decimal]',
      '        2.1.1 指挥部组成 [decimal]',
      '        2.1.2 指挥部职责 [decimal]',
      '          （1）组织火灾扑救',
      '          （2）调度扑火力量',
      '      2.2 现场指挥部 [decimal]',
    ];

    it('outlines a 预案 by 1 / 1.1 / 1.1.1, with its （1） items under them, in every line-ending layout', () => {
      const text = YUAN.join('\n');
      for (const t of [text, crlf(text), text.replace(/\n/g, '\r')]) {
        const out = buildOutline(parse(t));
        assert.deepEqual(heads(out), YUAN_TREE);
        assertNested(out);
      }
    });

    it('ranges a decimal heading to the paragraph before the next heading of its depth or above', () => {
      const text = YUAN.join('\n');
      const doc = buildOutline(parse(text))[0].children[3];
      const one = doc.children[0];
      assert.equal(text.slice(one.selectionRange.start, one.selectionRange.end), '1 总则');
      assert.ok(text.slice(one.range.start, one.range.end).endsWith('依据有关法律法规。'));
      const item = doc.children[1].children[0].children[1].children[1];
      assert.equal(text.slice(item.range.start, item.range.end), '（2）调度扑火力量。');
    });

    it('leaves the numbering rules silent on a 预案 numbered 1 / 1.1 / 1.1.1', () => {
      const f = check(YUAN.join('\n'), structureRules.map((r) => r.id));
      assert.deepEqual(f.map((x) => x.ruleId), []);
    });

    it('takes 1. 总则 and 一、总则 as the top of a decimal scheme when 1.1 follows', () => {
      const a = buildOutline(parse(['某镇突发事件应急预案', '1. 总则', '1.1 编制目的', '为规范应对突发事件，制定本预案。', '1.2 编制依据', '依据有关规定。', '2. 组织体系', '2.1 镇应急委员会', '负责统一领导。'].join('\n')));
      assert.deepEqual(heads(a), ['某镇突发事件应急预案', '  1.总则 [decimal]', '    1.1 编制目的 [decimal]', '    1.2 编制依据 [decimal]', '  2.组织体系 [decimal]', '    2.1 镇应急委员会 [decimal]']);
      assertNested(a);
      const b = buildOutline(parse(['某市特种设备事故应急预案', '一、总则', '1.1 编制目的', '为有效预防事故，制定本预案。', '1.2 适用范围', '本预案适用于本市。'].join('\n')));
      assert.deepEqual(heads(b), ['某市特种设备事故应急预案', '  一、总则 [decimal]', '    1.1 编制目的 [decimal]', '    1.2 适用范围 [decimal]']);
      assertNested(b);
    });

    it('outlines a 办法 by 第一章 / 第一条, and a 规则 by 第一章 over its 一、 sections', () => {
      const banfa = [
        '某县农村集体资产管理办法',
        '第一章  总  则',
        '第一条 为加强农村集体资产管理，制定本办法。',
        '第二条 本办法适用于本县各村。',
        '第二章 资产登记',
        '第三条　村集体应当建立资产台账。',
        '第四条本办法自2024年5月1日起施行。',
      ];
      const a = buildOutline(parse(banfa.join('\n')));
      assert.deepEqual(heads(a), [
        '某县农村集体资产管理办法',
        '  第一章 总 则 [chapter]',
        '    第一条 为加强农村集体资产管理，制定本办法 [article]',
        '    第二条 本办法适用于本县各村 [article]',
        '  第二章 资产登记 [chapter]',
        '    第三条 村集体应当建立资产台账 [article]',
        '    第四条本办法自2024年5月1日起施行 [article]',
      ]);
      assertNested(a);
      const guize = ['某县人民政府工作规则', '第一章 总则', '一、为规范县政府工作，制定本规则。', '二、县政府工作坚持依法行政。', '第二章 组成人员职责', '三、县政府由县长、副县长组成。'];
      const b = buildOutline(parse(guize.join('\n')));
      assert.deepEqual(heads(b), ['某县人民政府工作规则', '  第一章 总则 [chapter]', '    一、为规范县政府工作，制定本规则', '    二、县政府工作坚持依法行政', '  第二章 组成人员职责 [chapter]', '    三、县政府由县长、副县长组成']);
      assertNested(b);
      // 二、's section runs to the next 一、-level marker; in the outline it ends before 第二章
      const two = b[0].children[0].children[1];
      assert.equal(guize.join('\n').slice(two.range.start, two.range.end), '二、县政府工作坚持依法行政。');
    });

    it('lists no table of contents line, no lone 第一条 and no paragraph opening with an amount', () => {
      // real (round 4): a 预案's table of contents without leader dots, its headings then repeated over the text
      const bare = ['某县粮食应急预案', '目  录', '1 总则', '1.1 编制目的', '1.2 编制依据', '2 组织机构', '2.1 指挥部', '1 总则', '1.1 编制目的', '为提高处置能力，制定本预案。', '1.2 编制依据', '依据有关法律。', '2 组织机构', '2.1 指挥部', '县政府设立指挥部。'];
      const want = ['某县粮食应急预案', '  1 总则 [decimal]', '    1.1 编制目的 [decimal]', '    1.2 编制依据 [decimal]', '  2 组织机构 [decimal]', '    2.1 指挥部 [decimal]'];
      for (const v of [bare.join('\n'), bare.join('\r\n'), bare.join('\n\n')]) {
        const o = buildOutline(parse(v));
        assert.deepEqual(heads(o), want);
        // the first 1 总则 listed is the text's, after the contents
        assert.equal(o[0].children[0].range.start, v.indexOf('1 总则', v.indexOf('2.1 指挥部')));
        assertNested(o);
      }
      // real (round 5): an article opening with 中央 (第六条中央补助资金…) is an article, 第六条中的 a citation
      const zy = ['某省示范资金管理办法', '第一条 为规范资金管理，制定本办法。', '第二条示范资金实行专款专用。', '第三条中央补助资金分年度下达。', '第三条中的配套资金由市县筹集。'];
      assert.deepEqual(heads(buildOutline(parse(zy.join('\n')))), ['某省示范资金管理办法', '  第一条 为规范资金管理，制定本办法 [article]', '  第二条示范资金实行专款专用 [article]', '  第三条中央补助资金分年度下达 [article]']);
      // a contents list whose entries are not repeated below is left as it is
      const once = bare.slice(0, 7).concat(['县政府设立指挥部。']);
      assert.equal(heads(buildOutline(parse(once.join('\n')))).length, 6);
      const toc = ['某县食品安全事故应急预案', '目录', '1总则……………………3', '1.1编制目的………………3', '1.2编制依据………………3', '2组织机构…………………5'];
      assert.deepEqual(heads(buildOutline(parse(toc.join('\n')))), ['某县食品安全事故应急预案']);
      const plain = [
        '关于做好防汛工作的通知',
        '各乡镇人民政府：',
        '一、加强领导',
        '1.2亿元资金已下达各乡镇。',
        '2.5万人参加演练。',
        '第一条防线要守住。',
        '二、落实责任',
        '某县人民政府办公室',
        '2024年6月1日',
      ];
      assert.deepEqual(heads(buildOutline(parse(plain.join('\n')))), [
        '关于做好防汛工作的通知',
        '  各乡镇人民政府：',
        '  一、加强领导',
        '  二、落实责任',
        '  某县人民政府办公室',
        '  2024年6月1日',
      ]);
    });
  });
});
