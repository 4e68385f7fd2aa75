// Round 15, brief F1: unit names.
// 1. A bare place (嘉兴 of 嘉兴银监分局) holds no one-character level inside it: 海盐县食安委办 is not 海盐县食 + 安委办;
//    海盐县消安委办 beside 海盐县安委办 (a qualifier before a whole department name, at one place) is no slip of it.
// 2. 食品安全委员会 (食安委) and its office (食安办, 食安委办, 食安委办公室) are two units of the registry.
// 3. 监察局 (监察厅) was merged into the 监察委员会 in 2018: abolished, successor 监察委员会.
// 4. <br> / <br/> / <br /> inside a table cell parts two units (a web table pasted as text).
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { createRegistry } from '../../server/src/core/units/registry';
import { check, collapse, crlf, halfWidth } from '../helpers';
import { unitNotice } from '../rules/units.fixture';

const UNIT_RULES = ['unit-unknown', 'unit-alias-mixed', 'unit-duplicate', 'unit-run-together', 'unit-abolished', 'unit-not-in-registry'];

/** The notice body layouts: one paragraph per line, CRLF, collapsed (and collapsed with CRLF: the same one line). */
const BODY_LAYOUTS: [string, (t: string) => string][] = [
  ['one paragraph per line', (t) => t],
  ['CRLF', crlf],
  ['collapsed', collapse],
  ['half-width, collapsed', (t) => collapse(halfWidth(t))],
];

/** Findings as `rule start-end text`, offsets into the text. */
/** The text with the first fix of the rule's only finding applied. */
const withFix = (t: string, rule: string): string => {
  const f = check(t, [rule]);
  assert.equal(f.length, 1);
  return applyEdits(t, f[0].fixes[0].edits);
};

const found = (t: string, rules = UNIT_RULES): string[] => check(t, rules).map((f) => `${f.ruleId} ${f.range.start}-${f.range.end} ${t.slice(f.range.start, f.range.end)}`);

/** `rule start-end name` for the n-th (0-based) occurrence of name in t. */
const at = (t: string, rule: string, name: string, n = 0): string => {
  let k = -1;
  for (let i = 0; i <= n; i++) k = t.indexOf(name, k + 1);
  assert.ok(k >= 0, `${name} #${n} in the text`);
  return `${rule} ${k}-${k + name.length} ${name}`;
};

describe('round 15 F1: a level place followed by part of a name is no bare place (海盐县食安委办)', () => {
  const r = createRegistry();

  it('reads 海盐县食安委办 and 某县食安委办 as the 食品安全委员会办公室 of the county, never 安委办', () => {
    for (const [name, full] of [
      ['海盐县食安委办', '海盐县食品安全委员会办公室'],
      ['某县食安委办', '某县食品安全委员会办公室'],
      ['某市食安委办', '某市食品安全委员会办公室'],
    ]) {
      const c = r.classify(name);
      assert.equal(c.status, 'known', name);
      assert.equal(c.info!.name, full, name);
      assert.equal(c.prefix, name.slice(0, name.indexOf('食')), name);
      assert.ok(!r.sameUnit(name, name.replace('食', '')), name);
    }
  });

  it('no longer reads a level place plus a character as a bare place before 安委办 (某县消安委办, 海盐县食安委会办公室)', () => {
    for (const name of ['某县消安委办', '海盐县食安委会办公室', '某区消安委会', '海盐县食安全生产委员会办公室']) {
      const c = r.classify(name);
      assert.notEqual(c.info?.name?.endsWith('安全生产委员会办公室') && !name.endsWith('安全生产委员会办公室'), true, name);
      assert.equal(c.status, 'grammar', name);
    }
  });

  it('keeps bare places (嘉兴银监分局, 湖州银保监分局, 杭州海关) and level places (海盐县安委办, 某县安委办)', () => {
    assert.equal(r.classify('嘉兴银监分局').info!.name, '嘉兴银行业监督管理分局');
    assert.equal(r.classify('嘉兴银监分局').prefix, '嘉兴');
    assert.equal(r.classify('湖州银保监分局').info!.name, '湖州银行保险监督管理分局');
    assert.equal(r.classify('杭州海关').status, 'known');
    assert.equal(r.classify('海盐县安委办').info!.name, '海盐县安全生产委员会办公室');
    assert.equal(r.classify('某县安委办').info!.name, '某县安全生产委员会办公室');
    assert.ok(r.sameUnit('海盐县安委办', '海盐县安委会办公室'));
  });

  it('in a notice: 海盐县食安委办 and 海盐县安委办 are two units, 海盐县食安委会办公室 is no alias of either', () => {
    const base = unitNotice(
      [
        ['海盐县食安委办', '海盐县安委办、海盐县市场监管局'],
        ['海盐县安委办', '海盐县食安委办、海盐县食安委会办公室'],
      ],
      '2024年5月8日',
    );
    for (const [name, layout] of BODY_LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(found(t), [], name);
    }
  });

  it('in a notice: 海盐县消安委办 and 海盐县道安委办 beside 海盐县安委办 are other bodies, no slip of it (now that they are no 安委办)', () => {
    const base = unitNotice([['海盐县安委办', '海盐县消安委办、海盐县道安委办'], ['海盐县消安委办', '海盐县安委办']], '2024年5月8日');
    for (const [name, layout] of BODY_LAYOUTS) assert.deepEqual(found(layout(base)), [], name);
  });

  it('in a notice: a character repeated before the body (海盐县安安委办) and a wrong one (海盐县财正局) are slips still', () => {
    const base = unitNotice([['海盐县安委办', '海盐县安安委办、海盐县财政局'], ['海盐县财正局', '']], '2024年5月8日');
    for (const [name, layout] of BODY_LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(found(t), [at(t, 'unit-unknown', '海盐县安安委办'), at(t, 'unit-unknown', '海盐县财正局')], name);
      assert.deepEqual(check(t, ['unit-unknown']).map((f) => f.fixes[0].edits[0].newText), ['海盐县安委办', '海盐县财政局'], name);
    }
  });

  it('in a notice: 海盐县安委办 then 海盐县安委会办公室 is still one unit named two ways', () => {
    const base = unitNotice([['海盐县安委办', '海盐县食安委办'], ['海盐县安委会办公室', '']], '2024年5月8日');
    for (const [name, layout] of BODY_LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(found(t), [at(t, 'unit-alias-mixed', '海盐县安委会办公室')], name);
    }
  });
});

describe('round 15 F1: 食品安全委员会 and its office', () => {
  const r = createRegistry();

  it('knows the office under each of its names, at any level, as one unit; the committee as another', () => {
    for (const p of ['某县', '海盐县', '县', '市', '嘉兴市', '省']) {
      for (const n of ['食安办', '食安委办', '食安委办公室', '食品安全委员会办公室']) {
        const c = r.classify(p + n);
        assert.equal(c.status, 'known', p + n);
        assert.equal(c.info!.name, `${p}食品安全委员会办公室`, p + n);
        assert.match(c.citation!, /中华人民共和国食品安全法/);
      }
      assert.ok(r.sameUnit(`${p}食安委`, `${p}食品安全委员会`));
      assert.equal(r.classify(`${p}食安委`).info!.name, `${p}食品安全委员会`);
      assert.ok(!r.sameUnit(`${p}食安委`, `${p}食安办`), p);
      assert.ok(!r.sameUnit(`${p}食安办`, `${p}安委办`), p);
    }
    assert.ok(!r.sameUnit('某县食安办', '某区食安办'));
  });

  it('in a notice: 某县食安办 is a known unit; 某县食品安全委员会办公室 and 某县食安委办 after it are one unit named two more ways', () => {
    const silent = unitNotice([['某县食安办', '某县市场监管局、某县食安委']], '2024年5月8日');
    const mixed = unitNotice([['某县食安办', '某县市场监管局'], ['某县食品安全委员会办公室', '某县食安委办']], '2024年5月8日');
    for (const [name, layout] of BODY_LAYOUTS) {
      assert.deepEqual(found(layout(silent)), [], name);
      const t = layout(mixed);
      assert.deepEqual(found(t), [at(t, 'unit-alias-mixed', '某县食品安全委员会办公室'), at(t, 'unit-alias-mixed', '某县食安委办')], name);
      for (const f of check(t, ['unit-alias-mixed'])) assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), ['某县食安办'], name);
    }
  });

  it('in a notice: 某县食安办、某县食安委办 in one list is one unit named two ways (unit-alias-mixed, not unit-duplicate)', () => {
    const base = unitNotice([['某县市场监管局', '某县食安办、某县卫生健康局、某县食安委办']], '2024年5月8日');
    for (const [name, layout] of BODY_LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(found(t), [at(t, 'unit-alias-mixed', '某县食安委办')], name);
      // in one list the fix drops the second name rather than write 某县食安办 twice
      assert.equal(withFix(t, 'unit-alias-mixed'), t.replace('、某县食安委办', ''), name);
    }
  });
});

describe('round 15 F1: 监察局 merged into the 监察委员会 (2018)', () => {
  const r = createRegistry();

  it('marks 监察局 (监察厅) abolished with the 监察委员会 of the same place as successor', () => {
    assert.deepEqual(r.lookup('县监察局')!.abolished, { date: '2019-06-30', successor: '县监察委员会' });
    assert.deepEqual(r.lookup('嘉兴市监察局')!.abolished, { date: '2019-06-30', successor: '嘉兴市监察委员会' });
    assert.deepEqual(r.lookup('省监察厅')!.abolished, { date: '2019-06-30', successor: '省监察委员会' });
    assert.match(r.classify('县监察局').citation!, /监察体制改革/);
  });

  it('keeps the 监察委员会, 纪委, 纪委监委 and their organ current and distinct', () => {
    for (const n of ['县监察委员会', '县监委', '县纪委', '县纪律检查委员会', '县纪委监委', '县纪委监委机关', '县纪委机关']) {
      assert.equal(r.classify(n).status, 'known', n);
      assert.equal(r.lookup(n)!.abolished, undefined, n);
    }
    assert.ok(r.sameUnit('县监委', '县监察委员会'));
    assert.ok(!r.sameUnit('县监委', '县纪委'));
    assert.ok(!r.sameUnit('县监察局', '县监察委员会'));
    assert.ok(r.sameUnit('县纪委机关', '县监委机关'));
  });

  it('in a notice signed in 2024: 县监察局 is reported once, fixed to 县监察委员会', () => {
    const base = unitNotice([['县纪委监委', '县监察局、县财政局'], ['县财政局', '县监察局']], '2024年5月8日');
    for (const [name, layout] of BODY_LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(found(t), [at(t, 'unit-abolished', '县监察局')], name);
      const f = check(t, ['unit-abolished'])[0];
      assert.match(f.message.zh, /^“县监察局”已于2019-06-30撤销或更名，其职责由“县监察委员会”承担（依据：全国人民代表大会常务委员会关于在全国各地推开国家监察体制改革试点工作的决定/);
      assert.equal(f.fixes[0].safe, false);
      assert.equal(applyEdits(t, f.fixes[0].edits), t.split('县监察局').join('县监察委员会'), name);
    }
  });

  it('in a notice signed before the merger, or naming the 监察委员会: silent', () => {
    for (const base of [
      unitNotice([['县纪委', '县监察局、县财政局']], '2016年5月8日'),
      unitNotice([['县纪委监委', '县监察委员会、县监委机关、县财政局']], '2024年5月8日'),
    ])
      for (const [name, layout] of BODY_LAYOUTS) assert.deepEqual(found(layout(base)), [], name);
  });

  it('keeps following successor chains (县卫生局 in 2024: by way of 县卫生和计划生育局 to 县卫生健康局)', () => {
    const ab = r.lookup('县卫生局')!.abolished!;
    assert.equal(ab.successor, '县卫生和计划生育局');
    assert.deepEqual(ab.later?.map((l) => l.successor), ['县卫生健康局']);
  });
});

describe('round 15 F1: <br> inside a table cell parts two units', () => {
  const table = (rows: string[], head = '| 序号 | 任务 | 责任单位 | 完成时限 |') =>
    [
      '嘉禾市人民政府办公室关于印发嘉禾市人居环境整治工作方案的通知',
      '各县（市、区）人民政府，市政府各部门：',
      '　　《嘉禾市人居环境整治工作方案》已经市政府同意，现印发给你们，请认真贯彻实施。',
      '嘉禾市人民政府办公室',
      '2024年3月1日',
      '嘉禾市人居环境整治工作方案',
      '一、重点任务',
      head,
      '| --- | --- | --- | --- |',
      ...rows,
      '二、工作要求',
      '　　各单位要按时完成。',
    ].join('\n') + '\n';
  const LAYOUTS: [string, (t: string) => string][] = [
    ['LF', (t) => t],
    ['CRLF', crlf],
  ];
  const units = (t: string) => parse(t).assignments.flatMap((a) => a.entries.flatMap((e) => e.units.map((u) => `${u.start}-${u.end} ${u.text}`)));
  const span = (t: string, s: string, n = 0) => at(t, 'x', s, n).slice(2);

  it('reads each unit of the cell, and reports only the tag (stray-invisible), not an unknown unit', () => {
    const base = table(['| 1 | 农村改厕 | 县农业农村局<br>县卫生健康局 | 2024年6月底前 |', '| 2 | 垃圾分类 | 县住房城乡建设局<br/>县财政局<br />县商务局 | 2024年9月底前 |', '| 3 | 村庄绿化 | 县自然资源局<BR> 县林业局 | 2024年10月底前 |']);
    for (const [name, layout] of LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(
        units(t),
        ['县农业农村局', '县卫生健康局', '县住房城乡建设局', '县财政局', '县商务局', '县自然资源局', '县林业局'].map((u) => span(t, u)),
        name,
      );
      assert.deepEqual(found(t), [], name);
      assert.deepEqual(
        check(t, ['stray-invisible', 'stray-web-residue', 'stray-table-pipe', ...UNIT_RULES]).map((f) => `${f.ruleId} ${f.range.start}-${f.range.end} ${t.slice(f.range.start, f.range.end)}`),
        [at(t, 'stray-invisible', '<br>'), at(t, 'stray-invisible', '<br/>'), at(t, 'stray-invisible', '<br />'), at(t, 'stray-invisible', '<BR>')],
        name,
      );
    }
  });

  it('still checks each unit of the cell: a misspelt one is reported alone, with its own range', () => {
    const base = table(['| 1 | 农村改厕 | 县农业农村局<br>县卫生建康局 | 2024年6月底前 |']);
    for (const [name, layout] of LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(found(t), [at(t, 'unit-unknown', '县卫生建康局')], name);
    }
  });

  it('a 单位及责任人 cell: the person after <br> is no unit', () => {
    const base = table(['| 1 | 农村改厕 | 县农业农村局<br>县卫生健康局<br>张三 | 2024年6月底前 |', '| 2 | 垃圾分类 | 县财政局<br>李四 | 2024年9月底前 |'], '| 序号 | 任务 | 牵头单位及责任人 | 完成时限 |');
    for (const [name, layout] of LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(units(t), [span(t, '县农业农村局'), span(t, '县卫生健康局'), span(t, '县财政局')], name);
      assert.deepEqual(found(t), [], name);
    }
  });

  it('no tag, no split: < and > of other text stay in the name (县财政局<b>, 县<br 财政局>)', () => {
    const base = table(['| 1 | 农村改厕 | 县农业农村局<bx>县卫生健康局 | 2024年6月底前 |']);
    for (const [name, layout] of LAYOUTS) {
      const t = layout(base);
      assert.deepEqual(units(t), [span(t, '县农业农村局<bx>县卫生健康局')], name);
    }
  });
});
