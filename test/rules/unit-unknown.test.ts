import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, halfWidth, locate, samplePath, seedText } from '../helpers';
import { unitNotice } from './units.fixture';
import { parse } from '../../server/src/core/parse';

const rule = 'unit-unknown';
const SPAM = '市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局';

function layouts(text: string): string[] {
  return [text, collapse(text), crlf(text), halfWidth(text)];
}

describe(rule, () => {
  it('finds exactly the spam unit in the seed, as an error suggesting 市体育局 first', () => {
    const text = seedText();
    const found = check(text, [rule]);
    assert.equal(found.length, 1);
    const f = found[0];
    assert.equal(text.slice(f.range.start, f.range.end), SPAM);
    assert.equal(f.severity, 'error');
    assert.equal(f.fixes[0].edits[0].newText, '市体育局');
    assert.equal(f.fixes[0].safe, false);
    assert.ok(f.fixes.length <= 3);
    const fixed = applyEdits(text, f.fixes[0].edits);
    assert.ok(fixed.includes('参与部门:市旅游局、市经贸委、市体育局。'));
    assert.ok(!fixed.includes('365'));
  });

  it('reports no unit finding of any unit rule on the seed other than the spam name', () => {
    const text = seedText();
    const found = check(text, ['unit-unknown', 'unit-not-in-registry', 'unit-alias-mixed', 'unit-abolished']);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [SPAM]);
  });

  it('keeps its finding beside stray-spam when every rule runs on the seed', () => {
    const text = seedText();
    const all = check(text);
    const unit = all.filter((f) => f.ruleId.startsWith('unit-') && f.severity !== 'hint');
    assert.deepEqual(unit.map((f) => `${f.ruleId} ${text.slice(f.range.start, f.range.end)}`), [`unit-unknown ${SPAM}`]);
  });

  it('catches a one-character slip (市财正局 → 市财政局) in every layout', () => {
    const base = unitNotice([['市发展改革委', '市财正局、市体育局']]);
    for (const text of layouts(base)) {
      const found = check(text, [rule]);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => locate(text, f))));
      const f = found[0];
      assert.equal(text.slice(f.range.start, f.range.end), '市财正局');
      assert.equal(f.severity, 'warning');
      assert.equal(f.fixes[0].edits[0].newText, '市财政局');
      assert.equal(applyEdits(text, f.fixes[0].edits), text.replace('市财正局', '市财政局'));
    }
    const text = unitNotice([['市发展改革委', '市财正局、市体育局']]);
    assert.equal(locate(text, check(text, [rule])[0]).at, '10:6-10:10');
  });

  it('strips spam from a unit name and suggests the unit the document names elsewhere', () => {
    const base = unitNotice([
      ['市体育局', ''],
      ['市财政局', '市bet365真人娱乐城体育局'],
    ]);
    for (const text of layouts(base)) {
      const found = check(text, [rule]);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '市bet365真人娱乐城体育局');
      assert.equal(found[0].severity, 'error');
      assert.equal(found[0].fixes[0].edits[0].newText, '市体育局');
    }
  });

  it('warns on a name that is not a unit name at all, with a suggestion when one is close', () => {
    const text = unitNotice([['市财政', '市体育局']]);
    const found = check(text, [rule]);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '市财政');
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].fixes[0].edits[0].newText, '市财政局');
  });

  it('catches a slip against a long unit name the document uses more often', () => {
    const ok = '嘉禾现代服务业集聚区建设领导小组办公室';
    const slip = '嘉禾现代服务业聚集区建设领导小组办公室';
    const text = unitNotice([
      [ok, '市体育局'],
      [ok, ''],
      [slip, ''],
    ]);
    const found = check(text, [rule]);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), [slip]);
    assert.equal(found[0].fixes[0].edits[0].newText, ok);
  });

  it('computes the verdict once for a name repeated many times', () => {
    const tasks: [string, string][] = [];
    for (let i = 0; i < 50; i++) tasks.push(['市体育局', '市365bet在线体育投注网体育局']);
    const text = unitNotice(tasks);
    const t0 = Date.now();
    const found = check(text, [rule]);
    assert.equal(found.length, 50);
    assert.ok(found.every((f) => f.fixes[0].edits[0].newText === '市体育局'));
    assert.ok(Date.now() - t0 < 5000);
  });

  it('stays silent on legitimate names', () => {
    const text = unitNotice([
      ['市发展改革委', '市三产发展工作领导小组成员单位'],
      ['市发展改革委(信息产业局)', '市财政局（地税局）、市12345政务服务热线'],
      ['人行嘉禾市中心支行、嘉禾银监分局', '嘉服集团、嘉报集团、嘉广集团、嘉物集团、嘉城集团、嘉通集团、嘉湘集团'],
      ['南湖区政府', '秀洲区政府、市节庆办、市三产办、市编委办、市考评办、市质量技监局、嘉禾港务局、嘉禾港区管委会'],
      ['市委宣传部', '市贸促会、团市委、市妇联、市科协、市侨联、市文联、市残联、市总工会'],
      ['嘉禾经济技术开发区（国际商务区）管委会', '各县（市、区）政府，市经贸委、市外经贸局、市国税局、市地税局'],
      ['国家税务总局嘉禾市税务局', '国家统计局嘉禾调查队、嘉禾海关、嘉禾金融监管分局、嘉禾银保监分局'],
      ['市市场监管局', '市级有关部门'],
      ['市水产局', '市水利局、市环委办、市安委办、市老促会、G20峰会筹备办、市棋牌运动协会、市人大常委会办公室、市政协办公室'],
    ]);
    for (const t of layouts(text)) {
      const found = check(t, [rule]);
      assert.deepEqual(found.map((f) => locate(t, f).text), []);
    }
  });

  // real 分工 notices name a body's own offices: 市委组织部机关, 县委宣传部机关 (the known gap of round 4)
  it('stays silent on a known or well-formed body followed by 机关; flags a slip before 机关', () => {
    const text = unitNotice([
      ['市委组织部机关', '市委宣传部机关、县委组织部机关、市发展改革委机关、县政府机关、市直机关工委'],
      ['县委办公室机关', '县纪委监委机关、市司法局机关、市委机关'],
      ['市委组织布机关', ''],
    ]);
    for (const t of layouts(text)) {
      const found = check(t, [rule]);
      assert.deepEqual(found.map((f) => locate(t, f).text), ['市委组织布机关']);
    }
  });

  // a county bureau's own 分解表 names its sections (股): 文化宣传股, 广电事业股 (real-notice trial, round 5)
  it('stays silent on the sections (股) of a county bureau; flags a slip in one', () => {
    const text = unitNotice([
      ['文化宣传股', '文化馆、图书馆'],
      ['广电事业股', '办公室、计划财务股、政策法规股'],
      ['县财政局预算股', '县文化市场综合执法大队'],
      ['文化宣传股', '政策法规殳'],
    ]);
    for (const t of layouts(text)) {
      const found = check(t, [rule]);
      assert.deepEqual(found.map((f) => locate(t, f).text), ['政策法规殳']);
    }
  });

  it('stays silent on the usual short names of bank branches (县农商行, 县农发行, 县工行 …); flags a slip in one', () => {
    const text = unitNotice([
      ['县金融办', '县农商行、县农发行、县农行、县工行'],
      ['人行某县支行', '县建行、县中行、县交行、县邮储银行、县农村信用联社'],
      ['县金融办', '县农商银行、某县村镇银行、县农高行'],
    ]);
    for (const t of layouts(text)) {
      const found = check(t, [rule]);
      assert.deepEqual(found.map((f) => locate(t, f).text), ['县农高行']);
      // not 县工会 for 县工行: the bank is known
      assert.deepEqual(found[0].fixes[0]?.edits[0]?.newText, '县农商行');
    }
  });

  // bodies named by a topic (人才/巡察 工作领导小组办公室, 金融/审计 委员会办公室) differ by a whole two-character
  // word: another body, not a slip; a one-character slip or two swapped characters still are
  it('stays silent on a body whose topic word differs from a known one (县委人才工作领导小组办公室); flags slips', () => {
    const text = unitNotice([
      ['县委人才工作领导小组办公室', '县委金融委员会办公室、县委科技委员会办公室、县委外事工作委员会办公室'],
      ['县委巡察工作领导小组办公室', '县委巡查工作领导小组办公室、县委察巡工作领导小组办公室'],
    ]);
    for (const t of layouts(text)) {
      assert.deepEqual(check(t, [rule]).map((f) => locate(t, f).text), ['县委巡查工作领导小组办公室', '县委察巡工作领导小组办公室']);
    }
  });

  // the party committee's 党史研究室 is no slip for the government's 县党史研究室
  it('stays silent on 县委党史研究室 / 市委党史办 (a party body) beside 县党史研究室', () => {
    const text = unitNotice([['县委党史研究室', '县委宣传部、县档案馆'], ['县委宣传部', '市委党史办、县党史研究室']]);
    for (const t of layouts(text)) assert.deepEqual(check(t, [rule]).map((f) => locate(t, f).text), []);
  });

  it('stays silent on township units: 村“两委”, 镇自来水厂, 县污水处理厂 (real-notice trial, round 5)', () => {
    const text = unitNotice([['镇党政办', '镇综治中心、村“两委”、村（社区）“两委”、镇自来水厂、县污水处理厂、镇财政所']]);
    for (const t of layouts(text)) assert.deepEqual(check(t, [rule]).map((f) => locate(t, f).text), []);
  });

  it('takes no unit from a deadline closing the list (责任单位：…，6月底完成)', () => {
    const text = unitNotice([['州行政审批服务局', '州司法局、州委编办及州直相关单位，各县市人民政府，6月底完成'], ['州财政局', '州税务局，2020年12月底前完成']]);
    for (const t of layouts(text)) assert.deepEqual(check(t, [rule]).map((f) => locate(t, f).text), []);
  });

  it('stays silent on the units of the real samples', () => {
    for (const name of ['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt']) {
      const text = readFileSync(samplePath(name), 'utf8');
      assert.deepEqual(check(text, [rule]).map((f) => locate(text, f).text), [], name);
    }
  });

  it('knows the 主送机关 units of the document', () => {
    const text = unitNotice([['市财政局', '']], '2019年12月9日', '嘉禾星空文旅促进发展中心筹备组：');
    assert.deepEqual(check(text, [rule]), []);
  });
  // a real 任务分工方案: the first task's note closes its list with a remark for all the tasks below
  it('takes no unit from a remark closing the list (以下均需…落实，不再逐一列出)', () => {
    const t = [
      '嘉兴市服务业发展任务分工方案',
      '一、主要指标',
      '1.服务业增加值年均增长7%以上。（预期性指标，牵头单位：市发展改革委；责任单位：市统计局，各县（市、区），以下均需各县（市、区）落实，不再逐一列出）',
      '2.服务业投资年均增长8%以上。（牵头单位：市发展改革委；责任单位：市统计局；下同）',
    ].join('\n');
    for (const v of layouts(t)) assert.deepEqual(check(v, [rule, 'unit-not-in-registry']).map((f) => locate(v, f).text), []);
    assert.deepEqual(
      parse(t).tasks.map((k) => k.participants.map((u) => u.text)),
      [['市统计局', '各县（市、区）'], ['市统计局']],
    );
  });

  describe('a unit name broken by a hard line wrap (text pasted from a PDF)', () => {
    const wrapped = [
      '关于做好社区工作的通知',
      '各街道办事处：',
      '一、加强基层党建',
      '1.完善街道党工委领导体制，优化决策程序。',
      '牵头单位：区委组织部',
      '协办单位：区委编办、园区党工',
      '委、各街道党工委',
      '2.推进社区治理。',
      '牵头单位：区民政局',
      '协办单位：区委编办、区财政',
      '局、各街道办事处',
      '区人民政府办公室',
      '2019年4月16日',
    ].join('\n');

    it('names the break and offers to join the two pieces, in every layout', () => {
      for (const text of [wrapped, crlf(wrapped), halfWidth(wrapped), collapse(wrapped)]) {
        const found = check(text, [rule]);
        assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['园区党工', '区财政']);
        assert.match(found[0].message.zh, /拆断/);
        assert.match(found[0].message.zh, /“园区党工委”/);
        assert.match(found[1].message.zh, /“区财政局”/);
        const fixed = applyEdits(text, found[0].fixes[0].edits);
        assert.ok(fixed.includes('园区党工委、各街道党工委'));
        assert.equal(fixed.length, text.length - (text.includes('\r\n') ? 2 : 1));
        assert.equal(found[0].fixes[0].safe, false);
        const fixed2 = applyEdits(text, found[1].fixes[0].edits);
        assert.ok(fixed2.includes('区财政局、各街道办事处'));
      }
    });

    it('names the break when the tail is a well-formed name alone but the join is a known unit (县发展⏎改革局, real-notice round 11)', () => {
      const text = wrapped.replace('区财政\n局', '区发展\n改革局');
      for (const t of [text, crlf(text), halfWidth(text), collapse(text)]) {
        const found = check(t, [rule]);
        assert.deepEqual(found.map((f) => t.slice(f.range.start, f.range.end)), ['园区党工', '区发展']);
        assert.match(found[1].message.zh, /^单位名称“区发展”被换行（或空格）拆断，与其后的“改革局”合为“区发展改革局”/);
        const fixed = applyEdits(t, found[1].fixes[0].edits);
        assert.ok(fixed.includes('区委编办、区发展改革局、各街道办事处'));
        assert.equal(fixed.length, t.length - (t.includes('\r\n') ? 2 : 1));
      }
      // a tail that is a known unit by itself begins a new name: the plain message
      const own = wrapped.replace('区财政\n局', '区发展\n区体育局');
      const found = check(own, [rule]);
      assert.deepEqual(found.map((f) => own.slice(f.range.start, f.range.end)), ['园区党工', '区发展']);
      assert.doesNotMatch(found[1].message.zh, /拆断/);
    });

    it('keeps the plain message when the next line does not complete the name', () => {
      const text = wrapped.replace('园区党工\n委、各街道党工委', '园区党工\n2.各街道党工委').replace('区财政\n局', '区财政\n区体育局');
      const found = check(text, [rule]);
      assert.equal(found.length, 2);
      for (const f of found) assert.doesNotMatch(f.message.zh, /拆断/);
    });
  });
});

// Real-notice rounds 10-11: 重庆's short name of its 经济和信息化委员会 (kept after 2018): 区经济信息委.
describe(`${rule}: 区经济信息委`, () => {
  it('knows 区经济信息委 (no near miss of 区经济信息化委), and no rule calls it abolished', () => {
    const base = unitNotice([['区经济信息委', '区财政局、区经济信息委']], '2022年3月1日');
    for (const text of layouts(base)) {
      assert.deepEqual(check(text, [rule, 'unit-abolished', 'unit-not-in-registry']), []);
    }
  });
});

// real-notice round 14: the merged county bureaus of the 2018 round are named differently from place to place
describe(`${rule}: merged county bureaus (文体旅游局, 文体广电和旅游局, 自规局)`, () => {
  it('stays silent on the real forms, in every layout; no rule calls them abolished', () => {
    const base = unitNotice(
      [
        ['县文体旅游局', '县自规局、各乡镇人民政府'],
        ['县教育局', '县总工会、县文体广电和旅游局、县文广新旅局、县文体广旅局、县文化体育旅游局'],
      ],
      '2024年3月1日',
    );
    for (const text of layouts(base)) {
      assert.deepEqual(check(text, [rule, 'unit-abolished', 'unit-not-in-registry']), []);
    }
  });

  it('never rewrites a name to another place or level (兵团… beside 县…)', () => {
    const base = unitNotice(
      [
        ['县文化体育广电和旅游局', '县财政局'],
        ['县文化体育广电和旅游局', '兵团文化体育广电和旅游局'],
      ],
      '2024年3月1日',
    );
    for (const text of layouts(base)) assert.deepEqual(check(text, [rule]), []);
    // a name only well formed (no data knows it) against a more used one at another level: silent as well
    const other = unitNotice(
      [
        ['县文化体育卫生服务中心', '县财政局'],
        ['县文化体育卫生服务中心', '兵团文化体育卫生服务中心'],
      ],
      '2024年3月1日',
    );
    for (const text of layouts(other)) assert.deepEqual(check(text, [rule]), []);
  });

  it('still flags a slip in one of them', () => {
    const base = unitNotice([['县文体旅游局', '县自规局、县文体旅游居']], '2024年3月1日');
    const found = check(base, [rule]);
    assert.deepEqual(found.map((f) => `${locate(base, f).text} ${f.fixes[0]?.edits[0].newText}`), ['县文体旅游居 县文体旅游局']);
  });
});
