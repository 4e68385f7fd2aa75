import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, locate, seedText, halfWidth } from '../helpers';
import { unitNotice } from './units.fixture';

const rule = 'unit-abolished';

describe(rule, () => {
  it('is silent on the seed (signed in 2010, before its bodies were reorganised)', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
  });

  it('flags a body abolished in a national reorganisation on a later document', () => {
    const base = unitNotice([['市财政局', '市人事局、市体育局、市人事局']], '2019年12月9日');
    for (const text of [base, collapse(base), crlf(base)]) {
      const found = check(text, [rule]);
      assert.equal(found.length, 1);
      const f = found[0];
      assert.equal(text.slice(f.range.start, f.range.end), '市人事局');
      assert.equal(f.severity, 'information');
      assert.ok(f.message.zh.includes('市人力资源和社会保障局'));
      assert.equal(f.fixes[0].safe, false);
      assert.equal(applyEdits(text, f.fixes[0].edits), text.split('市人事局').join('市人力资源和社会保障局'));
    }
    assert.equal(locate(base, check(base, [rule])[0]).at, '10:6-10:10');
  });

  it('uses the merged tax bureau for 市国税局 after 2018', () => {
    const text = unitNotice([['市国税局', '']], '2020年3月1日');
    const found = check(text, [rule]);
    assert.equal(found.length, 1);
    assert.equal(found[0].fixes[0].edits[0].newText, '市税务局');
  });

  it('names the generic successor of 国土资源局 (自然资源局; 国土资源厅 → 自然资源厅), a name the registry knows (real-notice round 11)', () => {
    const base = unitNotice([['县国土资源局', '县财政局、县国土资源局']], '2024年5月8日');
    for (const text of [base, collapse(base), crlf(base), halfWidth(base)]) {
      const found = check(text, [rule]);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '县国土资源局');
      assert.match(found[0].message.zh, /^“县国土资源局”已于2019-06-30撤销或更名，其职责由“县自然资源局”承担/);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.split('县国土资源局').join('县自然资源局'));
    }
    const province = unitNotice([['省国土资源厅', '']], '2020年3月1日');
    assert.deepEqual(check(province, [rule]).map((f) => f.fixes[0].edits[0].newText), ['省自然资源厅']);
    // the successor names stay current names
    assert.deepEqual(check(unitNotice([['县自然资源局', '市自然资源和规划局']], '2024年5月8日'), [rule]), []);
  });

  it('is silent before the abolition and without a signing date', () => {
    assert.deepEqual(check(unitNotice([['市人事局', '市国税局、市工商局']], '2010年12月9日'), [rule]), []);
    const undated = unitNotice([['市人事局', '']], '').replace('\n\n', '\n');
    assert.deepEqual(check(undated, [rule]), []);
  });

  it('uses the abolition dates of the workspace registry', () => {
    const config = { units: [{ name: '嘉禾市城管执法局', abolished: { date: '2019-3-1', successor: '嘉禾市综合行政执法局' } }] };
    const after = unitNotice([['嘉禾市城管执法局', '']], '2019年12月9日');
    const found = check(after, [rule], config);
    assert.deepEqual(found.map((f) => after.slice(f.range.start, f.range.end)), ['嘉禾市城管执法局']);
    assert.equal(found[0].fixes[0].edits[0].newText, '嘉禾市综合行政执法局');
    assert.deepEqual(check(unitNotice([['嘉禾市城管执法局', '']], '2018年12月9日'), [rule], config), []);
  });

  it('is silent on 建设局, a current name (绍兴市建设局 since 2019, 开发区 departments); 建委 is still flagged (QA)', () => {
    assert.deepEqual(check(unitNotice([['市建设局', '市财政局']], '2023年2月10日'), [rule]), []);
    assert.deepEqual(check(unitNotice([['区建设局', '区财政局']], '2023年3月6日'), [rule]), []);
    const t = unitNotice([['市建委', '市财政局']], '2023年2月10日');
    assert.deepEqual(check(t, [rule]).map((f) => t.slice(f.range.start, f.range.end)), ['市建委']);
  });

  // audit: half-width punctuation (scraped pages), exact ranges and the fix's result
  it('flags the abolished name with half-width punctuation, one paragraph per line and collapsed', () => {
    const base = halfWidth(unitNotice([['市财政局', '市人事局、市体育局、市人事局']], '2019年12月9日'));
    for (const [text, at] of [[base, '10:6-10:10'], [collapse(base), '1:164-1:168']]) {
      const found = check(text, [rule]);
      assert.deepEqual(found.map((f) => `${locate(text, f).at} ${locate(text, f).text}`), [`${at} 市人事局`]);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.split('市人事局').join('市人力资源和社会保障局'));
    }
    assert.deepEqual(check(halfWidth(unitNotice([['市人事局', '市国税局、市工商局']], '2010年12月9日')), [rule]), []);
  });

  // real-notice round 13: 扶贫开发办公室 (扶贫办) became 乡村振兴局 in 2021 (国家乡村振兴局挂牌 2021-02-25; local bodies by
  // the end of 2021)
  it('flags 县扶贫办 / 扶贫开发办公室 on a notice dated after 2021, pointing to 县乡村振兴局; silent before', () => {
    const base = unitNotice([['县扶贫办', '县民政局、县扶贫办']], '2024年3月1日');
    for (const text of [base, collapse(base), crlf(base), halfWidth(base)]) {
      const found = check(text, [rule]);
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].range.start, found[0].range.end), '县扶贫办');
      assert.match(found[0].message.zh, /^“县扶贫办”已于2021-12-31撤销或更名，其职责由“县乡村振兴局”承担/);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.split('县扶贫办').join('县乡村振兴局'));
    }
    assert.equal(locate(base, check(base, [rule])[0]).at, '9:6-9:10');
    const full = unitNotice([['市扶贫开发办公室', '']], '2022年5月8日');
    assert.deepEqual(check(full, [rule]).map((f) => `${locate(full, f).text} ${f.fixes[0].edits[0].newText}`), ['市扶贫开发办公室 市乡村振兴局']);
    // before the renaming (and during 2021, while counties reorganised), and the new name itself: silent
    assert.deepEqual(check(unitNotice([['县扶贫办', '县扶贫开发办公室']], '2020年6月1日'), [rule]), []);
    assert.deepEqual(check(unitNotice([['县扶贫办', '']], '2021年9月1日'), [rule]), []);
    assert.deepEqual(check(unitNotice([['县乡村振兴局', '县农业农村局']], '2024年3月1日'), [rule]), []);
  });

  // a 乡镇/街道 has no 局: "镇乡村振兴局" or "街道应急管理局" would be a name that cannot exist, so a township-level old
  // name whose successor is a 局 is left alone (its local successor is unknown)
  it('is silent on a township-level name whose successor would be a 局 (镇扶贫办, 乡安监局)', () => {
    const base = unitNotice([['镇扶贫办', '乡扶贫办、某某街道安监局、县扶贫办']], '2024年3月1日');
    for (const text of [base, collapse(base), crlf(base)]) {
      assert.deepEqual(check(text, [rule]).map((f) => `${locate(text, f).text} ${f.fixes[0].edits[0].newText}`), ['县扶贫办 县乡村振兴局']);
    }
  });

  // real-notice round 14: a successor abolished in its turn (卫生局 → 卫生和计划生育局 in the 2013 round → 卫生健康局 in
  // the 2018 round): the name in office on the signing date, never an abolished one
  it('follows the chain of successors to the one in office on the signing date (县卫生局, 县计生委 in 2024)', () => {
    const base = unitNotice([['县卫生局', '县计生委、县卫计局、县住建局、县卫生局']], '2024年3月1日');
    for (const text of [base, collapse(base), crlf(base), halfWidth(base)]) {
      const found = check(text, [rule]);
      assert.deepEqual(
        found.map((f) => `${text.slice(f.range.start, f.range.end)} ${f.fixes[0].edits[0].newText}`),
        ['县卫生局 县卫生健康局', '县计生委 县卫生健康委员会', '县卫计局 县卫生健康局'],
      );
      assert.match(found[0].message.zh, /^“县卫生局”已于2015-12-31撤销或更名，其职责先后由“县卫生和计划生育局”、“县卫生健康局”承担/);
      assert.match(found[2].message.zh, /^“县卫计局”已于2019-06-30撤销或更名，其职责由“县卫生健康局”承担/);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.split('县卫生局').join('县卫生健康局'));
    }
    assert.deepEqual(check(base, [rule]).map((f) => locate(base, f).at), ['9:6-9:10', '10:6-10:10', '10:11-10:15']);
    // between the two rounds, the first successor was the current name
    const mid = unitNotice([['县卫生局', '']], '2017年5月1日');
    assert.deepEqual(check(mid, [rule]).map((f) => `${locate(mid, f).text} ${f.fixes[0].edits[0].newText}`), ['县卫生局 县卫生和计划生育局']);
    assert.match(check(mid, [rule])[0].message.zh, /其职责由“县卫生和计划生育局”承担/);
    // the other chains of the data: 经贸委 (2008) → 经济和信息化委员会 → 经济和信息化局 (2018); 银监分局 → 银保监分局 → 金融监管分局 (2023)
    const other = unitNotice([['市经贸委', '嘉兴银监分局']], '2025年3月1日');
    assert.deepEqual(
      check(other, [rule]).map((f) => `${locate(other, f).text} ${f.fixes[0].edits[0].newText}`),
      ['市经贸委 市经济和信息化局', '嘉兴银监分局 嘉兴金融监管分局'],
    );
  });

  it('knows 农委 (农业委员会) as abolished in the 2018 round, succeeded by 农业农村局; silent before', () => {
    const base = unitNotice([['县农委', '县农业委员会']], '2024年3月1日');
    for (const text of [base, collapse(base), crlf(base)]) {
      assert.deepEqual(
        check(text, [rule]).map((f) => `${text.slice(f.range.start, f.range.end)} ${f.fixes[0].edits[0].newText}`),
        ['县农委 县农业农村局', '县农业委员会 县农业农村局'],
      );
    }
    assert.deepEqual(check(unitNotice([['县农委', '县农业委员会']], '2017年3月1日'), [rule, 'unit-unknown']), []);
  });
});
