// Round 15 (T1 §4.1, §4.2): the attached plan's title after a 版记 line (主题词：…, 公开方式：主动公开) set between the 成文日期
// and the attached document, and the attached draft of a 征求意见 notice that has no 署名 and no 成文日期.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate, outlineNames } from '../helpers';

const FRAME = ['notice-missing-element', 'notice-title-mismatch', 'stray-web-residue'];
const found = (t: string, rules = FRAME): string[] => check(t, rules).map((f) => `${locate(t, f).at} ${f.ruleId} ${locate(t, f).text}`);
const layouts = (t: string): [string, string][] => [
  ['one paragraph per line', t],
  ['CRLF', crlf(t)],
  ['collapsed', collapse(t)],
  ['half-width', halfWidth(t)],
];
const noBlank = (s: string | undefined): string | undefined => s?.replace(/[ \u3000]/g, '');

describe('round 15 (T1 4.1): a 主题词 / 公开方式 line after the 成文日期 keeps the attached plan’s title', () => {
  const notice = (banji: string[], title: string[] = ['某县防汛抗旱指挥部2024年汛期值守工作方案']) =>
    [
      '某县防汛抗旱指挥部关于印发2024年汛期值守工作方案的通知',
      '各乡镇人民政府，县防指各成员单位：',
      '现将值守工作方案印发给你们，请遵照执行。',
      '附件：某县防汛抗旱指挥部2024年汛期值守工作方案',
      '某县防汛抗旱指挥部',
      '2024年5月8日',
      ...banji,
      '附件',
      ...title,
      '为做好汛期值守工作，制定本方案。',
      '一、值守时间',
      '汛期实行二十四小时值班。',
      '二、值守要求',
      '值班人员不得脱岗。',
      '',
    ].join('\n');
  const cases: [string, string[]][] = [
    ['主题词', ['主题词：防汛 值守 方案 通知', '抄送：县委办。', '某县防汛抗旱指挥部办公室 2024年5月8日印发']],
    ['公开方式', ['公开方式：主动公开', '抄送：县委办。', '某县防汛抗旱指挥部办公室 2024年5月8日印发']],
    ['公开方式 then 主题词', ['公开方式：主动公开', '主题词：防汛 值守 方案 通知', '抄送：县委办。', '某县防汛抗旱指挥部办公室 2024年5月8日印发']],
    ['主 题 词 spaced, no 印发 line', ['主 题 词：防汛 值守 方案 通知', '抄送：县委办。']],
  ];
  for (const [name, banji] of cases) {
    for (const [layout, v] of layouts(notice(banji))) {
      it(`${name}, ${layout}: the plan is the attached document, its sections under it; no finding`, () => {
        const d = parse(v);
        const colon = layout === 'half-width' ? ':' : '：';
        assert.equal(d.attachment?.title.text, '某县防汛抗旱指挥部2024年汛期值守工作方案');
        assert.deepEqual(outlineNames(v).slice(2), [' 某县防汛抗旱指挥部', ' 2024年5月8日', ' 某县防汛抗旱指挥部2024年汛期值守工作方案', '  一、值守时间', '  二、值守要求']);
        assert.equal(d.notice.cc?.text, banji.some((x) => x.startsWith('抄送')) ? `抄送${colon}县委办。` : undefined);
        assert.equal(d.notice.printer?.text, banji.some((x) => x.endsWith('印发')) ? '某县防汛抗旱指挥部办公室' : undefined);
        assert.equal(d.notice.attachmentNote?.text, `附件${colon}某县防汛抗旱指挥部2024年汛期值守工作方案`);
        assert.deepEqual(found(v), []);
      });
    }
  }
  it('a title wrapped over two lines after the 版记 lines, in every layout', () => {
    const t = notice(cases[2][1], ['某县防汛抗旱指挥部2024年', '汛期值守工作方案']);
    for (const [layout, v] of layouts(t)) {
      const d = parse(v);
      assert.equal(noBlank(d.attachment?.title.text), '某县防汛抗旱指挥部2024年汛期值守工作方案', layout);
      assert.deepEqual(outlineNames(v).slice(4).map(noBlank), ['某县防汛抗旱指挥部2024年汛期值守工作方案', '一、值守时间', '二、值守要求'], layout);
      assert.deepEqual(found(v), [], layout);
    }
  });
  it('collapsed, the 附件 label run on after the 印发 line is no part of the attached title (no notice-title-mismatch)', () => {
    const t = notice(['抄送：县委办。', '某县防汛抗旱指挥部办公室 2024年5月8日印发']);
    for (const v of [collapse(t), collapse(t.replace('附件\n', '附件1\n'))]) {
      assert.equal(parse(v).attachment?.title.text, '某县防汛抗旱指挥部2024年汛期值守工作方案', v);
      assert.deepEqual(found(v), [], v);
    }
  });
  it('the plan title right after the 主题词 line (after an 附件 label, or not), with no 抄送 or 印发 line', () => {
    for (const t of [notice(['主题词：防汛 值守 方案 通知']), notice(['主题词：防汛 值守 方案 通知']).replace('\n附件\n', '\n')]) {
      for (const [layout, v] of layouts(t)) {
        // (collapsed, with no 抄送 after it, the paragraph split runs the 主题词 line into the title and the preamble: one
        // paragraph that names no title — left as it was)
        assert.equal(parse(v).attachment?.title.text, layout === 'collapsed' ? undefined : '某县防汛抗旱指挥部2024年汛期值守工作方案', layout);
        assert.deepEqual(found(v), [], layout);
      }
    }
  });
});

describe('round 15 (T1 4.1): a 主题词 line in the 版记 at the end', () => {
  const plan = [
    '某县人民政府办公室关于印发某县秸秆禁烧工作方案的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《某县秸秆禁烧工作方案》印发给你们，请认真贯彻执行。',
    '某县人民政府办公室',
    '2024年3月1日',
    '某县秸秆禁烧工作方案',
    '一、工作目标',
    '全年不发生大面积焚烧。',
    '二、工作措施',
    '加强巡查。',
    '主题词：秸秆禁烧 方案 通知',
    '抄送：县委办。',
    '某县人民政府办公室 2024年3月1日印发',
    '',
  ].join('\n');
  for (const [layout, v] of layouts(plan)) {
    it(`${layout}: the 主题词 line is the 版记's, not the attached plan's last paragraph`, () => {
      const d = parse(v);
      assert.equal(d.attachment?.title.text, '某县秸秆禁烧工作方案');
      assert.equal(v.slice(d.attachment!.range.start, d.attachment!.range.end).endsWith('加强巡查。'), true);
      assert.equal(d.notice.cc?.text.replace(':', '：'), '抄送：县委办。');
      assert.equal(d.notice.printer?.text, '某县人民政府办公室');
      assert.deepEqual(outlineNames(v).slice(4), [' 某县秸秆禁烧工作方案', '  一、工作目标', '  二、工作措施']);
      assert.deepEqual(found(v), []);
    });
  }
});

describe('round 15 (T1 4.1): negatives', () => {
  it('a notice with its own sections and a 主题词 版记: no attached document, the sections stay the body’s', () => {
    const t = [
      '某县人民政府办公室关于做好秸秆禁烧工作的通知',
      '各乡镇人民政府，县直各单位：',
      '一、加强巡查',
      '各乡镇要加强巡查。',
      '二、落实责任',
      '各单位要落实责任。',
      '某县人民政府办公室',
      '2024年3月1日',
      '主题词：秸秆禁烧 通知',
      '抄送：县委办。',
      '某县人民政府办公室 2024年3月1日印发',
      '',
    ].join('\n');
    for (const [layout, v] of layouts(t)) {
      const d = parse(v);
      assert.equal(d.attachment, undefined, layout);
      assert.equal(d.notice.cc?.text.replace(':', '：'), '抄送：县委办。', layout);
      assert.deepEqual(outlineNames(v), ['某县人民政府办公室关于做好秸秆禁烧工作的通知', layout === 'half-width' ? ' 各乡镇人民政府,县直各单位:' : ' 各乡镇人民政府，县直各单位：', ' 一、加强巡查', ' 二、落实责任', ' 某县人民政府办公室', ' 2024年3月1日'], layout);
      assert.deepEqual(found(v), [], layout);
    }
  });
  it('a body sentence after the 主题词 line is no attached title', () => {
    const t = [
      '某县人民政府办公室关于做好秸秆禁烧工作的通知',
      '各乡镇人民政府，县直各单位：',
      '请各单位做好秸秆禁烧工作。',
      '某县人民政府办公室',
      '2024年3月1日',
      '主题词：秸秆禁烧 通知',
      '请各乡镇于3月底前报送工作情况。',
      '',
    ].join('\n');
    for (const [layout, v] of layouts(t)) assert.equal(parse(v).attachment, undefined, layout);
  });
  it('公开方式：主动公开 closing the text is still stray-web-residue’s (one paragraph per line, CRLF)', () => {
    const t = ['某县人民政府办公室关于做好秸秆禁烧工作的通知', '各乡镇人民政府，县直各单位：', '请各单位做好秸秆禁烧工作。', '某县人民政府办公室', '2024年3月1日', '公开方式：主动公开', ''].join('\n');
    assert.deepEqual(found(t), ['6:1-6:10 stray-web-residue 公开方式：主动公开']);
    assert.deepEqual(found(crlf(t)), ['6:1-6:10 stray-web-residue 公开方式：主动公开']);
  });
});

describe('round 15 (T1 4.2): a 征求意见 notice with no 署名 or date: the draft after the 附件说明 is the attached document', () => {
  const draft = '某县农村供水工程管理办法（征求意见稿）';
  const notice = (note: string[], between: string[] = []) =>
    [
      `关于公开征求《${draft}》意见的通知`,
      '',
      `为加强农村供水工程管理，我局起草了《${draft}》，现向社会公开征求意见。`,
      '征求意见时间：2024年6月1日至2024年6月30日',
      '联系电话：0000-12345678',
      '',
      ...note,
      '',
      ...between,
      draft,
      '',
      '为加强农村供水工程管理，制定本办法。',
      '',
      '一、适用范围',
      '',
      '本办法适用于全县农村供水工程。',
      '',
      '二、管理职责',
      '',
      '县水利局负责全县农村供水工程的监督管理。',
      '',
    ].join('\n');
  const notes: [string, string[], string[]][] = [
    ['two items', ['附件：1.起草说明', `2.${draft}`], []],
    ['two items, the first a file name', ['附件：1.《某县农村供水工程管理办法》起草说明.pdf', `2.${draft}`], []],
    ['one item in 《》', [`附件：《${draft}》`], []],
    ['an 附件2 label above the draft', ['附件：1.起草说明', `2.${draft}`], ['附件2', '']],
  ];
  for (const [name, note, between] of notes) {
    for (const [layout, v] of layouts(notice(note, between))) {
      it(`${name}, ${layout}: the draft heads its sections in the outline; the body ends before the 附件说明`, () => {
        const d = parse(v);
        const want = layout === 'half-width' ? halfWidth(draft) : draft;
        assert.equal(d.attachment?.title.text, want);
        const title = layout === 'half-width' ? halfWidth(`关于公开征求《${draft}》意见的通知`) : `关于公开征求《${draft}》意见的通知`;
        assert.deepEqual(outlineNames(v), [title, ` ${want}`, '  一、适用范围', '  二、管理职责']);
        assert.equal(noBlank(d.notice.attachmentNote?.text)?.replace(/\r?\n/g, ''), noBlank((layout === 'half-width' ? note.map(halfWidth) : note).join('')));
        assert.equal(v.slice(d.notice.body!.start, d.notice.body!.end).endsWith('0000-12345678'), true);
        // (the posted notice still lacks its 署名 and 成文日期; nothing else)
        assert.deepEqual(found(v).map((x) => x.replace(/^\S+ /, '')), [`notice-missing-element ${title}`]);
      });
    }
  }
  it('not when the line after the 附件说明 names no listed document', () => {
    const t = notice(['附件：1.起草说明', `2.${draft}`]).replace(`\n${draft}\n\n为加强`, '\n某县农村供水工程管理办法\n\n为加强');
    for (const [layout, v] of layouts(t)) {
      assert.equal(parse(v).attachment, undefined, layout);
      assert.deepEqual(outlineNames(v).slice(1), [' 一、适用范围', ' 二、管理职责'], layout);
    }
  });
  it('not when no section follows the listed document (nothing to head)', () => {
    const t = [`关于公开征求《${draft}》意见的通知`, `我局起草了《${draft}》，现向社会公开征求意见。`, '附件：1.起草说明', `2.${draft}`, draft, '本办法适用于全县农村供水工程。', ''].join('\n');
    for (const [layout, v] of layouts(t)) assert.equal(parse(v).attachment, undefined, layout);
  });
  it('a notice with its 署名 and 成文日期 is read as before', () => {
    const t = notice(['附件：1.起草说明', `2.${draft}`]).replace('联系电话：0000-12345678\n', '联系电话：0000-12345678\n请于2024年6月30日前反馈意见。\n某县水利局\n2024年6月1日\n');
    for (const [layout, v] of layouts(t)) {
      const d = parse(v);
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某县水利局'], layout);
      assert.equal(d.notice.signDate?.text, '2024年6月1日', layout);
    }
  });
});
