import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, seedText, spans, samplePath } from '../helpers';
import { notice } from '../fixtures/text/notice';

const SAMPLES = ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt'];
const RULE = 'punct-unbalanced';
const where = (text: string) => check(text, [RULE]).map((f) => `${locate(text, f).at} ${locate(text, f).text}`);

describe(RULE, () => {
  it('is silent on the seed', () => {
    assert.deepEqual(spans(seedText(), RULE), []);
  });

  it('flags the unpaired mark of each kind', () => {
    const text = notice('贯彻落实《嘉兴市方案的通知。', '实施方案》已经同意。', '“十二五规划。', '（此件公开发布', '〔2009年', '重要】');
    assert.deepEqual(where(text), ['3:5-3:6 《', '4:5-4:6 》', '5:1-5:2 “', '6:1-6:2 （', '7:1-7:2 〔', '8:3-8:4 】']);
    const f = check(text, [RULE]);
    assert.equal(f[0].severity, 'error');
    assert.match(f[0].message.zh, /“《”没有与之配对的“》”/);
  });

  it('reports the opener left inside another pair', () => {
    const text = notice('关于《加强（管理的通知》。');
    assert.deepEqual(where(text), ['3:6-3:7 （']);
  });

  it('accepts a quotation over several paragraphs, in both layouts and with CRLF', () => {
    const lines = notice('他指出：', '“第一，要提高认识。', '“第二，要加强领导。', '“第三，要狠抓落实。”');
    for (const text of [lines, collapse(lines), crlf(lines)]) assert.deepEqual(spans(text, RULE), []);
  });

  it('accepts a notice title over two lines with its 《》 split', () => {
    const text = ['嘉兴市人民政府办公室关于印发《嘉兴市推进服务业', '发展工作方案》的通知', '各县（市、区）人民政府：', '现印发给你们，请认真贯彻实施。', ''].join('\n');
    assert.deepEqual(spans(text, RULE), []);
    assert.deepEqual(spans(crlf(text), RULE), []);
  });

  it('flags a bracket left open at the end of a collapsed paragraph, not one closed after a marker-like 1.', () => {
    const lines = notice('一、总体要求', '贯彻落实《嘉兴市方案的通知。', '二、工作重点', '（具体见附件1.略）加快发展。');
    assert.deepEqual(spans(lines, RULE), ['《']);
    assert.deepEqual(spans(collapse(lines), RULE), ['《']);
  });

  it('treats ( and （ as one bracket: (市、区） is a width matter', () => {
    assert.deepEqual(spans(notice('各县(市、区）人民政府，各县（市、区)政府。'), RULE), []);
  });

  it('stays silent on apostrophes, list markers, emoticons, ASCII quotes and Latin brackets', () => {
    const text = notice('don’t stop', '1)研究制定方案。', 'a)编制规划。', 'ok :) 好', '他说"好"。', 'f(x in math');
    assert.deepEqual(spans(text, RULE), []);
  });

  it('is linear on 100,000 nested brackets', () => {
    const text = notice('《'.repeat(100000) + '方案' + '》'.repeat(100000));
    const t0 = Date.now();
    assert.deepEqual(spans(text, RULE), []);
    const open = notice('（'.repeat(100000));
    assert.equal(check(open, [RULE], { maxNumberOfProblems: 0 }).length, 1000); // capped: not prose
    assert.ok(Date.now() - t0 < 5000);
  });

  it('skips web residue', () => {
    assert.deepEqual(spans('当前位置：首页 >> 通知公告《\n' + notice('统一部署。'), RULE), []);
  });
  it('is silent on the real samples (half-width pairs, (1) markers in table rows)', () => {
    for (const s of SAMPLES) assert.deepEqual(spans(readFileSync(samplePath(s), 'utf8'), RULE), [], s);
    assert.deepEqual(spans(notice('(联系人:田博 电话/传真:86789314)', '序号 | (1)全面准确依法编制 | 市审批局 |'), RULE), []);
  });
});

describe('punct-unbalanced: item markers inside a sentence', () => {
  it('does not take 1) 2) after ：or ； for unpaired brackets', () => {
    const t = '一、工作要求\n做好以下工作：1)加强领导；2)强化保障。\n';
    for (const text of [t, t.replace(/\n/g, '\r\n')]) assert.deepEqual(check(text, ['punct-unbalanced']), []);
    // a real unpaired bracket in the same sentence is still found
    const u = '做好以下工作：1)加强领导《统筹推进；2)强化保障。';
    assert.equal(check(u, ['punct-unbalanced']).length, 1);
  });
});

describe('punct-unbalanced: a paragraph hard-wrapped inside 《》 or （） (real-notice round 3)', () => {
  it('pairs a 《 or （ that ends a line with the 》 or ） early on the next line', () => {
    const text = notice('根据《', '某省关于加强社区建设的意见》要求，现通知如下。', '请各单位（含镇属企', '业）于月底前报送。');
    for (const t of [text, crlf(text)]) assert.deepEqual(where(t), []);
  });

  it('still reports the mark when the next line does not close it soon, or a blank line or a sentence end comes between', () => {
    assert.deepEqual(where(notice('根据《', '某省关于加强社区建设的意见要求，现通知如下。')), ['3:3-3:4 《']);
    assert.deepEqual(where(notice('根据《', '', '某省关于加强社区建设的意见》要求。')), ['3:3-3:4 《', '5:14-5:15 》']);
    assert.deepEqual(where(notice('根据《某省方案。', '意见》要求。')), ['3:3-3:4 《', '4:3-4:4 》']);
    // a wrap carries it over one line break only
    assert.deepEqual(where(notice('根据《某省', '关于加强', '意见》要求。')), ['3:3-3:4 《', '5:3-5:4 》']);
  });
});

describe('punct-unbalanced: a label and a blank inside a bracketed note (real-notice round 9)', () => {
  const text = [
    '关于开展爱国卫生月活动的通知',
    '各乡镇人民政府，县直各单位：',
    '现将有关事项通知如下。',
    '县爱卫会',
    '2024年4月1日',
    '（联系人： 张三，联系电话： 12345678）',
    '',
  ].join('\n');

  it('pairs the brackets of （联系人： 张三，联系电话： 12345678） in both layouts and with CRLF', () => {
    for (const t of [text, crlf(text), collapse(text)]) assert.deepEqual(where(t), []);
  });

  it('still reports a bracket the note leaves open', () => {
    const open = text.replace('12345678）', '12345678');
    assert.deepEqual(where(open), ['6:1-6:2 （']);
    assert.deepEqual(where(collapse(open)), ['1:58-1:59 （']);
  });
});

describe('punct-unbalanced: a hard wrap after ；, and an indented continuation line (real-notice round 11)', () => {
  // GB/T 15834-2011 4.4: ； is a 句内点号, so a wrap after it inside brackets is tolerated as after ，
  const semi = notice('（一）开展经济普查。摸清单位底数（牵头单位：县统计局；责任单位：县财政', '局、县市场监管局）。');

  it('pairs a task note wrapped after its ； in both layouts, with CRLF and half-width marks', () => {
    for (const t of [semi, crlf(semi), collapse(semi), halfWidth(semi), crlf(halfWidth(semi))]) assert.deepEqual(where(t), []);
    // the ； on the next line, before the ）
    const next = notice('（一）摸清单位底数（牵头单位：县统计局', '；责任单位：县财政局）。');
    for (const t of [next, crlf(next), halfWidth(next)]) assert.deepEqual(where(t), []);
  });

  it('still reports the note when the next line does not close it, or a sentence end comes before the wrap', () => {
    assert.deepEqual(where(notice('（一）摸清单位底数（牵头单位：县统计局；责任单位：县财政', '局、县市场监管局。')), ['3:10-3:11 （']);
    assert.deepEqual(where(notice('（一）摸清单位底数（牵头单位：县统计局。责任单位：县财政', '局）。')), ['3:10-3:11 （', '4:2-4:3 ）']);
    assert.deepEqual(where(halfWidth(notice('（一）摸清单位底数（牵头单位：县统计局；责任单位：县财政', '局、县市场监管局。'))), ['3:10-3:11 (']);
  });

  const attached = notice(
    '现将有关方案印发给你们，请认真贯彻执行。',
    '附件：1.某某县创建全国文明城市三年行动方案（2023—',
    '        2025年）',
    '      2.某某县任务分工表',
  );
  const named = notice('请认真学习《某某县统计工作', '      方案》，按要求做好工作。');

  it('pairs a mark closed on an indented continuation line (blanks, tab, 全角空格), with CRLF', () => {
    for (const t of [attached, crlf(attached), halfWidth(attached), crlf(halfWidth(attached)), named, crlf(named), named.replace('      方案', '\t方案'), named.replace('      方案', '　　方案')]) {
      assert.deepEqual(where(t), []);
    }
  });

  it('still reports a mark the indented line does not close', () => {
    assert.deepEqual(where(notice('请认真学习《某某县统计工作', '      方案，按要求做好工作。')), ['3:6-3:7 《']);
    assert.deepEqual(where(notice('请认真学习《某某县统计工作', '      方案。', '      》')), ['3:6-3:7 《', '5:7-5:8 》']);
  });
});

describe('punct-unbalanced: a title wrapped inside its 《》 over three or more lines (real-notice round 13)', () => {
  const three = notice(
    '《某某市贯彻落实〈关于推进县城城镇化建设的实施方案〉任务分工方案》已经市政府同意，现印发给你们。',
    '某某市贯彻落实《关于推进',
    '县城城镇化建设的',
    '实施方案》任务分工方案',
    '一、科学把握功能定位',
    '1.主动承接城市群辐射带动作用。（牵头单位：市发展改革委）',
  );
  const gaps = three.replace('推进\n县城城镇化建设的\n实施', '推进\n\n县城城镇化建设的\n　\n实施');

  it('pairs the 《 on the first line with the 》 on the last, blank lines between or not, in every layout', () => {
    for (const t of [three, crlf(three), collapse(three), halfWidth(three), crlf(halfWidth(three)), gaps, crlf(gaps), collapse(gaps)]) {
      assert.deepEqual(where(t), []);
    }
    // indented continuation lines, and five lines
    const five = three.replace('县城城镇化建设的\n', '  县城\n  城镇化\n  建设的\n');
    for (const t of [five, crlf(five)]) assert.deepEqual(where(t), []);
  });

  it('still reports a sentence wrapped over three lines, a line with 点号, six lines or three blank lines between', () => {
    // a sentence (its 》's line ends in 。) keeps the one-line-break rule
    assert.deepEqual(where(notice('根据《某省', '关于加强', '意见》要求。')), ['3:3-3:4 《', '5:3-5:4 》']);
    const comma = three.replace('县城城镇化建设的\n', '县城城镇化，建设的\n');
    assert.deepEqual(where(comma), ['4:8-4:9 《', '6:5-6:6 》']);
    assert.deepEqual(where(halfWidth(comma)), ['4:8-4:9 《', '6:5-6:6 》']);
    const six = three.replace('县城城镇化建设的\n', '县城\n城镇\n化建\n设的\n');
    assert.deepEqual(where(six), ['4:8-4:9 《', '9:5-9:6 》']);
    const far = three.replace('推进\n县城', '推进\n\n\n\n县城');
    assert.deepEqual(where(far), ['4:8-4:9 《', '9:5-9:6 》']);
    // no 》 at all: the 《 alone
    assert.deepEqual(where(three.replace('实施方案》任务', '实施方案任务')), ['4:8-4:9 《']);
  });
});
