// Helper T's per-line and per-piece reuse in the text rules: a scan run line by line (stray-spam's finders,
// stray-invisible) must find what the whole-text scan finds, line breaks included (CRLF, a run or a tag at a line's
// end or start); and results kept across edits (collapsed lines looked up whole) must equal a fresh analysis.
import assert from 'node:assert/strict';
import { analyze, residueTest } from '../../server/src/core/analyze';
import { defaultConfig } from '../../server/src/core/config';
import { AnalysisCache } from '../../server/src/core/memo';
import type { GongwenDocument, Range } from '../../server/src/core/model';
import { parse } from '../../server/src/core/parse';
import { findInterleavedRuns, findStrewnAts } from '../../server/src/core/parse/scramble';
import type { Report } from '../../server/src/core/rule';
import { findLotteryDraws, findScrambleRuns, findSpamRuns, straySpam } from '../../server/src/core/rules/stray/stray-spam';
import { strayInvisible } from '../../server/src/core/rules/stray/stray-invisible';
import { createRegistry } from '../../server/src/core/units/registry';
import { seedText } from '../helpers';
import { pieceValues, textPieces } from '../../server/src/core/rules/shared/text';

const units = createRegistry(defaultConfig.units);

/** A deterministic generator (tests must not flake). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Random text from pieces that the scanners care about, with LF, CRLF and CR line breaks. */
function randomText(r: () => number, atoms: string[], n: number): string {
  let t = '';
  for (let i = 0; i < n; i++) t += atoms[Math.floor(r() * atoms.length)];
  return t;
}

/** The rule's reports on `text`, web residue as parsed from `residueOf` (the text itself unless given). */
function reportsOf(rule: typeof straySpam, text: string, residueOf = text): Report[] {
  const cache = new AnalysisCache();
  const doc = parse(text, cache);
  const out: Report[] = [];
  const residue = residueOf === text ? doc.residue : parse(residueOf).residue;
  rule.check({ doc, config: defaultConfig, units, report: (x) => out.push(x), inResidue: residueTest(residue), cache });
  cache.endAnalysis();
  return out;
}

const rangesOf = (rs: Report[]) => rs.map((x) => `${x.range.start}-${x.range.end}`);

/** stray-spam's finders on the whole text, in the rule's report order (its reference before per-line reuse). */
function spamReference(text: string): string[] {
  const doc = parse(text);
  const inResidue = residueTest(doc.residue);
  const out: Range[] = [];
  for (const r of findScrambleRuns(text)) if (!inResidue(r)) out.push(r);
  for (const r of findInterleavedRuns(text)) if (!inResidue(r)) out.push({ start: r.start, end: r.end });
  const ats = findStrewnAts(text).filter((x) => !inResidue(x));
  if (ats.length > 0) out.push(ats[0]);
  const injected = findSpamRuns(text);
  const draws = findLotteryDraws(text);
  for (const d of draws) for (let k = injected.length - 1; k >= 0; k--) if (injected[k].start < d.end && injected[k].end > d.start) injected.splice(k, 1);
  for (const run of [...injected, ...draws].sort((a, b) => a.start - b.start)) if (!inResidue(run)) out.push(run);
  return out.map((x) => `${x.start}-${x.end}`);
}

const SPAM_ATOMS = [
  '通知', '工作', '。', '，', ' ', ' ', '　', '\u00a0', '\n', '\r\n', '\r', 'a', 'b7', '3', '#', "'", ';', '(', ':', '_', '!', '[',
  '.', '．', '党', '委', '一', '@@', '@', '博彩', '投注', 'bet365', '官网', '澳门', '期', '021期', '10-03-40-06-39-20', ' T:39',
  '特码22', 'pk10', '彩票', 'x y', '（', '|',
];

describe('keys-T: stray-spam line by line finds what the whole text finds', () => {
  it('on fixed texts with runs at line ends and starts (LF, CRLF)', () => {
    const texts = [
      "关于开展检查的通知\n如下: ' m I9 [# P; N5 e' _\n; d% F b8 Q3 f! P二、活动地点\n",
      "如下: ' m I9 [# P;\r\nN5 e' _ ; d% F b8 Q3 f! P\r\n",
      '外交部.党.委.书.\n记.、副部长\r\n委.宣.传.部.\n',
      '各省@@\n@@自治区@@、\r\n二@@十@@@@大精神@@\n',
      'bet365\n官网下载 澳门\n博彩 abc\r\n天天彩021期10-03-40-06-39-20\n T:39 新澳门021期10-03-40-06-39-20 特码22\n',
    ];
    for (const t of texts) assert.deepEqual(rangesOf(reportsOf(straySpam, t)), spamReference(t), JSON.stringify(t));
  });

  it('on the collapsed seed with runs strewn after its blanks (lines of many pieces)', () => {
    const seed = seedText();
    const runs = ['bet365官网下载 ', '各省@@、 ', '外交部.党.委.书.记. ', "如下: ' m I9 [# P; N5 e' _ ", '天天彩021期10-03-40-06-39-20 T:39 ', '澳门博彩 '];
    const r = rng(3);
    let t = seed;
    for (let i = 0; i < 60; i++) {
      const at = t.indexOf(' ', Math.floor(r() * t.length));
      if (at >= 0) t = t.slice(0, at + 1) + runs[i % runs.length] + t.slice(at + 1);
    }
    const doc = parse(t);
    assert.ok(doc.paragraphs.length > 20);
    const got = rangesOf(reportsOf(straySpam, t));
    assert.ok(got.length > 30, `${got.length}`);
    assert.deepEqual(got, spamReference(t));
  });

  it('on 1500 random texts', () => {
    const r = rng(6);
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      const t = randomText(r, SPAM_ATOMS, 5 + Math.floor(r() * 60));
      const got = rangesOf(reportsOf(straySpam, t));
      assert.deepEqual(got, spamReference(t), JSON.stringify(t));
      if (got.length > 0) found++;
    }
    // (not vacuous: most texts hold runs)
    assert.ok(found > 500, `${found}`);
  });
});

const INVISIBLE_ATOMS = [
  '通知', '。', ' ', '\n', '\r\n', '\r', '<p>', '</p>', '<br/>', '<span', ' class="a"', '>', '<', 'a<b', '&nbsp;', '&#8220;', '&amp',
  '\u200b', '\ufeff', '\u0007', '\ufffd', '锟斤拷', '烫烫烫烫', '屯', '\t',
];

describe('keys-T: stray-invisible line by line finds what the whole text finds', () => {
  // text + '\n<' makes the rule read the whole text at once (a < with no > after it on the last line), and
  // '\n<' adds no hit and changes none before it (no tag holds a <): the reference for the per-line reading
  // (with the residue of the text itself: the added line may change what the parser takes for residue)
  const whole = (t: string) => rangesOf(reportsOf(strayInvisible, t + '\n<', t));

  it('a tag running over a line break is found whole', () => {
    const t = '关于开展检查的通知\n各单位：\n现将有关事项通知如下，正文<br class="x"\r\n  \r\n  />为加强管理，请遵照执行。</p>\n';
    const found = reportsOf(strayInvisible, t);
    assert.deepEqual(found.map((x) => t.slice(x.range.start, x.range.end)), ['<br class="x"\r\n  \r\n  />', '</p>']);
    assert.deepEqual(rangesOf(found), whole(t));
  });

  it('a BOM opening a later line is a stray character; the first line is read as the document start', () => {
    const t = '\ufeff\ufeff通知\n\ufeff正文\n';
    const found = reportsOf(strayInvisible, t);
    assert.deepEqual(rangesOf(found), ['1-2', '5-6']);
    assert.deepEqual(rangesOf(found), whole(t));
  });

  it('on 1500 random texts', () => {
    const r = rng(9);
    let open = 0;
    for (let i = 0; i < 1500; i++) {
      const t = randomText(r, INVISIBLE_ATOMS, 3 + Math.floor(r() * 40));
      assert.deepEqual(rangesOf(reportsOf(strayInvisible, t)), whole(t), JSON.stringify(t));
      // (both readings are exercised: texts with a line whose last < has no > after it are read whole)
      if (t.split(/\r\n|\r|\n/).some((l) => l.lastIndexOf('<') > l.lastIndexOf('>'))) open++;
    }
    assert.ok(open > 100 && open < 1400, `${open}`);
  });
});

describe('keys-T: text rules with a kept cache across edits equal a fresh analysis', () => {
  const RULES = [
    'punct-half-width', 'punct-unbalanced', 'punct-repeated', 'punct-range', 'punct-serial-comma', 'punct-document-number',
    'stray-spam', 'stray-invisible', 'typo-confusable', 'typo-style',
  ];
  const config = { ...defaultConfig, rules: { ...defaultConfig.rules, 'typo-style': 'information' as const } };
  const strip = (fs: ReturnType<typeof analyze>['findings']) => JSON.stringify(fs);
  // collapsed lines of many pieces (paragraph starts after a blank), a section marker 1) whose ) is the numbering's,
  // parentheses open over a piece boundary, half-width marks, quotes, ranges, document numbers, typos, spam
  const base = [
    '关于印发(试行)办法的通知',
    '各县(市、区)人民政府,市政府各部门: 一、总体要求 (一)工作目标。到2025年,完成"三个一"任务, 1) 建立机制; 2) 完善制度。 二、主要任务 (二)加强管理(包括 检查、督查)。',
    '嘉政发(2009)61号 《规划》、《方案》要求的的落实,5-10个工作日内完成,时间为2009-2011年。 布署安排。 bet365官网 外交部.党.委.书.记. 各省@@',
    '',
    '嘉兴市人民政府办公室 2010年12月9日',
  ].join('\n');

  it('over 300 random one-character edits on collapsed text', () => {
    const r = rng(12);
    const ALPHABET = ['(', ')', ',', ':', ';', ' ', '。', '的', '"', '、', '《', '》', '-', '2', '号', '\n', 'a', '@', '.'];
    for (let round = 0; round < 3; round++) {
      let text = base;
      const cache = new AnalysisCache();
      analyze(text, { config, only: RULES, cache });
      for (let i = 0; i < 100; i++) {
        const at = Math.floor(r() * (text.length + 1));
        text = r() < 0.25 && at < text.length ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ALPHABET[Math.floor(r() * ALPHABET.length)] + text.slice(at);
        const kept = analyze(text, { config, only: RULES, cache });
        const fresh = analyze(text, { config, only: RULES });
        assert.equal(strip(kept.findings), strip(fresh.findings), `edit ${i} of round ${round}: ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('keys-T: a line looked up whole is used only with the cuts it was computed with', () => {
  it('the same line text cut otherwise in the next analysis gives the pieces of that analysis', () => {
    const text = '甲乙 丙丁 戊己';
    const docWith = (starts: number[]) =>
      ({ text, lineStarts: [0], paragraphs: starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : text.length, collapsed: true })) }) as unknown as GongwenDocument;
    const cache = new AnalysisCache();
    for (const starts of [[0, 3, 6], [0, 6], [0, 3, 6], [0, 3]]) {
      const doc = docWith(starts);
      const pieces = textPieces(doc, cache);
      const got = pieceValues(doc, cache, 'keys-T-test', (k) => pieces.str[k], () => false);
      assert.deepEqual(got.values, starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : text.length)));
      assert.deepEqual(got.at, starts);
      cache.endAnalysis();
    }
  });
});
