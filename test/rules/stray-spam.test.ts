import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { findSpamRuns } from '../../server/src/core/rules/stray/stray-spam';
import { check, collapse, crlf, seedText, spans, locate, halfWidth } from '../helpers';
import { notice } from '../fixtures/text/notice';

const doc = [
  '嘉兴市人民政府办公室关于印发示例工作方案的通知',
  '各县(市、区)人民政府，市政府各部门：',
  '一、工作重点',
  '（一）加快旅游业发展。',
  '牵头单位：市旅游局。',
  '参与部门：市财政局、市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局。',
].join('\n');

describe('stray-spam', () => {
  it('finds the seed’s injected run exactly, and only it', () => {
    const seed = seedText();
    const found = check(seed, ['stray-spam']);
    assert.equal(found.length, 1);
    assert.equal(locate(seed, found[0]).at, '5:870-5:903');
    assert.equal(seed.slice(found[0].range.start, found[0].range.end), '365bet在线体育投注网_365平台拒绝提款怎么办_bte365');
    assert.equal(found[0].severity, 'error');
  });

  for (const [name, text] of [['lines', doc], ['collapsed', collapse(doc)], ['crlf', crlf(doc)]] as const) {
    it(`deleting the run restores the unit name (${name})`, () => {
      const [f] = check(text, ['stray-spam']);
      assert.equal(text.slice(f.range.start, f.range.end), '365bet在线体育投注网_365平台拒绝提款怎么办_bte365');
      const fixed = applyEdits(text, f.fixes[0].edits);
      assert.equal(fixed, text.replace('365bet在线体育投注网_365平台拒绝提款怎么办_bte365', ''));
      assert.ok(fixed.includes('市财政局、市体育局。'));
      assert.deepEqual(check(fixed, ['stray-spam']), []);
    });
  }

  it('finds two gambling terms together, and a term next to Latin/digits', () => {
    // (QA: the whole injected run, so that deleting it leaves no 澳门 or 官网下载 behind)
    assert.deepEqual(findSpamRuns('欢迎访问澳门博彩娱乐城。').map((r) => '欢迎访问澳门博彩娱乐城。'.slice(r.start, r.end)), ['澳门博彩娱乐城']);
    const t = '加强管理bet365官网下载，推进工作。';
    assert.deepEqual(spans(t, 'stray-spam'), ['bet365官网下载']);
    const v = '足额发放高温津贴，澳门博彩娱乐城bet365官网。';
    assert.deepEqual(spans(v, 'stray-spam'), ['澳门博彩娱乐城bet365官网']);
    assert.deepEqual(spans('加强澳门与内地交流合作，推进澳门特别行政区建设，打击网络赌博。', 'stray-spam'), []);
    const u = '推进工作 188体育投注平台 加强管理';
    assert.deepEqual(spans(u, 'stray-spam'), ['188体育投注']);
  });

  // real-notice round 7: a casino brand's misspelt name injected into a party committee's 署名 (中共bat365官网登录入口委员会)
  it('finds the bat365 brand with its site words, and stays silent on ordinary Latin (batch)', () => {
    const t = ['关于开展捐款活动的通知', '各党支部：', '　　请各支部积极参与。', '中共bat365官网登录入口委员会', '2024年5月17日'].join('\n');
    for (const v of [t, crlf(t), collapse(t)]) {
      const found = check(v, ['stray-spam']);
      assert.equal(found.length, 1);
      assert.match(v.slice(found[0].range.start, found[0].range.end), /^bat365官网/);
    }
    assert.deepEqual(spans('上传batch文件365份，bat 365 份。', 'stray-spam'), []);
  });

  // real-notice round 4: a lottery site's name injected into a regulation (管理pk10彩票官网网址，主要职责是)
  it('finds a pk10 lottery run with the site words after it, and stays silent on 彩票 alone', () => {
    const t = '第三条 财政部负责全国的彩票监督管理pk10彩票官网网址，主要职责是：';
    assert.deepEqual(spans(t, 'stray-spam'), ['pk10彩票官网网址']);
    assert.deepEqual(spans('会同有关PK10彩票官网注册提出建议。', 'stray-spam'), ['PK10彩票官网注册']);
    assert.deepEqual(spans('规范彩票官网管理，加强PK赛事报道。', 'stray-spam'), []);
    // (the 彩票 of the text after the run stays: 体育行政pk10彩票官网注册彩票公益金)
    assert.deepEqual(spans('指导体育行政pk10彩票官网注册彩票公益金的使用。', 'stray-spam'), ['pk10彩票官网注册']);
  });

  // real-notice round 5: SEO pages dressed as notices (2024澳门天天彩资料大全, 关于2024澳门特马今晚开奖…的通知)
  it('finds a lottery-tip run: 天天彩 / 特马 / 一肖一码 next to a year or another term', () => {
    // (support words after the term stay out of the run, as everywhere)
    assert.deepEqual(spans('2024澳门天天彩资料大全,便于落实实施解答', 'stray-spam'), ['2024澳门天天彩']);
    assert.deepEqual(spans('关于2024澳门特马今晚开奖及保障的通知', 'stray-spam'), ['2024澳门特马']);
    assert.deepEqual(spans('请查看澳门一肖一码100%准确。', 'stray-spam'), ['澳门一肖一码100']);
    // alone, in prose, they are not enough
    for (const t of ['开展天天彩排练活动。', '奇特马术表演。']) assert.deepEqual(spans(t, 'stray-spam'), [], t);
  });

  it('stays silent on legitimate uses', () => {
    for (const t of [
      '参与部门：市福利彩票发行中心、市体彩中心。',
      '规范体育彩票投注站管理。',
      '整治棋牌室噪音扰民问题。',
      '在ATM提款机旁张贴防诈骗提示。',
      'Tibet and the alphabet are fine words.',
      '建设官网，提供下载平台，开展真人秀。',
      '2023年投注站数量达到100个。',
      '加快5G基站建设。',
    ]) {
      assert.deepEqual(spans(t, 'stray-spam'), [], t);
    }
  });

  it('is linear on long Latin and spam-word input', () => {
    const t = 'bet365'.repeat(20000) + '在线'.repeat(20000);
    const runs = findSpamRuns(t);
    assert.equal(runs.length, 1);
    assert.deepEqual(runs[0], { start: 0, end: 6 * 20000 });
  });

  // audit: half-width punctuation (scraped pages), one paragraph per line and collapsed
  it('finds and deletes the same run with half-width punctuation, and stays silent on 彩票/体彩 units', () => {
    for (const text of [halfWidth(doc), collapse(halfWidth(doc))]) {
      const found = check(text, ['stray-spam']);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['365bet在线体育投注网_365平台拒绝提款怎么办_bte365']);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('365bet在线体育投注网_365平台拒绝提款怎么办_bte365', ''));
    }
    const legit = halfWidth(doc.replace('市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局', '市福利彩票发行中心、市体彩中心'));
    for (const text of [legit, collapse(legit), crlf(legit)]) assert.deepEqual(check(text, ['stray-spam']), []);
  });
});

describe('stray-spam: a forum’s anti-copy scramble (real-notice round 3)', () => {
  // a forum page inserts runs of random one- or two-character ASCII tokens between the lines it serves
  const page = [
    '某街道关于开展社区走访活动的通知',
    '各社区居委会：',
    "4 k; Q2 w# Z' p8 D@ u5 m 现将有关事项通知如下：",
    "一、活动时间- R; b7 K! s3 X& v8 G) e",
    '每周二下午03:00-05:00，地点在社区会议室。',
    "; h% T c6 W2 y! L二、活动地点",
    '联系人：王某，电话12345678。',
    '某街道办事处',
    '2023年7月20日',
    '',
  ].join('\n');
  const where = (t: string) => check(t, ['stray-spam']).map((f) => `${locate(t, f).at} ${locate(t, f).text}`);

  it('flags each scrambled run, and deleting them leaves the notice', () => {
    assert.deepEqual(where(page), [
      "3:1-3:25 4 k; Q2 w# Z' p8 D@ u5 m",
      '4:7-4:31 - R; b7 K! s3 X& v8 G) e',
      '6:1-6:18 ; h% T c6 W2 y! L',
    ]);
    const f = check(page, ['stray-spam']);
    assert.match(f[0].message.zh, /防采集/);
    assert.equal(f[0].fixes[0].safe, true);
    const fixed = applyEdits(page, f.flatMap((x) => x.fixes[0].edits));
    assert.deepEqual(fixed.split('\n').slice(2, 6), ['现将有关事项通知如下：', '一、活动时间', '每周二下午03:00-05:00，地点在社区会议室。', '二、活动地点']);
    assert.equal(where(crlf(page)).length, 3);
    // the sentence's own colon before a glued scramble stays; a scramble after an English word is still found
    const glued = page.replace('现将有关事项通知如下：', "现将有关事项通知如下:' m I9 @! F) j0 V, y) T- t4 n").replace('每周二下午', 'see 3 _ N\' T\' M* y8 [# P; N5 e 每周二下午');
    const got = where(glued);
    assert.equal(got.length, 5);
    assert.ok(got.includes("3:37-3:66 ' m I9 @! F) j0 V, y) T- t4 n"));
    assert.ok(got.includes("5:5-5:31 3 _ N' T' M* y8 [# P; N5 e"));
    // fewer odd symbols with more letter-digit tokens or more symbols of any kind; a glued marker's ( and a closing | stay
    const more = ['某街道关于开展社区走访活动的通知', '各社区居委会：', '8 W: ^* F/ m3 l- O参加人员。', "2 b8 C2 X3 t1 l' C(一)书面送交。", '反映意见。+ B V- W" f) P$ q" U! }', "% o5 z* x* i; R8 L7 S+ t; |, E |", ''].join('\n');
    assert.deepEqual(where(more), ['3:1-3:19 8 W: ^* F/ m3 l- O', "4:1-4:19 2 b8 C2 X3 t1 l' C", '5:6-5:29 + B V- W" f) P$ q" U! }', '6:1-6:31 % o5 z* x* i; R8 L7 S+ t; |, E']);
  });

  it('stays silent on times, numbers, standard numbers, pipes and spaced letters in ordinary text', () => {
    const ok = [
      '某街道关于开展社区走访活动的通知',
      '各社区居委会：',
      '时间为03:00-05:00，按GB/T 9704-2012排版，编号A B C D E F G H依次排列。',
      '| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 |',
      '得分：1 2 3 4 5 6 7 8 9 10，等级：A+ B+ C+ D- E- F- G H。',
      '',
    ].join('\n');
    assert.deepEqual(where(ok), []);
  });
});

// real-notice round 6: a page inserts a dot between every character of a word (外交部.党.委.书.记.、副部长) to
// defeat copying or a keyword filter
describe('stray-spam: dots inserted between characters (real-notice round 6)', () => {
  const page = [
    '某市人民政府办公室关于调整市安全生产委员会成员的通知',
    '各县（市、区）人民政府，市政府各部门：',
    '经市政府同意，现将调整后的委员会成员名单通知如下：',
    '主任：张某某　市长',
    '成员：李某某　市委.宣.传.部.副部长，王某某　市发展改革委主任。',
    '赵某某　市公.安.局.副局长。请各成员单位认真履行职责。',
    '某市人民政府办公室',
    '2023年5月6日',
    '',
  ].join('\n');
  const where = (t: string) => check(t, ['stray-spam']).map((f) => `${locate(t, f).at} ${locate(t, f).text}`);

  for (const [name, text] of [
    ['lines', page],
    ['crlf', crlf(page)],
    ['half-width', halfWidth(page)],
    ['collapsed', collapse(page)],
    ['collapsed half-width', collapse(halfWidth(page))],
  ] as const) {
    it(`flags each dotted word, and the safe fix deletes only the dots (${name})`, () => {
      const found = check(text, ['stray-spam']);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['委.宣.传.部.', '公.安.局.']);
      assert.match(found[0].message.zh, /字间/);
      assert.equal(found[0].severity, 'error');
      assert.ok(found.every((f) => f.fixes[0].safe));
      const fixed = applyEdits(text, found.flatMap((f) => f.fixes[0].edits));
      assert.equal(fixed, text.replace('委.宣.传.部.', '委宣传部').replace('公.安.局.', '公安局'));
      assert.deepEqual(check(fixed, ['stray-spam']), []);
      // the dots are no sentence ends: no half-width 。 to make of them, and no paragraph ends after 部.
      assert.ok(check(text, ['punct-half-width']).every((f) => f.fixes[0].edits.every((e) => text[e.range.start] !== '.')));
    });
  }

  it('gives the line and column of each dotted word', () => {
    assert.deepEqual(where(page), ['5:9-5:17 委.宣.传.部.', '6:6-6:12 公.安.局.']);
  });

  it('stays silent on two dots, dotted numbers and Latin, and ordinary sentence ends', () => {
    for (const t of [
      '中.美两国开展合作。',
      '见第3.2.1条，版本V1.2.3.4，网址www.gov.cn。',
      'U.S.A.和P.R.C.是缩写。',
      '一.二.三.四.是序号。',
      '请认真贯彻落实.各单位要高度重视.',
      '统一.规范.',
    ]) {
      assert.deepEqual(spans(notice(t), 'stray-spam'), [], t);
    }
  });
});

// real-notice round 6: an SEO page dressed as a notice quotes a lottery draw (澳门最精准真正精准大金021期10-03-…-20 T:39)
describe('stray-spam: a lottery draw string (real-notice round 6)', () => {
  const page = notice(
    '一、加强宣传引导',
    '例如“澳门最精准真正精准大金021期10-03-40-06-39-20 T:39”的彩票，不仅具有吸引力，也是一个文化符号。',
    '二、今晚开奖结果128期05-12-33-41-07-19特:22已经公布，请及时查看。',
  );
  for (const [name, text] of [
    ['lines', page],
    ['crlf', crlf(page)],
    ['half-width', halfWidth(page)],
    ['collapsed', collapse(page)],
  ] as const) {
    it(`flags the draw with the lottery words glued before it, and deletes it (${name})`, () => {
      const found = check(text, ['stray-spam']);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [
        '澳门最精准真正精准大金021期10-03-40-06-39-20 T:39',
        '今晚开奖结果128期05-12-33-41-07-19特:22',
      ]);
      const fixed = applyEdits(text, found.flatMap((f) => f.fixes[0].edits));
      assert.ok(fixed.includes('例如“”的彩票'));
      assert.ok(fixed.includes('二、已经公布'));
      assert.deepEqual(check(fixed, ['stray-spam']), []);
    });
  }

  it('stays silent on issue numbers, dates, phone numbers and a welfare lottery’s own draw notice', () => {
    for (const t of [
      '《某市工作简报》2023年第021期刊发了有关经验。',
      '第12期培训班于2023-05-06举行，电话0571-87654321。',
      '双色球第2023021期开奖号码：03 10 06 39 40 20，蓝球05。',
      '编号021期10-03的档案已归档。',
      '分三期实施，第一期10-12月完成。',
    ]) {
      assert.deepEqual(spans(notice(t), 'stray-spam'), [], t);
    }
  });
});

describe('stray-spam: dots and draws stay linear', () => {
  it('reads a long run of dots and of 期 in linear time', () => {
    const t = '1.1.1.'.repeat(50000) + '党.'.repeat(50000) + '21期'.repeat(50000);
    const t0 = Date.now();
    const found = check(t, ['stray-spam']);
    assert.ok(Date.now() - t0 < 3000);
    // (the dot after the last 1 opens the chain: 1.党.党.…)
    assert.deepEqual(found.map((f) => f.fixes[0].edits.length), [50001]);
  });
});

// real-notice round 6: a page strews @@ after the words of a notice (各省@@、自治区@@…党的二@@十@@@@大精神@@)
describe('stray-spam: @@ strewn through the text (real-notice round 6)', () => {
  const page = notice(
    '一@@、总体要求@@',
    '（一@@）指导思想@@。全面贯彻党的二@@十@@@@大精神@@，落实全国@@生态环境保护大会部署@@。',
    '联系邮箱：abc@jx.gov.cn，代码@Override保持原样。',
  );
  for (const [name, text] of [
    ['lines', page],
    ['crlf', crlf(page)],
    ['half-width', halfWidth(page)],
    ['collapsed', collapse(page)],
  ] as const) {
    it(`one finding at the first, whose safe fix deletes every @@ run (${name})`, () => {
      const found = check(text, ['stray-spam']);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '@@');
      assert.equal(found[0].range.start, text.indexOf('@@'));
      assert.match(found[0].message.zh, /共 9 处/);
      assert.equal(found[0].fixes[0].safe, true);
      const fixed = applyEdits(text, found[0].fixes[0].edits);
      assert.equal(fixed, text.replace(/@@+/g, ''));
      assert.ok(fixed.includes('党的二十大精神') && fixed.includes('abc@jx.gov.cn') && fixed.includes('@Override'));
      assert.deepEqual(check(fixed, ['stray-spam']), []);
    });
  }

  it('stays silent on e-mail addresses, a single @ and @@ in Latin text', () => {
    for (const t of ['联系邮箱：abc@jx.gov.cn。', '微博@嘉兴发布。', '模板变量 @@name@@ 在代码中使用。']) {
      assert.deepEqual(spans(notice(t), 'stray-spam'), [], t);
    }
  });
});

// real-notice round 8: a hacked page put a gambling brand with its site words (江南体育官方网站入[口]) in place of the
// issuer's name, in the title and in the 署名
describe('stray-spam: a gambling brand with its site words (real-notice round 8)', () => {
  const t = [
    '江南体育官方网站入 关于转发市政务服务中心《某市政务数据共享工作方案》的通知',
    '各县、市、区人民政府，市直有关部门：',
    '　　市政务服务中心制定的《某市政务数据共享工作方案》已经市政府同意，现转发给你们，请认真组织实施。',
    '某市江南体育官方网站入',
    '2015年4月15日',
  ].join('\n');
  it('flags the brand and the site words after it, and deleting them leaves the rest', () => {
    for (const v of [t, crlf(t), collapse(t), halfWidth(t)]) {
      const found = check(v, ['stray-spam']);
      assert.deepEqual(found.map((f) => locate(v, f).text), ['江南体育官方网站入', '江南体育官方网站入'], v);
      const fixed = applyEdits(v, found.flatMap((f) => f.fixes[0].edits));
      assert.ok(fixed.startsWith('关于转发市政务服务中心'), fixed);
      assert.ok(fixed.includes('某市\n') || fixed.includes('某市\r\n') || fixed.includes('某市 2015'), fixed);
      assert.deepEqual(check(fixed, ['stray-spam']), []);
    }
    assert.deepEqual(check(t, ['stray-spam']).map((f) => locate(t, f).at), ['1:1-1:10', '4:3-4:12']);
    // other brands and site words: 开云体育官网, 华体会app下载, 乐鱼体育登录入口
    for (const [s, run] of [
      ['请访问开云体育官网了解详情。', '开云体育官网'],
      ['市华体会app下载体育局', '华体会app下载'],
      ['参与单位：乐鱼体育登录入口、市财政局。', '乐鱼体育登录入口'],
      ['江南体育官方网站入口 某市人民政府', '江南体育官方网站入口'],
      ['江南体育官方网站入驻单位名单', '江南体育官方网站'],
    ]) {
      assert.deepEqual(spans(s, 'stray-spam'), [run], s);
    }
  });
  it('stays silent on a brand-like name without its site words, and on a sports body’s own site', () => {
    for (const s of [
      '江南体育中心承办全市运动会。',
      '市体育局官方网站入口已开通。',
      '请登录江南区体育局官网报名。',
      '江南体育馆的官方网站正在建设。',
      '开云体育馆、华体会展中心、乐鱼体育公园（地名）',
    ]) {
      assert.deepEqual(spans(s, 'stray-spam'), [], s);
    }
  });
});

describe('stray-spam: 现金网 replacing a place name (real-notice round 11)', () => {
  const t = [
    '某市人民政府办公室关于印发《现金网投注站市爱国卫生工作方案》的通知',
    '各镇（乡）人民政府，市直各单位：',
    '《现金网投注站市爱国卫生工作方案》已经市政府同意，现印发给你们。',
    '某市人民政府办公室',
    '2024年7月26日',
  ].join('\n');
  it('flags 现金网投注站 each time, LF, CRLF and collapsed; deleting it leaves the rest', () => {
    for (const x of [t, crlf(t), collapse(t)]) {
      const found = check(x, ['stray-spam']);
      assert.deepEqual(found.map((f) => x.slice(f.range.start, f.range.end)), ['现金网投注站', '现金网投注站']);
      let out = x;
      for (const f of [...found].reverse()) out = applyEdits(out, f.fixes[0].edits);
      assert.equal(out, x.replace(/现金网投注站/g, ''));
    }
  });
  it('stays silent on 现金 and 网 in prose, and on a lottery’s 投注站', () => {
    const u = ['某市人民政府关于加强现金管理的通知', '各单位：', '严禁通过现金网点以外的渠道发放补贴，网上申报现金支出。', '加强体育彩票投注站和福利彩票投注站管理。', '某市人民政府', '2024年7月26日'].join('\n');
    assert.deepEqual(check(u, ['stray-spam']), []);
  });
});

describe('stray-spam: a gambling site’s name on its own (real-notice round 12)', () => {
  const t = ['欢乐水果机', '', '当前位置:欢乐水果机  > 政民互动  > 意见征集', '某县人民政府关于征集2023年民生实事项目的通知', '各乡镇人民政府：', '现将有关事项通知如下。', '某县人民政府', '2022年11月4日'].join('\n');
  it('flags 欢乐水果机 alone on its line (the copy in the breadcrumb is residue’s), LF, CRLF and collapsed', () => {
    for (const x of [t, crlf(t), collapse(t)]) {
      const found = check(x, ['stray-spam']);
      assert.deepEqual(found.map((f) => `${f.range.start} ${x.slice(f.range.start, f.range.end)}`), ['0 欢乐水果机']);
    }
    const f = check(t, ['stray-spam'])[0];
    assert.equal(applyEdits(t, f.fixes[0].edits).trimStart(), t.slice(t.indexOf('当前位置')));
  });
  it('stays silent on 水果机 named in a notice against gambling machines, and on 水果机械', () => {
    const u = ['某县公安局关于开展打击赌博违法犯罪专项行动的通告', '各乡镇：', '严厉打击利用老虎机、水果机等赌博机具赌博的违法行为。', '推广水果机械化采摘，收缴水果机3台。', '某县公安局', '2022年11月4日'].join('\n');
    assert.deepEqual(check(u, ['stray-spam']), []);
  });
});
