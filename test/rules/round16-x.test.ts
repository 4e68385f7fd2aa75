// Real-notice round 16 (brief X, T3 item 11): a 发文字号 whose 顺序号 was left blank (某政发〔2017〕  号), a range written
// with the 破折号 —— (2022年6月1日——2022年9月30日, 3——5天), and the typo 安全度讯 (度汛).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { check, collapse, crlf, placed, withFixes } from '../helpers';
import { notice } from '../fixtures/text/notice';

const DOCNO = 'punct-document-number';
const RANGE = 'punct-range';
const TYPO = 'typo-confusable';

/** A notice headed by a 发文字号 line. */
const headed = (num: string, ...body: string[]) =>
  [num, '', '某县人民政府关于做好秋季森林防火工作的通知', '', '各乡镇人民政府，县政府各部门：', ...body, '某县人民政府', '2017年9月1日', ''].join('\n');

describe(`${DOCNO}: a 发文字号 whose 顺序号 is blank (real-notice round 16)`, () => {
  it('flags 某政发〔2017〕  号 on the header line, a warning without a fix, in both layouts and with CRLF', () => {
    const text = headed('某政发〔2017〕  号', '现将有关事项通知如下。');
    assert.deepEqual(placed(text, DOCNO), ['1:4-1:13 〔2017〕  号']);
    assert.deepEqual(placed(crlf(text), DOCNO), ['1:4-1:13 〔2017〕  号']);
    assert.deepEqual(placed(collapse(text), DOCNO), ['1:4-1:13 〔2017〕  号']);
    const f = check(text, [DOCNO]);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message.zh, '发文字号缺少发文顺序号：“〔2017〕”与“号”之间没有数字，请补全（GB/T 9704-2012 7.2.4）。');
    assert.equal(f[0].message.en, 'The document number lacks its serial number: nothing stands between "〔2017〕" and 号; fill it in (GB/T 9704-2012 §7.2.4).');
    assert.deepEqual(f[0].fixes, []);
  });

  it('flags full-width blanks, one blank, no blank, a blank in the year bracket and other brackets, and in a sentence', () => {
    for (const [num, span] of [
      ['某政发〔2017〕　　号', '1:4-1:13 〔2017〕　　号'],
      ['某政发〔2017〕 号', '1:4-1:12 〔2017〕 号'],
      ['某政发〔2017〕号', '1:4-1:11 〔2017〕号'],
      ['某政发〔 2017〕  号', '1:4-1:14 〔 2017〕  号'],
      ['某政办发(2017)  号', '1:5-1:14 (2017)  号'],
    ]) {
      const text = headed(num, '现将有关事项通知如下。');
      for (const t of [text, crlf(text), collapse(text)]) assert.deepEqual(placed(t, DOCNO), [span], num);
    }
    // (indented: the collapsed layout drops the indent)
    const indented = headed('　　某政发（2017）　号　', '现将有关事项通知如下。');
    for (const t of [indented, crlf(indented)]) assert.deepEqual(placed(t, DOCNO), ['1:6-1:14 （2017）　号']);
    assert.deepEqual(placed(collapse(indented), DOCNO), ['1:4-1:12 （2017）　号']);
    const text = notice('根据某政发〔2017〕  号文件和某政办发〔2018〕号文件精神，', '现将有关事项通知如下。');
    for (const t of [text, crlf(text)]) assert.deepEqual(placed(t, DOCNO), ['3:6-3:15 〔2017〕  号', '3:22-3:29 〔2018〕号']);
    assert.deepEqual(placed(collapse(text), DOCNO), ['1:51-1:60 〔2017〕  号', '1:67-1:74 〔2018〕号']);
  });

  it('keeps what it says of complete numbers: 〔2017〕12号 silent, 〔2017〕 12 号 its blanks removed', () => {
    assert.deepEqual(placed(headed('某政发〔2017〕12号', '现将有关事项通知如下。'), DOCNO), []);
    const text = headed('某政发〔2017〕 12 号', '现将有关事项通知如下。');
    for (const t of [text, crlf(text), collapse(text)]) assert.deepEqual(placed(t, DOCNO), ['1:4-1:15 〔2017〕 12 号']);
    const f = check(text, [DOCNO]);
    assert.match(f[0].message.zh, /中间不应有空格，应写作“〔2017〕12号”/);
    assert.equal(f[0].fixes[0].safe, true);
    assert.equal(withFixes(text, DOCNO), headed('某政发〔2017〕12号', '现将有关事项通知如下。'));
  });

  it('stays silent on an order, a lone bracketed year, a year word before 号召 and a court-style number', () => {
    const text = notice(
      '依据某省人民政府令〔2017〕  号，',
      '全县（2017）号召群众积极参与，',
      '(2017)  号为空白模板，',
      '某县在2017年  号召全体干部，',
      '现将有关事项通知如下。',
    );
    for (const t of [text, crlf(text), collapse(text)]) assert.deepEqual(placed(t, DOCNO), []);
  });
});

describe(`${RANGE}: a range written with the 破折号 —— (real-notice round 16)`, () => {
  const lines = notice(
    '一、明确时段。汛期为2022年6月1日——2022年9月30日，',
    '试点期限为2021年——2023年，规划期为2021——2025年，',
    '集中整治在3——5月、10——20日进行，报名时间为3月20日——4月5日，',
    '每次检查用时3——5天，抽查10——20户。',
  );

  it('flags a date or year range: — (safe), a number range with a unit: ～ (safe), in both layouts and with CRLF', () => {
    assert.deepEqual(placed(lines, RANGE), [
      '3:18-3:26 1日——2022',
      '4:6-4:17 2021年——2023',
      '4:23-4:33 2021——2025',
      '5:6-5:10 3——5',
      '5:12-5:18 10——20',
      '5:29-5:35 20日——4',
      '6:7-6:11 3——5',
      '6:15-6:21 10——20',
    ]);
    assert.deepEqual(placed(crlf(lines), RANGE), placed(lines, RANGE));
    assert.equal(placed(collapse(lines), RANGE).length, 8);
    for (const t of [lines, crlf(lines), collapse(lines)]) {
      const f = check(t, [RANGE]);
      assert.deepEqual(f.map((x) => x.fixes[0].safe), [true, true, true, true, true, true, true, true]);
      assert.equal(
        withFixes(t, RANGE),
        t
          .replace('1日——2022', '1日—2022')
          .replace('2021年——2023', '2021年—2023')
          .replace('2021——2025', '2021—2025')
          .replace('3——5月', '3—5月')
          .replace('10——20日', '10—20日')
          .replace('20日——4', '20日—4')
          .replace('3——5天', '3～5天')
          .replace('10——20户', '10～20户'),
      );
    }
    const f = check(lines, [RANGE]);
    assert.equal(f[0].severity, 'hint');
    assert.equal(f[0].message.zh, '日期起止的连接号应使用一字线“—”，不用破折号“——”（GB/T 15834-2011 4.13）。');
    assert.equal(f[0].message.en, 'A date range takes "—", not the Chinese dash "——" (GB/T 15834-2011 4.13).');
    assert.equal(f[2].message.zh, '年份起止的连接号应使用一字线“—”，不用破折号“——”（GB/T 15834-2011 4.13）。');
    assert.equal(f[6].message.zh, '数值范围的连接号应使用浪纹线“～”，不用破折号“——”（GB/T 15834-2011 4.13）。');
  });

  it('treats ―― (U+2015) like ——, and ── (box drawing) between two dates as a range, its fix not applied blindly', () => {
    const text = notice('汛期为2022年6月1日――2022年9月30日，', '整治期为2022年6月1日──2022年9月30日。');
    for (const t of [text, crlf(text)]) assert.deepEqual(placed(t, RANGE), ['3:11-3:19 1日――2022', '4:12-4:20 1日──2022']);
    assert.deepEqual(placed(collapse(text), RANGE), ['1:56-1:64 1日――2022', '1:83-1:91 1日──2022']);
    const f = check(text, [RANGE]);
    assert.equal(f[0].message.zh, '日期起止的连接号应使用一字线“—”，不用破折号“――”（GB/T 15834-2011 4.13）。');
    assert.equal(f[1].message.zh, '日期起止的连接号应使用一字线“—”，不用“──”（GB/T 15834-2011 4.13）。');
    assert.deepEqual(f.map((x) => x.fixes[0].safe), [true, false]);
    assert.equal(withFixes(text, RANGE), notice('汛期为2022年6月1日—2022年9月30日，', '整治期为2022年6月1日—2022年9月30日。'));
  });

  it('stays silent on a real 破折号, a dash before a date that ends no range, three dashes and a cited title', () => {
    const text = notice(
      '一、工作目标——到2025年，基本建成防汛体系。',
      '——习近平',
      '启动时间：2022年6月1日——各社区同步启动，',
      '截至2022年底——2023年全面完成，',
      '2022年——30个项目全部开工，2022年6月1日——3个部门参与，',
      '6月——10日，2022年——这一年，3———5天，3——5，5——3天，',
      '印发《某县规划（2021——2025年）》的通知，',
      '第一阶段——动员部署（2022年6月）——全面推进。',
    );
    for (const t of [text, crlf(text), collapse(text)]) assert.deepEqual(placed(t, RANGE), []);
  });

  it('still offers —— for ── standing for the 破折号', () => {
    const text = notice('这是我们的目标──让群众满意。', '──到2022年完成。');
    assert.deepEqual(placed(text, RANGE), ['3:8-3:10 ──', '4:1-4:3 ──']);
    assert.match(check(text, [RANGE])[0].message.zh, /^破折号应使用“——”/);
  });
});

describe(`${TYPO}: 安全度讯 → 安全度汛 (real-notice round 16)`, () => {
  it('flags 度讯 in 确保安全度讯, 平稳度讯 and 度讯期间, with a safe fix to 度汛, in both layouts and with CRLF', () => {
    const text = notice('二、确保安全度讯。各社区要落实防汛责任制。', '力争平稳度讯，度讯期间实行24小时值班。');
    for (const t of [text, crlf(text)]) assert.deepEqual(placed(t, TYPO), ['3:7-3:9 度讯', '4:5-4:7 度讯', '4:8-4:10 度讯']);
    assert.deepEqual(placed(collapse(text), TYPO), ['1:52-1:54 度讯', '1:72-1:74 度讯', '1:75-1:77 度讯']);
    const f = check(text, [TYPO]);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].fixes[0].safe, true);
    assert.equal(withFixes(text, TYPO), text.split('度讯').join('度汛'));
  });

  it('stays silent on 度汛 and on 度 before a word that starts with 讯', () => {
    const text = notice('确保安全度汛，', '温度讯号异常时及时报告，及时发布年度讯息，', '按进度讯问当事人，高速度讯速推进。');
    for (const t of [text, crlf(text), collapse(text)]) assert.deepEqual(placed(t, TYPO), []);
  });
});
