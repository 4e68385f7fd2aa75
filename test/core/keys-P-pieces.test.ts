// Piece boundaries of the parser's per-line and per-paragraph reuse (memo.ts): a series of edits analysed with ONE
// kept cache gives exactly what a fresh analysis of each text gives, where a key could be mistaken for another —
// the same line text before another line terminator (its dates are read with the terminator), a paragraph's
// assignments reused at another offset (and merged with a neighbour's that moved by another amount), lines of `|`
// and `｜` runs, and headings after a sentence end.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { AnalysisCache } from '../../server/src/core/memo';
import { parse } from '../../server/src/core/parse';
import { structuralHeadingStarts } from '../../server/src/core/parse/markers';
import { pipeCounts } from '../../server/src/core/parse/chars';
import { computeLineStarts } from '../../server/src/core/text';

function sameAsFresh(texts: string[]): void {
  const cache = new AnalysisCache();
  for (const [i, text] of texts.entries()) {
    const kept = analyze(text, { cache });
    const fresh = analyze(text);
    assert.deepEqual(kept.findings, fresh.findings, `text ${i}: findings`);
    assert.equal(JSON.stringify(kept.doc), JSON.stringify(fresh.doc), `text ${i}: model`);
  }
}

const HEAD = '关于做好某项工作的通知\n各有关单位：\n';

describe('keys-P: per-piece reuse in the parser', () => {
  it('one line text before each line terminator (dates and numbers read with it)', () => {
    const line = '请于2024年3月31日前报送，文号为某政发〔2024〕12号';
    const texts = [
      HEAD + line + '\n一、工作要求\n',
      HEAD + line + '\r\n一、工作要求\r\n',
      HEAD + line + '\r一、工作要求\r',
      HEAD + line,
      HEAD + line + '\n',
      HEAD + line + '前\n',
      HEAD + line + '\n',
    ];
    sameAsFresh(texts);
    sameAsFresh(texts.slice().reverse());
  });

  it('a paragraph’s assignments reused where an edit moved them, merged with a neighbour moved by another amount', () => {
    const body = '一、重点任务\n（一）完善机制。牵头单位：市发改委。\n配合单位：市财政局、市人社局。\n（二）加强保障（市财政局牵头，市审计局参与）。\n';
    const texts = [HEAD + body];
    // edits before, between and inside the labelled paragraphs, one character at a time and back
    let t = HEAD + body;
    for (const at of [HEAD.length, t.indexOf('配合'), t.indexOf('（二）'), t.indexOf('市人社局')]) {
      t = t.slice(0, at) + '的' + t.slice(at);
      texts.push(t);
    }
    texts.push(HEAD + body);
    // the same text collapsed onto one line (paragraphs split at spaces)
    texts.push(HEAD + body.replace(/\n/g, ' '));
    texts.push(HEAD + '某' + body.replace(/\n/g, ' '));
    sameAsFresh(texts);
  });

  it('lines of | and ｜ (a task table, a page’s pipe run) through edits', () => {
    const table = '| 序号 | 任务 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 建立台账 | 市发改委 | 2024年6月底前 |\n| 2 | 开展督查 | 市政府办 | 2024年9月底前 |\n';
    const texts = [HEAD + table, HEAD + '附表：\n' + table, HEAD + table.replace(/\|/g, '｜'), HEAD + table + '某网站 | | |\n', HEAD + table + '||||\n', HEAD + table];
    sameAsFresh(texts);
    for (const text of texts) {
      const ls = computeLineStarts(text);
      const { pipes, bars } = pipeCounts(text, ls);
      for (let k = 0; k < ls.length; k++) {
        const line = text.slice(ls[k], k + 1 < ls.length ? ls[k + 1] : text.length);
        assert.equal(pipes[k], line.split('|').length - 1);
        assert.equal(bars[k], line.split(/[|｜]/).length - 1);
      }
    }
  });

  it('line starts for \\n, \\r\\n and a lone \\r, as one loop over the characters finds them', () => {
    for (const text of ['', 'a', '\n', '\r', '\r\n', '\n\r', 'a\r\r\nb\n\nc\r', '\r\n\r\n\r', 'x\ny\r\nz\rw']) {
      const want = [0];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') want.push(i + 1);
        else if (text[i] === '\r') {
          if (text[i + 1] === '\n') i++;
          want.push(i + 1);
        }
      }
      assert.deepEqual(computeLineStarts(text), want, JSON.stringify(text));
      assert.deepEqual(parse(text).lineStarts, want);
    }
  });

  it('a document’s own headings after a line break, a blank or a sentence end', () => {
    const text = '第一章 总则\n第一条 为了规范。第二条 本办法适用于全市。1.1 编制目的 第三条规定的事项 1.2亿元\n第四条\t执行';
    assert.deepEqual(
      structuralHeadingStarts(text).map((i) => text.slice(i, i + 3)),
      ['第一章', '第一条', '第二条', '1.1', '第四条'],
    );
    // a half-width . counts only where it ends a sentence
    const dots = '工作要求.第五条 经费保障 v1.2.3 说明';
    assert.deepEqual(structuralHeadingStarts(dots).map((i) => dots.slice(i, i + 3)), ['第五条']);
  });
});
