import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, collapse, crlf, halfWidth, locate, seedText, spans, samplePath } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';
import { confusables, findConfusables } from '../../server/src/core/rules/typos/matcher';
import { at, notice } from '../fixtures/text/notice';

const SAMPLES = ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt'];
const RULE = 'typo-confusable';

describe(RULE, () => {
  it('keeps at least 150 reviewed entries, each with hits and misses', () => {
    const plain = confusables.filter((e) => !e.style);
    assert.ok(plain.length >= 150, `only ${plain.length} entries`);
    const seen = new Set<string>();
    for (const e of confusables) {
      assert.ok(e.wrong && e.right && e.wrong !== e.right, JSON.stringify(e));
      assert.ok(!seen.has(e.wrong), `duplicate ${e.wrong}`);
      seen.add(e.wrong);
      assert.ok(e.hits.length > 0 && e.misses.length > 0, `${e.wrong} lacks examples`);
      for (const h of e.hits) assert.ok(h.includes(e.wrong), `${e.wrong}: hit "${h}" lacks it`);
    }
  });

  it('flags every hit example at the wrong form and fixes it to the right form', () => {
    for (const e of confusables.filter((x) => !x.style)) {
      for (const hit of e.hits) {
        const text = notice(hit);
        const f = check(text, [RULE]);
        assert.equal(f.length, 1, `${e.wrong} in "${hit}": ${f.length} findings`);
        assert.equal(text.slice(f[0].range.start, f[0].range.end), e.wrong);
        assert.equal(f[0].range.start, at(text, e.wrong));
        const fixed = applyEdits(text, f[0].fixes[0].edits);
        assert.equal(fixed, text.replace(e.wrong, e.right));
        assert.equal(f[0].fixes[0].safe, e.safe !== false);
      }
    }
  });

  it('stays silent on every miss example and on every right form', () => {
    for (const e of confusables) {
      for (const miss of e.misses) assert.deepEqual(spans(notice(miss), RULE), [], `${e.wrong}: miss "${miss}"`);
      assert.deepEqual(findConfusables(e.right).filter((h) => !h.entry.style), [], `right form ${e.right} matches`);
    }
  });

  it('着名: flags 著名 misspelt, not 拿着名单 / 打着名义 / 顶着名头 / 凭着名气', () => {
    const text = notice('争创“浙江省着名商标”和“嘉兴市着名商标”。', '拿着名单、打着名义、顶着名头、凭着名气的做法要纠正。');
    assert.deepEqual(check(text, [RULE]).map((f) => locate(text, f).at), ['3:7-3:9', '3:17-3:19']);
  });

  it('finds both 着名 of the seed, nothing else', () => {
    const seed = seedText();
    const f = check(seed, [RULE]);
    assert.deepEqual(f.map((x) => seed.slice(x.range.start, x.range.end)), ['着名', '着名']);
    assert.deepEqual(f.map((x) => x.range.start), [at(seed, '浙江省着名') + 3, at(seed, '嘉兴市着名') + 3]);
    assert.equal(applyEdits(seed, f.flatMap((x) => x.fixes[0].edits)).includes('着名'), false);
  });

  it('works in the collapsed layout and with CRLF', () => {
    const lines = notice('一、统一布署', '要合理按排时间，再接再励。');
    for (const text of [lines, collapse(lines), crlf(lines)]) {
      assert.deepEqual(spans(text, RULE), ['布署', '合理按排', '再接再励']);
      const f = check(text, [RULE]);
      assert.equal(applyEdits(text, f.flatMap((x) => x.fixes[0].edits)), text.replace('布署', '部署').replace('合理按排', '合理安排').replace('再接再励', '再接再厉'));
    }
  });

  it('leaves style pairs to typo-style (off by default)', () => {
    const text = notice('其它事项另行通知，各单位要做出部署。');
    assert.deepEqual(spans(text, RULE), []);
    assert.deepEqual(spans(text, 'typo-style'), []);
  });

  it('skips web residue', () => {
    const text = '发布日期:2022-12-13 18:16\n信息来源:着名网站\n' + notice('统一部署。');
    assert.deepEqual(spans(text, RULE), []);
  });

  it('is linear on a long text', () => {
    const text = notice('着'.repeat(200000) + '名');
    const t0 = Date.now();
    check(text, [RULE]);
    assert.ok(Date.now() - t0 < 3000);
  });
  it('is silent on the real samples', () => {
    for (const s of SAMPLES) assert.deepEqual(spans(readFileSync(samplePath(s), 'utf8'), RULE), [], s);
  });
});

// Real-notice trial (issue 6): a doubled 次 in a meeting's name (第四次次会议).
describe(`${RULE}: 第四次次会议`, () => {
  it('flags the doubled 次 and fixes it, not 一次次会议', () => {
    const text = notice('区长在区十七届人民代表大会第四次次会议所作的报告。', '在一次次会议上反复研究。');
    for (const t of [text, crlf(text), collapse(text)]) {
      const f = check(t, [RULE]);
      assert.deepEqual(f.map((x) => t.slice(x.range.start, x.range.end)), ['次次会议']);
      assert.equal(applyEdits(t, f[0].fixes[0].edits), t.replace('第四次次会议', '第四次会议'));
    }
  });
});

// Real-notice round 11: a doubled 斤 after a figure (616.65公斤斤/亩).
describe(`${RULE}: 公斤斤`, () => {
  it('flags the doubled 斤 and fixes it to 公斤, in both layouts, with CRLF and half-width marks', () => {
    const text = notice('全年粮食平均亩产616.65公斤斤/亩，较上年增长0.13%。', '要力戒斤斤计较，算好每一公斤的账。');
    for (const t of [text, crlf(text), collapse(text), halfWidth(text)]) {
      const f = check(t, [RULE]);
      assert.deepEqual(f.map((x) => t.slice(x.range.start, x.range.end)), ['公斤斤']);
      assert.equal(f[0].fixes[0].safe, true);
      assert.equal(applyEdits(t, f[0].fixes[0].edits), t.replace('616.65公斤斤', '616.65公斤'));
    }
    assert.equal(locate(text, check(text, [RULE])[0]).at, '3:15-3:18');
  });
});

// real-notice round 13: 登陆 (登上陆地) written for 登录 (进入网站、系统) — only with 网站/平台/系统/账号… soon after it
describe('typo-confusable: 登陆 before a website, platform or account (real-notice round 13)', () => {
  const text = [
    '某某市农业农村局关于公开征求意见的公告',
    '为广泛听取社会公众意见，现将征求意见稿全文公布。公众可通过以下方式提出意见：',
    '1.登陆某某市农业农村局网站，对征求意见稿提出意见。',
    '2.登陆“某某政务服务”平台填写意见。',
    '台风登陆前各地要做好防御准备。成功登陆后，部队开展登陆作战演练，网站随即发布。',
    '某某市农业农村局',
    '2024年6月2日',
    '',
  ].join('\n');

  it('flags the 登陆 of 登陆…网站 and 登陆…平台 only, in both layouts, with CRLF and half-width marks; the fix is offered, not safe', () => {
    assert.deepEqual(check(text, [RULE]).map((f) => `${locate(text, f).at} ${locate(text, f).text}`), ['3:3-3:5 登陆', '4:3-4:5 登陆']);
    const c = collapse(text);
    assert.deepEqual(check(c, [RULE]).map((f) => `${locate(c, f).at} ${locate(c, f).text}`), ['1:62-1:64 登陆', '1:89-1:91 登陆']);
    for (const t of [text, c, crlf(text), halfWidth(text), collapse(halfWidth(text))]) {
      const f = check(t, [RULE]);
      assert.equal(f.length, 2);
      assert.equal(f[0].fixes[0].safe, false);
      assert.match(f[0].message.zh, /^“登陆”应为“登录”。/);
      assert.equal(applyEdits(t, f.flatMap((x) => x.fixes[0].edits)), t.replace('1.登陆', '1.登录').replace('2.登陆', '2.登录'));
    }
  });

  it('stays silent when the word is far, past a stop, on the next line or after a blank', () => {
    for (const s of ['登陆后在网站填报。', '请登陆，网站随后开放。', '登陆' + '某'.repeat(16) + '网站。', '请登陆 网站填报。']) {
      assert.deepEqual(spans(notice(s), RULE), [], s);
    }
    assert.deepEqual(spans(notice('请登陆', '网站填报。'), RULE), []);
    // the window: 网站 starting within 16 characters after 登陆
    assert.deepEqual(spans(notice('登陆' + '某'.repeat(14) + '网站。'), RULE), ['登陆']);
  });
});

// real-notice round 14: a pair read across a word boundary (机关|健身, 严峻|工作, 彰显|着, 讲座|落实) is no misspelling
describe('typo-confusable: no match across a word boundary (real-notice round 14)', () => {
  const text = [
    '某县人民政府办公室关于开展2024年机关健身活动的通知',
    '各乡镇人民政府，县直各单位：',
    '为推动全民健身，现就开展机关健身活动有关事项通知如下。',
    '一、完善相关健身设施。各单位要组织干部职工参加机关健步走活动，推广有关健美操。',
    '二、统筹安排。当前安全形势严峻工作任务繁重，各单位要统筹安排。',
    '三、加强宣传。活动彰显着干部职工的良好精神风貌，凸显着机关的活力，要把健康讲座落实到各单位。',
    '四、抓住关健环节，确保取得显着成效。大楼座落在市中心，工程按期峻工。',
    '某县人民政府办公室',
    '2024年3月1日',
    '',
  ].join('\n');

  it('flags only the real misspellings of line 7, in both layouts, with CRLF and half-width marks', () => {
    assert.deepEqual(
      check(text, [RULE]).map((f) => `${locate(text, f).at} ${locate(text, f).text}`),
      ['7:5-7:7 关健', '7:14-7:16 显着', '7:21-7:23 座落', '7:32-7:34 峻工'],
    );
    const c = collapse(text);
    assert.deepEqual(check(c, [RULE]).map((f) => locate(c, f).text), ['关健', '显着', '座落', '峻工']);
    for (const t of [text, c, crlf(text), halfWidth(text), collapse(halfWidth(text))]) {
      const f = check(t, [RULE]);
      assert.equal(f.length, 4);
      const fixed = applyEdits(t, f.flatMap((x) => x.fixes[0].edits));
      assert.equal(fixed, t.replace('关健环节', '关键环节').replace('显着成效', '显著成效').replace('大楼座落', '大楼坐落').replace('按期峻工', '按期竣工'));
    }
  });

  it('stays silent on other words that meet at a boundary', () => {
    for (const s of [
      '建设文脉博物馆。',
      '路面塌陷井盖缺失。',
      '展示铜鼓历史文化。',
      '脱贫攻坚巨大成就。',
      '核实户籍此类信息。',
      '美好象征。',
      '聘请合唱导师。',
      '轻松驰骋赛场。',
      '充实在编缉毒警力。',
      '从严竣工验收。',
      '群众明显着急。',
    ]) {
      assert.deepEqual(spans(notice(s), RULE), [], s);
    }
    // the right-hand context is what decides: the same pairs before another word are still misspellings
    assert.deepEqual(spans(notice('关健在于落实，严竣的形势，脉博跳动。'), RULE), ['关健', '严竣', '脉博']);
  });
});
