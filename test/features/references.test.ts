import assert from 'node:assert/strict';
import { exactUnitKey, occurrenceAt, occurrencesOf, unitKey, unitOccurrences, unitUsage } from '../../server/src/core/features/references';
import { parse } from '../../server/src/core/parse/index';
import { createRegistry } from '../../server/src/core/units/registry';
import { collapse, crlf } from '../helpers';
import { NOTICE, at } from '../fixtures/language-features/notice';

const registry = createRegistry();

describe('features/references (unit occurrences)', () => {
  it('lists every unit named in assignments and on the 主送机关 line, with alias-aware keys', () => {
    for (const text of [NOTICE, crlf(NOTICE), collapse(NOTICE)]) {
      const occ = unitOccurrences(parse(text), registry);
      assert.deepEqual(
        occ.map((o) => [o.text, o.role, o.key]),
        [
          ['各县（市、区）人民政府', 'addressee', '各县（市、区）人民政府'],
          ['市政府各部门', 'addressee', '市政府各部门'],
          ['市发改委', 'lead', '市发展和改革委员会'],
          ['市交通运输局', 'participant', '市交通运输局'],
          ['市商务局', 'participant', '市商务局'],
          ['市发展改革委', 'lead', '市发展和改革委员会'],
          ['市商务局', 'participant', '市商务局'],
          ['市商务局', 'lead', '市商务局'],
          ['市财政局', 'participant', '市财政局'],
          ['市发改委', 'participant', '市发展和改革委员会'],
        ],
      );
      for (const o of occ) assert.equal(text.slice(o.start, o.end), o.text);
    }
  });

  it('finds the occurrence at a cursor (either end touching) and all of its unit', () => {
    const occ = unitOccurrences(parse(NOTICE), registry);
    const first = at(NOTICE, '市发改委');
    assert.equal(occurrenceAt(occ, first)?.text, '市发改委');
    assert.equal(occurrenceAt(occ, first + 4)?.text, '市发改委');
    assert.equal(occurrenceAt(occ, first - 1), undefined);
    // between 市交通运输局 and 、: the cursor touches the first; after 、 the second
    const sep = at(NOTICE, '、市商务局');
    assert.equal(occurrenceAt(occ, sep)?.text, '市交通运输局');
    assert.equal(occurrenceAt(occ, sep + 1)?.text, '市商务局');
    const all = occurrencesOf(occ, occurrenceAt(occ, first)!.key);
    assert.deepEqual(
      all.map((o) => o.start),
      [at(NOTICE, '市发改委'), at(NOTICE, '市发展改革委'), at(NOTICE, '市发改委', 1)],
    );
  });

  it('without a registry, names are their own keys; spaces do not count', () => {
    assert.equal(unitKey('市 发改委'), '市发改委');
    assert.equal(unitKey('市发改委', registry), '市发展和改革委员会');
    const occ = unitOccurrences(parse(NOTICE));
    assert.equal(occurrencesOf(occ, '市发改委').length, 2);
  });

  it('a bracketed designation keeps a name apart for rename (exactUnitKey), not for references (unitKey)', () => {
    assert.equal(unitKey('市发展改革委(信息产业局)', registry), '市发展和改革委员会');
    assert.equal(exactUnitKey('市发改委', registry), exactUnitKey('市发展改革委', registry));
    assert.notEqual(exactUnitKey('市发展改革委(信息产业局)', registry), exactUnitKey('市发展改革委', registry));
    assert.equal(exactUnitKey('自编 单位名'), '自编单位名');
  });

  it('ranks the units by use (the 主送机关 line and the unit being typed not counted)', () => {
    const occ = unitOccurrences(parse(NOTICE), registry);
    // a tie goes to the unit named first
    assert.deepEqual(unitUsage(occ), [
      { key: '市发展和改革委员会', name: '市发改委', count: 3 },
      { key: '市商务局', name: '市商务局', count: 3 },
      { key: '市交通运输局', name: '市交通运输局', count: 1 },
      { key: '市财政局', name: '市财政局', count: 1 },
    ]);
    const s = at(NOTICE, '市发改委', 1);
    assert.deepEqual(unitUsage(occ, { start: s, end: s + 4 }).slice(0, 2), [
      { key: '市商务局', name: '市商务局', count: 3 },
      { key: '市发展和改革委员会', name: '市发改委', count: 2 },
    ]);
    const s2 = at(NOTICE, '市商务局');
    assert.deepEqual(unitUsage(occ, { start: s2, end: s2 + 4 }).slice(0, 2), [
      { key: '市发展和改革委员会', name: '市发改委', count: 3 },
      { key: '市商务局', name: '市商务局', count: 2 },
    ]);
  });
});
