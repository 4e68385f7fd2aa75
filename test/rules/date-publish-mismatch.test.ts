import assert from 'node:assert/strict';
import { check, locate, seedText, crlf, collapse, halfWidth } from '../helpers';
import { notice } from './dates.fixture';

const rule = 'date-publish-mismatch';
const page = (published: string, signed: string) => `${notice(signed).split('\n')[0]}\n发布日期:${published}\n信息来源:市政府办公室\n${notice(signed).split('\n').slice(1).join('\n')}`;

describe(rule, () => {
  it('reports the seed’s re-posted page (12 years later) as information on the signing date', () => {
    const seed = seedText();
    const found = check(seed, [rule]);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.equal(locate(seed, found[0]).text, '二○一○年十二月九日');
    assert.match(found[0].message.zh, /约12年/);
    assert.equal(found[0].related?.length, 1);
  });

  it('warns when the page was published before the notice was signed', () => {
    const t = page('2022-05-01 10:00', '2022年5月10日');
    const found = check(t, [rule]);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(t.slice(found[0].range.start, found[0].range.end), '2022年5月10日');
  });

  it('respects the tolerance setting', () => {
    const t = page('2022-06-30', '2022年5月10日');
    assert.equal(check(t, [rule]).length, 1);
    assert.deepEqual(check(t, [rule], { dates: { publishToleranceDays: 60 } }), []);
    assert.deepEqual(check(page('2022-05-12', '2022年5月10日'), [rule]), []);
  });

  // audit: collapsed, CRLF and half-width layouts, exact line:col ranges
  it('works collapsed, with CRLF and with full-width field colons', () => {
    const early = page('2022-05-01 10:00', '2022年5月10日');
    const late = page('2022-06-30', '2022年5月10日');
    const ok = page('2022-05-12', '2022年5月10日');
    const at = (t: string) => check(t, [rule]).map((f) => `${f.severity} ${locate(t, f).at} ${locate(t, f).text}`);
    assert.deepEqual(at(crlf(early)), ['warning 7:1-7:11 2022年5月10日']);
    assert.deepEqual(at(collapse(early)), ['warning 1:122-1:132 2022年5月10日']);
    assert.deepEqual(at(early.replace('发布日期:', '发布日期：')), ['warning 7:1-7:11 2022年5月10日']);
    assert.deepEqual(at(collapse(late)), ['information 1:116-1:126 2022年5月10日']);
    assert.deepEqual(at(crlf(late)), ['information 7:1-7:11 2022年5月10日']);
    for (const t of [crlf(ok), collapse(ok), halfWidth(ok)]) assert.deepEqual(check(t, [rule]), []);
  });
});
