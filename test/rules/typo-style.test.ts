import assert from 'node:assert/strict';
import { check, collapse, crlf, spans } from '../helpers';
import { applyEdits } from '../../server/src/core/fixes';
import { confusables } from '../../server/src/core/rules/typos/matcher';
import { notice } from '../fixtures/text/notice';

const RULE = 'typo-style';
const ON = { rules: { 'typo-style': 'information' } };

describe(RULE, () => {
  it('is off by default', () => {
    assert.deepEqual(spans(notice('其它事项另行通知。'), RULE), []);
  });

  it('flags each style hit when enabled, with an unsafe fix', () => {
    for (const e of confusables.filter((x) => x.style)) {
      for (const hit of e.hits) {
        const text = notice(hit);
        const f = check(text, [RULE], ON);
        assert.equal(f.length, 1, `${e.wrong} in "${hit}"`);
        assert.equal(text.slice(f[0].range.start, f[0].range.end), e.wrong);
        assert.equal(f[0].fixes[0].safe, false);
        assert.equal(applyEdits(text, f[0].fixes[0].edits), text.replace(e.wrong, e.right));
      }
      for (const miss of e.misses) assert.deepEqual(spans(notice(miss), RULE, ON), [], `${e.wrong}: "${miss}"`);
    }
  });

  it('does not double a misspelling that typo-confusable owns (截止到目前)', () => {
    const text = notice('截止到目前，共受理120件。');
    assert.deepEqual(spans(text, RULE, ON), []);
    assert.deepEqual(spans(text, 'typo-confusable'), ['截止到目前']);
  });

  it('works in both layouts and with CRLF', () => {
    const lines = notice('其它事项另行通知。', '请按时报帐。');
    for (const text of [lines, collapse(lines), crlf(lines)]) assert.deepEqual(spans(text, RULE, ON), ['其它', '报帐']);
  });
});
