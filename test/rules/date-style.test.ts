import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, crlf, seedText } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-style';

describe(rule, () => {
  it('is silent before 1 July 2012 (the seed, 2010) and on canonical dates', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(notice('二〇一二年六月三十日'), [rule]), []);
    assert.deepEqual(check(notice('2018年7月1日'), [rule]), []);
  });

  for (const [written, canonical] of [
    ['二〇一八年十二月二十九日', '2018年12月29日'],
    ['2018年07月01日', '2018年7月1日'],
    ['2018-12-29', '2018年12月29日'],
    ['2018.7.1', '2018年7月1日'],
  ]) {
    it(`rewrites ${written} as ${canonical} (all layouts)`, () => {
      for (const text of [notice(written), collapse(notice(written)), crlf(notice(written))]) {
        const found = check(text, [rule]);
        assert.equal(found.length, 1, written);
        assert.equal(text.slice(found[0].range.start, found[0].range.end), written);
        assert.equal(applyEdits(text, found[0].fixes[0].edits), text.replace(written, canonical));
      }
    });
  }
});
