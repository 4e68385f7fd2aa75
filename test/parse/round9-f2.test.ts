// Round 9 (real notices): the notice frame — documents a title lists, a 成文日期 of digits alone, a title split over three
// lines below a page's title line. Cases from R's report (R1, R2, R6, R7).
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { collapse, crlf, halfWidth, outlineNames } from '../helpers';

const names = (t: string): string[] => outlineNames(t);

describe('round 9: the documents a 印发 title lists (R 1, R 2)', () => {
  const head = (title: string, cited: string) =>
    [title, '各县（市、区）人民政府，市政府各部门：', `　　${cited}已经市政府同意，现印发给你们，请认真贯彻落实。`, '某市人民政府', '2024年3月1日'].join('\n');
  it('reads 《A》《B》 followed by a count (两个计划, 等三个文件, 等文件) as the list A, B', () => {
    for (const tail of ['两个计划', '2个行动计划', '等两个文件', '等文件', '']) {
      const t = head(`某市人民政府关于印发《某市养老计划》《某市托育计划》${tail}的通知`, '《某市养老计划》《某市托育计划》');
      for (const v of [t, crlf(t), collapse(t), halfWidth(t)]) assert.deepEqual(parse(v).notice.titledDocuments, ['某市养老计划', '某市托育计划'], v);
    }
    // nested 书名号 inside one of them stay in its name
    const nested = head('某市人民政府关于印发《某市贯彻〈条例〉实施计划》《某市托育计划》两个计划的通知', '《某市贯彻〈条例〉实施计划》《某市托育计划》');
    assert.deepEqual(parse(nested).notice.titledDocuments, ['某市贯彻〈条例〉实施计划', '某市托育计划']);
  });
  it('reads one document when what follows the 《》 is no count, or words stand between them', () => {
    const t = head('某市人民政府关于印发《某市养老计划》《某市托育计划》实施细则的通知', '《某市养老计划》《某市托育计划》实施细则');
    assert.deepEqual(parse(t).notice.titledDocuments, ['《某市养老计划》《某市托育计划》实施细则']);
    const between = head('某市人民政府关于印发《某市养老计划》落实《某市托育计划》工作方案的通知', '《某市养老计划》落实《某市托育计划》工作方案');
    assert.deepEqual(parse(between).notice.titledDocuments, ['《某市养老计划》落实《某市托育计划》工作方案']);
  });
  it('reads 印发X和Y as two documents when the body cites 《X》和《Y》 (any kind of document), or when both name a document', () => {
    const t = head('某市人民政府关于印发2024年重点项目清单和责任分工表的通知', '《2024年重点项目清单》和《责任分工表》');
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(parse(v).notice.titledDocuments, ['2024年重点项目清单', '责任分工表'], v);
    const summary = head('某市人民政府关于印发2023年工作总结和2024年工作要点的通知', '现将有关材料');
    assert.deepEqual(parse(summary).notice.titledDocuments, ['2023年工作总结', '2024年工作要点']);
    // a body citing other documents leaves the title's one name
    const other = head('某市人民政府关于印发2024年重点项目清单和责任分工表的通知', '《2024年重点项目清单》和《任务分工表》');
    assert.deepEqual(parse(other).notice.titledDocuments, ['2024年重点项目清单和责任分工表']);
    // and so does a title whose first part names no document (党风廉政建设和反腐败工作要点)
    const one = head('某市人民政府关于印发党风廉政建设和反腐败工作要点的通知', '《党风廉政建设和反腐败工作要点》');
    assert.deepEqual(parse(one).notice.titledDocuments, ['党风廉政建设和反腐败工作要点']);
  });
});

describe('round 9: a 成文日期 of digits alone under the 署名 (R 6)', () => {
  const t = [
    '某区人民政府关于印发《某区学前教育计划》的通知',
    '各镇人民政府、街道办事处，区政府有关部门：',
    '《某区学前教育计划》已经区政府常务会议审议通过，现印发给你们，请认真贯彻落实。',
    '',
    '                                        某区人民政府',
    '                                      20181224',
    '',
    '某区学前教育计划',
    '一、指导思想',
    '坚持公益普惠。',
    '二、主要目标',
    '基本普及学前教育。',
  ].join('\n');
  it('keeps the 署名, the date and the attached document’s title in the outline', () => {
    for (const v of [t, crlf(t)]) {
      assert.deepEqual(names(v), [
        '某区人民政府关于印发《某区学前教育计划》的通知',
        ' 各镇人民政府、街道办事处，区政府有关部门：',
        ' 某区人民政府',
        ' 20181224',
        ' 某区学前教育计划',
        '  一、指导思想',
        '  二、主要目标',
      ]);
    }
  });
  it('takes no line of digits for the date when no body’s name stands above it, unless set far right (round 12)', () => {
    const v = t.replace('                                        某区人民政府\n', '请认真贯彻落实。\n');
    // (at the body's indent: no date)
    assert.equal(parse(v.replace('                                      20181224', '20181224')).notice.signDate, undefined);
    // (set far right after the body's closing sentence: the 成文日期, its 署名 lost — round 12, R18)
    assert.equal(parse(v).notice.signDate?.text, '20181224');
    assert.deepEqual(parse(v).notice.signatures, []);
  });
});

describe('round 9: a title split over three lines below a page’s title line (R 7)', () => {
  const page = (lines: string[]) =>
    [
      '某政办发[2020]35号某市推进义务教育优质均衡发展督导评估规划实施细则的通知',
      ...lines,
      '各乡镇人民政府，市政府有关部门，市直有关单位：',
      '经市政府同意，现将《某市推进义务教育优质均衡发展督导评估规划实施细则》印发给你们，请认真贯彻实施。',
      '某市人民政府办公室',
      '2020年9月28日',
    ].join('\n');
  const title = '某市人民政府办公室关于印发某市推进义务教育优质均衡发展督导评估规划实施细则的通知';
  it('joins three or four lines up to the one with 关于, and an issuer’s line above 关于', () => {
    for (const lines of [
      ['某市人民政府办公室关于印发某市推进', '义务教育优质均衡发展督导评估', '规划实施细则的通知'],
      ['某市人民政府办公室关于印发某市推进', '义务教育优质均衡', '发展督导评估', '规划实施细则的通知'],
      ['某市人民政府办公室', '关于印发某市推进', '义务教育优质均衡发展督导评估', '规划实施细则的通知'],
    ]) {
      const t = page(lines);
      for (const v of [t, crlf(t)]) {
        const d = parse(v);
        assert.equal(d.notice.title?.text, title, v);
        assert.equal(d.notice.kind, 'issue');
        assert.equal(d.notice.addressee?.text, '各乡镇人民政府，市政府有关部门，市直有关单位：');
      }
    }
  });
  it('joins no line of a page’s menu above the title', () => {
    const t = page(['首页 关于我们 政务公开', '义务教育优质均衡发展督导评估', '规划实施细则的通知']);
    assert.notEqual(parse(t).notice.title?.text.includes('首页'), true);
  });
});
