import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, locate, seedText, spans, samplePath } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';
import { notice } from '../fixtures/text/notice';

const SAMPLES = ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt'];
const RULE = 'punct-range';
const fixed = (text: string) => applyEdits(text, check(text, [RULE]).flatMap((f) => f.fixes[0].edits));

describe(RULE, () => {
  it('the seed: exactly one hint, on 50~100, not on (2009-2011年) inside the cited title', () => {
    const seed = seedText();
    const f = check(seed, [RULE]);
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'hint');
    assert.equal(locate(seed, f[0]).text, '50~100');
    assert.equal(fixed(seed), seed.replace('50~100个', '50～100个'));
    assert.equal(f[0].fixes[0].safe, true);
  });

  it('numbers take ～, years and dates take —', () => {
    const text = notice('计划50~100个项目，工期1〜3天，增长5~10%，', '时间为2009-2011年，2009年-2011年，3-5月，1-10日，', '招聘10－20人，需要3-5年。');
    assert.deepEqual(spans(text, RULE), ['50~100', '1〜3', '5~10', '2009-2011', '2009年-2011', '3-5', '1-10', '10－20', '3-5']);
    assert.equal(
      fixed(text),
      notice('计划50～100个项目，工期1～3天，增长5～10%，', '时间为2009—2011年，2009年—2011年，3—5月，1—10日，', '招聘10～20人，需要3～5年。'),
    );
    const f = check(text, [RULE]);
    assert.deepEqual(f.map((x) => x.fixes[0].safe), [true, true, true, true, true, true, true, false, false]);
    assert.equal(locate(text, f[0]).at, '3:3-3:9');
    assert.match(f[3].message.zh, /一字线“—”/);
  });

  it('stays silent on titles, ISO dates, phone, standard and item numbers, times and right marks', () => {
    const text = notice(
      '印发《行动计划(2009-2011年)》的通知，',
      '日期2022-12-13，电话0573-82345678，400-800-1234，',
      '依据GB/T 9704-2012和GB 15834-2011，型号CR-400，',
      '见附件1-2、表3-1，时间18:00-20:00，',
      '计划50～100个，2009—2011年。',
    );
    assert.deepEqual(spans(text, RULE), []);
  });

  it('a phone number joined by a dash takes the hyphen: 0731—2211475 → 0731-2211475 (GB/T 15834-2011 4.13.3.1)', () => {
    const lines = notice('联系人：李华，电话：0731—2211475，传真：0731–4430700。', '请于3月5日前报送。');
    const f = check(lines, [RULE]);
    assert.deepEqual(spans(lines, RULE), ['0731—2211475', '0731–4430700']);
    assert.equal(locate(lines, f[0]).at, '3:11-3:23');
    assert.match(f[0].message.zh, /短横线“-”/);
    assert.deepEqual(f.map((x) => x.fixes[0].safe), [true, true]);
    assert.equal(fixed(lines), notice('联系人：李华，电话：0731-2211475，传真：0731-4430700。', '请于3月5日前报送。'));
    for (const text of [collapse(lines), crlf(lines)]) {
      assert.deepEqual(spans(text, RULE), ['0731—2211475', '0731–4430700']);
      assert.equal(fixed(text), text.replace('0731—2211475', '0731-2211475').replace('0731–4430700', '0731-4430700'));
    }
  });

  it('stays silent on dashes that are not in a phone number', () => {
    const text = notice(
      '时间为2009—2011年，1—10日，第一阶段——动员部署，',
      '电话0731-2211475，编号01—2345，金额2000—3000000元，',
      '号码0731—22114756789，0731—2211475—3。',
    );
    assert.deepEqual(spans(text, RULE), []);
  });

  it('works in both layouts and with CRLF', () => {
    const lines = notice('计划50~100个项目。', '时间为2009-2011年。');
    for (const text of [lines, collapse(lines), crlf(lines)]) assert.deepEqual(spans(text, RULE), ['50~100', '2009-2011']);
  });
  it('is silent on the real samples', () => {
    for (const s of SAMPLES) assert.deepEqual(spans(readFileSync(samplePath(s), 'utf8'), RULE), [], s);
  });
});

// real-notice round 8: a date range whose end drops the year (2025年3月20日-3月25日) or whose start ends at the month
// (2024年7月-2026年6月) takes the one-em dash too
describe('punct-range: date ranges of mixed extent (real-notice round 8)', () => {
  const lines = notice('发布橙色预警信号（2025年3月20日-3月25日），请做好防范。', '试点期限为2024年7月-2026年6月，', '报名时间为3月20日~4月5日。');
  it('flags the hyphen or tilde of a date range whose two ends name different units, with a safe fix to —', () => {
    for (const text of [lines, collapse(lines), crlf(lines)]) {
      const f = check(text, [RULE]);
      assert.deepEqual(f.map((x) => locate(text, x).text), ['20日-3', '7月-2026', '20日~4']);
      assert.ok(f.every((x) => /日期起止的连接号应使用一字线“—”/.test(x.message.zh)));
      assert.deepEqual(f.map((x) => x.fixes[0].safe), [true, true, true]);
      assert.equal(fixed(text), text.replace('20日-3月', '20日—3月').replace('7月-2026', '7月—2026').replace('20日~4月', '20日—4月'));
    }
    assert.deepEqual(check(lines, [RULE]).map((x) => locate(lines, x).at), ['3:17-3:22', '4:11-4:18', '5:8-5:13']);
  });
  it('stays silent on a larger unit after a smaller one, numbers that are no date and a month past 12', () => {
    const text = notice('时间为8月-20日，第5日-6年，3月-2个月，', '2024年7月-12，1日-13月，5月-30年。');
    assert.deepEqual(spans(text, RULE), []);
  });
});

describe('punct-range: ── (box drawing) used as the 破折号 (real-notice round 13)', () => {
  const text = notice('一、工作原则', '──坚持政府引导、农民主体。尊重群众意愿。', '──坚持因地制宜、分类施策。', '这是我们的目标──让群众满意。');
  const where = (t: string) => check(t, [RULE]).map((f) => `${locate(t, f).at} ${locate(t, f).text}`);

  it('flags a pair next to Chinese and offers —— (not applied blindly), in both layouts and with CRLF', () => {
    assert.deepEqual(where(text), ['4:1-4:3 ──', '5:1-5:3 ──', '6:8-6:10 ──']);
    assert.deepEqual(where(crlf(text)), ['4:1-4:3 ──', '5:1-5:3 ──', '6:8-6:10 ──']);
    assert.deepEqual(where(collapse(text)), ['1:53-1:55 ──', '1:75-1:77 ──', '1:97-1:99 ──']);
    for (const t of [text, crlf(text), collapse(text)]) {
      const f = check(t, [RULE]);
      assert.equal(f[0].severity, 'hint');
      assert.match(f[0].message.zh, /^破折号应使用“——”，不用制表符“──”/);
      assert.equal(f[0].fixes[0].safe, false);
      assert.equal(fixed(t), t.split('──').join('——'));
    }
  });

  it('stays silent on a drawn line, a single ─, a pair not next to Chinese, and a cited title', () => {
    for (const s of ['────────────', '一、─坚持政府引导。', '───坚持政府引导。', 'A──B', '《关于──的通知》已印发。']) {
      assert.deepEqual(spans(notice(s), RULE), [], s);
    }
  });
});
