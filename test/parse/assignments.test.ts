// Task assignments and their unit lists: every form, exact ranges, both layouts, CRLF, full/half width.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { findAssignments, declaresFirstListedLead } from '../../server/src/core/parse/assignments';
import { parseUnitList } from '../../server/src/core/parse/unitlist';
import { parse } from '../../server/src/core/parse/index';
import type { Assignment } from '../../server/src/core/model';
import { collapse, crlf, halfWidth, samplePath, seedText } from '../helpers';

/** Every span of the assignments must cover exactly its text. */
function checkSpans(text: string, as: Assignment[]): void {
  for (const a of as) {
    assert.ok(a.range.start < a.range.end);
    for (const e of a.entries) {
      if (e.label) assert.equal(text.slice(e.label.start, e.label.end), e.label.text);
      if (e.colon) assert.equal(text.slice(e.colon.start, e.colon.end), e.colon.text);
      assert.equal(text.slice(e.list.start, e.list.end), e.list.text);
      for (const u of e.units) {
        assert.equal(text.slice(u.start, u.end), u.text);
        assert.ok(u.start >= a.range.start && u.end <= a.range.end);
      }
    }
  }
}

/** Compact description: per assignment, form and entries as 'label|role: unit/role …'. */
function describe_(as: Assignment[]): string[][] {
  return as.map((a) => [a.form, ...a.entries.map((e) => `${e.label?.text ?? '-'}|${e.role}: ${e.units.map((u) => `${u.text}/${u.role[0]}`).join(' ')}`)]);
}

function find(text: string): Assignment[] {
  const as = findAssignments(text, [], []);
  checkSpans(text, as);
  return as;
}

const NOTICE = [
  '嘉兴市人民政府办公室关于印发推进某某工作方案的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '现将方案印发给你们，请认真贯彻实施。',
  '一、工作任务',
  '（一）推进某某建设。加快推进建设，完善功能。',
  '牵头单位：市发改委。',
  '参与单位：各县（市、区）政府，市财政局、嘉兴经济技术开发区（国际商务区）管委会、市发展改革委（信息产业局）等。',
  '（二）完善考核办法。每年组织一次考核，由市发改委牵头负责汇总。',
  '牵头部门：市考评办、市统计局。',
  '责任单位：市委宣传部和市文明办。',
].join('\n');

describe('parse/assignments', () => {
  const expected = [
    ['sentence', '牵头单位|lead: 市发改委/l', '参与单位|participant: 各县（市、区）政府/p 市财政局/p 嘉兴经济技术开发区（国际商务区）管委会/p 市发展改革委（信息产业局）/p'],
    ['sentence', '牵头部门|lead: 市考评办/l 市统计局/l', '责任单位|participant: 市委宣传部/p 市文明办/p'],
  ];

  it('finds label sentences with exact unit ranges (one paragraph per line)', () => {
    const as = find(NOTICE);
    assert.deepEqual(describe_(as), expected);
    const a = as[0];
    assert.equal(NOTICE.slice(a.range.start, a.range.end), '牵头单位：市发改委。\n参与单位：各县（市、区）政府，市财政局、嘉兴经济技术开发区（国际商务区）管委会、市发展改革委（信息产业局）等。');
    const u = a.entries[0].units[0];
    assert.equal(u.start, NOTICE.indexOf('牵头单位：市发改委') + 5);
    assert.equal(u.end, u.start + 4);
    assert.equal(a.entries[0].label!.text, '牵头单位');
    assert.equal(a.entries[0].colon!.text, '：');
    // trailing 等 and 。 are not part of the list's last unit
    const last = a.entries[1].units[3];
    assert.equal(NOTICE.slice(last.end, last.end + 2), '等。');
  });

  it('gives the same assignments collapsed, with CRLF and half-width punctuation', () => {
    for (const t of [collapse(NOTICE), crlf(NOTICE), halfWidth(NOTICE), collapse(halfWidth(NOTICE)), crlf(halfWidth(NOTICE))]) {
      const as = find(t);
      const want = t.includes('(') ? expected.map((x) => x.map((s) => s.replace(/（/g, '(').replace(/）/g, ')'))) : expected;
      assert.deepEqual(describe_(as), want);
    }
    // through parse(): the parser's own paragraphs
    assert.deepEqual(describe_(parse(NOTICE).assignments), expected);
    assert.deepEqual(describe_(parse(collapse(NOTICE)).assignments), expected);
  });

  it('does not treat prose (由市发改委牵头负责) as an assignment', () => {
    const as = find('每个大类由一位市领导牵头，协调解决问题。由市发改委牵头负责汇总。市财政局负责资金保障。');
    assert.deepEqual(as, []);
  });

  it('skips residue ranges', () => {
    const t = '牵头单位：市发改委。\n牵头单位：市财政局。';
    const as = findAssignments(t, [], [{ start: 0, end: 10 }]);
    assert.deepEqual(describe_(as), [['sentence', '牵头单位|lead: 市财政局/l']]);
  });

  it('records an empty label (牵头单位：。) with no unit', () => {
    const t = '1.做好某项工作。\n牵头单位：。\n参与部门：市财政局。';
    const as = find(t);
    assert.equal(as.length, 1);
    assert.deepEqual(as[0].entries[0].units, []);
    assert.equal(as[0].entries[0].list.text, '');
    assert.equal(as[0].entries[0].list.start, t.indexOf('：') + 1);
  });

  it('reads 责任单位 as lead alone, as participants beside 牵头单位', () => {
    assert.deepEqual(describe_(find('责任单位：市发改委、市财政局。')), [['sentence', '责任单位|lead: 市发改委/l 市财政局/l']]);
    assert.deepEqual(describe_(find('牵头单位：市发改委；责任单位：市财政局。')), [['sentence', '牵头单位|lead: 市发改委/l', '责任单位|participant: 市财政局/p']]);
    assert.deepEqual(describe_(find('主办单位：市发改委，协办单位：市财政局。')), [['sentence', '主办单位|lead: 市发改委/l', '协办单位|participant: 市财政局/p']]);
  });

  it('a (牵头) mark after a unit makes it lead', () => {
    assert.deepEqual(describe_(find('责任单位：市财政局、市发改委（牵头）、市统计局。')), [['sentence', '责任单位|lead: 市财政局/p 市发改委/l 市统计局/p']]);
  });

  describe('lishui: label lines, first-listed-leads declaration, 分别牵头', () => {
    const text = readFileSync(samplePath('lishui-2023-zhongdian-gongzuo.txt'), 'utf8');
    for (const [name, t] of [['lines', text], ['collapsed', collapse(text)], ['crlf', crlf(text)]] as const) {
      it(name, () => {
        assert.ok(declaresFirstListedLead(t));
        const as = find(t);
        assert.equal(as.length, 11);
        assert.ok(as.every((a) => a.form === 'line'));
        assert.deepEqual(describe_([as[0]]), [['line', '责任单位|lead: 市发改委/l']]);
        const four = as[3];
        assert.equal(four.entries[0].units.length, 12);
        assert.deepEqual(four.entries[0].units.slice(0, 2).map((u) => `${u.text}/${u.role}`), ['市发改委/lead', '市经信局/participant']);
        assert.equal(four.entries[0].units[11].text, '市卫生健康委');
        assert.equal(four.entries[0].remarks!.length, 1);
        const r = four.entries[0].remarks![0];
        assert.equal(t.slice(r.start, r.end), '(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)');
        assert.deepEqual(describe_([as[5]]), [['line', '责任单位|lead: 市人力社保局/l 市农业农村局/l']]);
        assert.equal(as[5].entries[0].respectively!.text, '分别牵头');
        assert.deepEqual(describe_([as[9]]), [['line', '责任单位|lead: 市双招双引办/l 市发改委/p 市经信局/p 各县(市、区)政府/p 丽水开发区管委会/p']]);
      });
    }
    it('without the declaration every 责任单位 unit leads', () => {
      const t = '1.某项工作。\n责任单位:市发改委、市经信局\n';
      assert.equal(declaresFirstListedLead(t), false);
      assert.deepEqual(describe_(find(t)), [['line', '责任单位|lead: 市发改委/l 市经信局/l']]);
    });
  });

  describe('guobanfa: closing notes （X牵头，Y参与） / （X指导） / （X负责）', () => {
    const text = readFileSync(samplePath('guobanfa-2018-128-wufeichengshi.txt'), 'utf8');
    const body = text.slice(text.indexOf('“无废城市”建设试点工作方案\n'));
    for (const [name, t] of [['lines', text], ['collapsed', collapse(body)], ['crlf', crlf(text)]] as const) {
      it(name, () => {
        const as = find(t);
        assert.equal(as.length, 39);
        assert.ok(as.every((a) => a.form === 'paren'));
        assert.deepEqual(describe_([as[0]]), [['paren', '-|lead: 生态环境部/l', '-|participant: 国家发展改革委/p 工业和信息化部/p 住房城乡建设部/p 农业农村部/p 国家统计局/p']]);
        assert.equal(t.slice(as[0].range.start, as[0].range.end), '（生态环境部牵头，国家发展改革委、工业和信息化部、住房城乡建设部、农业农村部、国家统计局参与）');
        // （生态环境部指导，试点城市政府负责落实。以下均需…）: the 指导 clause leads, the implementers participate
        assert.deepEqual(describe_([as[1]]), [['paren', '-|lead: 生态环境部/l', '-|participant: 试点城市政府/p']]);
        const fuze = as.find((a) => t.slice(a.range.start, a.range.end) === '（市场监管总局、工业和信息化部负责）')!;
        assert.deepEqual(describe_([fuze]), [['paren', '-|lead: 市场监管总局/l 工业和信息化部/l']]);
        const half = as.find((a) => t[a.range.start] === '(' && t.slice(a.range.start, a.range.end).includes('国管局指导'))!;
        assert.deepEqual(describe_([half]), [['paren', '-|lead: 国家发展改革委/l 工业和信息化部/l 住房城乡建设部/l 市场监管总局/l 国管局/l']]);
        const gx = as.find((a) => t.slice(a.range.start, a.range.end) === '（商务部指导，供销合作总社参与）')!;
        assert.deepEqual(describe_([gx]), [['paren', '-|lead: 商务部/l', '-|participant: 供销合作总社/p']]);
        // 文化和旅游部 is one unit (和 inside a name)
        assert.ok(as.some((a) => a.entries[0].units.some((u) => u.text === '文化和旅游部')));
        // explanatory brackets are not notes
        assert.ok(!as.some((a) => t.slice(a.range.start, a.range.end).includes('垃圾焚烧企业依法依规')));
        assert.ok(!as.some((a) => t.slice(a.range.start, a.range.end) === '（PPP）'));
      });
    }
    it('takes labelled brackets, several notes in one paragraph, and ignores brackets inside a sentence', () => {
      const t = '完善制度。（牵头单位：市发改委；配合单位：市财政局、市统计局）加强宣传。(市委宣传部负责)由各地（各县市区政府负责）组织实施。';
      assert.deepEqual(describe_(find(t)), [
        ['paren', '牵头单位|lead: 市发改委/l', '配合单位|participant: 市财政局/p 市统计局/p'],
        ['paren', '-|lead: 市委宣传部/l'],
      ]);
      assert.deepEqual(describe_(find('推进试点工作（生态环境部、住房城乡建设部牵头，国家发展改革委、工业和信息化部等参与）。')), [
        ['paren', '-|lead: 生态环境部/l 住房城乡建设部/l', '-|participant: 国家发展改革委/p 工业和信息化部/p'],
      ]);
      assert.deepEqual(describe_(find('建设体系。【责任单位：市发改委】')), [['paren', '责任单位|lead: 市发改委/l']]);
    });
  });

  describe('the seed', () => {
    const seed = seedText();
    it('has 24 assignments: 牵头单位 4 times, 牵头部门 20 times, all with 参与部门', () => {
      const as = parse(seed).assignments;
      checkSpans(seed, as);
      assert.equal(as.length, 24);
      const labels = as.map((a) => a.entries[0].label!.text);
      assert.equal(labels.filter((l) => l === '牵头单位').length, 4);
      assert.equal(labels.filter((l) => l === '牵头部门').length, 20);
      assert.ok(as.every((a) => a.form === 'sentence' && a.entries.length === 2 && a.entries[1].label!.text === '参与部门'));
      assert.deepEqual(describe_([as[0]]), [['sentence', '牵头单位|lead: 市发展改革委/l', '参与部门|participant: 市三产发展工作领导小组成员单位/p']]);
    });
    it('keeps the spam name as one unit', () => {
      const as = parse(seed).assignments;
      const spam = '市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局';
      const units = as.flatMap((a) => a.entries.flatMap((e) => e.units));
      const u = units.find((x) => x.text.includes('365'))!;
      assert.equal(u.text, spam);
      assert.equal(u.start, seed.indexOf(spam));
      assert.equal(u.role, 'participant');
      assert.equal(units.filter((x) => x.text.includes('365')).length, 1);
    });
    it('keeps bracketed parts inside units and splits at ， between categories', () => {
      const as = parse(seed).assignments;
      const units = as.flatMap((a) => a.entries.flatMap((e) => e.units.map((u) => u.text)));
      for (const n of ['各县(市、区)政府', '嘉兴经济技术开发区(国际商务区)管委会', '市发展改革委(信息产业局)', '市财政局(地税局)', '人行嘉兴市中心支行', '嘉兴银监分局', '嘉服集团']) {
        assert.ok(units.includes(n), n);
      }
      assert.ok(!units.some((u) => /[、，,。]/.test(u.replace(/\(.*?\)/g, ''))));
    });
  });
});

describe('parse/unitlist', () => {
  const list = (s: string) => parseUnitList(s, 0, s.length).units.map((u) => u.text);
  it('splits at 、 ， , and 和/及 joining two names, not inside 工业和信息化部', () => {
    assert.deepEqual(list('市委宣传部和市文明办、工业和信息化部，国家发展和改革委员会及市财政局以及市统计局'), ['市委宣传部', '市文明办', '工业和信息化部', '国家发展和改革委员会', '市财政局', '市统计局']);
  });
  it('keeps brackets inside a unit, drops 等 and remarks', () => {
    const s = '各县（市、区）政府，嘉兴港区管委会(含乍浦镇)、市财政局等有关部门（按职责分工负责）';
    const p = parseUnitList(s, 0, s.length);
    assert.deepEqual(p.units.map((u) => u.text), ['各县（市、区）政府', '嘉兴港区管委会(含乍浦镇)', '市财政局']);
    assert.equal(p.remarks.length, 1);
    assert.equal(p.list.text, '各县（市、区）政府，嘉兴港区管委会(含乍浦镇)、市财政局等有关部门');
  });
  it('gives clause roles: X牵头，Y参与; A、B分别牵头', () => {
    const s = '市发改委、市财政局分别牵头，市统计局配合';
    const p = parseUnitList(s, 0, s.length);
    assert.deepEqual(p.units.map((u) => `${u.text}/${u.override}`), ['市发改委/lead', '市财政局/lead', '市统计局/participant']);
    assert.equal(p.respectively!.text, '分别牵头');
  });
  it('keeps a run-together lead cell as one unit', () => {
    assert.deepEqual(list('市行政审批局市司法局'), ['市行政审批局市司法局']);
  });
});

describe('parse/assignments: closing notes with a deadline clause first', () => {
  it('（2023年底前完成，市发改委负责） and （长期坚持，市财政局牵头）', () => {
    const t = '建立工作机制。（2023年底前完成，市发改委负责）完善考核办法。（长期坚持，市财政局牵头，市统计局配合）加强宣传。（各地要抓好落实）';
    const as = findAssignments(t, [], []);
    assert.deepEqual(as.map((a) => [t.slice(a.range.start, a.range.end), a.entries.map((e) => e.units.map((u) => `${u.text}/${u.role}`).join(' '))]), [
      ['（2023年底前完成，市发改委负责）', ['市发改委/lead']],
      ['（长期坚持，市财政局牵头，市统计局配合）', ['市财政局/lead', '市统计局/participant']],
    ]);
  });

  describe('QA: modifiers before the role word, group names, 负责落实', () => {
    const units = (t: string) => find(t).flatMap((a) => a.entries.flatMap((e) => e.units.map((u) => `${u.text}/${u.role}`)));
    for (const [name, tf] of [['full-width', (x: string) => x], ['half-width', halfWidth]] as const) {
      it(`按职责分工/共同/分别/等 are not part of the last unit (${name})`, () => {
        assert.deepEqual(units(tf('一、发放消费券。（市商务局、市财政局按职责分工负责）\n')), ['市商务局/lead', '市财政局/lead']);
        assert.deepEqual(units(tf('一、改造。（市经信局牵头，市商务局、市农业农村局按照职责分工负责）\n')), ['市经信局/lead', '市商务局/participant', '市农业农村局/participant']);
        assert.deepEqual(units(tf('一、宣传。（市委宣传部、市文联共同负责）\n')), ['市委宣传部/lead', '市文联/lead']);
        assert.deepEqual(units(tf('一、宣传。（市委宣传部、市文联等按职责负责）\n')), ['市委宣传部/lead', '市文联/lead']);
      });
    }
    it('各区、县（市）政府 and 各村、社区 are one group unit each', () => {
      assert.deepEqual(units('五、优化消费环境。（市市场监管局牵头，各区、县（市）政府配合）\n'), ['市市场监管局/lead', '各区、县（市）政府/participant']);
      assert.deepEqual(units('三、工作要求。(社会事务办牵头,各村、社区配合)\n'), ['社会事务办/lead', '各村、社区/participant']);
      assert.deepEqual(units('一、某项工作。（省应急管理厅牵头，各市、县（市、区）人民政府配合）\n'), ['省应急管理厅/lead', '各市、县（市、区）人民政府/participant']);
      // a place-level list followed by units of its own is not one group
      assert.deepEqual(units('一、某项工作。（市发改委牵头，各县（市、区）、市级有关部门配合）\n'), ['市发改委/lead', '各县（市、区）/participant', '市级有关部门/participant']);
      assert.deepEqual(units('一、某项工作。（市发改委牵头，各县（市、区）、市政府各部门配合）\n'), ['市发改委/lead', '各县（市、区）/participant', '市政府各部门/participant']);
      assert.deepEqual(units('一、某项工作。（县农业农村局牵头，各镇人民政府、街道办事处配合）\n'), ['县农业农村局/lead', '各镇人民政府/participant', '街道办事处/participant']);
    });
    // real-notice trial, round 5: 各委、办、局 / 及省、市驻县各单位 / 各街道党工委、办事处 are one group each
    it('各委、办、局, 县直及省、市驻县单位 and 各街道党工委、办事处 are one group unit each', () => {
      assert.deepEqual(units('一、某项工作。（市发改委牵头，市政府各委、办、局配合）\n'), ['市发改委/lead', '市政府各委、办、局/participant']);
      assert.deepEqual(units('一、某项工作。（县应急局牵头，县直及省、市驻县各单位配合）\n'), ['县应急局/lead', '县直及省、市驻县各单位/participant']);
      assert.deepEqual(units('一、某项工作。（区民政局牵头，各街道党工委、办事处配合）\n'), ['区民政局/lead', '各街道党工委、办事处/participant']);
      // a known unit after the list keeps its own place: 市政府各委、市财政局 are two
      assert.deepEqual(units('一、某项工作。（市发改委牵头，市政府各委、市财政局、办公室配合）\n'), ['市发改委/lead', '市政府各委/participant', '市财政局/participant', '办公室/participant']);
      for (const [addressee, want] of [
        ['各区人民政府，市政府各委、办、局，各直属单位：', ['各区人民政府', '市政府各委、办、局', '各直属单位']],
        ['各区人民政府,各委、局,各直属单位:', ['各区人民政府', '各委、局', '各直属单位']],
        ['各乡镇党委、人民政府，县直及省、市驻县各单位：', ['各乡镇党委、人民政府', '县直及省、市驻县各单位']],
        ['各街道党工委、办事处，区委实施乡村振兴战略领导小组成员单位：', ['各街道党工委、办事处', '区委实施乡村振兴战略领导小组成员单位']],
      ] as const) {
        const doc = parse(`某某区人民政府办公室关于做好防汛工作的通知\n${addressee}\n现将有关事项通知如下。\n某某区人民政府办公室\n2023年5月10日\n`);
        assert.deepEqual(doc.notice.addressee?.units.map((u) => u.text), want, addressee);
      }
    });
    // real-notice trial, round 5 (a 州 放管服 工作计划): the deadline closes the list after a ，
    it('a deadline closing a labelled unit list (，6月底完成) is no unit', () => {
      for (const tf of [(x: string) => x, halfWidth]) {
        assert.deepEqual(units(tf('一、某项工作。（牵头单位：州行政审批服务局；责任单位：州司法局、州直相关单位，各县市人民政府，6月底完成）\n')), [
          '州行政审批服务局/lead',
          '州司法局/participant',
          '州直相关单位/participant',
          '各县市人民政府/participant',
        ]);
        assert.deepEqual(units(tf('一、某项工作。（牵头单位：州财政局，责任单位：各县市人民政府，2020年12月底前完成）\n')), ['州财政局/lead', '各县市人民政府/participant']);
        assert.deepEqual(units(tf('一、某项工作。（责任单位：州财政局、州税务局；长期坚持）\n')), ['州财政局/lead', '州税务局/lead']);
      }
    });
    // a township 方案 (real-notice trial, round 5): 村“两委” is a unit name with its quotes
    it('a unit with a short quoted word (各村“两委”) keeps its clause', () => {
      assert.deepEqual(units('一、某项工作。（镇宣传办牵头，镇中心小学、镇妇联、团镇委、各村“两委”配合）\n'), [
        '镇宣传办/lead',
        '镇中心小学/participant',
        '镇妇联/participant',
        '团镇委/participant',
        '各村“两委”/participant',
      ]);
      assert.deepEqual(units('一、某项工作。（村“两委”负责）\n'), ['村“两委”/lead']);
      // a quoted phrase is still prose: （“四下基层”活动参与）
      assert.deepEqual(find('一、某项工作。（“四下基层”活动参与）\n'), []);
    });
    it('units of another category before the role word, after a ， (QA)', () => {
      assert.deepEqual(units('一、某项工作。（市财政局牵头，市级有关部门，各县（市、区）政府配合）\n'), ['市财政局/lead', '市级有关部门/participant', '各县（市、区）政府/participant']);
      assert.deepEqual(units('一、某项工作。（市委组织部、市委编办，市人力社保局分别负责）\n'), ['市委组织部/lead', '市委编办/lead', '市人力社保局/lead']);
      assert.deepEqual(units(halfWidth('一、某项工作。（市财政局牵头，市级有关部门，各县（市、区）政府配合）\n')), ['市财政局/lead', '市级有关部门/participant', '各县(市、区)政府/participant']);
      // a remark is no unit clause
      assert.deepEqual(find('一、某项工作（含市本级，各县（市、区）负责）。\n'), []);
      assert.deepEqual(find('一、某项工作。（含嘉兴经济技术开发区，下同）\n'), []);
    });
    it('各县（市、区）党委和政府 / 党委、政府 stay one group; 落实 after units closes a note (QA)', () => {
      assert.deepEqual(units('一、某项工作。（市委组织部牵头，各县（市、区）党委和政府配合）\n'), ['市委组织部/lead', '各县（市、区）党委和政府/participant']);
      assert.deepEqual(units('一、某项工作。（市委政法委、市民政局按职责分工负责，各县（市、区）党委、政府落实）\n'), ['市委政法委/lead', '市民政局/lead', '各县（市、区）党委、政府/participant']);
      assert.deepEqual(units('一、某项工作。（各县（市、区）政府落实）\n'), ['各县（市、区）政府/lead']);
      // two units, each with its place: not one group
      assert.deepEqual(units('一、某项工作。（市委和市政府督查室负责）\n'), ['市委/lead', '市政府督查室/lead']);
      // prose in brackets is no note
      assert.deepEqual(find('一、某项工作。（认真贯彻落实）\n'), []);
      assert.deepEqual(find('一、某项工作。（各地抓好落实）\n'), []);
    });
    it('协同/协助/参加 close a participants clause; 及 after ……部门 joins two units (QA)', () => {
      assert.deepEqual(units('一、某项工作。（市自然资源和规划局牵头，市住房城乡建设局协同）\n'), ['市自然资源和规划局/lead', '市住房城乡建设局/participant']);
      assert.deepEqual(units('一、某项工作。（市民政局牵头，市财政局协助）\n'), ['市民政局/lead', '市财政局/participant']);
      assert.deepEqual(units('一、某项工作。（市商务局牵头，市级有关部门及各县（市、区）政府配合）\n'), ['市商务局/lead', '市级有关部门/participant', '各县（市、区）政府/participant']);
    });
    it('a participants-only bracket of prose is no note: （社会各界广泛参与） （全体干部参与） (QA)', () => {
      assert.deepEqual(find('一、开展宣传。组织集中宣传活动（社会各界广泛参与）。\n'), []);
      assert.deepEqual(find('一、召开动员会。召开全市动员大会（全体干部参与）。\n'), []);
      assert.deepEqual(units('一、某项工作。推进某某（市财政局配合）。\n'), ['市财政局/participant']);
    });
    it('（X负责落实） closes a task; after a leading clause its units participate', () => {
      assert.deepEqual(units('一、压实责任。层层签订责任书。（各镇人民政府、街道办事处负责落实）\n'), ['各镇人民政府/lead', '街道办事处/lead']);
      assert.deepEqual(units('一、压实责任。层层签订责任书。（各县（市、区）政府负责落实）\n'), ['各县（市、区）政府/lead']);
      assert.deepEqual(units('一、某项工作。（生态环境部指导，试点城市政府负责落实）\n'), ['生态环境部/lead', '试点城市政府/participant']);
    });
  });

  describe('a bare bracketed unit list closing a task (（市农业农村局）, no role word)', () => {
    const doc = [
      '一、发展现代农业',
      '1.稳定粮食生产。',
      '落实种粮补贴政策，播种面积保持稳定。',
      '（区农业农村局）',
      '2.改善农田条件。新增高标准农田五万亩。（区农业农村局、区财政局）',
      '3.加强宣传引导。营造良好氛围。（以下简称宣传工作）（含各街道办事处）',
      '二、保障措施（区委办）',
    ].join('\n');
    for (const [name, tf] of [['lines', (x: string) => x], ['crlf', crlf], ['half-width', halfWidth], ['collapsed', collapse]] as const) {
      it(`reads the list as the responsible (leading) units, after a sentence end only (${name})`, () => {
        const t = tf(doc);
        const as = findAssignments(t, [], []);
        checkSpans(t, as);
        assert.deepEqual(
          as.map((a) => [a.form, a.entries.flatMap((e) => e.units.map((u) => `${u.text}/${u.role}`))]),
          [
            ['paren', ['区农业农村局/lead']],
            ['paren', ['区农业农村局/lead', '区财政局/lead']],
          ],
        );
      });
    }
  });
});
