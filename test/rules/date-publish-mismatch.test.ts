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

  it('says "probably re-posted" only for a gap of a year or more', () => {
    const weeks = check(page('2022-06-14', '2022年5月10日'), [rule]);
    assert.deepEqual(
      weeks.map((f) => f.message),
      [
        {
          zh: '网页发布日期（2022年6月14日）比成文日期“2022年5月10日”晚35天：若是转载的旧文件，引用前请核实是否仍然有效。',
          en: 'The web publication date (2022-06-14) is 35 days after the signing date "2022年5月10日": if it is a re-posted old notice, check it is still in force before citing it.',
        },
      ],
    );
    const years = check(page('2024-06-14', '2022年5月10日'), [rule]);
    assert.deepEqual(
      years.map((f) => f.message.zh),
      ['网页发布日期（2024年6月14日）比成文日期“2022年5月10日”晚约2年：这可能是转载的旧文件，引用前请核实是否仍然有效。'],
    );
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

// Real-notice trial (issue 6): a page's metadata table also holds 生效时间, 废止时间, 归档时间 … — not when the page was
// published. Only 发布日期/发布时间/发文日期 and a bare 时间/日期 label count.
describe(`${rule}: other dates of the page's metadata table`, () => {
  const head = (rows: string[], signed: string) => {
    const [title, ...rest] = notice(signed).split('\n');
    return [...rows, title, ...rest].join('\n');
  };

  it('ignores 废止时间, 生效时间, 归档时间 and 废止日期 in the page fields', () => {
    const rows = [
      '归档时间:2023-11-21',
      '索引号: 001234567/202201-00011 组配分类: 规范性文件',
      '发文日期: 2022-05-10 生效时间: 2022-05-10',
      '废止时间: 2024-05-10 废止日期: 2024-05-10',
      '浏览次数: 123 内容概述:',
    ];
    for (const t of [head(rows, '2022年5月10日'), crlf(head(rows, '2022年5月10日')), halfWidth(head(rows, '2022年5月10日'))]) assert.deepEqual(check(t, [rule]), []);
  });

  it('still compares a bare 时间/日期 label and 发文日期 with the 成文日期', () => {
    const late = head(['来源:某某市政府门户网 日期:2023-01-12 17:08'], '2022年5月10日');
    assert.deepEqual(check(late, [rule]).map((f) => `${f.severity} ${locate(late, f).text}`), ['information 2022年5月10日']);
    const early = head(['发文日期: 2022-05-01 生效时间: 2022-05-10', '浏览次数: 123 内容概述:'], '2022年5月10日');
    assert.deepEqual(check(early, [rule]).map((f) => `${f.severity} ${locate(early, f).text}`), ['warning 2022年5月10日']);
  });
});

describe(`${rule} (real-notice round 3)`, () => {
  // a page whose info table names the same publication date twice (发布日期 in the table, 发布时间 above the body)
  it('reports a re-posted page once when its publication date appears twice in the page residue', () => {
    const body = notice('2022年3月2日').split('\n');
    const t = [`- 发布日期:2022-05-20 09:30`, body[0], `发布时间:2022-05-20 09:30 浏览次数:`, ...body.slice(1)].join('\n');
    const found = check(t, [rule]);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.equal(locate(t, found[0]).text, '2022年3月2日');
    assert.equal(check(collapse(t), [rule]).length, 1);
    assert.equal(check(crlf(t), [rule]).length, 1);
  });
});
