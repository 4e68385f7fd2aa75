import assert from 'node:assert/strict';
import { chineseNumber, chineseYear, describeDate, hoverAt, sectionPath, weekday } from '../../server/src/core/features/hover';
import { parse } from '../../server/src/core/parse/index';
import { createRegistry } from '../../server/src/core/units/registry';
import { collapse, crlf } from '../helpers';
import { NOTICE, at } from '../fixtures/language-features/notice';

const registry = createRegistry();
const CITATION = '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法；地方各级人民政府工作部门的通行名称及规范简称（各地机构改革方案、机构编制公告）';

describe('features/hover', () => {
  it('a unit: full name, aliases, source in words, the tasks it leads and joins (paths), in Chinese', () => {
    const doc = parse(NOTICE);
    const h = hoverAt(doc, at(NOTICE, '市发改委') + 2, registry, 'zh-CN')!;
    assert.equal(NOTICE.slice(h.range.start, h.range.end), '市发改委');
    assert.equal(
      h.markdown,
      [
        '**市发展和改革委员会**',
        '',
        '简称、别名：市发展改革委、市发改委',
        '',
        `来源：内置单位数据：${CITATION}`,
        '',
        '牵头任务（2 项）：',
        '',
        '- 一、（一）1.建设物流园区',
        '- 一、（一）2.培育物流企业',
        '',
        '参与任务（1 项）：',
        '',
        '- 二、（一）加强组织领导',
      ].join('\n'),
    );
  });

  it('an alias leads to the same unit; English; a workspace unit names its source', () => {
    const ws = createRegistry([{ name: '嘉兴市物流发展中心', aliases: ['市物流中心'] }]);
    const text = NOTICE.replace('参与部门：市商务局\n二、', '参与部门：市商务局、市物流中心\n二、');
    const doc = parse(text);
    const h = hoverAt(doc, at(text, '市发展改革委'), ws, 'en')!;
    assert.match(h.markdown, /^\*\*市发展和改革委员会\*\*\n\nAliases: 市发展改革委, 市发改委\n\nSource: the built-in unit data/);
    assert.match(h.markdown, /Leads 2 tasks:\n\n- 一、（一）1\.建设物流园区\n- 一、（一）2\.培育物流企业\n\nJoins 1 task:\n\n- 二、（一）加强组织领导$/);
    const w = hoverAt(doc, at(text, '市物流中心') + 1, ws, 'zh-CN')!;
    assert.equal(
      w.markdown,
      ['**嘉兴市物流发展中心**', '', '简称、别名：市物流中心', '', '来源：工作区的单位设置（gongwen.json 或 VS Code 设置 gongwen.units）', '', '参与任务（1 项）：', '', '- 一、（一）2.培育物流企业'].join('\n'),
    );
  });

  // round 14: 县卫生局 became 县卫生和计划生育局 (2013), itself 县卫生健康局 (2018): the hover names each step
  it('an abolished unit: the chain of its successors, in both languages', () => {
    const text = ['某县人民政府关于开展爱国卫生运动的通知', '各乡镇人民政府：', '一、开展环境整治。', '牵头单位：县卫生局', '某县人民政府', '2024年3月1日', ''].join('\n');
    const doc = parse(text);
    const zh = hoverAt(doc, text.indexOf('县卫生局') + 1, registry, 'zh-CN')!.markdown;
    assert.match(zh, /已于 2015-12-31 撤销，由 县卫生和计划生育局 承接；县卫生和计划生育局 又于 2019-06-30 撤销，由 县卫生健康局 承接。/);
    const en = hoverAt(doc, text.indexOf('县卫生局') + 1, registry, 'en')!.markdown;
    assert.match(en, /Abolished on 2015-12-31; succeeded by 县卫生和计划生育局, itself abolished on 2019-06-30 and succeeded by 县卫生健康局\./);
  });

  it('a collective designation on the 主送机关 line', () => {
    const doc = parse(NOTICE);
    const h = hoverAt(doc, at(NOTICE, '各县'), registry, 'zh-CN')!;
    assert.equal(h.markdown, ['**各县（市、区）人民政府**', '', '来源：泛指一类单位的统称，单位库不逐一收录', '', '本文件中没有由它牵头或参与的任务。'].join('\n'));
  });

  it('a heading: path, location and assignments; in every layout', () => {
    for (const text of [NOTICE, crlf(NOTICE), collapse(NOTICE)]) {
      const doc = parse(text);
      const h = hoverAt(doc, at(text, '建设物流园区'), registry, 'zh-CN')!;
      assert.equal(text.slice(h.range.start, h.range.end), '1.建设物流园区');
      assert.equal(h.markdown, ['**一、（一）1.建设物流园区**', '', '位置：一、总体要求 › （一）加快发展现代物流业', '', '牵头单位：市发改委', '', '参与单位：市交通运输局、市商务局'].join('\n'));
      const top = hoverAt(doc, at(text, '一、总体要求'), registry, 'en')!;
      assert.equal(top.markdown, ['**一、总体要求**', '', 'No lead or participant units are named for this section.', '', '2 tasks below it.'].join('\n'));
    }
  });

  it('a date: both numeral styles and the weekday', () => {
    const doc = parse(NOTICE);
    const h = hoverAt(doc, at(NOTICE, '2010年12月9日') + 5, registry, 'zh-CN')!;
    assert.equal(NOTICE.slice(h.range.start, h.range.end), '2010年12月9日');
    assert.equal(h.markdown, ['**2010年12月9日**', '', '阿拉伯数字：2010年12月9日', '', '汉字数字：二〇一〇年十二月九日', '', '星期：星期四'].join('\n'));
    assert.match(hoverAt(doc, at(NOTICE, '2010年12月9日'), registry, 'en')!.markdown, /Weekday: Thursday$/);
  });

  it('a date written in Chinese numerals', () => {
    const text = NOTICE.replace('2010年12月9日', '二〇二〇年一月三十一日');
    const doc = parse(text);
    const h = hoverAt(doc, at(text, '二〇二〇年') + 1, registry, 'zh-CN')!;
    assert.equal(h.markdown, ['**2020年1月31日**', '', '阿拉伯数字：2020年1月31日', '', '汉字数字：二〇二〇年一月三十一日', '', '星期：星期五'].join('\n'));
  });

  it('nothing on plain body text', () => {
    const doc = parse(NOTICE);
    assert.equal(hoverAt(doc, at(NOTICE, '请认真贯彻'), registry, 'zh-CN'), undefined);
  });

  it('numerals, weekdays and section paths', () => {
    assert.equal(chineseYear(2010), '二〇一〇');
    assert.deepEqual([1, 10, 12, 20, 31].map(chineseNumber), ['一', '十', '十二', '二十', '三十一']);
    assert.equal(weekday(2010, 12, 9), 4);
    assert.equal(weekday(2024, 2, 29), 4);
    assert.equal(weekday(2023, 2, 29), undefined);
    assert.deepEqual(describeDate({ year: 2023, month: 2, day: 29 }), { arabic: '2023年2月29日', chinese: '二〇二三年二月二十九日' });
    assert.deepEqual(describeDate({ year: 2012, month: 7 }), { arabic: '2012年7月', chinese: '二〇一二年七月' });
    const doc = parse(NOTICE);
    assert.deepEqual(doc.allSections.map((s) => sectionPath(doc, s)), ['一、', '一、（一）', '一、（一）1.', '一、（一）2.', '二、', '二、（一）']);
  });
});
