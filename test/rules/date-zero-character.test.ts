import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, locate, seedText } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-zero-character';

describe(rule, () => {
  it('finds both ○ of the seed’s 二○一○年 and fixes each to 〇', () => {
    const seed = seedText();
    const found = check(seed, [rule]);
    assert.equal(found.length, 2);
    assert.deepEqual(found.map((f) => seed.slice(f.range.start, f.range.end)), ['○', '○']);
    const i = seed.indexOf('二○一○年');
    assert.deepEqual(found.map((f) => f.range.start), [i + 1, i + 3]);
    let fixed = seed;
    for (const f of [...found].reverse()) fixed = applyEdits(fixed, f.fixes[0].edits);
    assert.ok(fixed.includes('二〇一〇年十二月九日'));
    assert.equal(fixed.length, seed.length);
    assert.deepEqual(check(fixed, [rule]), []);
  });

  for (const zero of ['○', '◯', 'O', 'o', 'Ｏ', '0', '０', '零']) {
    for (const [layout, make] of [['lines', (s: string) => s], ['collapsed', collapse], ['crlf', crlf]] as const) {
      it(`finds ${zero} in a Chinese-numeral signing date (${layout})`, () => {
        const text = make(notice(`二${zero}二二年五月十日`));
        const found = check(text, [rule]);
        assert.equal(found.length, 1, JSON.stringify(found.map((f) => locate(text, f))));
        assert.equal(text.slice(found[0].range.start, found[0].range.end), zero);
        assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace(`二${zero}二二年`, '二〇二二年'));
      });
    }
  }

  it('is silent on correct and Arabic dates', () => {
    assert.deepEqual(check(notice('二〇二二年五月十日'), [rule]), []);
    assert.deepEqual(check(notice('2022年5月10日'), [rule]), []);
    assert.deepEqual(check(notice('2022年5月10日', '（一）完成第○项工作。牵头单位：市审批局。'), [rule]), []);
  });
});
