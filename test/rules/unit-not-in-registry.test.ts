import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, locate, seedText, halfWidth } from '../helpers';
import { unitNotice } from './units.fixture';

const rule = 'unit-not-in-registry';
const registry = { units: ['嘉禾城投集团', { name: '嘉禾市交通投资集团有限公司', aliases: ['嘉禾交投集团'] }] };

describe(rule, () => {
  it('is silent without a workspace registry (the seed, and any document)', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(unitNotice([['市财政局', '嘉禾文旅集团']]), [rule]), []);
  });

  it('flags a well-formed local name missing from the workspace registry, in every layout', () => {
    const base = unitNotice([['市财政局', '嘉禾城投集团、嘉禾文旅集团、嘉禾交投集团']]);
    for (const text of [base, collapse(base), crlf(base)]) {
      const found = check(text, [rule], registry);
      assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['嘉禾文旅集团']);
      assert.equal(found[0].severity, 'warning');
    }
    assert.equal(locate(base, check(base, [rule], registry)[0]).at, '10:13-10:19');
  });

  it('offers a close workspace name as a fix', () => {
    const text = unitNotice([['市财政局', '嘉禾市交通投资集团公司']]);
    const found = check(text, [rule], registry);
    assert.equal(found.length, 1);
    assert.equal(found[0].fixes[0].edits[0].newText, '嘉禾市交通投资集团有限公司');
    assert.equal(found[0].fixes[0].safe, false);
    assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('嘉禾市交通投资集团公司', '嘉禾市交通投资集团有限公司'));
  });

  it('accepts built-in level-generic names, group names and the 主送机关', () => {
    const text = unitNotice(
      [['市发展改革委、市财政局', '各县（市、区）政府，市级有关部门、人行嘉禾市中心支行、嘉禾港务局、市三产发展工作领导小组成员单位']],
      '2019年12月9日',
      '嘉禾星空文旅集团：',
    );
    assert.deepEqual(check(text, [rule], registry), []);
  });

  it('leaves spam and slips to unit-unknown', () => {
    const text = unitNotice([['市财正局', '市365bet在线体育投注网体育局']]);
    assert.deepEqual(check(text, [rule], registry), []);
  });

  // audit: half-width punctuation, exact ranges, and the suggestion's result in every layout
  it('works with half-width punctuation, and the suggestion replaces only the name (LF, CRLF, collapsed)', () => {
    const base = halfWidth(unitNotice([['市财政局', '嘉禾城投集团、嘉禾文旅集团、嘉禾交投集团']]));
    for (const [text, at] of [[base, '10:13-10:19'], [collapse(base), '1:171-1:177']]) {
      assert.deepEqual(check(text, [rule], registry).map((f) => `${locate(text, f).at} ${locate(text, f).text}`), [`${at} 嘉禾文旅集团`]);
    }
    const near = unitNotice([['市财政局', '嘉禾市交通投资集团公司']]);
    for (const text of [near, crlf(near), halfWidth(near), collapse(near)]) {
      const found = check(text, [rule], registry);
      assert.equal(found.length, 1);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace('嘉禾市交通投资集团公司', '嘉禾市交通投资集团有限公司'));
    }
  });
});
