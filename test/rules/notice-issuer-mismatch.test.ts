import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
import { build } from './notice-rules.fixture';

const rule = 'notice-issuer-mismatch';

describe(rule, () => {
  it('is silent on the seed and a consistent notice', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(build(), [rule]), []);
    assert.deepEqual(check(collapse(build()), [rule]), []);
  });

  it('finds a signature that differs from the title’s issuer', () => {
    const t = build({ signature: '嘉兴市人民政府' });
    assert.deepEqual(spans(t, rule), ['嘉兴市人民政府']);
    assert.deepEqual(spans(collapse(t), rule), ['嘉兴市人民政府']);
  });

  // a real joint notice: each issuer on a line of its own above 关于印发……的通知, both signed
  it('is silent on joint issuers written on lines of their own above the title', () => {
    const t = [
      '中共嘉兴市委办公室',
      '嘉兴市人民政府办公室',
      '关于印发嘉兴市推进服务业发展工作方案的通知',
      '各县（市、区）党委和人民政府，市级各部门：',
      '　　现将《嘉兴市推进服务业发展工作方案》印发给你们，请认真贯彻落实。',
      '中共嘉兴市委办公室',
      '嘉兴市人民政府办公室',
      '2024年6月18日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t)]) assert.deepEqual(spans(v, rule), []);
    // the second issuer on the title's line: 中共嘉兴市委办公室 / 嘉兴市人民政府办公室关于印发……的通知
    const two = t.replace('嘉兴市人民政府办公室\n关于', '嘉兴市人民政府办公室关于');
    assert.deepEqual(spans(two, rule), []);
    // one of them not signed is still found
    const one = t.replace('中共嘉兴市委办公室\n嘉兴市人民政府办公室\n2024', '嘉兴市人民政府办公室\n2024');
    assert.equal(spans(one, rule).length, 1);
  });

  // a real joint notice of twelve provincial bodies signing two a row, six rows
  it('reads every row of a long joint signature (two bodies a row)', () => {
    const bodies = ['嘉兴市卫生健康委员会', '嘉兴市发展和改革委员会', '嘉兴市教育局', '嘉兴市公安局', '嘉兴市财政局', '嘉兴市民政局', '嘉兴市商务局', '嘉兴市农业农村局'];
    const rows: string[] = [];
    for (let i = 0; i < bodies.length; i += 2) rows.push(bodies[i] + ' '.repeat(24) + bodies[i + 1]);
    const t = [
      `${bodies.join('、')}关于印发嘉兴市流感应急预案的通知`,
      '各县（市、区）人民政府，市政府各部门：',
      '　　现将《嘉兴市流感应急预案》印发给你们，请认真贯彻执行。',
      ...rows,
      '2024年6月18日',
    ].join('\n');
    for (const v of [t, crlf(t)]) assert.deepEqual(spans(v, rule), []);
  });

  it('keeps 和 inside a body’s name (人力资源和社会保障局) and splits A和B joint titles', () => {
    const joint = [
      '嘉兴市人力资源和社会保障局　嘉兴市财政局关于做好城乡居民基本养老保险待遇调整工作的通知',
      '各县（市、区）人力资源和社会保障局、财政局：',
      '　　现将有关事项通知如下。',
      '嘉兴市人力资源和社会保障局　　　　　嘉兴市财政局',
      '2024年6月18日',
    ].join('\n');
    assert.deepEqual(spans(joint, rule), []);
    assert.deepEqual(spans(collapse(joint), rule), []);
    const he = joint.replace('嘉兴市人力资源和社会保障局　嘉兴市财政局关于', '嘉兴市人力资源和社会保障局和嘉兴市财政局关于');
    assert.deepEqual(spans(he, rule), []);
    const wrong = joint.replace('　　　　　嘉兴市财政局\n', '\n');
    assert.deepEqual(spans(wrong, rule), ['嘉兴市人力资源和社会保障局']);
  });

  it('takes the issuer before 批转/转发 in a title without 关于 before the verb', () => {
    const t = [
      '嘉兴市人民政府批转市财政局关于市级行政事业单位国有资产管理暂行办法的通知',
      '各县（市、区）人民政府，市政府各部门、直属各单位：',
      '　　市政府同意市财政局《关于市级行政事业单位国有资产管理暂行办法》，现批转给你们，请遵照执行。',
      '嘉兴市人民政府',
      '二〇〇五年五月二十日',
    ].join('\n');
    assert.deepEqual(spans(t, rule), []);
    assert.deepEqual(spans(t.replace('嘉兴市人民政府批转', '嘉兴市人民政府办公室转发'), rule), ['嘉兴市人民政府']);
  });

  it('is silent on a title that leaves the place out of the issuer when the signature names it in full', () => {
    const t = [
      '区人民政府办公室关于印发蔡甸区优化营商环境重点任务责任分工的通知',
      '各街乡镇人民政府，区政府各部门：',
      '　　现将《蔡甸区优化营商环境重点任务责任分工》印发给你们，请认真贯彻落实。',
      '蔡甸区人民政府办公室',
      '2023年1月5日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(spans(v, rule), []);
    // a different body is still found, and so is a place-less issuer the signature does not end with
    assert.deepEqual(spans(t.replace('蔡甸区人民政府办公室\n', '蔡甸区人民政府\n'), rule), ['蔡甸区人民政府']);
    assert.deepEqual(spans(t.replace('蔡甸区人民政府办公室\n', '蔡甸区财政局\n'), rule), ['蔡甸区财政局']);
  });

  // a law database's copy: the issuer above the title carries its province (湖北省X市人民政府), the signature does not
  it('is silent when the title’s issuer only adds its province or region before the signed body, either way round', () => {
    const t = [
      '湖南省某某市人民政府',
      '关于批转某某市中小学招生管理规定的通知',
      '各区人民政府，市人民政府各部门：',
      '　　市人民政府同意市教育局制定的《某某市中小学招生管理规定》，现转发给你们，请遵照执行。',
      '某某市人民政府',
      '2015年6月17日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(spans(v, rule), [], v);
    const r = t.replace('湖南省某某市人民政府\n', '广西壮族自治区某某市人民政府\n');
    assert.deepEqual(spans(r, rule), []);
    assert.deepEqual(spans(t.replace('湖南省某某市人民政府\n', '某某市人民政府\n').replace('某某市人民政府\n2015', '湖南省某某市人民政府\n2015'), rule), []);
    // another province's body, or a place that is no province, is still found
    assert.deepEqual(spans(t.replace('湖南省某某市人民政府\n', '某某县某某市人民政府\n'), rule), ['某某市人民政府']);
    assert.deepEqual(spans(t.replace('某某市人民政府\n2015', '某某市人民政府办公室\n2015'), rule), ['某某市人民政府办公室']);
  });

  // audit: CRLF and half-width layouts, exact ranges, and the (unsafe) fix's result
  it('finds the differing signature with CRLF and half-width punctuation; the fix signs with the title’s issuer', () => {
    const t = build({ signature: '嘉兴市人民政府' });
    for (const [v, at] of [[t, '4:1-4:8'], [crlf(t), '4:1-4:8'], [halfWidth(t), '4:1-4:8'], [collapse(halfWidth(t)), '1:99-1:106']]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => `${locate(v, f).at} ${locate(v, f).text}`), [`${at} 嘉兴市人民政府`]);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace(/嘉兴市人民政府(?=\r?\n| 2010)/, '嘉兴市人民政府办公室'));
    }
    for (const v of [crlf(build()), halfWidth(build()), collapse(halfWidth(build()))]) assert.deepEqual(check(v, [rule]), []);
  });
  // real (round 4): the page lists the attachment's file name (……纲要.docx) between the body and the 成文日期
  it('takes no attachment file name for the 署名', () => {
    const t = [
      '嘉兴市人民政府关于印发嘉兴市国民经济和社会发展第十四个五年规划纲要的通知',
      '各县（市、区）人民政府，市政府各部门：',
      '　　《嘉兴市国民经济和社会发展第十四个五年规划纲要》已经市人大审议批准，现印发给你们，请认真贯彻执行。',
      '嘉兴市国民经济和社会发展第十四个五年规划纲要.docx',
      '2021年9月23日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), t.replace('.docx', '.pdf'), t.replace('.docx', '.DOC')]) assert.deepEqual(spans(v, rule), [], v);
    // the issuer's name above the file name is still read
    const signed = t.replace('纲要.docx\n', '纲要.docx\n嘉兴市人民政府办公室\n');
    assert.deepEqual(spans(signed, rule), ['嘉兴市人民政府办公室']);
  });
  // real (round 5): a news page's headline with a qualifier above the notice's own title (no issuer in it)
  it('reads the own title, not a news headline joined to it', () => {
    const t = ['某市关于实施交通管制的通告(某市交通管理局)', '', '关于实施交通管制的通告', '　　为保证防汛车辆安全通行，禁止一切车辆通行。', '　　特此通告。', '某市公安局', '2021年10月9日'].join('\n');
    for (const v of [t, crlf(t), collapse(t)]) assert.deepEqual(spans(v, rule), [], v);
  });
  // real (round 5): two issuers on the title's line, set apart by blanks; 区政府办公室 is the short form of the signed
  // 某某区人民政府办公室
  it('reads two issuers on the title’s line and takes 政府 for 人民政府', () => {
    const t = [
      '区委办公室 区政府办公室 关于印发《某某区基层治理创新工作方案》的通知',
      '各街道，区委各部委，区级国家机关各委办局：',
      '　　《某某区基层治理创新工作方案》已经区委、区政府同意，现印发给你们，请认真贯彻执行。',
      '中共某某区委办公室',
      '某某区人民政府办公室',
      '2023年11月3日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t), t.replace('区政府办公室 关于', '区政府办公室关于')]) assert.deepEqual(spans(v, rule), [], v);
    // the other way round: the title names 人民政府, the signature its short form
    const r = t.replace('区委办公室 区政府办公室 关于', '某某区人民政府办公室关于').replace('中共某某区委办公室\n某某区人民政府办公室', '某某区政府办公室');
    for (const v of [r, crlf(r), collapse(r)]) assert.deepEqual(spans(v, rule), [], v);
    // a body that is not signed is still found: 区政府办公室 is no 区财政局; 政府 is not 人民政府办公室
    assert.deepEqual(spans(t.replace('某某区人民政府办公室\n2023', '某某区财政局\n2023'), rule), ['中共某某区委办公室']);
    assert.deepEqual(spans(r.replace('某某区政府办公室\n', '某某区政府\n'), rule), ['某某区政府']);
  });

  // real (round 5): a page's title field puts the 发文字号 before the title; the number is no issuer
  it('takes no 发文字号 before the title for its issuer', () => {
    const t = [
      '某政发〔2021〕1号关于印发2021年某某县政府重要工作事项责任分工的通知',
      '各镇政府，县政府各部门：',
      '　　现将《2021年某某县政府重要工作事项责任分工》印发给你们，请认真抓好落实。',
      '某某县人民政府',
      '2021年2月10日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t), t.replace('号关于', '号 关于'), t.replace('号关于', '号\u3000关于')]) assert.deepEqual(spans(v, rule), [], v);
    // an issuer after the number is still compared
    const u = t.replace('1号关于', '1号某某县人民政府办公室关于');
    assert.deepEqual(spans(u, rule), ['某某县人民政府']);
    // also when the page gives the 发文字号 on a line of its own above (the parser splits the title either way)
    const above = `某政发〔2021〕1号\n${t}`;
    for (const v of [above, crlf(above)]) {
      assert.deepEqual(spans(v, rule), [], v);
      assert.equal(parse(v).notice.title?.text, '关于印发2021年某某县政府重要工作事项责任分工的通知');
    }
  });

  // real (round 8): a district's office leaves its city out of the title; the signature names the city first
  it('is silent when one side only adds the city (or province and city) before a district or county body, either way round', () => {
    const t = [
      '湖滨区人民政府办公室关于印发湖滨区垃圾分类工作实施方案的通知',
      '各街道办事处，区直各单位：',
      '　　经区政府同意，现将《湖滨区垃圾分类工作实施方案》印发给你们，请认真贯彻落实。',
      '江海市湖滨区人民政府办公室',
      '2016年12月27日',
    ].join('\n');
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(spans(v, rule), [], v);
    const both = t.replace('江海市湖滨区人民政府办公室\n', '某某省江海市湖滨区人民政府办公室\n');
    const reverse = t.replace('湖滨区人民政府办公室关于', '江海市湖滨区人民政府办公室关于').replace('江海市湖滨区人民政府办公室\n2016', '湖滨区人民政府办公室\n2016');
    const county = t.replace(/湖滨区/g, '临江县').replace('江海市临江县', '江海自治州临江县');
    for (const v of [both, reverse, crlf(reverse), collapse(reverse), county]) assert.deepEqual(spans(v, rule), [], v);
    // the city's own body, or another district's, is still found; so is a place that is no city before the body
    assert.deepEqual(spans(t.replace('江海市湖滨区人民政府办公室\n', '江海市人民政府办公室\n'), rule), ['江海市人民政府办公室']);
    assert.deepEqual(spans(t.replace('江海市湖滨区人民政府办公室\n', '江海市湖西区人民政府办公室\n'), rule), ['江海市湖西区人民政府办公室']);
    assert.deepEqual(spans(t.replace('江海市湖滨区人民政府办公室\n', '江海县湖滨区人民政府办公室\n'), rule), ['江海县湖滨区人民政府办公室']);
    // the city before a body that names no place of its own is another body
    const bare = t.replace('湖滨区人民政府办公室关于', '人民政府办公室关于');
    assert.deepEqual(spans(bare, rule), ['江海市湖滨区人民政府办公室']);
  });

  // real (round 8): a hacked page put a gambling brand in place of the issuer's name in the title and the 署名;
  // stray-spam flags it, and two names spoilt by it are not compared
  it('compares no issuer or 署名 that holds injected spam', () => {
    const t = [
      '江南体育官方网站入 关于转发市政务服务中心《某市政务数据共享工作方案》的通知',
      '各县、市、区人民政府，市直有关部门：',
      '　　市政务服务中心制定的《某市政务数据共享工作方案》已经市政府同意，现转发给你们，请认真组织实施。',
      '某市江南体育官方网站入',
      '2015年4月15日',
    ].join('\n');
    for (const v of [t, crlf(t), collapse(t)]) {
      assert.deepEqual(spans(v, rule), [], v);
      assert.equal(spans(v, 'stray-spam').length, 2);
    }
    // a clean title and a clean 署名 are still compared
    const clean = t.replace('江南体育官方网站入 关于', '某市人民政府办公室关于').replace('某市江南体育官方网站入', '某市人民政府');
    assert.deepEqual(spans(clean, rule), ['某市人民政府']);
  });

  // real (round 10): a joint notice of seven bodies titled 某县教育局等七部门关于印发……, the seven signing two a row
  it('reads X等N部门 in the title as X and the bodies with it: silent when the 署名 names X', () => {
    const t = [
      '某县农业农村局等三部门关于印发某县秸秆综合利用工作方案的通知',
      '',
      '各乡镇人民政府，县直有关单位：',
      '　　现将《某县秸秆综合利用工作方案》印发给你们，请认真贯彻落实。',
      '',
      '某县农业农村局     某县生态环境局',
      '某县财政局',
      '2024年3月1日',
    ].join('\n');
    const variants = (x: string) => [x, crlf(x), halfWidth(x), collapse(x)];
    for (const v of variants(t)) assert.deepEqual(check(v, [rule]), [], v);
    // 等部门 without a count, 等3个部门, 等三单位; X signed second, or alone
    for (const title of ['某县农业农村局等部门关于', '某县农业农村局等3个部门关于', '某县农业农村局等三单位关于']) {
      const v = t.replace('某县农业农村局等三部门关于', title);
      assert.deepEqual(check(v, [rule]), [], v);
    }
    const second = t.replace('某县农业农村局     某县生态环境局', '某县生态环境局     某县农业农村局');
    const alone = t.replace('某县农业农村局     某县生态环境局\n某县财政局', '某县农业农村局');
    for (const v of [...variants(second), ...variants(alone)]) assert.deepEqual(check(v, [rule]), [], v);
    // X not signed at all is still found, with no fix (the 署名 cannot be “X等三部门”)
    const other = t.replace('某县农业农村局     某县生态环境局', '某县水利局     某县生态环境局');
    for (const v of [other, crlf(other)]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => locate(v, f).at), ['6:1-6:18']);
      assert.match(found[0].message.zh, /“某县农业农村局等三部门”不一致/);
      assert.deepEqual(found[0].fixes, []);
    }
  });

  // real (round 10): 某某高新区关于…… signed 某某高新区管委会; 某某县关于…… signed 某某县人民政府
  it('is silent when the 署名 is the title’s place followed by 管委会, 人民政府 or 政府 (街道: 办事处)', () => {
    const doc = (issuer: string, signature: string) =>
      [`${issuer}关于做好防汛工作的通知`, '各部门：', '　　现就做好防汛工作通知如下。', '一、压实责任', '各部门要落实防汛责任。', '二、加强值守', '各部门要加强值班值守。', signature, '2023年5月1日'].join('\n');
    for (const [issuer, signature] of [
      ['某某高新区', '某某高新区管委会'],
      ['某某高新区', '某某高新区管理委员会'],
      ['某某经济开发区', '某某经济开发区管委会'],
      ['某某县', '某某县人民政府'],
      ['某某县', '某某县政府'],
      ['某某镇', '某某镇人民政府'],
      ['某某街道', '某某街道办事处'],
    ]) {
      const t = doc(issuer, signature);
      for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(check(v, [rule]), [], v);
    }
    // another body after the place, or another place, is still found, with its fix
    for (const [issuer, signature] of [
      ['某某县', '某某县财政局'],
      ['某某县', '某某县人民政府办公室'],
      ['某某高新区', '某某开发区管委会'],
      ['某某县财政局', '某某县财政局人民政府'],
    ]) {
      const t = doc(issuer, signature);
      const found = check(t, [rule]);
      assert.deepEqual(found.map((f) => `${locate(t, f).at} ${locate(t, f).text}`), [`8:1-8:${signature.length + 1} ${signature}`], t);
      assert.equal(applyEdits(t, found[0].fixes[0].edits), doc(issuer, issuer));
    }
  });
});
