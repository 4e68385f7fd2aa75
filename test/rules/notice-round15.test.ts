// Round 15: notice-issuer-mismatch compares a committee, command or leading group and its short form through the unit
// registry (the aliases of one entry, at one place), not through a hand list; the list keeps only the short forms the
// registry cannot say (食安委办, 经普办, 防指 for 防汛抗旱指挥部, 城管局 for 城市管理综合行政执法局). The forms the data
// lacked (安委会办公室, 爱卫会办公室, 精神文明建设指导委员会办公室, 妇女儿童工作委员会) are aliases of their entries now.
import assert from 'node:assert/strict';
import { createRegistry } from '../../server/src/core/units/registry';
import { check, collapse, crlf, halfWidth } from '../helpers';
import { unitNotice } from './units.fixture';

const ISSUER = ['notice-issuer-mismatch'];
const layouts = (t: string) => [t, crlf(t), halfWidth(t), collapse(t), halfWidth(collapse(t))];

const notice = (title: string, sig: string) =>
  [title, '各乡镇人民政府，县直有关单位：', '　　根据工作安排，现就有关事项通知如下。', '　　一、时间安排', '　　即日起至月底。', '　　二、有关要求', '　　请按时报送情况。', sig, '2024年5月20日'].join('\n');

/** The findings as `start-end text | message | fix`, offsets into the text. */
const found = (t: string, config?: unknown) =>
  check(t, ISSUER, config).map((f) => `${f.range.start}-${f.range.end} ${t.slice(f.range.start, f.range.end)} | ${f.message.zh} | ${f.fixes.map((x) => x.edits.map((e) => `${e.range.start}-${e.range.end}→${e.newText}`).join(';')).join(',')}`);

/** The one finding expected: the 署名 (its last occurrence, before the date) with the fix to sign as `issuer`. */
const expected = (t: string, sig: string, issuer: string) => {
  const at = t.lastIndexOf(sig);
  const range = `${at}-${at + sig.length}`;
  return [`${range} ${sig} | 发文机关署名“${sig}”与标题中的发文机关“${issuer}”不一致（GB/T 9704-2012 7.3.5.1：署名应为发文机关全称或规范化简称）。 | ${range}→${issuer}`];
};

const title = (issuer: string) => `${issuer}关于开展专项检查工作的通知`;

describe('round 15: a short form in the 署名 or the title matches its full name through the registry', () => {
  // [full name, short form]: each matches the other, as the title's issuer or as the 署名
  const same: [string, string][] = [
    // aliases of one registry entry
    ['某县安全生产委员会办公室', '某县安委会办公室'],
    ['某县安全生产委员会办公室', '某县安委办'],
    ['某县安全生产委员会', '某县安委会'],
    ['某县爱国卫生运动委员会办公室', '某县爱卫会办公室'],
    ['某县爱国卫生运动委员会办公室', '某县爱卫办'],
    ['某县爱国卫生运动委员会', '某县爱卫会'],
    ['某县精神文明建设指导委员会办公室', '某县文明办'],
    ['某县精神文明建设委员会办公室', '某县文明办'],
    ['某县妇女儿童工作委员会', '某县妇儿工委'],
    ['某县妇女儿童工作委员会办公室', '某县妇儿工委办'],
    ['某县城市管理局', '某县城管局'],
    ['某县防汛防台抗旱指挥部', '某县防指'],
    ['某县防汛防台抗旱指挥部办公室', '某县防汛办'],
    ['某县防汛防台抗旱指挥部办公室', '某县防指办'],
    ['某市安全生产委员会办公室', '某市安委会办公室'],
    ['安全生产委员会办公室', '安委会办公室'],
    // with 人民政府 before the body the government set up
    ['某县人民政府安全生产委员会办公室', '某县安委会办公室'],
    ['某县人民政府安全生产委员会办公室', '某县安委办'],
    ['某县人民政府爱国卫生运动委员会', '某县爱卫会'],
    ['某县人民政府妇女儿童工作委员会办公室', '某县妇儿工委办'],
    ['某县人民政府防汛防台抗旱指挥部', '某县防指'],
    ['某县政府安全生产委员会办公室', '某县安委会办公室'],
    ['某县人民政府安委办', '某县安全生产委员会办公室'],
    // an owner the registry does not read as a place: the same entry after it
    ['某某有限公司安全生产委员会', '某某有限公司安委会'],
    ['某某集团有限公司安全生产委员会办公室', '某某集团有限公司安委办'],
    ['某某管委会安全生产委员会办公室', '某某管委会安委会办公室'],
    ['某某有限公司食品安全委员会办公室', '某某有限公司食安办'],
    // short forms the registry cannot say (the rule's own list)
    ['某县防汛抗旱指挥部', '某县防指'],
    ['某县人民政府防汛抗旱指挥部', '某县防指'],
    ['某县防汛抗旱指挥部办公室', '某县防指办'],
    ['某县防汛抗旱指挥部办公室', '某县防汛办'],
    ['某县城市管理综合行政执法局', '某县城管局'],
    ['某县食品安全委员会办公室', '某县食安委办'],
    ['某县食品安全委员会办公室', '某县食安委办公室'],
    ['某县食品安全委员会办公室', '某县食安办'],
    ['某县人民政府食品安全委员会办公室', '某县食安办'],
    ['某县食品安全委员会', '某县食安委'],
    ['某县经济普查领导小组办公室', '某县经普办'],
    ['某县第五次全国经济普查领导小组办公室', '某县经普办'],
  ];
  for (const [full, short] of same) {
    it(`silent: ${full} signed ${short}, and ${short} signed ${full}`, () => {
      for (const t of [notice(title(full), short), notice(title(short), full)]) for (const v of layouts(t)) assert.deepEqual(found(v), [], v);
    });
  }

  it('silent: a workspace unit’s alias, with 人民政府 before the body in the title (the registry’s workspace entries count)', () => {
    const config = { units: [{ name: '某县城乡建设指挥部', aliases: ['某县城建指挥部'] }] };
    for (const t of [notice(title('某县人民政府城乡建设指挥部'), '某县城建指挥部'), notice(title('某县城建指挥部'), '某县人民政府城乡建设指挥部')])
      for (const v of layouts(t)) assert.deepEqual(found(v, config), [], v);
  });
});

describe('round 15: two different bodies are still reported', () => {
  // [title's issuer, 署名]
  const different: [string, string][] = [
    ['某县安全生产委员会办公室', '某县爱卫办'],
    ['某县安全生产委员会办公室', '某县安委会'],
    ['某县安委会', '某县安委会办公室'],
    ['某县人民政府安全生产委员会', '某县安委办'],
    ['某县安全生产委员会办公室', '某区安委办'],
    ['某县安全生产委员会办公室', '某县食安委办'],
    ['某县妇女儿童工作委员会', '某县妇儿工委办'],
    ['某县妇女儿童工作委员会', '某县妇联'],
    ['某县精神文明建设指导委员会办公室', '某县文明委'],
    ['某县防汛抗旱指挥部', '某县防指办'],
    ['某县防汛防台抗旱指挥部', '某县防汛办'],
    ['某县防汛抗旱指挥部', '某县防汛抗旱指挥部办公室'],
    ['某县食品安全委员会办公室', '某县安委办'],
    ['某县食品安全委员会', '某县食安办'],
    ['某县经济普查领导小组', '某县经普办'],
    ['某县城市管理局', '某县市场监管局'],
    ['某某有限公司安全生产委员会', '某某有限公司安委办'],
    ['某某有限公司安全生产委员会办公室', '某某有限公司爱卫办'],
    ['某某有限公司安全生产委员会办公室', '某某集团安委办'],
    ['某县人民政府防汛抗旱指挥部', '某县人民政府'],
  ];
  for (const [issuer, sig] of different) {
    it(`reported: ${issuer} signed ${sig}`, () => {
      for (const v of layouts(notice(title(issuer), sig))) assert.deepEqual(found(v), expected(v, sig, issuer), v);
    });
  }

  it('reported: a workspace unit and another body of the same place', () => {
    const config = { units: [{ name: '某县城乡建设指挥部', aliases: ['某县城建指挥部'] }] };
    for (const v of layouts(notice(title('某县人民政府城乡建设指挥部'), '某县城乡建设指挥部办公室')))
      assert.deepEqual(found(v, config), expected(v, '某县城乡建设指挥部办公室', '某县人民政府城乡建设指挥部'), v);
  });
});

describe('round 15: the aliases added to the unit data', () => {
  const r = createRegistry();
  const added: [string, string][] = [
    ['县安委会办公室', '县安全生产委员会办公室'],
    ['县爱卫会办公室', '县爱国卫生运动委员会办公室'],
    ['县精神文明建设指导委员会办公室', '县精神文明建设委员会办公室'],
    ['县妇女儿童工作委员会', '县妇儿工委'],
  ];
  for (const [alias, name] of added) {
    it(`${alias} is an alias of ${name}, at any place`, () => {
      for (const [a, b] of [[alias, name], ['某市' + alias.slice(1), '某市' + name.slice(1)]]) {
        assert.equal(r.classify(a).status, 'known', a);
        assert.ok(r.sameUnit(a, b), `${a} / ${b}`);
      }
    });
  }

  it('the full name of 妇儿工委 is its variant’s first name; the committee and its office stay two units', () => {
    assert.equal(r.lookup('县妇儿工委')!.name, '县妇女儿童工作委员会');
    assert.ok(!r.sameUnit('县妇女儿童工作委员会', '县妇女儿童工作委员会办公室'));
    assert.ok(!r.sameUnit('县安委会办公室', '县安全生产委员会'));
    assert.ok(!r.sameUnit('县爱卫会办公室', '县爱国卫生运动委员会'));
  });

  const units = ['县安委会办公室', '县爱卫会办公室', '县精神文明建设指导委员会办公室', '县妇女儿童工作委员会'];
  it('no unit-unknown on them as leads and participants', () => {
    const t = unitNotice([
      [units[0], units[1]],
      [units[2], units[3]],
    ]);
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) assert.deepEqual(check(v, ['unit-unknown']), [], v);
  });

  it('unit-alias-mixed where one notice names the body both ways (intended: they are one body)', () => {
    const t = unitNotice([
      ['县安全生产委员会办公室', '县财政局'],
      ['县安委会办公室', '县财政局'],
    ]);
    for (const v of [t, crlf(t), halfWidth(t), collapse(t)]) {
      const f = check(v, ['unit-alias-mixed']);
      assert.deepEqual(f.map((x) => v.slice(x.range.start, x.range.end)), ['县安委会办公室'], v);
      assert.equal(f[0].fixes[0].edits[0].newText, '县安全生产委员会办公室');
      assert.equal(f[0].range.start, v.indexOf('县安委会办公室'));
    }
  });
});
