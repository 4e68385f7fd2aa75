import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { findSpamRuns } from '../../server/src/core/rules/stray/stray-spam';
import { check, collapse, crlf, seedText, spans, locate, halfWidth } from '../helpers';

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
