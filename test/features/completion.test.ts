import assert from 'node:assert/strict';
import { builtinNamesAt, documentPrefixes, unitCandidates, unitCompletionContext } from '../../server/src/core/features/completion';
import { unitOccurrences } from '../../server/src/core/features/references';
import { parse } from '../../server/src/core/parse/index';
import { createRegistry } from '../../server/src/core/units/registry';
import { NOTICE, at } from '../fixtures/language-features/notice';

const registry = createRegistry([{ name: '嘉兴市物流发展中心', aliases: ['市物流中心'] }]);

/** The context at the position marked | in `marked`. */
function ctx(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const c = unitCompletionContext(text, offset);
  return c && { partial: c.partial, after: c.after, replaced: text.slice(c.range.start, c.range.end), start: c.range.start, list: text.slice(c.listStart, c.range.start) };
}

describe('features/completion (unit names)', () => {
  it('after a label and its colon (full- or half-width), the partial unit typed so far is replaced', () => {
    assert.deepEqual(ctx('1.建设物流园区。\n牵头单位：|'), { partial: '', after: 'label', replaced: '', start: 15, list: '' });
    assert.deepEqual(ctx('1.建设物流园区。\n牵头单位：市发|'), { partial: '市发', after: 'label', replaced: '市发', start: 15, list: '' });
    assert.deepEqual(ctx('参与部门: 市商|'), { partial: '市商', after: 'label', replaced: '市商', start: 6, list: ' ' });
    assert.deepEqual(ctx('1.建设物流园区。配合单位：|'), { partial: '', after: 'label', replaced: '', start: 14, list: '' });
  });

  it('after 、 inside a unit list', () => {
    assert.deepEqual(ctx('参与部门：市交通运输局、市|'), { partial: '市', after: 'separator', replaced: '市', start: 12, list: '市交通运输局、' });
    assert.deepEqual(ctx('（牵头单位：市发改委；参与部门：市商务局、|）'), { partial: '', after: 'separator', replaced: '', start: 21, list: '市商务局、' });
  });

  it('nowhere else', () => {
    assert.equal(ctx('现将《方案》印发给你们，请|'), undefined);
    assert.equal(ctx('主要内容：|'), undefined);
    assert.equal(ctx('加快发展物流、|'), undefined);
    assert.equal(ctx('牵头单位：市发改委。加快发展物流、|'), undefined);
    assert.equal(ctx('牵头单位：\n|'), undefined);
  });

  it("orders the document's units by use, then the workspace's, then built-in names at the document's level", () => {
    const occ = unitOccurrences(parse(NOTICE), registry);
    assert.deepEqual(documentPrefixes(occ, registry), ['市']);
    const builtin = builtinNamesAt('市');
    assert.ok(builtin.includes('市财政局') && builtin.includes('市发展和改革委员会') && !builtin.includes('市宣传部'));
    const { items, incomplete } = unitCandidates(occ, registry, undefined, builtin);
    assert.equal(incomplete, false);
    assert.deepEqual(
      items.slice(0, 6).map((c) => [c.name, c.origin, c.count]),
      [
        ['市发改委', 'document', 3],
        ['市商务局', 'document', 3],
        ['市交通运输局', 'document', 1],
        ['市财政局', 'document', 1],
        ['嘉兴市物流发展中心', 'workspace', undefined],
        [builtin.find((n) => !['市发展和改革委员会', '市商务局', '市交通运输局', '市财政局'].includes(n)), 'builtin', undefined],
      ],
    );
    // aliases of a unit already offered are not offered again
    assert.equal(items.filter((c) => c.name === '市发展和改革委员会').length, 0);
    assert.equal(new Set(items.map((c) => c.name)).size, items.length);
    const capped = unitCandidates(occ, registry, undefined, builtin, 10);
    assert.equal(capped.items.length, 10);
    assert.equal(capped.incomplete, true);
  });

  it('party prefixes get party bodies', () => {
    const party = builtinNamesAt('市委');
    assert.ok(party.length > 0);
    assert.ok(!party.includes('市委财政局'));
  });

  it('units the list already names are not offered again', () => {
    const text = NOTICE.replace('参与部门：市商务局\n二、', '参与部门：市商务局、市发展和改革委员会、\n二、');
    const occ = unitOccurrences(parse(text), registry);
    const slot = at(text, '委员会、') + 4;
    const c = unitCompletionContext(text, slot)!;
    const { items } = unitCandidates(occ, registry, c.range, [], 300, { start: c.listStart, end: c.range.start });
    assert.deepEqual(items.map((i) => i.name), ['市交通运输局', '市财政局', '嘉兴市物流发展中心']);
  });

  it('the unit being typed is not counted', () => {
    const occ = unitOccurrences(parse(NOTICE), registry);
    const s = at(NOTICE, '市发改委', 1);
    const { items } = unitCandidates(occ, registry, { start: s, end: s + 4 });
    assert.deepEqual(items.slice(0, 2).map((c) => [c.name, c.count]), [['市商务局', 3], ['市发改委', 2]]);
  });
});
