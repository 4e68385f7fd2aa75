// Round 9 leftovers in the paragraph splitter (F6): in a collapsed line (a scraped page's body on one line) a 成文日期
// of digits alone after a short 署名 (某区人民政府 20181224 …), a title over 60 characters before its 主送机关, and a
// 署名 after a contact line (联系电话：0000-1234567 某县公安局 2024年3月1日) each stand as paragraphs of their own.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, locate } from '../helpers';

const paras = (t: string): string[] => parse(t).paragraphs.map((p) => t.slice(p.start, p.end));
/** The findings of these rules as `rule line:col-line:col text`. */
const found = (t: string, rules: string[]): string[] =>
  check(t, rules).map((f) => {
    const l = locate(t, f);
    return `${l.rule} ${l.at} ${l.text}`;
  });
/** line:col-line:col of the first occurrence of s in t (1-based, like the CLI). */
const at = (t: string, s: string): string => {
  const i = t.indexOf(s);
  const pos = (o: number) => {
    const before = t.slice(0, o);
    const line = before.split(/\r\n|\r|\n/).length;
    const col = o - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return `${line}:${col}`;
  };
  return `${pos(i)}-${pos(i + s.length)}`;
};
const layouts = (t: string) => [t, crlf(t), collapse(t), crlf(collapse(t) + '\n')];
const NOTICE_RULES = ['notice-missing-element', 'date-invalid'];

describe('round 9 (F6): a 成文日期 of digits alone after a short 署名 in a collapsed line', () => {
  const t = [
    '某区人民政府关于印发某区学前教育行动计划的通知',
    '各镇人民政府、街道办事处，区政府有关部门：',
    '《某区学前教育行动计划》已经区政府常务会议审议通过，现印发给你们，请认真贯彻落实。',
    '某区人民政府',
    '20181224',
    '某区学前教育行动计划',
    '一、指导思想',
    '坚持公益普惠。',
    '二、主要目标',
    '基本普及学前教育。',
  ].join('\n');
  it('splits the 署名, the digits and the attached document’s title apart', () => {
    for (const v of layouts(t)) {
      const ps = paras(v);
      assert.deepEqual(ps.slice(2, 6), [
        '《某区学前教育行动计划》已经区政府常务会议审议通过，现印发给你们，请认真贯彻落实。',
        '某区人民政府',
        '20181224',
        '某区学前教育行动计划',
      ], v);
      const d = parse(v);
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某区人民政府'], v);
      assert.equal(d.notice.signDate?.text, '20181224', v);
      assert.equal(d.attachment?.title.text, '某区学前教育行动计划', v);
    }
  });
  it('reports the date as malformed (date-invalid), not the 署名 and 成文日期 as missing', () => {
    for (const v of layouts(t)) {
      assert.deepEqual(found(v, NOTICE_RULES), [`date-invalid ${at(v, '20181224')} 20181224`], v);
    }
  });
  it('reads a 7-digit date too (2023410), and one ending the line', () => {
    const v = collapse(t).replace('20181224', '2023410');
    assert.deepEqual(paras(v).slice(3, 5), ['某区人民政府', '2023410']);
    const end = collapse(t.split('\n').slice(0, 5).join('\n'));
    assert.deepEqual(paras(end).slice(3), ['某区人民政府', '20181224']);
    assert.equal(parse(end).notice.signDate?.text, '20181224');
  });
  it('splits no phone number, postcode, amount, 文号 or code, nor digits that read as no date', () => {
    const keep = [
      '某区教育局 联系电话 12345678 邮编 314000',
      '某区人民政府 邮编 200031 地址 某路1号',
      '某区人民政府 19991231 号',
      '某区财政局 20181224 万元',
      '某区财政局 2020年 1234 万元',
      '某区人民政府 20181224001 某区学前教育行动计划',
      '某区人民政府 20181332 某区学前教育行动计划',
      '某区人民政府 18991224 某区学前教育行动计划',
      '请认真贯彻落实 20181224 某区学前教育行动计划',
    ];
    for (const k of keep) {
      const v = `某区人民政府关于印发某区学前教育行动计划的通知 各镇人民政府，区政府有关部门： 现印发给你们，请认真贯彻落实。 ${k}`;
      assert.equal(paras(v).at(-1), k, k);
    }
  });
});

describe('round 9 (F6): a title over 60 characters before its 主送机关 in a collapsed line', () => {
  const TITLE = '某市人民政府办公室关于印发某市推进义务教育优质均衡发展督导评估规划和学前教育普及普惠发展督导评估工作实施细则及配套评分标准的通知';
  const t = [TITLE, '各乡镇人民政府，市政府有关部门：', '经市政府同意，现印发给你们，请认真贯彻落实。', '某市人民政府办公室', '2020年9月28日'].join('\n');
  it('splits the title from the 主送机关 (the title is ' + TITLE.length + ' characters)', () => {
    assert.ok(TITLE.length > 60);
    for (const v of layouts(t)) {
      assert.deepEqual(paras(v), t.split('\n'), v);
      const d = parse(v);
      assert.equal(d.notice.title?.text, TITLE, v);
      assert.equal(d.notice.addressee?.text, '各乡镇人民政府，市政府有关部门：', v);
      assert.deepEqual(found(v, ['notice-missing-element']), [], v);
    }
  });
  it('half-width colon, and a 主送机关 of one unit', () => {
    for (const addr of ['各乡镇人民政府,市政府有关部门:', '市教育局：']) {
      const v = collapse(t.replace('各乡镇人民政府，市政府有关部门：', addr));
      assert.deepEqual(paras(v).slice(0, 2), [TITLE, addr], v);
    }
  });
  it('keeps a long text together when it is no full title or no 主送机关 ending with a colon follows (a page’s field is none)', () => {
    const noAbout = TITLE.replace('关于印发', '印发');
    for (const [head, next] of [
      [noAbout, '各乡镇人民政府，市政府有关部门：'],
      [TITLE, '经市政府同意，现印发给你们。'],
      [TITLE.replace('及配套', '，及配套'), '各乡镇人民政府，市政府有关部门：'],
      // a page's information fields after the title it repeats (名称: …的通知 发布日期: 2024年03月18日)
      [TITLE, '发布日期:'],
      [TITLE, '发文单位：'],
    ]) {
      const v = `${head} ${next} 经市政府同意，现印发给你们，请认真贯彻落实。`;
      assert.equal(paras(v)[0], `${head} ${next}`, head + ' / ' + next);
    }
  });
});

describe('round 9 (F6): a 署名 after a contact line in a collapsed line', () => {
  const t = [
    '某县公安局关于开展冬季交通安全整治的通知',
    '各派出所，局机关各科室：',
    '现就有关事项通知如下，请认真贯彻落实。',
    '联系电话：0000-1234567',
    '某县公安局',
    '2024年3月1日',
  ].join('\n');
  it('splits the 署名 from the contact line', () => {
    for (const v of layouts(t)) {
      assert.deepEqual(paras(v).slice(3), ['联系电话：0000-1234567', '某县公安局', '2024年3月1日'], v);
      const d = parse(v);
      assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某县公安局'], v);
      assert.equal(d.notice.signDate?.text, '2024年3月1日', v);
      assert.deepEqual(found(v, NOTICE_RULES), [], v);
    }
  });
  it('with a 联系人 before, a half-width colon, a 附注 or text after the date, a digits date', () => {
    for (const [contact, sign, date, after] of [
      ['联系人：张三 联系电话：0000-1234567', '某县公安局', '2024年3月1日', ''],
      ['联系电话:0000-1234567', '某县公安局', '2024年3月1日', ''],
      ['联系电话：0000-1234567', '某县公安局', '2024年3月1日', '（此件公开发布）'],
      ['联系电话：0000-1234567', '某县人民政府办公室', '20240301', '某县冬季交通安全整治方案'],
    ]) {
      const v = `${t.split('\n').slice(0, 3).join(' ')} ${contact} ${sign} ${date}${after ? ' ' + after : ''}`;
      const ps = paras(v);
      const i = ps.indexOf(sign);
      assert.ok(i > 0, v);
      assert.equal(ps[i - 1], contact, v);
      assert.equal(ps[i + 1], date, v);
      assert.deepEqual(parse(v).notice.signatures.map((s) => s.text), [sign], v);
    }
  });
  it('splits no contact line before a name not followed by a date, nor before a date without a 署名', () => {
    for (const tail of ['联系电话：0000-1234567 某县公安局 交警大队', '联系电话：0000-1234567 请于2024年3月1日前报送', '联系人：张三 某县公安局交警大队 2024年3月1日前报送']) {
      const v = `${t.split('\n').slice(0, 3).join(' ')} ${tail}`;
      assert.equal(paras(v).at(-1), tail, tail);
    }
  });
});
