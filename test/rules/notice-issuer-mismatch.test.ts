import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { check, collapse, seedText, spans, crlf, halfWidth, locate } from '../helpers';
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

  it('keeps 和 inside a body’s name (人力资源和社会保障局) and splits A和B joint titles', () => {
    const joint = [
      '嘉兴市人力资源和社会保障局　嘉兴市财政局关于做好城乡居民基本养老保险待遇调整工作的通知',
      '各县（市、区）人力资源和社会保障局、财政局：',
      '　　现将有关事项通知如下。',
      '嘉兴市人力资源和社会保障局　　　　　嘉兴市财政局',
      '2024年6月18日',
    ].join('\n');
    assert.deepEqual(spans(joint, rule), []);
    assert.deepEqual(spans(collapse(joint), rule), []);
    const he = joint.replace('嘉兴市人力资源和社会保障局　嘉兴市财政局关于', '嘉兴市人力资源和社会保障局和嘉兴市财政局关于');
    assert.deepEqual(spans(he, rule), []);
    const wrong = joint.replace('　　　　　嘉兴市财政局\n', '\n');
    assert.deepEqual(spans(wrong, rule), ['嘉兴市人力资源和社会保障局']);
  });

  it('takes the issuer before 批转/转发 in a title without 关于 before the verb', () => {
    const t = [
      '嘉兴市人民政府批转市财政局关于市级行政事业单位国有资产管理暂行办法的通知',
      '各县（市、区）人民政府，市政府各部门、直属各单位：',
      '　　市政府同意市财政局《关于市级行政事业单位国有资产管理暂行办法》，现批转给你们，请遵照执行。',
      '嘉兴市人民政府',
      '二〇〇五年五月二十日',
    ].join('\n');
    assert.deepEqual(spans(t, rule), []);
    assert.deepEqual(spans(t.replace('嘉兴市人民政府批转', '嘉兴市人民政府办公室转发'), rule), ['嘉兴市人民政府']);
  });

  // audit: CRLF and half-width layouts, exact ranges, and the (unsafe) fix's result
  it('finds the differing signature with CRLF and half-width punctuation; the fix signs with the title’s issuer', () => {
    const t = build({ signature: '嘉兴市人民政府' });
    for (const [v, at] of [[t, '4:1-4:8'], [crlf(t), '4:1-4:8'], [halfWidth(t), '4:1-4:8'], [collapse(halfWidth(t)), '1:99-1:106']]) {
      const found = check(v, [rule]);
      assert.deepEqual(found.map((f) => `${locate(v, f).at} ${locate(v, f).text}`), [`${at} 嘉兴市人民政府`]);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(v, found[0].fixes[0].edits), v.replace(/嘉兴市人民政府(?=\r?\n| 2010)/, '嘉兴市人民政府办公室'));
    }
    for (const v of [crlf(build()), halfWidth(build()), collapse(halfWidth(build()))]) assert.deepEqual(check(v, [rule]), []);
  });
});
