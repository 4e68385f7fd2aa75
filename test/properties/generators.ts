// Arbitraries for the property tests: random Unicode text, random notices built from real pieces,
// and mutations of the real notices (seed + samples). Everything here is deterministic given the
// fast-check seed, so a counterexample replays exactly (fc prints the seed and path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const root = join(__dirname, '..', '..');

/** Number of runs: `base` in npm test; FUZZ_RUNS (npm run fuzz) raises it (divided by `divisor` for slow properties). */
export function runs(base: number, divisor = 1): number {
  const fixed = Number(process.env.FUZZ_RUNS);
  if (Number.isFinite(fixed) && fixed > 0) return Math.max(base, Math.round(fixed / divisor));
  return base;
}

/**
 * fast-check parameters shared by all properties. `npm test` runs a fixed seed (deterministic: the suite is green or
 * red for the code, never by luck); `npm run fuzz` (FUZZ_RUNS set) draws a fresh seed each run. FUZZ_SEED replays a
 * run (fc prints seed and path on failure).
 */
export const DEFAULT_SEED = 20261130;
export function params<T>(base: number, divisor = 1): fc.Parameters<T> {
  const given = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  const seed = given !== undefined && Number.isFinite(given) ? given : process.env.FUZZ_RUNS ? undefined : DEFAULT_SEED;
  return { numRuns: runs(base, divisor), ...(seed !== undefined ? { seed } : {}) };
}

// ---------------------------------------------------------------- real texts

export const realTexts: { name: string; text: string }[] = [
  { name: 'seed', text: readFileSync(join(root, 'seeds', '000_0d713a18524f5318.txt'), 'utf8') },
  ...['guobanfa-2018-128-wufeichengshi.txt', 'lishui-2023-zhongdian-gongzuo.txt', 'xian-2022-fangguanfu-table.txt'].map((f) => ({
    name: f,
    text: readFileSync(join(root, 'test', 'samples', f), 'utf8'),
  })),
];

// ---------------------------------------------------------------- pieces

export const MARKERS = [
  '一、', '二、', '三、', '四、', '十、', '十一、', '二十三、',
  '（一）', '（二）', '（三）', '(一)', '(二)', '（一)', '（四）、', '（二）.',
  '1.', '2.', '3.', '10.', '1．', '2．', '１．', '1、', '2、', '一.', '二.',
  '（1）', '（2）', '(1)', '(3)',
  '①', '②', '③', '⒈', '⒉', '⑴', '⑵',
  '1.1', '1.1.1.', '第一条', '第二条', '一是', '二是', '首先，',
];

export const UNITS = [
  '市发展改革委', '市经贸委', '市科技局', '县财政局', '市教育局', '市公安局', '市旅游局', '省生态环境厅', '国家发展改革委',
  '市委宣传部', '市住房城乡建设局', '市发改委', '市经信局', '人行嘉兴市中心支行', '各县(市、区)政府', '各县（市、区）人民政府',
  '各县（市、区）政府', '市三产发展工作领导小组成员单位', '丽水经济技术开发区管委会', '市政府办公室', '市建委', '生态环境部',
  '市人力社保局', '市市场监管局', '市体育局', '市统计局', '市自然资源和规划局',
];

export const LABELS = ['牵头单位：', '牵头单位:', '牵头部门：', '牵头部门:', '参与部门：', '参与部门:', '参与单位：', '责任单位：', '责任单位:', '配合单位：', '牵头单位', '参与部门：：'];

export const DATES = [
  '二○一○年十二月九日', '二〇二三年三月一日', '二零二三年三月一日', '二O二三年三月一日', '2022-12-13', '2022-12-13 18:16',
  '2023年3月底前', '2023年12月31日', '2024年2月30日', '2023年13月1日', '2010年12月9日', '12年7月1日', '2009-2011年',
  '2009年—2011年', '2011—2009年', '2023.3.1', '2023/3/1', '2023年6月底', '2023年上半年', '2023年', '3月1日', '2023年3月1日前',
];

export const DOC_NUMBERS = ['嘉政发〔2009〕61号', '国办发[2018]128号', '浙政办发（2023）5号', '丽政发〔2023〕第061号', '嘉政发〔2009〕62号', '国发〔2010〕〕3号'];

export const RESIDUE = [
  '发布日期:2022-12-13 18:16', '发布日期：2023-03-01', '信息来源:市政府办公室', '信息来源：', '浏览次数:', '浏览次数：123',
  ' | |', '|', '| | |', '|||||', '打印本页 关闭窗口', '字号：大 中 小', '当前位置:首页', '>> 专题专栏 >> 归档专题 >>',
  '首页 > 政务公开 > 通知公告', '索引号：', '主题分类：', '分享到：', '时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府', '作者: 信息来源: |',
];

export const SPAM = ['365bet在线体育投注网_365平台拒绝提款怎么办_bte365', '百家乐', '澳门娱乐城', 'bet365', '体育投注', '六合彩开奖'];

export const PROSE = [
  '关于开展安全生产检查的通知', '关于印发《嘉兴市推进服务业发展工作方案》的通知', '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
  '各乡镇人民政府，县政府各部门：', '各县(市、区)人民政府,市政府各部门、直属各单位:', '总体要求', '工作重点', '保障措施',
  '全面排查隐患。', '加强组织领导，', '推进服务业高质量发展', '进一步扩大服务业总量，优化服务业结构。', '嘉兴市人民政府办公室', '县人民政府',
  '（此件公开发布）', '(此件公开发布)', '抄送：市委办公室。', '附件：1.工作方案', '附件:', '分别牵头', '分别负责', '共同牵头', '下同',
  '研究制定《全市服务业发展“十二五”规划》', '现印发给你们，请认真贯彻实施。', '工作方案', '的', '和', '及', '等', '。', '，', '；', '：',
  '、', '……', '——', '—', '~', '～', '-', '至', '1.2亿元', '18:16', '6%以上', '2.3%', 'http://www.gov.cn/a?b=1', 'ABC', 'abc', '123',
  '“十四五”', '各县（市、区）', '以上', '（联系人：张三，电话：12345678）', '请于每月23日前报市政府办公厅(市职转办、市营商办)。',
  '深化"放管服"改革', '"最多跑一次"', '"Hello"', '27"', '印发<嘉兴市数字政府建设实施方案>的通知', '嘉政发〔2005〕32 号',
];

export const PUNCT = [',', ':', ';', '(', ')', '?', '!', '，，', '。。', '、、', '！！', '？？', '．', '.', '..', '...'];
export const BRACKETS = ['《', '》', '“', '”', '（', '）', '〔', '〕', '[', ']', '「', '」', '‘', '’', '"', "'", '〈', '〉', '【', '】'];
export const SPACES = [' ', '  ', '\u3000', '\u3000\u3000', '\u00a0', '\t', ''];
export const NEWLINES = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];
export const ODD = ['𠮷', '😀', '\u{20000}', '\ud800', '\udc00', '\u200b', '\ufeff', '\u200d', '\u00ad', '\u0000', '\ufffd', '\u2028', '\u0301', '１２３', 'ＡＢＣ'];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** A unit list: 市A、市B和各县(市、区)政府 … */
export const unitList = fc
  .array(pick(UNITS), { minLength: 1, maxLength: 5 })
  .chain((us) =>
    fc.array(fc.constantFrom('、', '、', '、', '，', ',', '和', '及', ''), { minLength: us.length, maxLength: us.length }).map((seps) =>
      us.map((u, i) => (i === 0 ? u : seps[i] + u)).join(''),
    ),
  );

/** An assignment: label + list + ending, or a （X牵头） note. */
export const assignment = fc.oneof(
  fc.tuple(pick(LABELS), unitList, fc.constantFrom('。', '；', '', '.', '，分别牵头。', '分别负责。')).map(([l, u, e]) => l + u + e),
  fc.tuple(unitList, fc.constantFrom('牵头', '负责', '指导', '分别牵头', '牵头，' + UNITS[1] + '参与'), fc.constantFrom('（', '('), fc.constantFrom('）', ')', ''))
    .map(([u, w, o, c]) => o + u + w + c),
);

/** One piece of a notice. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(PROSE) },
  { weight: 4, arbitrary: pick(MARKERS) },
  { weight: 3, arbitrary: assignment },
  { weight: 2, arbitrary: pick(UNITS) },
  { weight: 2, arbitrary: pick(DATES) },
  { weight: 1, arbitrary: pick(DOC_NUMBERS) },
  { weight: 2, arbitrary: pick(RESIDUE) },
  { weight: 1, arbitrary: pick(SPAM) },
  { weight: 3, arbitrary: pick(PUNCT) },
  { weight: 3, arbitrary: pick(BRACKETS) },
  { weight: 3, arbitrary: pick(SPACES) },
  { weight: 4, arbitrary: pick(NEWLINES) },
  { weight: 1, arbitrary: pick(ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  // a spam run / a repeated marker / a run of pipes
  { weight: 1, arbitrary: fc.tuple(pick([...SPAM, '1.1.', '|', '。', '（', '》', '一、']), fc.integer({ min: 2, max: 30 })).map(([s, n]) => s.repeat(n)) },
);

/** A line of a notice: optional indentation, optional marker, body pieces. */
const line = fc
  .tuple(fc.constantFrom('', '', '\u3000\u3000', '  ', ' '), fc.option(pick(MARKERS), { nil: '' }), fc.array(piece, { minLength: 0, maxLength: 6 }))
  .map(([ind, m, ps]) => ind + m + ps.join(''));

export type Layout = 'lf' | 'crlf' | 'cr' | 'collapsed' | 'mixed';

/** Puts lines into a layout: one per line (LF/CRLF/CR), collapsed onto one line (joined by spaces), or mixed. */
export function layout(lines: string[], how: Layout, mixSeeds: number[] = []): string {
  switch (how) {
    case 'lf':
      return lines.join('\n');
    case 'crlf':
      return lines.join('\r\n');
    case 'cr':
      return lines.join('\r');
    case 'collapsed':
      return lines.map((l) => l.trim()).filter((l) => l !== '').join(' ');
    case 'mixed':
      return lines.map((l, i) => l + (i + 1 < lines.length ? NEWLINES[(mixSeeds[i] ?? i) % NEWLINES.length] : '')).join('');
  }
}

/** A notice built from real pieces: title, addressee, body lines with markers and assignments, signature, date. */
export const notice: fc.Arbitrary<string> = fc
  .record({
    head: fc.array(pick(RESIDUE), { maxLength: 3 }),
    title: fc.option(pick(PROSE.slice(0, 3)), { nil: undefined }),
    addressee: fc.option(pick(PROSE.slice(3, 5)), { nil: undefined }),
    body: fc.array(line, { minLength: 0, maxLength: 25 }),
    signature: fc.option(pick(['嘉兴市人民政府办公室', '县人民政府', '西安市人民政府办公厅']), { nil: undefined }),
    date: fc.option(pick(DATES), { nil: undefined }),
    tail: fc.array(pick(RESIDUE), { maxLength: 2 }),
    how: fc.constantFrom<Layout>('lf', 'lf', 'crlf', 'cr', 'collapsed', 'collapsed', 'mixed'),
    mix: fc.array(fc.nat(10), { maxLength: 40 }),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map((r) => {
    const lines = [...r.head, r.title, r.addressee, ...r.body, r.signature, r.date, ...r.tail].filter((l): l is string => l !== undefined);
    let text = layout(lines, r.how, r.mix);
    if (r.finalNewline) text += r.how === 'crlf' ? '\r\n' : '\n';
    return (r.bom ? '\ufeff' : '') + text;
  });

/** Random Unicode text (any code points, lone surrogates included), with line breaks sprinkled in. */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...PUNCT, ...BRACKETS, ...NEWLINES, ...SPACES, ...ODD, '一', '二', '、', '（', '）', '1', '.', '牵', '头', '|', '年', '月', '日', '〇', '○'), fc.string({ unit: 'binary-ascii', maxLength: 1 })), maxLength: 300 }),
  fc.array(piece, { maxLength: 60 }).map((ps) => ps.join('')),
);

// ---------------------------------------------------------------- mutations of real notices

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; from: number; length: number; to: number }
  | { kind: 'newlines'; style: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.min(x, 1)), text: fc.oneof(piece, assignment, line) }).map((m) => m as Mutation) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }).map((m) => m as Mutation) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 200 }), to: fc.double({ min: 0, max: 1, noNaN: true }) }).map((m) => m as Mutation) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('newlines' as const), style: fc.nat(4) }).map((m) => m as Mutation) },
);

const at = (text: string, x: number) => Math.min(text.length, Math.floor(x * (text.length + 1)));

export function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const i = at(text, m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'delete': {
      const i = at(text, m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'duplicate': {
      const i = at(text, m.from);
      const chunk = text.slice(i, i + m.length);
      const j = at(text, m.to);
      return text.slice(0, j) + chunk + text.slice(j);
    }
    case 'newlines': {
      const styles = ['\n', '\r\n', '\r', ' ', '\n\n'];
      return text.replace(/\r\n|\r|\n/g, styles[m.style % styles.length]);
    }
  }
}

/**
 * A window of a real notice (up to maxWindow UTF-16 units; the whole text when maxWindow is Infinity),
 * with 0..maxMutations random mutations applied.
 */
export function mutatedReal(maxWindow: number, maxMutations = 6): fc.Arbitrary<string> {
  return fc
    .record({
      which: fc.nat(realTexts.length - 1),
      start: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 0, max: Number.isFinite(maxWindow) ? maxWindow : 1_000_000 }),
      mutations: fc.array(mutation, { maxLength: maxMutations }),
      bom: fc.boolean(),
    })
    .map(({ which, start, length, mutations, bom }) => {
      const src = realTexts[which].text;
      const len = Number.isFinite(maxWindow) ? Math.min(src.length, length) : src.length;
      const s = Math.floor(start * (src.length - len));
      let text = src.slice(s, s + len);
      for (const m of mutations) text = mutate(text, m);
      return (bom ? '\ufeff' : '') + text;
    });
}


/** Everything the analysis properties run on. */
export const anyDocument = (maxWindow = 2500): fc.Arbitrary<string> =>
  fc.oneof({ weight: 2, arbitrary: unicodeText }, { weight: 4, arbitrary: notice }, { weight: 4, arbitrary: mutatedReal(maxWindow) });
