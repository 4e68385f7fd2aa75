// Property: analysis never throws, terminates, and every range it reports lies inside the document.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, effectiveSeverity } from '../../server/src/core/analyze';
import { allRules } from '../../server/src/core/rules';
import { defaultConfig, resolveConfig } from '../../server/src/core/config';
import { parse } from '../../server/src/core/parse';
import { createRegistry } from '../../server/src/core/units/registry';
import { checkAnalysis, checkModel, describeText, Problems } from './checks';
import { anyDocument, mutatedReal, notice, params, unicodeText } from './generators';

const units = createRegistry(defaultConfig.units);
/** Generous: a 2,500-unit document analyses in ~30 ms; the whole seed in ~150 ms under tsx. */
const TIME_LIMIT_MS = 5000;
// every rule on, including the style options that are off by default (typo-style)
const allOn = resolveConfig({ rules: Object.fromEntries(allRules.filter((r) => r.offByDefault).map((r) => [r.id, 'hint'])) }).config;

function analyseChecked(text: string, config = defaultConfig): void {
  const t0 = performance.now();
  let a;
  try {
    a = analyze(text, { config, units });
  } catch (e) {
    assert.fail(`analyze threw on ${describeText(text)}: ${e instanceof Error ? e.stack : e}`);
  }
  const ms = performance.now() - t0;
  assert.ok(ms < TIME_LIMIT_MS, `analysis took ${ms.toFixed(0)} ms on ${describeText(text)}`);
  const p = new Problems();
  checkAnalysis(a, p);
  assert.deepEqual(p.list, [], `on ${describeText(text)}`);
}

describe('properties: analysis never throws and stays inside the document', function () {
  this.timeout(0);

  it('random Unicode text', () => {
    fc.assert(fc.property(unicodeText, (t) => analyseChecked(t)), params(400));
  });

  it('random notices built from real pieces', () => {
    fc.assert(fc.property(notice, (t) => analyseChecked(t)), params(300));
  });

  it('mutations of the real notices (windows of up to 3,000 units)', () => {
    fc.assert(fc.property(mutatedReal(3000, 8), (t) => analyseChecked(t)), params(200));
  });

  it('mutations of whole real notices', () => {
    fc.assert(fc.property(mutatedReal(Infinity, 4), (t) => analyseChecked(t)), params(20, 20));
  });

  it('every rule switched on (style options included)', () => {
    assert.ok(allRules.every((r) => effectiveSeverity(r, allOn) !== 'off'));
    fc.assert(fc.property(anyDocument(1500), (t) => analyseChecked(t, allOn)), params(100));
  });

  it('the parser alone: the model of random text is inside the document', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText, notice), (t) => {
        const p = new Problems();
        checkModel(parse(t), p);
        assert.deepEqual(p.list, [], `on ${describeText(t)}`);
      }),
      params(200),
    );
  });
});
