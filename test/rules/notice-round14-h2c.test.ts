// Round 14 (real notices): the notice frame and dates — a title naming a 方案 and its 任务分解表 (任务分工, 职责分工,
// 工作台账, 一览表) sharing one prefix, a 成文日期 written with 号 or in mixed digits, a year before the issuer in the
// title, a `·` bullet before the title, short forms in the 署名 (安委会办公室, 文明办 …), 人民政府 dropped from a body the
// government set up (防汛抗旱指挥部), a year range written with ～, full-width digits in a date. Cases from R's report.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

const found = (t: string, rules: string[]) => check(t, rules).map((f) => `${locate(t, f).at} ${locate(t, f).text} | ${f.message.zh}`);
const FRAME = ['notice-missing-element', 'notice-title-mismatch', 'notice-issuer-mismatch'];
const layouts = (t: string) => [t, crlf(t), halfWidth(t), collapse(t)];

describe('round 14: a title naming a 方案 and its 任务分解表 under one prefix (R P1)', () => {
  const notice = (second: string, cite2 = `某县秸秆禁烧${second}`) =>
    [
      `某县人民政府办公室关于印发某县秸秆禁烧工作方案和${second}的通知`,
      '各乡镇人民政府，县直各单位：',
      `　　现将《某县秸秆禁烧工作方案》《${cite2}》印发给你们，请认真贯彻执行。`,
      '某县人民政府办公室',
      '2024年3月15日',
      '某县秸秆禁烧工作方案',
      '一、总体要求',
      '　　加强领导。',
      '二、重点任务',
      '　　推进禁烧。',
      `某县秸秆禁烧${second}`,
      '一、宣传发动。牵头单位：县委宣传部。',
      '二、巡查管控。牵头单位：县农业农村局。',
    ].join('\n');
  for (const second of ['任务分解表', '任务分工', '任务分工表', '职责分工', '工作台账', '任务分解一览表']) {
    it(`splits 工作方案和${second} into two names; silent when both are cited and attached`, () => {
      for (const v of layouts(notice(second))) {
        assert.deepEqual(parse(v).notice.titledDocuments, ['某县秸秆禁烧工作方案', second], v);
        assert.deepEqual(found(v, FRAME), [], v);
      }
    });
  }
  it('both names in full split too', () => {
    const t = notice('某县秸秆禁烧任务分解表', '某县秸秆禁烧任务分解表').replace('秸秆禁烧某县秸秆禁烧', '秸秆禁烧');
    for (const v of layouts(t)) {
      assert.deepEqual(parse(v).notice.titledDocuments, ['某县秸秆禁烧工作方案', '某县秸秆禁烧任务分解表'], v);
      assert.deepEqual(found(v, FRAME), [], v);
    }
  });
  it('a body citing another second document is still reported', () => {
    const t = notice('任务分解表', '某县秸秆禁烧考核细则');
    const f = found(t, ['notice-title-mismatch']);
    assert.deepEqual(f, ['3:17-3:29 《某县秸秆禁烧考核细则》 | 正文所引《某县秸秆禁烧考核细则》与标题中印发的《某县秸秆禁烧工作方案》、《任务分解表》名称不一致，三处应为同一文件名称。']);
  });
  it('a title whose 和 joins no document kind stays one name', () => {
    assert.deepEqual(parse('某县人民政府关于印发某县秸秆禁烧和任务分工工作方案的通知\n各乡镇：\n　　现印发。').notice.titledDocuments, ['某县秸秆禁烧和任务分工工作方案']);
  });
});

describe('round 14: a 成文日期 written with 号, in mixed numerals, or with no day (R P7, P8)', () => {
  const notice = (date: string) =>
    ['某县人民政府办公室关于做好秸秆禁烧工作的通知', '各乡镇人民政府：', '　　现通知如下。', '　　一、明确范围', '　　全县。', '　　二、落实责任', '　　各乡镇负责。', '某县人民政府办公室', date].join('\n');
  const cases: [string, string][] = [
    ['2024年3月15号', '“日”写成了“号”'],
    ['2024年三月十五日', '月、日用了汉字数字'],
    ['2024年三月十五号', '“日”写成了“号”，月、日用了汉字数字'],
    ['２０２４年３月１５日', '用了全角数字'],
    ['２０２４年３月１５号', '用了全角数字，“日”写成了“号”'],
  ];
  for (const [date, why] of cases) {
    it(`${date}: read as the 成文日期; date-style says ${why}, fix 2024年3月15日`, () => {
      for (const v of [notice(date), crlf(notice(date)), collapse(notice(date))]) {
        const d = parse(v);
        assert.deepEqual(d.notice.signatures.map((s) => s.text), ['某县人民政府办公室'], v);
        assert.deepEqual([d.notice.signDate?.text, d.notice.signDate?.year, d.notice.signDate?.month, d.notice.signDate?.day], [date, 2024, 3, 15], v);
        assert.deepEqual(found(v, FRAME), [], v);
        const f = check(v, ['date-style']);
        assert.equal(f.length, 1, v);
        assert.equal(locate(v, f[0]).text, date);
        assert.equal(f[0].message.zh, `成文日期“${date}”不合 GB/T 9704-2012 7.3.5.3 的要求：${why}。应写作“2024年3月15日”。`);
        assert.deepEqual(f[0].fixes?.[0].edits.map((e) => e.newText), ['2024年3月15日']);
      }
    });
  }
  it('zero padding keeps its reason', () => {
    const f = check(notice('2024年03月05日'), ['date-style']);
    assert.equal(f[0].message.zh, '成文日期“2024年03月05日”不合 GB/T 9704-2012 7.3.5.3 的要求：月、日编了虚位（补了0）。应写作“2024年3月5日”。');
  });
  it('a date with no day closes the 署名 above it: only the 成文日期 is missing (laid out; collapsed left)', () => {
    for (const date of ['2024年3月', '二〇二四年三月']) {
      for (const v of [notice(date), crlf(notice(date))]) {
        assert.deepEqual(parse(v).notice.signatures.map((s) => s.text), ['某县人民政府办公室'], v);
        assert.deepEqual(found(v, ['notice-missing-element']), ['1:1-1:23 某县人民政府办公室关于做好秸秆禁烧工作的通知 | 通知缺少成文日期（GB/T 9704-2012 7.3）。'], v);
      }
    }
  });
  it('a 号 line in the body is no 成文日期', () => {
    const t = notice('2024年3月15日').replace('　　全县。', '　　全县。\n2024年3月1号');
    assert.equal(parse(t).notice.signDate?.text, '2024年3月15日');
  });
});

describe('round 14: the title’s issuer against the 署名 (R P3, P4, P5, P6)', () => {
  const notice = (title: string, sig: string) =>
    [title, '各乡镇人民政府，县直各单位：', '　　现通知如下。', '　　一、工作范围', '　　全县。', '　　二、工作要求', '　　按时报送。', sig, '2024年3月15日'].join('\n');
  const ISSUER = ['notice-issuer-mismatch'];
  const silent: [string, string][] = [
    // P3: a year before (or after) the issuer
    ['2024年某县关于开展秸秆禁烧工作的通知', '某县人民政府'],
    ['２０２４年某县关于开展秸秆禁烧工作的通知', '某县人民政府'],
    ['某区2024年关于开展秸秆禁烧工作的通知', '某区人民政府'],
    ['2024年某县教育局关于开展校园安全检查的通知', '某县教育局'],
    // P4: a bullet before the title
    ['·某县教育局关于开展校园安全检查的通知', '某县教育局'],
    ['・ 某县教育局关于开展校园安全检查的通知', '某县教育局'],
    // P5: standard short forms in the 署名
    ['某县安全生产委员会办公室关于开展燃气安全排查整治的通知', '某县安委会办公室'],
    ['某县爱国卫生运动委员会办公室关于开展爱国卫生月活动的通知', '某县爱卫会办公室'],
    ['某县精神文明建设指导委员会办公室关于开展文明城市创建工作的通知', '某县文明办'],
    ['某县妇女儿童工作委员会关于开展儿童节活动的通知', '某县妇儿工委'],
    ['某县城市管理综合行政执法局关于开展市容整治的通知', '某县城管局'],
    // P6: 人民政府 before a body the government sets up
    ['某县人民政府防汛抗旱指挥部关于做好2024年汛期值班工作的通知', '某县防汛抗旱指挥部'],
    ['某县人民政府防汛抗旱指挥部关于做好2024年汛期值班工作的通知', '某县防指'],
    ['某县人民政府食品安全委员会办公室关于开展食品安全检查的通知', '某县食安委办'],
    ['某县人民政府食品安全委员会办公室关于开展食品安全检查的通知', '某县食品安全委员会办公室'],
    ['某县人民政府安全生产委员会关于开展安全生产检查的通知', '某县安委会'],
    ['某县人民政府第五次全国经济普查领导小组办公室关于开展清查工作的通知', '某县经普办'],
    ['某县人民政府教育督导委员会办公室关于开展督导检查的通知', '某县教育督导委员会办公室'],
  ];
  for (const [title, sig] of silent) {
    it(`silent: ${title} signed ${sig}`, () => {
      for (const v of [notice(title, sig), crlf(notice(title, sig)), collapse(notice(title, sig))]) assert.deepEqual(found(v, ISSUER), [], v);
    });
  }
  const reported: [string, string, string][] = [
    ['2024年某县教育局关于开展校园安全检查的通知', '某县财政局', '某县教育局'],
    ['某县防汛抗旱指挥部关于做好2024年汛期值班工作的通知', '某县防汛抗旱指挥部办公室', '某县防汛抗旱指挥部'],
    ['某县第五次全国经济普查领导小组关于开展清查工作的通知', '某县经普办', '某县第五次全国经济普查领导小组'],
    ['某县人民政府办公室关于开展安全生产检查的通知', '某县办公室', '某县人民政府办公室'],
    ['某县安全生产委员会办公室关于开展安全生产检查的通知', '某县安委会', '某县安全生产委员会办公室'],
  ];
  for (const [title, sig, issuer] of reported) {
    it(`still reported: ${title} signed ${sig}`, () => {
      const t = notice(title, sig);
      assert.deepEqual(found(t, ISSUER), [`8:1-8:${sig.length + 1} ${sig} | 发文机关署名“${sig}”与标题中的发文机关“${issuer}”不一致（GB/T 9704-2012 7.3.5.1：署名应为发文机关全称或规范化简称）。`]);
    });
  }
});

describe('round 14: a year range written with ～ in one title and — or - in another (R P12)', () => {
  const notice = (titled: string, attached: string) =>
    [
      `某县人民政府办公室关于印发《某县全民健身实施计划（${titled}年）》的通知`,
      '各乡镇人民政府：',
      `　　现将《某县全民健身实施计划（${titled}年）》印发给你们，请认真贯彻执行。`,
      '某县人民政府办公室',
      '2024年3月15日',
      `某县全民健身实施计划（${attached}年）`,
      '一、总体要求',
      '　　加强领导。',
      '二、重点任务',
      '　　推进工作。',
    ].join('\n');
  for (const [a, b] of [['2024—2026', '2024～2026'], ['2024-2026', '2024～2026'], ['2024～2026', '2024—2026'], ['2024——2026', '2024-2026'], ['2024—2026', '2024~2026']]) {
    it(`silent: ${a} in the title, ${b} attached`, () => {
      for (const v of [notice(a, b), crlf(notice(a, b)), collapse(notice(a, b))]) assert.deepEqual(found(v, ['notice-title-mismatch']), [], v);
    });
  }
  it('a different year range is still reported', () => {
    const t = notice('2024—2026', '2024～2027');
    assert.deepEqual(found(t, ['notice-title-mismatch']).map((x) => x.split(' | ')[0]), ['6:1-6:23 某县全民健身实施计划（2024～2027年）']);
  });
});

describe('round 14: a title X印发Y的通知 without 关于 (R P9)', () => {
  const notice = (title: string, attached = '重点工作任务分工') =>
    [title, '各区人民政府：', '现将《重点工作任务分工》印发给你们，望遵照执行。', '某市人民政府', '2024年5月6日', attached, '为完成今年目标任务，现将重点工作分工如下。', '一、稳定经济增长', '1.扩大有效投资。（牵头单位：市发展改革委）', '二、保障民生', '1.稳定就业。（牵头单位：市人力社保局）'].join('\n');
  for (const title of ['某市人民政府印发重点工作任务分工的通知', '某市人民政府印发《重点工作任务分工》的通知', '某市发展和改革委员会印发重点工作任务分工的通知']) {
    // (collapsed, the attached title glued to its intro sentence is not split off with 关于印发 either: paragraphs.ts)
    it(`${title}: issues 重点工作任务分工, whose attached title is found`, () => {
      for (const v of [notice(title), crlf(notice(title))]) {
        const d = parse(v);
        assert.equal(d.notice.kind, 'issue', v);
        assert.deepEqual(d.notice.titledDocuments, ['重点工作任务分工'], v);
        assert.equal(d.attachment?.title.text, '重点工作任务分工', v);
        assert.deepEqual(found(v, FRAME), [], v);
      }
    });
  }
  it('an attached title that differs is reported', () => {
    const t = notice('某市人民政府印发重点工作任务分工的通知', '重点工作任务清单');
    assert.deepEqual(found(t, ['notice-title-mismatch']).map((x) => x.split(' | ')[0]), ['6:1-6:9 重点工作任务清单']);
  });
  it('an attached 任务分工 wrapped over two lines is the attached title (天津市人民政府印发关于落实……的通知)', () => {
    const t = notice('某市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知', '关于落实国务院《政府工作报告》\n重点工作任务分工').replace(
      '现将《重点工作任务分工》',
      '现将《关于落实国务院〈政府工作报告〉重点工作任务分工》',
    );
    for (const v of [t, crlf(t)]) {
      assert.deepEqual(parse(v).notice.titledDocuments, ['关于落实国务院《政府工作报告》重点工作任务分工'], v);
      assert.equal(parse(v).attachment?.title.text.replace(/\r?\n/, ''), '关于落实国务院《政府工作报告》重点工作任务分工', v);
      assert.deepEqual(found(v, FRAME), [], v);
    }
    // (a 的 before the kind left out of the notice's title, 重点工作的任务分工 → 重点工作任务分工, so as not to say 的 twice:
    // the same name; a real difference is still reported)
    const d = t.replace('\n重点工作任务分工', '\n重点工作的任务分工').replace('《关于落实国务院〈政府工作报告〉重点工作任务分工》', '《关于落实国务院〈政府工作报告〉重点工作的任务分工》');
    for (const v of [d, crlf(d)]) assert.deepEqual(found(v, FRAME), [], v);
    const e = t.replace('\n重点工作任务分工', '\n重点工作的任务清单');
    assert.deepEqual(found(e, ['notice-title-mismatch']).map((x) => x.split(' | ')[0]), ['6:1-7:10 关于落实国务院《政府工作报告》\n重点工作的任务清单']);
  });
  it('a title whose words before 印发 are no issuing body stays as it was', () => {
    assert.equal(parse(notice('做好重点工作印发材料的通知')).notice.kind, 'other');
  });
});
