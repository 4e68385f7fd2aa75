// The analysis cache (server/src/core/memo.ts): shiftRanges and AnalysisCache exactly, and the equivalence
// that matters — a document analysed through a series of edits with ONE persistent cache (as the server
// keeps one per open document) gives exactly the findings and the model a fresh analysis of the final text
// gives. A wrong cache hit (a cached value that depended on something outside its key) shows here as a
// difference, reported by rule (findings) or by model field (doc).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { defaultConfig, resolveConfig } from '../../server/src/core/config';
import { AnalysisCache, shiftRanges } from '../../server/src/core/memo';
import type { Finding } from '../../server/src/core/rule';
import { createRegistry } from '../../server/src/core/units/registry';
import { analyzeDocument } from '../../server/src/lsp/analysis';
import { codeActions, FIX_ALL_KIND } from '../../server/src/lsp/codeActions';
import { Mapper } from '../../server/src/lsp/convert';
import type { Entry } from '../../server/src/lsp/documents';
import { locate, root } from '../helpers';
import { mutate, mutatedReal, mutation, params, type Mutation } from '../properties/generators';

const units = createRegistry(defaultConfig.units);

describe('memo: shiftRanges', () => {
  it('adds the delta to every numeric start and end, at any depth', () => {
    const value = {
      start: 3,
      end: 7,
      kind: 'date',
      nested: { range: { start: 0, end: 2 }, list: [{ start: 10, end: 11, text: 'x' }, { other: 5 }] },
      message: { zh: '中', en: 'en' },
    };
    assert.deepEqual(shiftRanges(value, 100), {
      start: 103,
      end: 107,
      kind: 'date',
      nested: { range: { start: 100, end: 102 }, list: [{ start: 110, end: 111, text: 'x' }, { other: 5 }] },
      message: { zh: '中', en: 'en' },
    });
    // negative deltas too
    assert.deepEqual(shiftRanges([{ start: 5, end: 6 }], -5), [{ start: 0, end: 1 }]);
  });

  it('leaves other numbers, non-numeric start/end, null and primitives alone', () => {
    assert.deepEqual(shiftRanges({ start: '3', end: null, length: 4, offset: 9, startLine: 2 }, 10), { start: '3', end: null, length: 4, offset: 9, startLine: 2 });
    assert.equal(shiftRanges(5, 10), 5);
    assert.equal(shiftRanges('start', 10), 'start');
    assert.equal(shiftRanges(null, 10), null);
    assert.equal(shiftRanges(undefined, 10), undefined);
    assert.deepEqual(shiftRanges([1, 2, [3]], 10), [1, 2, [3]]);
  });

  it('always copies (delta 0 included): mutating the result never touches the original', () => {
    const value = { list: [{ start: 1, end: 2 }], inner: { start: 4, end: 5 } };
    const copy = shiftRanges(value, 0);
    assert.deepEqual(copy, value);
    assert.notEqual(copy, value);
    assert.notEqual(copy.list, value.list);
    assert.notEqual(copy.list[0], value.list[0]);
    assert.notEqual(copy.inner, value.inner);
    copy.list[0].start = 99;
    copy.inner.end = 99;
    copy.list.push({ start: 0, end: 0 });
    assert.deepEqual(value, { list: [{ start: 1, end: 2 }], inner: { start: 4, end: 5 } });
  });

  it('copies shared sub-objects apart (cached values must be trees)', () => {
    const shared = { start: 1, end: 2 };
    const out = shiftRanges({ a: shared, b: shared }, 1);
    assert.deepEqual(out, { a: { start: 2, end: 3 }, b: { start: 2, end: 3 } });
    assert.notEqual(out.a, out.b);
  });
});

describe('memo: AnalysisCache', () => {
  it('computes once per kind and key within an analysis', () => {
    const cache = new AnalysisCache();
    let calls = 0;
    const compute = () => ({ n: ++calls });
    assert.deepEqual(cache.lookup('k', 'a', compute), { n: 1 });
    assert.deepEqual(cache.lookup('k', 'a', compute), { n: 1 });
    assert.deepEqual(cache.lookup('k', 'b', compute), { n: 2 });
    // kinds are separate namespaces: the same key under another kind is computed again
    assert.deepEqual(cache.lookup('other', 'a', compute), { n: 3 });
    assert.equal(calls, 3);
    assert.equal(cache.size, 3);
    // the very value is returned (callers copy through shiftRanges)
    assert.equal(
      cache.lookup('k', 'a', compute),
      cache.lookup('k', 'a', () => assert.fail('recomputed')),
    );
  });

  it('an entry lives into the next analysis, and beyond only if that analysis used it', () => {
    const cache = new AnalysisCache();
    const seen: string[] = [];
    const get = (key: string) => cache.lookup('k', key, () => (seen.push(key), key.toUpperCase()));
    // analysis 1 uses a, b
    assert.equal(get('a'), 'A');
    assert.equal(get('b'), 'B');
    cache.endAnalysis();
    assert.equal(cache.size, 2);
    // analysis 2 uses a (reused) and c (new); b is not used
    assert.equal(get('a'), 'A');
    assert.equal(get('c'), 'C');
    assert.deepEqual(seen, ['a', 'b', 'c']);
    // during analysis 2, b is still held (previous generation) next to a and c
    assert.equal(cache.size, 4); // current: a, c; previous: a, b (a counted in both generations)
    cache.endAnalysis();
    // b was dropped: only what analysis 2 used survives
    assert.equal(cache.size, 2);
    assert.equal(get('b'), 'B');
    assert.deepEqual(seen, ['a', 'b', 'c', 'b']);
    assert.equal(get('a'), 'A');
    assert.equal(get('c'), 'C');
    assert.deepEqual(seen, ['a', 'b', 'c', 'b']);
  });

  it('an analysis that uses nothing leaves nothing behind after the next one', () => {
    const cache = new AnalysisCache();
    cache.lookup('k', 'a', () => 1);
    cache.endAnalysis();
    cache.endAnalysis();
    assert.equal(cache.size, 0);
    let calls = 0;
    cache.lookup('k', 'a', () => ++calls);
    assert.equal(calls, 1);
  });

  it('caches undefined and null results too (computed once)', () => {
    const cache = new AnalysisCache();
    let calls = 0;
    assert.equal(cache.lookup('k', 'u', () => (calls++, undefined)), undefined);
    assert.equal(cache.lookup('k', 'u', () => (calls++, undefined)), undefined);
    cache.endAnalysis();
    assert.equal(cache.lookup('k', 'u', () => (calls++, undefined)), undefined);
    assert.equal(calls, 1);
  });
});

// ---------------------------------------------------------------- persistent cache = fresh analysis

/** Every notice the fixture suites read: test/fixtures/** (UTF-8 .txt), the seeds, test/samples. */
function notices(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) {
        const text = readFileSync(p, 'utf8');
        if (!text.includes('\ufffd')) out.push({ name: relative(root, p), text }); // GB18030 fixtures are bytes, not text
      }
    }
  };
  walk(join(root, 'test', 'fixtures'));
  walk(join(root, 'seeds'));
  walk(join(root, 'test', 'samples'));
  return out;
}

/** Findings that differ, by rule: the first differing finding of each rule, located. */
function findingsDiff(text: string, got: Finding[], want: Finding[]): string[] {
  const byRule = (fs: Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of fs) m.set(f.ruleId, [...(m.get(f.ruleId) ?? []), f]);
    return m;
  };
  const g = byRule(got);
  const w = byRule(want);
  const out: string[] = [];
  for (const rule of [...new Set([...g.keys(), ...w.keys()])].sort()) {
    const a = g.get(rule) ?? [];
    const b = w.get(rule) ?? [];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    let i = 0;
    while (i < a.length && i < b.length && JSON.stringify(a[i]) === JSON.stringify(b[i])) i++;
    const show = (f: Finding | undefined) => (f ? `${JSON.stringify(locate(text, f))}`.slice(0, 300) : 'none');
    out.push(`${rule}: cached ${a.length}, fresh ${b.length}; #${i} cached ${show(a[i])} / fresh ${show(b[i])}; ${firstDiff(a[i], b[i], `${rule}#${i}`)}`);
  }
  return out;
}

/** The path to the first difference between two plain values, with both values there. */
function firstDiff(a: unknown, b: unknown, path: string): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) {
      const i = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify((b as unknown[])[k]));
      return `${path}: cached ${a.length} items, fresh ${(b as unknown[]).length}; first different #${i}: ${firstDiff(ra[i], rb[i], `${path}[${i}]`)}`;
    }
    for (const key of [...new Set([...Object.keys(ra), ...Object.keys(rb)])]) {
      const d = firstDiff(ra[key], rb[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: cached ${JSON.stringify(a)?.slice(0, 300)} / fresh ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Model fields that differ: the first difference in each. */
function modelDiff(got: unknown, want: unknown): string[] {
  const g = got as Record<string, unknown>;
  const w = want as Record<string, unknown>;
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(g), ...Object.keys(w)])]) {
    const d = firstDiff(g[key], w[key], `doc.${key}`);
    if (d) out.push(d);
  }
  return out;
}

/** Asserts that the analysis made with a kept cache equals a fresh one of the same text. */
function assertSameAsFresh(text: string, cached: Analysis, where: string): void {
  const fresh = analyze(text, { units });
  const problems = [
    ...findingsDiff(text, cached.findings, fresh.findings),
    ...modelDiff(cached.doc, fresh.doc),
    ...(JSON.stringify(cached.failures) === JSON.stringify(fresh.failures) ? [] : [`failures: cached ${JSON.stringify(cached.failures)} / fresh ${JSON.stringify(fresh.failures)}`]),
  ];
  if (problems.length) assert.fail(`${where}: the analysis with a kept cache differs from a fresh one:\n  ${problems.join('\n  ')}`);
  // and exactly (key order and all)
  assert.deepEqual(cached.findings, fresh.findings);
  assert.equal(JSON.stringify(cached.doc), JSON.stringify(fresh.doc));
}

/** A deterministic pseudo-random sequence (the same edits every run). */
function rng(seed: string): () => number {
  let x = 2166136261;
  for (let i = 0; i < seed.length; i++) x = Math.imul(x ^ seed.charCodeAt(i), 16777619) >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

interface Edit {
  what: string;
  apply(text: string): string;
}

/** Edits at places where structure lives: next to punctuation, markers, dates, line breaks. */
function editSeries(name: string, text0: string): Edit[] {
  const rand = rng(name);
  const candidates = (text: string) => {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) if ('。，：；、（）《》〔〕\n 一二三年月日号位'.includes(text[i])) out.push(i);
    return out.length ? out : [0];
  };
  const place = (text: string) => {
    const c = candidates(text);
    const i = c[Math.floor(rand() * c.length)];
    return rand() < 0.5 ? i : Math.min(text.length, i + 1);
  };
  const insert = (s: string): Edit => ({
    what: `insert ${JSON.stringify(s)}`,
    apply: (t) => {
      const i = place(t);
      return t.slice(0, i) + s + t.slice(i);
    },
  });
  const del = (n: number): Edit => ({
    what: `delete ${n}`,
    apply: (t) => {
      const i = place(t);
      return t.slice(0, i) + t.slice(i + n);
    },
  });
  const split: Edit = {
    what: 'split a line',
    apply: (t) => {
      // at a space or punctuation mark of the longest line (a collapsed body splits into paragraphs)
      let best = 0;
      let bestLen = -1;
      for (let s = 0; s <= t.length; ) {
        let e = t.indexOf('\n', s);
        if (e < 0) e = t.length;
        if (e - s > bestLen) [best, bestLen] = [s, e - s];
        s = e + 1;
      }
      const line = t.slice(best, best + bestLen);
      const marks: number[] = [];
      for (let i = 0; i < line.length; i++) if (' 。；：'.includes(line[i])) marks.push(i + 1);
      const k = marks.length ? marks[Math.floor(rand() * marks.length)] : Math.floor(line.length / 2);
      return t.slice(0, best + k) + '\n' + t.slice(best + k);
    },
  };
  const join: Edit = {
    what: 'join two lines',
    apply: (t) => {
      const breaks: number[] = [];
      for (let i = 0; i < t.length; i++) if (t[i] === '\n') breaks.push(i);
      if (!breaks.length) return t;
      const i = breaks[Math.floor(rand() * breaks.length)];
      const from = i > 0 && t[i - 1] === '\r' ? i - 1 : i;
      return t.slice(0, from) + t.slice(i + 1);
    },
  };
  const crlf: Edit = { what: 'CRLF line ends', apply: (t) => t.replace(/\r?\n/g, '\r\n') };
  const lf: Edit = { what: 'LF line ends', apply: (t) => t.replace(/\r\n/g, '\n') };
  const back: Edit = { what: 'back to the original text', apply: () => text0 };
  return [
    insert('的'),
    insert('，'),
    del(1),
    split,
    insert('一、'),
    join,
    insert('2023年1月1日'),
    insert('\n牵头单位：市发展改革委，市财政局\n'),
    del(12),
    insert('（'),
    insert('|'),
    crlf,
    insert('。'),
    join,
    split,
    lf,
    insert(' '),
    back,
  ];
}

describe('memo: a series of edits analysed with one kept cache = a fresh analysis of each version', function () {
  this.timeout(120000);
  const list = notices();

  it('finds the notices (fixtures, seed, samples)', () => {
    assert.ok(list.length >= 100, `${list.length} notices`);
    assert.ok(list.some((n) => n.name.startsWith('seeds/')));
    assert.ok(list.some((n) => n.name.startsWith('test/samples/')));
  });

  for (const [k, { name, text }] of list.entries()) {
    it(name, () => {
      const cache = new AnalysisCache();
      // the cache starts out filled by another notice (nothing of it may leak into this one)
      const other = list[(k + 1) % list.length].text;
      analyze(other, { units, cache });
      let current = text;
      assertSameAsFresh(current, analyze(current, { units, cache }), `${name} as is`);
      for (const [i, edit] of editSeries(name, text).entries()) {
        current = edit.apply(current);
        assertSameAsFresh(current, analyze(current, { units, cache }), `${name} after edit ${i + 1} (${edit.what})`);
      }
      // the same text twice in a row: everything from the cache
      assertSameAsFresh(current, analyze(current, { units, cache }), `${name} analysed again`);
    });
  }
});

describe('memo: random edits of real notices, one kept cache (property)', function () {
  this.timeout(0);

  it('each version analysed with the kept cache equals a fresh analysis', () => {
    fc.assert(
      fc.property(mutatedReal(3000, 2), mutatedReal(3000, 2), fc.array(mutation, { minLength: 1, maxLength: 5 }), (before: string, initial: string, edits: Mutation[]) => {
        const cache = new AnalysisCache();
        // the cache starts out filled by another text (a whole-document replacement, as after a paste)
        analyze(before, { units, cache });
        let text = initial;
        assertSameAsFresh(text, analyze(text, { units, cache }), 'before the edits');
        for (const [i, m] of edits.entries()) {
          text = mutate(text, m);
          assertSameAsFresh(text, analyze(text, { units, cache }), `after edit ${i + 1} of ${JSON.stringify(edits)}`);
        }
      }),
      params(100),
    );
  });
});

// analyze.ts's cap (a counting pass since the cache work; it was a sort): the most severe findings first,
// ties in document order, shown in document order after the summary.
describe('analyze: the max-problems cap equals the sort it replaced', () => {
  const severityRank: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };
  it('on the notices, for several caps', () => {
    for (const { name, text } of notices().filter((_, i) => i % 7 === 0)) {
      const all = analyze(text, { units, config: resolveConfig({ maxNumberOfProblems: 0 }).config }).findings;
      for (const max of [1, 2, 3, 5, 10, 20]) {
        if (all.length <= max) continue;
        const want = all
          .map((f, i) => ({ f, i }))
          .sort((a, b) => severityRank[a.f.severity] - severityRank[b.f.severity] || a.i - b.i)
          .slice(0, max)
          .sort((a, b) => a.i - b.i)
          .map((x) => x.f);
        const got = analyze(text, { units, config: resolveConfig({ maxNumberOfProblems: max }).config }).findings;
        assert.equal(got[0].ruleId, 'max-problems', name);
        assert.equal(got[0].message.en, `Too many problems: showing the first ${max}; ${all.length - max} more not shown (setting gongwen.maxNumberOfProblems).`);
        assert.deepEqual(got.slice(1), want, `${name}, cap ${max}`);
      }
    }
  });
});

// What the server does per keystroke besides analysis: the light bulb's automatic codeAction request
// must not build fix-all (every safe fix of the document); asked for by kind or by the user, it does.
describe('server per keystroke: automatic code action requests skip fix-all', () => {
  it('fix-all only when asked for', () => {
    const text = '关于开展检查的通知\n各单位:\n请于2023年1月1日前完成,并报送材料.\n';
    const result = analyzeDocument(text, defaultConfig, units, new AnalysisCache());
    const entry: Entry = { uri: 'file:///n.gongwen', version: 1, result, mapper: new Mapper(text), outline: () => [] };
    const caps = { documentChanges: false, snippets: false, createFiles: false };
    const kinds = (context: Record<string, unknown>) =>
      codeActions(entry, { textDocument: { uri: entry.uri }, range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, context: { diagnostics: [], ...context } }, 'zh-CN', caps).map((a) => a.kind);
    assert.ok(kinds({ triggerKind: 1 }).includes(FIX_ALL_KIND));
    assert.ok(kinds({}).includes(FIX_ALL_KIND));
    assert.ok(kinds({ triggerKind: 2, only: ['source.fixAll'] }).includes(FIX_ALL_KIND));
    const automatic = kinds({ triggerKind: 2 });
    assert.ok(!automatic.includes(FIX_ALL_KIND));
    assert.ok(automatic.includes('quickfix'), JSON.stringify(automatic));
  });
});

describe('AnalysisCache.forDocument', () => {
  it('computes once per document object within an analysis and forgets at its end', () => {
    const cache = new AnalysisCache();
    const a = {};
    const b = {};
    let calls = 0;
    const compute = () => ++calls;
    assert.equal(cache.forDocument('k', a, compute), 1);
    assert.equal(cache.forDocument('k', a, compute), 1);
    assert.equal(cache.forDocument('k', b, compute), 2); // another document object: computed for it
    assert.equal(cache.forDocument('other', b, compute), 3); // kinds apart
    cache.endAnalysis();
    assert.equal(cache.forDocument('k', b, compute), 4); // not kept past the analysis
    assert.equal(cache.size, 0); // and not counted among the piece entries
  });
});
