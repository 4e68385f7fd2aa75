// Helper U's per-keystroke work (issue 6): the unit index assembled per distinct reference text, and
// task-empty-assignment's colon scan line by line, must give exactly what the whole-document work gave.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../server/src/core/analyze';
import { AnalysisCache } from '../../server/src/core/memo';
import type { GongwenDocument, UnitRef } from '../../server/src/core/model';
import { documentUnits, inDocumentOrder } from '../../server/src/core/units/document';
import { normalizeName, trimUnitText } from '../../server/src/core/units/grammar';
import { createRegistry } from '../../server/src/core/units/registry';
import { notice } from '../fixtures/tasks/docs';

const units = createRegistry();

describe('keys-U: the unit index by distinct text', () => {
  /** The occurrences as the index used to list them: references sorted stably by start, the first of each range, trimmed. */
  function oracle(addressee: UnitRef[], assigned: UnitRef[]) {
    const all = addressee.concat(assigned).sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    const out: { start: number; end: number; text: string; name: string; addressee: boolean }[] = [];
    for (const r of all) {
      const k = `${r.start}-${r.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const t = trimUnitText(r.text);
      const text = t.end > t.start ? r.text.slice(t.start, t.end) : '';
      const name = text ? normalizeName(text) : '';
      if (name) out.push({ start: r.start + t.start, end: r.start + t.end, text, name, addressee: addressee.includes(r) });
    }
    return out;
  }

  it('lists the same occurrences in the same order, with the same per-name counts and first uses', () => {
    // texts that trim and normalise alike or to nothing, in and out of order, repeated ranges
    const pool = ['市财政局', '市 财政局', '市财政局。', '、', '市财正局', '市发展改革委', 'ＡＢ市教育局', '市教育局', '  ', '市统计局牵头'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 300; round++) {
      const mk = (): UnitRef => {
        const text = pool[rnd(pool.length)];
        const start = rnd(40) * 10;
        return { start, end: start + text.length, text, role: 'lead' };
      };
      const addressee = Array.from({ length: rnd(4) }, mk);
      const assigned = Array.from({ length: rnd(30) }, mk);
      if (round % 2 === 0) assigned.sort((a, b) => a.start - b.start);
      // a repeat of an addressee reference, as the parser may list one
      if (addressee.length && round % 3 === 0) assigned.push({ ...addressee[0], role: 'participant' });
      const entries = [];
      for (let i = 0; i < assigned.length; i += 3) entries.push({ role: 'lead', list: { start: 0, end: 0, text: '' }, units: assigned.slice(i, i + 3) });
      const doc = {
        notice: { addressee: addressee.length || round % 5 ? { start: 0, end: 0, text: '', units: addressee } : undefined },
        assignments: [{ range: { start: 0, end: 0 }, form: 'line', entries }],
      } as unknown as GongwenDocument;
      const du = documentUnits({ doc, units, cache: new AnalysisCache() });
      const want = oracle(doc.notice.addressee ? addressee : [], assigned);
      const got = inDocumentOrder(du, du.names);
      assert.deepEqual(
        got.map((o) => ({ start: o.range.start, end: o.range.end, text: o.text, name: o.name, addressee: o.addressee })),
        want,
        `round ${round}`,
      );
      assert.deepEqual(
        got.map((o) => o.index),
        got.map((_, i) => got[i].index).sort((a, b) => a - b),
      );
      const names = [...new Set(want.map((o) => o.name))];
      assert.deepEqual(
        du.names.map((n) => [n.name, n.count, n.first]),
        names.map((n) => [n, want.filter((o) => o.name === n).length, want.find((o) => o.name === n)!.start]),
        `round ${round}`,
      );
      // every reference's text, each once (unit-run-together reads them there)
      const all = [...(doc.notice.addressee ? addressee : []), ...assigned];
      assert.deepEqual([...du.texts].sort(), [...new Set(all.map((r) => r.text))].sort(), `round ${round}`);
      assert.equal(new Set(du.texts).size, du.texts.length);
    }
  });
});

describe('keys-U: task-empty-assignment line by line', () => {
  const plan = (next: string, nl = '\n') =>
    notice(['二、工作重点', '1.研究制定规划。', '牵头单位：', next, '2.编制专项规划。', '牵头单位：市经贸委。'].join('\n')).replace(/\n/g, nl);
  const labels = (text: string, cache?: AnalysisCache) =>
    analyze(text, { units, cache, only: ['task-empty-assignment'] }).findings.map((f) => `${f.range.start}:${text.slice(f.range.start, f.range.end)}`);

  it('reads the next line for a label whose colon ends its line (LF, CRLF, lone CR)', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      assert.deepEqual(labels(plan('市发展改革委、市统计局', nl)), [], JSON.stringify(nl));
      assert.equal(labels(plan('3.加强组织领导。', nl)).length, 1, JSON.stringify(nl));
    }
  });

  it('with a kept cache, an edit of the next line alone changes the verdict on the unchanged label line', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const cache = new AnalysisCache();
      const versions = [plan('市发展改革委、市统计局', nl), plan('3.加强组织领导。', nl), plan('市发展改革委', nl), plan('', nl), plan('市统计局', nl)];
      for (const v of versions) assert.deepEqual(labels(v, cache), labels(v), JSON.stringify(nl));
    }
  });

  it('finds a label at the start of a line, whatever ends the line before it', () => {
    for (const before of ['完成规划编制', '市经贸委', '牵头单位', '（一）', '|']) {
      const t = notice(`二、工作重点\n1.研究制定规划。${before}\n牵头单位：。\n2.编制专项规划。\n牵头单位：市经贸委。`);
      const cache = new AnalysisCache();
      assert.deepEqual(labels(t, cache), labels(t));
      assert.deepEqual(
        labels(t).map((s) => s.replace(/^\d+:/, '')),
        ['牵头单位：'],
        before,
      );
    }
  });
});
