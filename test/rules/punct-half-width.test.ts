import assert from 'node:assert/strict';
import { check, collapse, crlf, halfWidth, locate, seedText, spans } from '../helpers';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits, selectFixAll } from '../../server/src/core/fixes';
import { notice } from '../fixtures/text/notice';

const RULE = 'punct-half-width';
const info = (text: string) => check(text, [RULE]).filter((f) => f.severity === 'information');
const hints = (text: string) => check(text, [RULE]).filter((f) => f.severity === 'hint');
/** Applies the summary's fix-all. */
const fixAll = (text: string) => {
  const s = info(text);
  assert.equal(s.length, 1);
  assert.equal(s[0].fixes[0].safe, true);
  return applyEdits(text, s[0].fixes[0].edits);
};

describe(RULE, () => {
  it('the seed: one information finding for 317 marks, at the first, with a fix-all', () => {
    const seed = seedText();
    const s = info(seed);
    assert.equal(s.length, 1);
    assert.equal(locate(seed, s[0]).at, '5:3-5:4'); // 各县(市、区)
    assert.match(s[0].message.zh, /全文有 317 处半角标点/);
    assert.match(s[0].message.zh, /第 5 行第 3 列/);
    assert.equal(s[0].fixes[0].edits.length, 317);
    // independent count: every , : ; ( ) ? ! in the file (323), minus the time 18:16 and the
    // five colons of the web residue (发布日期: 信息来源: 浏览次数: … 作者: 信息来源:)
    const { doc } = analyze(seed);
    let all = 0;
    let inResidue = 0;
    for (let i = 0; i < seed.length; i++) {
      if (!',:;()?!'.includes(seed[i])) continue;
      all++;
      if (doc.residue.some((r) => r.start <= i && i < r.end)) inResidue++;
    }
    assert.equal(all, 323);
    const timeColon = seed.indexOf('18:16') + 2;
    assert.equal(all - inResidue - (doc.residue.some((r) => r.start <= timeColon && timeColon < r.end) ? 0 : 1), 317);
    const fixed = applyEdits(seed, s[0].fixes[0].edits);
    assert.ok(fixed.includes('发布日期:2022-12-13 18:16'), 'residue and time untouched');
    assert.ok(fixed.includes('（此件公开发布）'));
    assert.ok(fixed.includes('各县（市、区）人民政府，市政府各部门、直属各单位：'));
    assert.ok(fixed.includes('（嘉政发〔2009〕61号）'));
    assert.ok(fixed.endsWith('作者: 信息来源: |\n|\n|'));
    // hints: one per paragraph, each with its own safe fix, together the same edits
    const h = hints(seed);
    assert.ok(h.length > 1);
    assert.equal(h.reduce((n, f) => n + f.fixes[0].edits.length, 0), 317);
    assert.ok(h.every((f) => f.fixes[0].safe));
    // the fix-all of the whole analysis takes the summary's edits
    const all2 = analyze(seed).findings.filter((f) => f.ruleId === RULE);
    assert.equal(selectFixAll(all2).length, 317);
  });

  it('flags marks in Chinese text and fixes each to its full-width form', () => {
    const text = notice('为加快发展,现通知如下:', '一是提高认识;二是加强领导(重点是落实)。', '是否完成?请报告!');
    assert.deepEqual(spans(text, RULE).length, 4); // summary + 3 paragraph hints
    const s = info(text)[0];
    assert.equal(locate(text, s).at, '3:6-3:7');
    assert.match(s.message.zh, /全文有 7 处半角标点/);
    assert.equal(fixAll(text), notice('为加快发展，现通知如下：', '一是提高认识；二是加强领导（重点是落实）。', '是否完成？请报告！'));
    const h = hints(text);
    assert.deepEqual(h.map((f) => locate(text, f).at), ['3:6-3:13', '4:7-4:21', '5:5-5:10']);
    assert.equal(applyEdits(text, h[1].fixes[0].edits), notice('为加快发展,现通知如下:', '一是提高认识；二是加强领导（重点是落实）。', '是否完成?请报告!'));
  });

  it('stays silent on numbers, times, ratios, URLs, e-mail, Latin text, list markers and document numbers', () => {
    const text = notice(
      '投资1,000万元，时间为18:16，比例尺1:500。',
      '详见http://www.jiaxing.gov.cn/art?id=1,2;x=(3)，邮箱abc@jx.gov.cn。',
      '他说：“Hello, world!”',
      '1.研究制定方案。',
      '1)研究制定方案。',
      '根据嘉政发(2009)61号文件。',
    );
    assert.deepEqual(spans(text, RULE), []);
  });

  it('converts a ( ) pair when its content is Chinese, and a mixed pair (市、区）', () => {
    const text = notice('the term (中文) here。', '各县(市、区）政府。');
    assert.equal(fixAll(text), notice('the term （中文） here。', '各县（市、区）政府。'));
  });

  it('round-trips a notice made half-width, in both layouts and with CRLF', () => {
    const full = notice('（一）加强领导', '各地要高度重视，明确责任：一是……；二是……。', '何时完成？务必按时！', '（二）狠抓落实（牵头单位：市发展改革委）');
    for (const text of [full, collapse(full), crlf(full)]) {
      const half = halfWidth(text);
      assert.notEqual(half, text);
      assert.equal(fixAll(half), text);
      assert.deepEqual(spans(text, RULE), []);
    }
  });

  it('skips web residue', () => {
    const text = '发布日期:2022-12-13 18:16\n信息来源:市政府办公室\n浏览次数:\n' + notice('统一部署。');
    assert.deepEqual(spans(text, RULE), []);
  });
});

describe('punct-half-width: the ; of an HTML entity (QA regression)', () => {
  it('leaves &nbsp; and &#8220; to stray-invisible, also when a space follows (collapsed layout)', () => {
    for (const t of ['现将有关事项通知如下：&nbsp; 一、加强领导。', '现将有关事项通知如下：&#8220; 一、加强领导。', '通知如下：&nbsp;\n一、加强领导。']) {
      assert.deepEqual(spans(t, RULE), [], t);
    }
  });
  it('still flags a ; after Chinese text', () => {
    assert.deepEqual(spans('通知如下; 一、加强领导。', RULE), [';', ';']);
  });
});

// Real-notice trial (issue 6): “请结合实际认真贯彻落实.” — a half-width full stop ending a Chinese sentence.
describe('punct-half-width: a half-width full stop after Chinese text', () => {
  it('flags a . right after a Han character or a closing mark, before a line break, a blank or Chinese text', () => {
    const text = notice('现将方案印发给你们，请认真贯彻落实.', '各单位要高度重视.切实抓好“三项任务”. 务必按时完成。');
    for (const t of [text, crlf(text), collapse(text)]) {
      const marks = info(t);
      assert.equal(marks.length, 1);
      assert.match(marks[0].message.zh, /全文有 3 处半角标点（\.）/);
      assert.equal(fixAll(t), t.replace('落实.', '落实。').replace('重视.', '重视。').replace('任务”.', '任务”。'));
    }
  });

  it('stays silent on markers, numbers, file names, ellipses and Latin text', () => {
    const text = notice(
      '1.研究制定方案。',
      '一.研究制定方案。',
      '（一）第3.2条规定的事项，附件1.docx，版本V2.0。',
      '其他事项...另行通知。',
      '见www.gov.cn和中国政府网.cn域名。',
      '统一.',
    );
    assert.deepEqual(spans(text, RULE), []);
  });
});

// Real-notice trial (issue 6): 《2022年<政府工作报告>重点任务分工》 — the inner title marks typed as < >.
describe('punct-half-width: < > as the inner title marks inside 《》', () => {
  it('flags the pair and fixes it to 〈〉 (GB/T 15834-2011 4.15), in every layout', () => {
    const text = notice('现将《2022年<政府工作报告>重点任务分工》印发给你们。', '请填报《<政府工作报告>落实情况表》和《任务表》。');
    for (const t of [text, crlf(text), collapse(text)]) {
      const s = info(t);
      assert.equal(s.length, 1);
      assert.match(s[0].message.zh, /全文有 4 处半角标点（< >）/);
      assert.equal(fixAll(t), t.replace('<政府工作报告>重点', '〈政府工作报告〉重点').replace('《<政府工作报告>落实', '《〈政府工作报告〉落实'));
    }
  });

  it('stays silent on < > outside 《》, on maths and on tags', () => {
    const text = notice('当a<b且c>d时，<待定>事项另行通知。', '《关于<p>标签的说明》和《条件x<5>的说明》。');
    assert.deepEqual(spans(text, RULE), []);
  });
});

describe(`${RULE}: a forum's anti-copy scramble (real-notice round 3)`, () => {
  it('counts no mark inside a scramble (stray-spam deletes it whole)', () => {
    const text = notice("4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下:", '请各单位按时报送,不得延误。');
    const f = info(text);
    assert.equal(f.length, 1);
    assert.match(f[0].message.zh, /全文有 2 处半角标点/);
    assert.equal(fixAll(text), notice("4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下：", '请各单位按时报送，不得延误。'));
  });
});

// Real-notice trial round 4: scraped notices type the quotes round Chinese terms as ASCII "…" (GB/T 15834-2011 4.1.3:
// Chinese text takes “”).
describe(`${RULE}: half-width quotes "…" round Chinese text`, () => {
  it('flags each pair and fixes it to “…”, in every layout, with the marks next to the quotes', () => {
    const text = notice('坚持"两个毫不动摇",深入推进"放管服"改革。', '落实"一网通办"要求:做好"河长制"工作.');
    for (const t of [text, crlf(text), collapse(text)]) {
      const s = info(t);
      assert.equal(s.length, 1);
      assert.match(s[0].message.zh, /全文有 11 处半角标点（" , : \.）/);
      assert.equal(s[0].fixes[0].safe, true);
      assert.equal(fixAll(t), t.replace('坚持"两个毫不动摇",深入推进"放管服"改革', '坚持“两个毫不动摇”，深入推进“放管服”改革').replace('落实"一网通办"要求:做好"河长制"工作.', '落实“一网通办”要求：做好“河长制”工作。'));
      // the fixed text holds nothing more to fix
      assert.deepEqual(spans(fixAll(t), RULE), []);
    }
    const h = hints(text);
    assert.deepEqual(h.map((f) => locate(text, f).at), ['3:3-3:21', '4:3-4:22']);
  });

  it('reads a mark next to a quote as it will be: the comma after "…" at a line end, the . after it', () => {
    const text = notice('全面落实"河长制",', '坚持"两个维护".');
    assert.equal(fixAll(text), notice('全面落实“河长制”，', '坚持“两个维护”。'));
    assert.deepEqual(spans(fixAll(text), RULE), []);
  });

  it('stays silent on English and numbers in quotes, inch marks, code, an unpaired quote and long spans', () => {
    const text = notice(
      '他说"Hello"，标准称"5G"。',
      '屏幕为5"和7"的设备。',
      '配置项name="测试"不改。',
      '坚持"两个确立"和"两个维护。',
      '另见"本市各有关部门要按照职责分工，切实加强组织领导，认真研究制定具体实施方案，明确工作任务和时间节点，确保各项工作落到实处，并于每季度末将工作进展情况报送市政府办公室汇总"。',
      '推广"互联网+"模式。',
    );
    assert.deepEqual(spans(text, RULE), []);
  });

  it('pairs the quotes within a sentence: one stray quote spoils only its own sentence', () => {
    const text = notice('坚持"两个确立"和"两个维护。落实"放管服"改革。');
    assert.equal(fixAll(text), notice('坚持"两个确立"和"两个维护。落实“放管服”改革。'));
    // a half-width ? or sentence-ending . ends a sentence as well (the fix makes it ？ / 。)
    assert.equal(fixAll(notice('坚持"两个确立"和"两个维护? 落实"放管服"改革.')), notice('坚持"两个确立"和"两个维护？ 落实“放管服”改革。'));
    // a quoted sentence ("…。") keeps its stretch going, and is not converted (its text ends with 。)
    assert.deepEqual(spans(notice('他说"谁主管。"和"谁负责。"两句。'), RULE), []);
  });

  it('leaves quotes in web residue alone', () => {
    const text = `${notice('落实"放管服"改革。')}发布日期:2023-05-06 浏览次数:"12"次\n`;
    assert.deepEqual(info(text).flatMap((f) => f.fixes[0].edits.map((e) => text.slice(e.range.start, e.range.end))), ['"', '"']);
  });
});

// Real-notice trial round 4: < > (or ‹ ›) typed for 《》 round a title outside 《》.
describe(`${RULE}: < > standing for 《》 round a document title`, () => {
  it('flags the pair and fixes it to 《》, in every layout', () => {
    const text = notice('现将<嘉兴市2023年数字政府建设实施方案>印发给你们，', '请按照‹嘉兴市政务信息资源共享管理办法›执行。');
    for (const t of [text, crlf(text), collapse(text)]) {
      const s = info(t);
      assert.equal(s.length, 1);
      assert.match(s[0].message.zh, /全文有 4 处半角标点（< > ‹ ›）/);
      assert.equal(fixAll(t), t.replace('<嘉兴市2023年数字政府建设实施方案>', '《嘉兴市2023年数字政府建设实施方案》').replace('‹嘉兴市政务信息资源共享管理办法›', '《嘉兴市政务信息资源共享管理办法》'));
    }
  });

  it('stays silent on < > that are not a title: no document kind at the end, Latin text, tags, maths', () => {
    const text = notice('<待定>事项另行通知，<p>标签，当a<b且c>d时，<请填写单位名称>，<Word版方案>。');
    assert.deepEqual(spans(text, RULE), []);
  });

  it('keeps < > inside 《》 as the inner title marks 〈〉', () => {
    const text = notice('现将《关于印发<嘉兴市数字政府建设实施方案>的通知》转发给你们。');
    assert.equal(fixAll(text), notice('现将《关于印发〈嘉兴市数字政府建设实施方案〉的通知》转发给你们。'));
  });
});

// real-notice round 6: dots a page strews between characters (市委.宣.传.部.副部长) are stray-spam's, not sentence ends
describe('punct-half-width: dots inserted between characters', () => {
  it('leaves them to stray-spam, and still converts a sentence-ending . next to them', () => {
    const text = notice('成员：李某某　市委.宣.传.部.副部长，王某某　市公.安.局.副局长.请认真履行职责.');
    for (const t of [text, crlf(text), collapse(text), halfWidth(text)]) {
      const fixed = fixAll(t);
      assert.ok(fixed.includes('市委.宣.传.部.副部长'), t);
      assert.ok(fixed.includes('市公.安.局.副局长。请认真履行职责。'), t);
    }
  });
});

// real-notice round 6: “在线教育平台(网址:http://…/);” — the ; after a ) that becomes ） was left half-width, so a second
// fix-all found it
describe('punct-half-width: a mark right after a ) that is converted', () => {
  it('reads the ) as the ） it becomes, so one fix-all converts both', () => {
    const text = notice('1.登录在线教育平台(网址:http://www.jx.gov.cn/);', '2.填写个人信息(姓名、电话);', '3.Hello (world);');
    // (collapsed, the Latin item is followed by Chinese text: left out there)
    for (const t of [text, crlf(text), collapse(text.replace('3.Hello (world);\n', ''))]) {
      const fixed = fixAll(t);
      assert.ok(fixed.includes('平台（网址：http://www.jx.gov.cn/）；'), fixed);
      assert.ok(fixed.includes('信息（姓名、电话）；'), fixed);
      if (t.includes('Hello')) assert.ok(fixed.includes('3.Hello (world);'), fixed);
      assert.deepEqual(info(fixed), []);
    }
  });
});

// real-notice round 8: a title nested in 《》 written with half-width ( ) (《某省实施(中华人民共和国防洪法)办法》)
// takes the inner title marks 〈〉 (GB/T 15834-2011 4.15), not （）
describe('punct-half-width: ( ) round a title nested in 《》 (real-notice round 8)', () => {
  const text = notice('依据《某省实施(中华人民共和国防洪法)办法》，现就做好防汛工作通知如下:', '按照《关于印发某县防汛工作方案(试行)的通知》(某政办发〔2024〕3号)执行。');
  it('fixes the pair to 〈〉, and other brackets in 《》 to （）, in every layout', () => {
    for (const t of [text, crlf(text), collapse(text)]) {
      const s = info(t);
      assert.match(s[0].message.zh, /全文有 7 处半角标点（\( \) :）/);
      const want = t
        .replace('(中华人民共和国防洪法)', '〈中华人民共和国防洪法〉')
        .replace('如下:', '如下：')
        .replace('(试行)', '（试行）')
        .replace('》(某政办发〔2024〕3号)', '》（某政办发〔2024〕3号）');
      assert.equal(fixAll(t), want);
      // the paragraph's hint carries the same edits
      const h = hints(t).find((f) => t.slice(f.range.start, f.range.end).startsWith('(中华'));
      assert.ok(h, t);
      assert.deepEqual(h.fixes[0].edits.map((e) => e.newText), ['〈', '〉', '：']);
    }
    assert.deepEqual(hints(text).map((f) => locate(text, f).at), ['3:8-3:37', '4:16-4:38']);
  });
  it('keeps （） for a bracket in 《》 that holds no document title, and for a title in ( ) outside 《》', () => {
    const t = notice('印发《某县防汛工作方案(2024年修订)》和《某县抢险办法(征求意见稿)》。', '根据(中华人民共和国防洪法)规定。', '填报《某县防汛责任清单(含工作方案)》。');
    assert.equal(fixAll(t), t.replace(/\(/g, '（').replace(/\)/g, '）'));
  });
});

// real-notice round 9 (S3): a scraped GBK page shows each lost space (nbsp) as ? — ???(一), 张 ?伟, 李??强, ??二、 —
// which is not a half-width question mark: no hint and no fix touch it; the real marks round it are still converted
describe(`${RULE}: a ? standing for a lost space (real-notice round 9)`, () => {
  const text = notice(
    '一、分组安排',
    '???(一)第一检查组',
    '责任领导:张 ?伟、李??强',
    '?(二)第二检查组',
    '??二、工作要求',
    '是否完成?请于月底前报告。',
  );
  const want = (t: string) =>
    t
      .replace('???(一)', '???（一）')
      .replace('责任领导:', '责任领导：')
      .replace('?(二)', '?（二）')
      .replace('完成?请', '完成？请');
  it('leaves a ? at a line start, in a run, or between a blank and a Chinese character, in every layout', () => {
    for (const t of [text, crlf(text), collapse(text)]) {
      const s = info(t);
      assert.match(s[0].message.zh, /全文有 6 处半角标点（\( \) : \?）/, t);
      assert.equal(fixAll(t), want(t));
      // the hints' fixes touch one ?, the question mark
      const q = hints(t).flatMap((h) => h.fixes[0].edits.filter((e) => t[e.range.start] === '?').map((e) => e.range.start));
      assert.deepEqual(q, [t.indexOf('完成?') + 2]);
    }
    assert.deepEqual(
      hints(text).map((f) => locate(text, f).at),
      ['4:4-4:7', '5:5-5:6', '6:2-6:5', '8:5-8:6'],
    );
    assert.deepEqual(hints(text).map((f) => f.fixes[0].edits.map((e) => e.newText).join('')), ['（）', '：', '（）', '？']);
  });
  it('still converts a ? ending a question, also after a blank before a closing mark', () => {
    const t = notice('请研究是否同意?', '他问：“是否同意 ?”请答复。');
    for (const x of [t, crlf(t), collapse(t)]) assert.equal(fixAll(x), x.replace('同意?', '同意？').replace('同意 ?', '同意 ？'));
  });
});

describe(`${RULE}: the colon of 附件1: at the end of its line (real-notice round 13)`, () => {
  const text = [
    '某某县人民政府办公室关于印发《某某县全民健身实施方案》的通知',
    '各乡镇人民政府，县直各单位：',
    '现将《某某县全民健身实施方案》印发给你们，请认真贯彻落实。',
    '附件：某某县全民健身实施方案',
    '某某县人民政府办公室',
    '2024年6月2日',
    '附件1:',
    '某某县全民健身实施方案',
    '一、工作目标',
    '到2025年，经常参加体育锻炼人数比例达到38%。',
    '',
  ].join('\n');

  it('flags it and fixes it to ：, one paragraph per line, collapsed and with CRLF', () => {
    for (const [t, at] of [[text, '7:4-7:5'], [crlf(text), '7:4-7:5'], [collapse(text), '1:116-1:117']] as const) {
      assert.deepEqual(info(t).map((f) => locate(t, f).at), [at]);
      assert.deepEqual(hints(t).map((f) => `${locate(t, f).at} ${locate(t, f).text}`), [`${at} :`]);
      assert.equal(fixAll(t), t.replace('附件1:', '附件1：'));
    }
    // 附件 2:, 表3: and two digits; 附件: was flagged before
    for (const label of ['附件 2:', '表3:', '附件12:', '附件:']) {
      const t = text.replace('附件1:', label);
      assert.equal(fixAll(t), t.replace(label, label.replace(':', '：')), label);
    }
  });

  it('stays silent on a colon after a number with no Chinese label, a time, a ratio, or four digits', () => {
    for (const label of ['Room 101:', '1:', '18:30', '1:500', '附件2024:']) {
      assert.deepEqual(check(text.replace('附件1:', label), [RULE]), [], label);
    }
  });
});
