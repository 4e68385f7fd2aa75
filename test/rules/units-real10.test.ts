// Real-notice round 10 (units): an abolished short name matched as the tail of a longer current name
// (区住房城乡建委, P5), and labels or item numbers glued to a unit when the line breaks were stripped (P8).
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { parse } from '../../server/src/core/parse';
import { parseUnitList } from '../../server/src/core/parse/unitlist';
import { createRegistry } from '../../server/src/core/units/registry';
import { unitsData } from '../../server/src/core/units/grammar';
import { check, collapse, crlf, halfWidth, locate } from '../helpers';

const UNIT_RULES = ['unit-abolished', 'unit-unknown', 'unit-not-in-registry', 'unit-alias-mixed', 'unit-run-together'];

function districtNotice(lead: string): string {
  return [
    '某区人民政府办公室关于做好2024年老旧小区改造工作的通知',
    '各街道办事处，区级各部门：',
    '现将有关事项通知如下。',
    `一、推进老旧小区改造。（牵头单位：${lead}；配合单位：各街道办事处）`,
    '二、推进背街小巷整治。（牵头单位：区城市管理局）',
    '某区人民政府办公室',
    '2024年1月20日',
  ].join('\n');
}

describe('units, real-notice round 10', () => {
  describe('an abolished short name is matched whole, never as the tail of a longer name (P5)', () => {
    it('stays silent on 区住房城乡建委 (a current short name), in every layout', () => {
      const base = districtNotice('区住房城乡建委');
      for (const text of [base, collapse(base), crlf(base), halfWidth(base)]) assert.deepEqual(check(text, UNIT_RULES), []);
    });

    it('knows 住房城乡建委 as the 住房和城乡建设委员会, at any level', () => {
      const reg = createRegistry();
      for (const p of ['区', '市', '县', '重庆市']) {
        const c = reg.classify(`${p}住房城乡建委`);
        assert.equal(c.status, 'known');
        assert.equal(c.info!.name, `${p}住房和城乡建设委员会`);
        assert.equal(c.info!.abolished, undefined);
        assert.ok(reg.sameUnit(`${p}住房城乡建委`, `${p}住房城乡建设委`));
      }
    });

    it('takes no place from a word of a department name (城乡, 城市, 文化): no abolished name inside a longer one', () => {
      const reg = createRegistry();
      for (const n of ['区城乡建委', '城乡建委', '区住房和城乡建委', '市城市交通局', '文化旅游委', '市文化旅游委', '文体旅游局', '县文体旅游局']) {
        const c = reg.classify(n);
        assert.equal(c.info?.abolished, undefined, n);
      }
      for (const text of [districtNotice('区城乡建委'), collapse(districtNotice('区住房和城乡建委'))]) assert.deepEqual(check(text, ['unit-abolished']), []);
    });

    it('still flags the whole short name 区建委, with the registry successor as its fix, in every layout', () => {
      const base = districtNotice('区建委');
      for (const [text, at] of [
        [base, '4:18-4:21'],
        [collapse(base), '1:74-1:77'],
        [crlf(base), '4:18-4:21'],
      ] as const) {
        const found = check(text, ['unit-abolished']);
        assert.equal(found.length, 1);
        assert.equal(locate(text, found[0]).at, at);
        assert.equal(text.slice(found[0].range.start, found[0].range.end), '区建委');
        assert.match(found[0].message.zh, /其职责由“区住房和城乡建设局”承担/);
        assert.equal(found[0].fixes[0].safe, false);
        assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('区建委', '区住房和城乡建设局'));
      }
    });

    it('offers only successors the registry knows, for every abolished built-in name at every level', () => {
      const reg = createRegistry();
      let checked = 0;
      for (const e of unitsData.departments) {
        if (!e.abolished) continue;
        for (const names of [e.names, ...(e.variants ?? [])])
          for (const n of names)
            for (const p of ['市', '区', '县', '嘉兴市', '省']) {
              const c = reg.classify(p + n);
              const ab = c.info?.abolished;
              if (!ab) continue;
              checked++;
              const s = reg.classify(ab.successor);
              assert.equal(s.status, 'known', `${p + n} → ${ab.successor}`);
              assert.ok(ab.successor.startsWith(p), `${p + n} → ${ab.successor}`);
            }
      }
      assert.ok(checked > 100);
    });
  });

  describe('a label or item number glued to a unit ends the unit list (P8)', () => {
    const lines = [
      '关于印发某县2024年卫生健康重点工作任务分解的通知',
      '各乡镇人民政府，县直各单位：',
      '现将任务分解如下，请认真抓好落实。',
      '1.创建国家卫生县城。',
      '牵头单位：县卫健委',
      '配合单位：各乡镇人民政府，县城管局',
      '2.推广家庭医生签约服务。',
      '牵头单位：县卫健委',
      '配合单位：县医保局',
      '某县人民政府办公室',
      '2024年3月1日',
    ];
    const perLine = lines.join('\n');
    // the line breaks stripped with nothing in their place (text extracted from DOC or PDF)
    const glued = lines.join('');

    it('reports no unknown unit on the glued text; the one-paragraph-per-line notice stays silent too', () => {
      for (const text of [perLine, crlf(perLine), halfWidth(perLine), glued, halfWidth(glued)]) assert.deepEqual(check(text, UNIT_RULES), [], JSON.stringify(check(text, UNIT_RULES).map((f) => locate(text, f))));
    });

    it('takes the lead alone before a glued 配合单位：, never the label or what follows it', () => {
      const doc = parse(glued);
      const leads = doc.assignments.flatMap((a) => a.entries.filter((e) => e.label?.text === '牵头单位'));
      assert.ok(leads.length >= 2);
      for (const e of leads) {
        assert.equal(e.list.text, '县卫健委');
        assert.deepEqual(e.units.map((u) => [u.text, u.role]), [['县卫健委', 'lead']]);
      }
    });

    it('cuts the list before a glued label and reports where it starts', () => {
      const t = '牵头单位：县卫健委配合单位：各乡镇人民政府，县城管局';
      const p = parseUnitList(t, 5, t.length);
      assert.deepEqual(p.units.map((u) => [u.start, u.end, u.text]), [[5, 9, '县卫健委']]);
      assert.equal(p.list.text, '县卫健委');
      assert.equal(p.gluedLabel, 9);
      for (const [s, unit, at] of [
        ['责任单位：县财政局、县税务局主要协作单位：县城管局', '县税务局', 14],
        ['责任单位：县财政局总牵头部门: 县发改委', '县财政局', 9],
        ['责任单位：县财政局、县税务局完成时限：2024年底', '县税务局', 14],
        ['责任单位：县财政局、县税务局、配合单位 ：县城管局', '县税务局', 15],
      ] as const) {
        const q = parseUnitList(s, 5, s.length);
        assert.equal(q.units[q.units.length - 1].text, unit, s);
        assert.equal(q.gluedLabel, at, s);
        assert.equal(q.list.text, s.slice(5, s.indexOf(unit) + unit.length), s);
      }
    });

    it('drops an item number glued to the last unit before its 。/.', () => {
      for (const t of ['配合单位：县城管局2.推广家庭医生', '配合单位：县城管局12．推广家庭医生', '配合单位：县城管局２.推广']) {
        const end = t.search(/[.．]/);
        const p = parseUnitList(t, 5, end);
        assert.deepEqual(p.units.map((u) => u.text), ['县城管局'], t);
        assert.equal(p.list.text, '县城管局');
      }
    });

    it('keeps names with a colon inside brackets, a label at the list start, and digits that are no item number', () => {
      const a = '责任单位：县财政局（牵头单位：县发改委）';
      assert.equal(parseUnitList(a, 5, a.length).gluedLabel, undefined);
      const b = '配合单位：县城管局.';
      assert.deepEqual(parseUnitList(b, 5, b.length - 1).units.map((u) => u.text), ['县城管局']);
      // 第2 is no item number: 第 is no unit's ending
      const c = '配合单位：县第2.';
      assert.deepEqual(parseUnitList(c, 5, c.length - 1).units.map((u) => u.text), ['县第2']);
      const d = '县城管局完成情况：良好';
      assert.equal(parseUnitList(d, 0, d.length).gluedLabel, undefined);
    });
  });
});
