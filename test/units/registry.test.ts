import assert from 'node:assert/strict';
import data from '../../server/src/core/units/data/units.json';
import { boundedDistance } from '../../server/src/core/units/distance';
import { findSpamRun, matchBuiltin, splitDesignations, trimUnitText } from '../../server/src/core/units/grammar';
import { createRegistry } from '../../server/src/core/units/registry';

describe('unit registry', () => {
  const r = createRegistry();

  it('knows level-generic departments at any place and level, with their abbreviations as one unit', () => {
    for (const n of ['市发展改革委', '市发改委', '市发展和改革委员会', '嘉兴市发展改革委', '浙江省发展改革委', '县发改委', '南湖区发展改革委'])
      assert.equal(r.classify(n).status, 'known', n);
    assert.ok(r.sameUnit('市发改委', '市发展和改革委员会'));
    assert.equal(r.lookup('市发改委'), r.lookup('市发展改革委'));
    assert.ok(!r.sameUnit('市发改委', '县发改委'));
    assert.ok(!r.sameUnit('市教育局', '市教育体育局'));
    assert.equal(r.lookup('市发改委')!.name, '市发展和改革委员会');
  });

  it('knows party departments, people\'s organisations, vertical and financial bodies, national bodies', () => {
    for (const n of [
      '市委宣传部', '中共嘉兴市委', '嘉兴市委办公室', '团市委', '市妇联', '市总工会', '市中级人民法院', '市人民检察院',
      '人行嘉兴市中心支行', '嘉兴银监分局', '嘉兴银保监分局', '国家金融监督管理总局嘉兴监管分局', '国家税务总局嘉兴市税务局',
      '国家统计局嘉兴调查队', '嘉兴海关', '国家发展改革委', '工业和信息化部', '住房城乡建设部', '卫生健康委', '统计局',
      '市场监管总局', '国管局', '南湖区政府', '嘉兴市人民政府', '市政府办公室',
    ])
      assert.equal(r.classify(n).status, 'known', n);
  });

  it('knows the organ of the 纪委监委 as written in assignments (市纪委监委机关, 市纪委市监委机关)', () => {
    for (const n of ['市纪委监委机关', '市纪委机关', '县纪委监委机关']) assert.equal(r.classify(n).status, 'known', n);
    // 市纪委市监委机关 reads as two known bodies written together (as 市纪委市监委), which the unit rules accept
    for (const n of ['市纪委市监委机关', '区纪委区监委机关']) assert.equal(r.classify(n).status, 'run-together', n);
  });

  it('accepts the offices (机关) of any known or well-formed body, as a unit of their own', () => {
    for (const n of ['市委组织部机关', '县委宣传部机关', '市发展改革委机关', '县政府机关', '市委机关', '区委政法委机关', '县乡村振兴领导小组办公室机关'])
      assert.equal(r.classify(n).status, 'grammar', n);
    assert.ok(!r.sameUnit('市委组织部机关', '市委组织部'));
    for (const n of ['市委组织布机关', '市机关', '加强监督机关']) assert.equal(r.classify(n).status, 'unknown', n);
    for (const n of ['县直机关', '市直机关']) assert.equal(r.classify(n).status, 'group', n);
  });

  it('recognises group names, designations and fragments', () => {
    for (const n of ['各县（市、区）政府', '各县(市、区)人民政府', '市级有关部门', '市政府各部门', '直属各单位', '市三产发展工作领导小组成员单位', '国务院各部委'])
      assert.equal(r.classify(n).status, 'group', n);
    assert.deepEqual(splitDesignations('嘉兴经济技术开发区(国际商务区)管委会'), { main: '嘉兴经济技术开发区管委会', designation: '(国际商务区)', balanced: true });
    assert.equal(r.classify('市财政局（地税局）').key, r.classify('市财政局(地税局)').key);
    assert.notEqual(r.classify('市发展改革委(信息产业局)').key, r.classify('市发展改革委').key);
    assert.equal(r.classify('自治区').status, 'fragment');
  });

  it('accepts well-formed local names through the grammar and rejects what is no unit name', () => {
    for (const n of ['嘉服集团', '市节庆办', '市12345政务服务热线', '嘉兴现代服务业集聚区建设领导小组办公室', 'G20峰会筹备办'])
      assert.equal(r.classify(n).status, 'grammar', n);
    for (const n of ['市财政', '加强监督', '市局']) assert.equal(r.classify(n).status, 'unknown', n);
    assert.equal(r.classify('市行政审批局市司法局').status, 'run-together');
  });

  it('finds near misses with the same suffix at the same level, bounded by length', () => {
    assert.deepEqual(r.nearMisses('市财正局').map((n) => n.name), ['市财政局']);
    assert.equal(r.nearMisses('市财政', true)[0].name, '市财政局');
    assert.deepEqual(r.nearMisses('市节庆办'), []);
    assert.deepEqual(r.nearMisses('嘉报集团'), []);
    assert.equal(r.nearMisses('国家发展改草委')[0].name, '国家发展改革委');
  });

  it('finds the injected run of spam in a unit name', () => {
    const name = '市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局';
    const run = findSpamRun(name)!;
    assert.equal(name.slice(0, run.start) + name.slice(run.end), '市体育局');
    assert.equal(findSpamRun('市12345政务服务热线'), undefined);
    assert.equal(findSpamRun('市福利彩票发行中心'), undefined);
    assert.equal(findSpamRun('G20峰会筹备办'), undefined);
    assert.equal(findSpamRun('市棋牌运动协会'), undefined);
    assert.equal(findSpamRun('西藏Tibet文化中心'), undefined);
    assert.ok(findSpamRun('市澳门博彩娱乐城体育局'));
    assert.equal(r.classify(name).status, 'spam');
  });

  it('memoises classifications per name', () => {
    assert.equal(r.classify('市体育局'), r.classify('市体育局'));
    assert.equal(r.nearMisses('市财正局'), r.nearMisses('市财正局'));
  });

  it('trims role words a list leaves on a name', () => {
    const t = '市农业农村局分别牵头';
    const s = trimUnitText(t);
    assert.equal(t.slice(s.start, s.end), '市农业农村局');
  });

  it('measures bounded edit distance', () => {
    assert.equal(boundedDistance('市财正局', '市财政局', 2), 1);
    assert.equal(boundedDistance('集聚区', '聚集区', 2), 2);
    assert.equal(boundedDistance('abcdef', 'uvwxyz', 2), 3);
  });

  it('uses workspace units, aliases and abolition dates', () => {
    const w = createRegistry([{ name: '嘉兴市交通投资集团有限公司', aliases: ['嘉兴交投集团'] }, { name: '嘉兴市城管执法局', abolished: { date: '2019-3-1', successor: '嘉兴市综合行政执法局' } }]);
    assert.ok(w.hasWorkspaceUnits);
    assert.ok(w.classify('嘉兴交投集团').workspace);
    assert.ok(w.sameUnit('嘉兴交投集团', '嘉兴市交通投资集团有限公司'));
    assert.deepEqual(w.lookup('嘉兴市城管执法局')!.abolished, { date: '2019-03-01', successor: '嘉兴市综合行政执法局' });
    assert.equal([...w.all()].length, 2);
    assert.ok(!createRegistry().hasWorkspaceUnits);
  });

  it('gives abolished built-in names their successor at the same level', () => {
    assert.equal(r.lookup('市人事局')!.abolished!.successor, '市人力资源和社会保障局');
    assert.equal(r.lookup('省人事厅')!.abolished!.successor, '省人力资源和社会保障厅');
    assert.equal(r.lookup('银保监会')!.abolished!.successor, '国家金融监督管理总局');
  });

  it('keeps its data reviewable: every entry cites a known source; successors and rounds exist', () => {
    const d = data as any;
    const ids = new Set<string>([...d.departments, ...d.national].map((e: any) => e.id));
    const all = [...d.departments, ...d.national, ...d.templates];
    for (const e of all) {
      assert.ok(d.sources[e.source], `${e.id}: source ${e.source}`);
      if (e.abolished) {
        assert.ok(d.rounds[e.abolished.round], `${e.id}: round`);
        assert.ok(ids.has(e.abolished.successor), `${e.id}: successor ${e.abolished.successor}`);
      }
    }
    for (const e of d.departments) assert.ok(matchBuiltin('市' + e.names[0]) || matchBuiltin('市委' + e.names[0]), e.id);
  });
});
