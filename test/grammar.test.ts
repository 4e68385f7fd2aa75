// The TextMate grammar (syntaxes/gongwen.tmLanguage.json): valid JSON, every regex compiles in
// JavaScript (an approximation of Oniguruma: the grammar avoids Oniguruma-only syntax), and a small
// tokenizer that follows TextMate's rules (earliest match wins, the end pattern wins ties) colours
// real lines as intended.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeNotice } from '../server/src/core/features/detect';
import { root, seedText } from './helpers';

interface Capture {
  name?: string;
  patterns?: Rule[];
}
interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  patterns?: Rule[];
}
interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const grammarPath = join(root, 'syntaxes', 'gongwen.tmLanguage.json');
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as Grammar;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every rule object reachable in the grammar, with a path for messages. */
function allRules(): [string, Rule][] {
  const out: [string, Rule][] = [];
  const walk = (path: string, r: Rule) => {
    out.push([path, r]);
    r.patterns?.forEach((p, i) => walk(`${path}.patterns[${i}]`, p));
    for (const caps of [r.captures, r.beginCaptures])
      for (const [k, c] of Object.entries(caps ?? {})) c.patterns?.forEach((p, i) => walk(`${path}.captures[${k}][${i}]`, p));
  };
  grammar.patterns.forEach((p, i) => walk(`patterns[${i}]`, p));
  for (const [k, r] of Object.entries(grammar.repository)) walk(`repository.${k}`, r);
  return out;
}

/** The rules an include list stands for (includes resolved, pattern-only groups flattened). */
function expand(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const r of rules) {
    if (r.include) {
      const target = grammar.repository[r.include.slice(1)];
      if (target.match || target.begin) out.push(target);
      else out.push(...expand(target.patterns ?? []));
    } else if (r.match || r.begin) out.push(r);
    else out.push(...expand(r.patterns ?? []));
  }
  return out;
}

type Token = [text: string, scope: string];

/** Tokenizes one line as TextMate does (enough for these rules): scoped pieces in order. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  const stack: Rule[] = [];
  const emitCaptures = (m: RegExpExecArray, caps: Record<string, Capture> | undefined) => {
    for (const [k, c] of Object.entries(caps ?? {})) if (c.name && m[Number(k)]) tokens.push([m[Number(k)], c.name]);
  };
  let pos = 0;
  for (let guard = 0; pos <= line.length && guard < 10_000; guard++) {
    const active = stack[stack.length - 1];
    const candidates: { rule: Rule; end: boolean }[] = [];
    if (active) candidates.push({ rule: active, end: true });
    for (const r of expand(active ? active.patterns ?? [] : grammar.patterns)) candidates.push({ rule: r, end: false });
    let best: { m: RegExpExecArray; rule: Rule; end: boolean } | undefined;
    for (const c of candidates) {
      const re = new RegExp(c.end ? c.rule.end! : (c.rule.match ?? c.rule.begin)!, 'dg');
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { m, rule: c.rule, end: c.end };
    }
    if (!best) break;
    const { m, rule } = best;
    const next = m.index + m[0].length;
    if (best.end) {
      stack.pop();
      pos = next;
      continue;
    }
    if (rule.match) {
      if (rule.name) tokens.push([m[0], rule.name]);
      emitCaptures(m, rule.captures);
    } else {
      emitCaptures(m, rule.beginCaptures);
      stack.push(rule);
    }
    pos = next > m.index ? next : m.index + 1;
  }
  return tokens;
}

/** The texts given a scope that starts with `prefix`. */
const scoped = (line: string, prefix: string): string[] =>
  tokenize(line)
    .filter(([, s]) => s.split(' ').some((x) => x.startsWith(prefix)))
    .map(([t]) => t);

describe('grammar: syntaxes/gongwen.tmLanguage.json', () => {
  it('is valid JSON for the gongwen language, scope text.gongwen, as the manifest says', () => {
    assert.equal(grammar.scopeName, 'text.gongwen');
    const g = manifest.contributes.grammars.find((x: { language: string }) => x.language === 'gongwen');
    assert.equal(g.scopeName, 'text.gongwen');
    assert.equal(join(root, g.path), grammarPath);
  });

  it('resolves every include', () => {
    for (const [path, r] of allRules())
      if (r.include) assert.ok(r.include.startsWith('#') && grammar.repository[r.include.slice(1)], `${path}: ${r.include}`);
  });

  it('compiles every regex in JavaScript and uses no Oniguruma-only syntax', () => {
    let n = 0;
    for (const [path, r] of allRules())
      for (const src of [r.match, r.begin, r.end]) {
        if (src === undefined) continue;
        n++;
        assert.doesNotThrow(() => new RegExp(src), `${path}: ${src}`);
        assert.doesNotMatch(src, /\\[xX]\{|\\[hHAGzZ]|\\u[0-9a-fA-F]{4}|\(\?>|[+*?}]\+/, `${path}: ${src}`);
      }
    assert.ok(n >= 15, `${n} regexes`);
  });

  it('uses standard scope roots that themes colour, all ending in .gongwen', () => {
    const roots = /^(markup\.heading|keyword\.(control|other)|entity\.name\.(function|tag|type)|constant\.(numeric|character)|variable\.other\.constant|string\.quoted|comment|punctuation)\./;
    for (const [path, r] of allRules()) {
      const names = [r.name, ...Object.values(r.captures ?? {}).map((c) => c.name), ...Object.values(r.beginCaptures ?? {}).map((c) => c.name)];
      for (const name of names.filter((x): x is string => !!x))
        for (const scope of name.split(' ')) {
          assert.match(scope, roots, `${path}: ${scope}`);
          assert.match(scope, /\.gongwen$/, `${path}: ${scope}`);
        }
    }
  });

  it('colours heading markers by level, at the start of a paragraph and after a space (collapsed)', () => {
    const line = '二、工作重点 (一)出台服务业发展规划 1.研究制定规划。 （2）加强调度 ③ 落实 十一、其他';
    assert.deepEqual(scoped(line, 'punctuation.definition.heading.1'), ['二、', '十一、']);
    assert.deepEqual(scoped(line, 'markup.heading.1'), ['二、', '工作重点', '十一、', '其他']);
    assert.deepEqual(scoped(line, 'keyword.control.heading.2'), ['(一)']);
    assert.deepEqual(scoped(line, 'markup.heading.2'), ['出台服务业发展规划']);
    assert.deepEqual(scoped(line, 'entity.name.function.heading.3'), ['1.']);
    assert.deepEqual(scoped(line, 'entity.name.tag.heading.4'), ['（2）']);
    assert.deepEqual(scoped(line, 'constant.character.heading.5'), ['③']);
    for (const [text, marker] of [
      ['一、总体要求', '一、'],
      ['（一）加强组织领导', '（一）'],
      ['1．推进项目', '1．'],
      ['⒈推进项目', '⒈'],
      ['(1)细化分工', '(1)'],
      ['⑴细化分工', '⑴'],
      ['①明确责任', '①'],
      ['　　二、工作重点', '二、'],
    ] as const) {
      const all = tokenize(text).map(([t]) => t);
      assert.ok(all.includes(marker), `${text}: ${JSON.stringify(tokenize(text))}`);
    }
  });

  it('does not take numbers inside a sentence, 1.2亿元 or 县(市、区) for markers', () => {
    for (const text of ['投资1.2亿元，完成1.项目', '1.2亿元用于建设', '各县(市、区)人民政府', '第一、二季度', '18:16']) {
      const markers = tokenize(text).filter(([, s]) => /heading\.[1-5]/.test(s));
      assert.deepEqual(markers, [], text);
    }
  });

  it('colours assignment labels and each unit after them (parentheses belong to the unit)', () => {
    const line = '牵头单位:市发展改革委、市财政局。 参与部门：市旅游局、市发展改革委(信息产业局)、各县(市、区)政府。';
    assert.deepEqual(scoped(line, 'keyword.control.assignment.lead'), ['牵头']);
    assert.deepEqual(scoped(line, 'keyword.other.assignment.participant'), ['参与']);
    assert.deepEqual(scoped(line, 'entity.name.type.unit'), [
      '市发展改革委',
      '市财政局',
      '市旅游局',
      '市发展改革委(信息产业局)',
      '各县(市、区)政府',
    ]);
    assert.deepEqual(scoped(line, 'punctuation.separator.unit'), ['、', '、', '、']);
    // Two labels in one note: the second label is a label, not a unit.
    const note = '（牵头单位：市商务局，配合单位：市财政局）';
    assert.deepEqual(scoped(note, 'keyword.control.assignment.lead'), ['牵头']);
    assert.deepEqual(scoped(note, 'keyword.other.assignment.participant'), ['配合']);
    assert.deepEqual(scoped(note, 'entity.name.type.unit'), ['市商务局', '市财政局']);
    // The unit list ends at the end of the sentence.
    assert.deepEqual(scoped('责任单位:市发改委。加快推进', 'entity.name.type.unit'), ['市发改委']);
    assert.deepEqual(scoped('推动无废城市建设（生态环境部牵头）。', 'entity.name.type.unit'), ['生态环境部']);
  });

  it('colours dates in every style, but not ranges of years or times', () => {
    const line = '发布日期:2022-12-13 18:16 嘉兴市人民政府办公室 二○一○年十二月九日 2010年12月9日前 二〇二三年一月 (2009-2011年)';
    assert.deepEqual(scoped(line, 'constant.numeric.date'), ['2022-12-13', '二○一○年十二月九日', '2010年12月9日', '二〇二三年一月']);
  });

  it('colours document numbers and 《titles》', () => {
    const line = '为贯彻落实《嘉兴市人民政府关于进一步促进发展服务业的若干意见》(嘉政发〔2009〕61号)和国办发[2018]128号';
    assert.deepEqual(scoped(line, 'variable.other.constant.document-number'), ['嘉政发〔2009〕61号', '国办发[2018]128号']);
    assert.deepEqual(scoped(line, 'string.quoted.other.title'), ['《嘉兴市人民政府关于进一步促进发展服务业的若干意见》']);
    assert.deepEqual(scoped('《“无废城市”建设试点工作方案》', 'punctuation.definition.string'), ['《', '》']);
  });

  it('colours the notice title standing on its own line and the note （此件公开发布）', () => {
    assert.deepEqual(scoped('嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知 | |', 'markup.heading.title'), [
      '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
    ]);
    assert.deepEqual(scoped('他看到关于放假的通知了吗', 'markup.heading.title'), []);
    assert.deepEqual(scoped('二○一○年十二月九日 (此件公开发布) 嘉兴市推进服务业发展工作方案', 'comment.other.note'), ['(此件公开发布)']);
  });

  it('tokenizes the seed: every section marker of its outline is coloured', () => {
    const lines = seedText().split(/\r?\n/);
    const all = lines.flatMap((l) => tokenize(l));
    const markers1 = all.filter(([, s]) => s.includes('punctuation.definition.heading.1')).map(([t]) => t);
    assert.deepEqual(markers1, ['一、', '二、', '三、']);
    const markers2 = all.filter(([, s]) => s.startsWith('keyword.control.heading.2')).map(([t]) => t);
    assert.deepEqual(markers2, ['(一)', '(二)', '(三)', '(四)', '(五)', '(一)', '(二)', '(三)', '(四)', '(五)']);
    const markers3 = all.filter(([, s]) => s.startsWith('entity.name.function.heading.3')).map(([t]) => t);
    // 二、(一) 1.–6., (二) 1.–7., (三) 1.–2., (四) 1.–3.
    assert.deepEqual(markers3.join(' '), '1. 2. 3. 4. 5. 6. 1. 2. 3. 4. 5. 6. 7. 1. 2. 1. 2. 3.');
    assert.ok(all.some(([t, s]) => t === '嘉政发〔2009〕61号' && s.includes('document-number')));
    assert.ok(all.filter(([, s]) => s.includes('assignment.lead')).length >= 20);
  });
});

/** Expands a snippet body with its defaults (enough for these snippets). */
function expandSnippet(body: string[]): string {
  let text = body.join('\n');
  const defaults: Record<string, string> = {};
  const vars: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '05' };
  for (let k = 0; k < 10; k++) {
    text = text
      .replace(/\$\{([A-Z_]+)(\/\^0\?\(\\d\+\)\/\$1\/)?\}/g, (_, v: string, t?: string) => (t ? (vars[v] ?? '').replace(/^0/, '') : vars[v] ?? ''))
      .replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_, n: string, first: string) => (defaults[n] = first))
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_, n: string, d: string) => (defaults[n] = d));
  }
  return text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => defaults[a ?? b ?? ''] ?? '');
}

describe('snippets and language configuration', () => {
  const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'gongwen.code-snippets'), 'utf8')) as Record<
    string,
    { prefix: string[]; body: string[]; description: string }
  >;
  const langConfig = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));

  it('contributes the snippets and the language configuration for the gongwen language', () => {
    const lang = manifest.contributes.languages.find((l: { id: string }) => l.id === 'gongwen');
    assert.deepEqual(lang.extensions, ['.gongwen', '.gw']);
    assert.ok(lang.aliases.includes('公文') && lang.aliases.includes('Gongwen'));
    assert.equal(lang.configuration, './language-configuration.json');
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'gongwen', path: './snippets/gongwen.code-snippets' }]);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.length > 0 && s.body.length > 0 && s.description, name);
    }
  });

  it('pairs 《》 “” ‘’ （） 〔〕 【】 as brackets, auto-closing and surrounding pairs', () => {
    const pairs = [['《', '》'], ['“', '”'], ['‘', '’'], ['（', '）'], ['〔', '〕'], ['【', '】']];
    const auto = langConfig.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]);
    for (const p of pairs) {
      assert.ok(auto.some((a: string[]) => a[0] === p[0] && a[1] === p[1]), `autoClosingPairs ${p}`);
      assert.ok(langConfig.surroundingPairs.some((a: string[]) => a[0] === p[0] && a[1] === p[1]), `surroundingPairs ${p}`);
      if (p[0] !== '“' && p[0] !== '‘') assert.ok(langConfig.brackets.some((a: string[]) => a[0] === p[0] && a[1] === p[1]), `brackets ${p}`);
    }
    // Auto-closing must work before Chinese punctuation, not only before spaces.
    for (const c of '，。、；：）》') assert.ok(langConfig.autoCloseBefore.includes(c), c);
  });

  it('the 印发 notice skeleton expands to a notice that is detected, coloured and well formed', () => {
    const s = Object.values(snippets).find((x) => x.prefix.includes('印发通知'))!;
    const text = expandSnippet(s.body);
    assert.ok(!text.includes('$'), text);
    const lines = text.split('\n');
    assert.equal(lines[0], '发文机关关于印发方案名称的通知');
    assert.match(text, /\n各县（市、区）人民政府，市政府各部门、直属各单位：\n/);
    assert.match(text, /\n2026年3月5日\n（此件公开发布）\n/);
    assert.match(text, /\n一、总体要求\n/);
    assert.ok(looksLikeNotice(text));
    const all = lines.flatMap((l) => tokenize(l));
    assert.ok(all.some(([t, s2]) => t === '二、' && s2.includes('heading.1')));
    assert.ok(all.some(([t, s2]) => t === '牵头' && s2.includes('assignment.lead')));
  });

  it('the task block expands to a task with its lead and participants', () => {
    const s = Object.values(snippets).find((x) => x.prefix.includes('牵头单位'))!;
    const text = expandSnippet(s.body);
    assert.equal(text, '任务内容。\n牵头单位：牵头单位。参与部门：参与部门。');
    assert.deepEqual(scoped(text.split('\n')[1], 'keyword.control.assignment.lead'), ['牵头']);
  });
});
