// One span has one owner: findings, and the edits of fixes, of a weaker owner class never act inside a
// stronger finding's range (analyze.ts resolveOwnership).
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze, Coverage } from '../../server/src/core/analyze';
import { applyEdits, selectFixAll } from '../../server/src/core/fixes';

/** Fix-all rounds until nothing changes (at most 5); the texts after each round. */
function fixAllRounds(text: string): string[] {
  const seen: string[] = [];
  for (let round = 0; round < 5; round++) {
    const edits = selectFixAll(analyze(text).findings);
    if (!edits.length) break;
    text = applyEdits(text, edits);
    seen.push(text);
  }
  return seen;
}

describe('ownership of fix edits', () => {
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ]) {
    it(`the half-width fixes leave a marker numbering-style rebuilds alone (${name})`, () => {
      const text = ['(1)', '（一)', '(3)'].join(eol);
      const findings = analyze(text).findings;
      const marker = { start: text.indexOf('（一)'), end: text.indexOf('（一)') + 3 };
      const style = findings.find((f) => f.ruleId === 'numbering-style');
      assert.deepEqual(style?.range, marker);
      // the summary stays (it counts the mark) but offers no edit inside the marker; no hint there
      for (const f of findings.filter((x) => x.ruleId === 'punct-half-width')) {
        for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.range.end <= marker.start || e.range.start >= marker.end, JSON.stringify(e));
        assert.ok(f.severity !== 'hint' || f.range.end <= marker.start || f.range.start >= marker.end);
      }
      // so fix-all settles in one round instead of flipping （一) ↔ (一） for ever
      assert.deepEqual(fixAllRounds(text), [['(1)', '(一)', '(3)'].join(eol)]);
    });
  }

  it('keeps the edits outside a stronger range', () => {
    const text = '关于印发测试工作方案的通知\n各区人民政府:\n一、总体要求\n(一)加强领导,落实责任。\n';
    const summary = analyze(text).findings.find((f) => f.ruleId === 'punct-half-width' && f.fixes[0]?.title.zh.startsWith('将全文'));
    assert.ok(summary);
    // the : after 各区人民政府 and the , in the sentence are converted; the brackets of the (一) marker belong to numbering-style
    assert.deepEqual(
      summary.fixes[0].edits.map((e) => [text.slice(e.range.start, e.range.end), e.newText]),
      [
        [':', '：'],
        [',', '，'],
      ],
    );
  });
});

describe('ownership of document-level findings', () => {
  it('drops a summary whose every fix edit lies in a stronger finding (the one half-width mark is a marker\'s)', () => {
    const lines = ['关于开展检查的通知', '各乡镇：', '一、总体要求', '（一)加强领导。', '（二）落实责任。', '二、工作要求', '抓好落实。'];
    for (const [name, text] of [
      ['LF', lines.join('\n')],
      ['CRLF', lines.join('\r\n')],
    ]) {
      const findings = analyze(text).findings;
      const marker = text.indexOf('（一)');
      assert.deepEqual(
        findings.filter((f) => f.ruleId === 'numbering-style').map((f) => f.range),
        [{ start: marker, end: marker + 3 }],
        name,
      );
      assert.deepEqual(findings.filter((f) => f.ruleId === 'punct-half-width'), [], name);
    }
    // with one more mark outside the marker the summary stays, fixing only that one
    const text = lines.join('\n').replace('抓好落实。', '抓好落实,务求实效。');
    const summary = analyze(text).findings.filter((f) => f.ruleId === 'punct-half-width' && f.fixes[0]?.title.zh.startsWith('将全文'));
    assert.equal(summary.length, 1);
    assert.deepEqual(summary[0].fixes[0].edits, [{ range: { start: text.indexOf(','), end: text.indexOf(',') + 1 }, newText: '，' }]);
  });
});

describe('Coverage (which ranges a stronger owner covers)', () => {
  const residue = 0;
  const spam = 1;
  const unit = 2;
  const punctuation = 4;

  it('answers by rank: only a strictly stronger range covers, and only wholly', () => {
    const cover = new Coverage(
      [
        { start: 10, end: 20 },
        { start: 30, end: 40 },
      ],
      [spam, unit],
    );
    assert.equal(cover.covers({ start: 12, end: 15 }, punctuation), true);
    assert.equal(cover.covers({ start: 12, end: 15 }, unit), true);
    assert.equal(cover.covers({ start: 12, end: 15 }, spam), false);
    assert.equal(cover.covers({ start: 10, end: 20 }, punctuation), true);
    assert.equal(cover.covers({ start: 18, end: 22 }, punctuation), false);
    assert.equal(cover.covers({ start: 5, end: 12 }, punctuation), false);
    assert.equal(cover.covers({ start: 32, end: 35 }, unit), false);
    assert.equal(cover.covers({ start: 32, end: 35 }, punctuation), true);
    assert.equal(cover.covers({ start: 0, end: 1 }, punctuation), false);
  });

  it('finds a long range that starts before many short ones (no bounded look-back)', () => {
    // a residue block over 0–10000 and 500 unit findings inside it: a range near its end is still covered
    const ranges = [{ start: 0, end: 10_000 }];
    const ranks = [residue];
    for (let i = 0; i < 500; i++) {
      ranges.push({ start: 10 + i * 10, end: 15 + i * 10 });
      ranks.push(unit);
    }
    const cover = new Coverage(ranges, ranks);
    assert.equal(cover.covers({ start: 9_000, end: 9_005 }, punctuation), true);
    assert.equal(cover.covers({ start: 5_002, end: 5_004 }, spam), true);
    assert.equal(cover.covers({ start: 9_990, end: 10_001 }, punctuation), false);
  });
});
