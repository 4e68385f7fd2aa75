import assert from 'node:assert/strict';
import { check, collapse, seedText, spans } from '../helpers';
import { build } from './notice-rules.fixture';

const rule = 'notice-issuer-mismatch';

describe(rule, () => {
  it('is silent on the seed and a consistent notice', () => {
    assert.deepEqual(check(seedText(), [rule]), []);
    assert.deepEqual(check(build(), [rule]), []);
    assert.deepEqual(check(collapse(build()), [rule]), []);
  });

  it('finds a signature that differs from the title’s issuer', () => {
    const t = build({ signature: '嘉兴市人民政府' });
    assert.deepEqual(spans(t, rule), ['嘉兴市人民政府']);
    assert.deepEqual(spans(collapse(t), rule), ['嘉兴市人民政府']);
  });
});
