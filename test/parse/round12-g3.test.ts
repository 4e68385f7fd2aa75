// Real-notice round 12 (structure): enclosed ideograph ordinals ㈠ … ㈩ (U+3220–3229) read as the second level (R's
// P7: a numbering-style warning ㈠ → （一） with a fix, as ⑴ → （1） gets, and outline nodes), and the collapsed side of
// round 11's R5: a title whose 文种 is spaced out after 的 (…规划的 通    知) before its 主送机关 is split off, so the
// notice frame reads it as in the one-paragraph-per-line layout.
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fixes';
import { buildOutline, type OutlineNode } from '../../server/src/core/features/outline';
import { parse } from '../../server/src/core/parse';
import { markerAt } from '../../server/src/core/parse/markers';
import { structureRules } from '../../server/src/core/rules/structure';
import { check, collapse, crlf, halfWidth, locate, sectionTree as tree } from '../helpers';

/** name (and its lead units after —), children indented by two spaces. */
const heads = (nodes: OutlineNode[], ind = ''): string[] =>
  nodes.flatMap((n) => [`${ind}${n.name}${n.detail ? ' — ' + n.detail : ''}`, ...heads(n.children, ind + '  ')]);

const STRUCTURE = structureRules.map((r) => r.id);
const structure = (t: string) => check(t, STRUCTURE).map((f) => `${f.ruleId} ${locate(t, f).at} ${t.slice(f.range.start, f.range.end)}`);

describe('round 12: enclosed ideograph ordinals ㈠ … ㈩ are the second level (R 7)', () => {
  const LIST = [
    '某县食品安全工作方案',
    '一、主要任务',
    '㈠加强源头治理。',
    '1.开展农药残留抽检。',
    '责任单位：县农业农村局',
    '2.整治养殖环节。',
    '责任单位：县农业农村局',
    '㈡强化流通监管。',
    '3.规范农贸市场。',
    '责任单位：县市场监管局',
    '二、保障措施',
    '加强组织领导。',
  ].join('\n');
  const variants: [string, string][] = [
    ['one paragraph per line', LIST],
    ['CRLF', crlf(LIST)],
    ['collapsed', collapse(LIST)],
    ['half-width', halfWidth(LIST)],
    ['half-width, collapsed', collapse(halfWidth(LIST))],
  ];

  it('markerAt reads ㈠ … ㈩ as level 2, ordinals 1 … 10, not canonical', () => {
    const all = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
    for (let i = 0; i < all.length; i++) {
      const m = markerAt(all, i, all.length)!;
      assert.deepEqual([m.start, m.end, m.level, m.ordinal, m.form, m.canonical], [i, i + 1, 2, i + 1, 'word-paren-cn', false]);
    }
    // the characters around the range are no marker
    assert.equal(markerAt('\u321f', 0, 1), null);
    assert.equal(markerAt('\u322a', 0, 1), null);
  });

  for (const [name, t] of variants) {
    it(`section tree and outline: ㈠ ㈡ under 一、, 1. 2. 3. under them (${name})`, () => {
      const d = parse(t);
      assert.deepEqual(tree(d), ['一、主要任务', '  ㈠加强源头治理', '    1.开展农药残留抽检', '    2.整治养殖环节', '  ㈡强化流通监管', '    3.规范农贸市场', '二、保障措施']);
      assert.deepEqual(heads(buildOutline(d)), [
        '某县食品安全工作方案',
        '  一、主要任务',
        '    ㈠加强源头治理',
        '      1.开展农药残留抽检 — 县农业农村局',
        '      2.整治养殖环节 — 县农业农村局',
        '    ㈡强化流通监管',
        '      3.规范农贸市场 — 县市场监管局',
        '  二、保障措施',
      ]);
    });

    it(`numbering-style: one warning on ㈠ with a safe fix for the list; no skipped-level hint (${name})`, () => {
      // (no bracketed marker in this document, half-width or not: the rebuilt ones are full-width; a document whose
      // brackets are half-width gets (一), see numbering-style.test.ts)
      const canon = (s: string) => s;
      const at = t.slice(0, t.indexOf('㈠')).split('\n').length;
      const col = t.indexOf('㈠') - t.lastIndexOf('\n', t.indexOf('㈠'));
      assert.deepEqual(structure(t), [`numbering-style ${at}:${col}-${at}:${col + 1} ㈠`]);
      const [f] = check(t, ['numbering-style']);
      assert.equal(f.severity, 'warning');
      assert.ok(f.message.zh.startsWith(`序号格式不规范：“㈠”应为“${canon('（一）')}”。第二层序数用括号括住汉字数字`), f.message.zh);
      assert.ok(f.message.en.startsWith(`Wrong marker form: “㈠” should be “${canon('（一）')}”`), f.message.en);
      assert.deepEqual((f.related ?? []).map((r) => t.slice(r.range.start, r.range.end)), ['㈡']);
      assert.equal(f.fixes.length, 1);
      assert.equal(f.fixes[0].safe, true);
      const out = applyEdits(t, f.fixes[0].edits);
      assert.equal(out, t.replace('㈠', canon('（一）')).replace('㈡', canon('（二）')));
      // after the fix the structure rules are silent
      assert.deepEqual(structure(out), []);
    });
  }

  it('numbering-sequence reads ㈠ ㈢ as a skip and renumbers in the same style', () => {
    const t = LIST.replace('㈡', '㈢');
    for (const v of [t, crlf(t), collapse(t)]) {
      const fs = check(v, ['numbering-sequence']);
      assert.equal(fs.length, 1, v);
      assert.equal(v.slice(fs[0].range.start, fs[0].range.end), '㈢');
      assert.ok(fs[0].message.zh.startsWith('序号跳号：此处应为“㈡”，实为“㈢”。'), fs[0].message.zh);
      assert.equal(applyEdits(v, fs[0].fixes[0].edits), v.replace('㈢', '㈡'));
    }
  });

  it('㈩ is the tenth: ㈠ … ㈩ in order are no skip', () => {
    const items = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'.split('').map((c, i) => `${c}第${i + 1}项任务。`);
    const t = ['某县工作方案', '一、主要任务', ...items, '二、保障措施', '加强组织领导。'].join('\n');
    const d = parse(t);
    assert.deepEqual(d.sections[0].children.map((s) => [s.level, s.ordinal]), items.map((_, i) => [2, i + 1]));
    assert.deepEqual(check(t, ['numbering-sequence']), []);
  });
});

describe('round 12: a collapsed title whose 文种 is spaced out after 的, before its 主送机关 (round 11 R 5, collapsed)', () => {
  const body = ['各镇街，区直各有关部门：', '《某区消防规划》已经区政府同意，现印发给你们，请认真贯彻执行。', '某区安全生产委员会', '2016年12月30日'];
  const own = ['某区安全生产委员会关于印发某区消防规划的', '通    知', ...body].join('\n');
  const ideo = ['某区安全生产委员会关于印发某区消防规划的', '通　知', ...body].join('\n');
  const oneLine = ['某区安全生产委员会关于印发某区消防规划的通    知', ...body].join('\n');
  const spacedLine = ['某区安全生产委员会关于印发某区消防规划的 通 知', ...body].join('\n');

  it('splits the title off before the 主送机关 and reads it with its kind', () => {
    for (const [v, title] of [
      [collapse(own), '某区安全生产委员会关于印发某区消防规划的 通    知'],
      [collapse(ideo), '某区安全生产委员会关于印发某区消防规划的 通　知'],
      [collapse(oneLine), '某区安全生产委员会关于印发某区消防规划的通    知'],
      [collapse(spacedLine), '某区安全生产委员会关于印发某区消防规划的 通 知'],
      [collapse(halfWidth(own)), '某区安全生产委员会关于印发某区消防规划的 通    知'],
    ]) {
      const d = parse(v);
      const paras = d.paragraphs.map((p) => v.slice(p.start, p.end));
      assert.equal(paras[0], title, v);
      assert.equal(paras[1], v.includes('，') ? body[0] : halfWidth(body[0]), v);
      assert.equal(d.notice.title?.text, '某区安全生产委员会关于印发某区消防规划的通知', v);
      assert.equal(d.notice.kind, 'issue', v);
      assert.deepEqual(d.notice.titledDocuments, ['某区消防规划'], v);
      assert.equal(d.notice.signatures.map((s) => s.text).join('|'), '某区安全生产委员会', v);
      assert.equal(heads(buildOutline(d))[0], '某区安全生产委员会关于印发某区消防规划的通知', v);
      assert.deepEqual(check(v, ['notice-missing-element', 'notice-title-mismatch']), [], v);
    }
  });

  it('finds the same title mismatch and missing 署名 as the one-paragraph-per-line layout (the R5 repro, collapsed)', () => {
    const t = ['区安委会关于印发安全生产规划的', '通    知', '各镇街，区直各有关部门：', '《某区安全生产规划》已经区政府安委会审议通过，现印发给你们，请认真贯彻执行。', '2016年12月30日'].join('\n');
    const c = collapse(t);
    const msgs = (v: string) => check(v, ['notice-missing-element', 'notice-title-mismatch']).map((f) => `${f.ruleId} ${v.slice(f.range.start, f.range.end)} | ${f.message.zh}`);
    assert.deepEqual(msgs(c), [
      'notice-missing-element 区安委会关于印发安全生产规划的 通    知 | 通知缺少发文机关署名（GB/T 9704-2012 7.3）。',
      'notice-title-mismatch 《某区安全生产规划》 | 正文所引《某区安全生产规划》与标题中印发的《安全生产规划》名称不一致，三处应为同一文件名称。',
    ]);
    assert.deepEqual(msgs(c).map((m) => m.replace(/^(\S+) .*? \| /, '$1 | ')), msgs(t).map((m) => m.replace(/^(\S+) [^]*? \| /, '$1 | ')));
  });

  it('reads it under a 发文字号 with a page title line above the number (the real R05 page, collapsed)', () => {
    const t = collapse(['17号 某区消防规划', '某安发〔2016〕17号', '关于印发某区消防规划的', '通    知', ...body].join('\n'));
    for (const v of [t, halfWidth(t)]) {
      const d = parse(v);
      assert.equal(d.notice.title?.text, '关于印发某区消防规划的通知', v);
      assert.equal(d.notice.docNumber?.text, '某安发〔2016〕17号', v);
      assert.equal(d.notice.addressee?.text.replace(/[:：]$/, ''), v === t ? '各镇街，区直各有关部门' : '各镇街,区直各有关部门', v);
      assert.deepEqual(heads(buildOutline(d)).slice(0, 2), ['关于印发某区消防规划的通知', v === t ? '  各镇街，区直各有关部门：' : '  各镇街,区直各有关部门:'], v);
      assert.deepEqual(check(v, ['notice-title-mismatch', 'notice-missing-element']), [], v);
    }
  });

  it('does not split without 的 before the spaced kind (a page line 网站首页 通 知) or without a 主送机关 after it', () => {
    const menu = collapse(['网站首页 通 知', ...body].join('\n'));
    assert.equal(parse(menu).paragraphs.map((p) => menu.slice(p.start, p.end))[0], '网站首页 通 知 各镇街，区直各有关部门：');
    // a spaced 通 知 in running text after 的, followed by no 主送机关, stays inside its sentence
    const run = collapse(['某区安全生产委员会关于印发某区消防规划的通知', ...body.slice(0, 1), '请按照市里的 通 知 要求抓好落实。', ...body.slice(2)].join('\n'));
    assert.ok(parse(run).paragraphs.some((p) => run.slice(p.start, p.end) === '请按照市里的 通 知 要求抓好落实。'));
  });
});
