// The built language server over stdio: hover, completion, references, document highlights, rename,
// workspace symbols and the "don't report this rule" actions, with exact expected results.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { computeLineStarts, offsetToPosition } from '../../server/src/core/text';
import { NOTICE, OTHER, at } from '../fixtures/language-features/notice';
import { applyLsp, TestClient, type LspRange, type Pos, type TextEdit } from './client';


const pos = (text: string, offset: number): Pos => offsetToPosition(computeLineStarts(text), offset);
/** The range of the n-th occurrence of s in text. */
const rangeOf = (text: string, s: string, n = 0): LspRange => {
  const o = at(text, s, n);
  return { start: pos(text, o), end: pos(text, o + s.length) };
};
const A = 'file:///workspace/a.txt';
const B = 'file:///workspace/b.txt';

describe('LSP language features over stdio', function () {
  this.timeout(60000);
  const clients: TestClient[] = [];
  const tmpDirs: string[] = [];
  const start = async (options: ConstructorParameters<typeof TestClient>[0] = {}) => {
    const c = new TestClient(options);
    clients.push(c);
    const init = await c.start();
    return { c, init };
  };
  afterEach(async () => {
    while (clients.length) await clients.pop()!.stop();
  });
  after(() => {
    for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  });

  it('declares hover, completion, references, highlights, rename with prepare, workspace symbols', async () => {
    const { init } = await start();
    const caps = (init as { capabilities: Record<string, unknown> }).capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.completionProvider, { triggerCharacters: ['：', ':', '、'], resolveProvider: false });
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentHighlightProvider, true);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.equal(caps.workspaceSymbolProvider, true);
  });

  describe('hover', () => {
    it("on a unit: its full name, aliases, source and the paths of its tasks (Chinese)", async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      await c.open(A, NOTICE);
      const h = await c.request<{ contents: { kind: string; value: string }; range: LspRange }>('textDocument/hover', {
        textDocument: { uri: A },
        position: pos(NOTICE, at(NOTICE, '市商务局', 2) + 1),
      });
      assert.equal(h.contents.kind, 'markdown');
      assert.deepEqual(h.range, rangeOf(NOTICE, '市商务局', 2));
      assert.match(h.contents.value, /^\*\*市商务局\*\*\n\n来源：内置单位数据：/);
      assert.ok(h.contents.value.endsWith(['牵头任务（1 项）：', '', '- 二、（一）加强组织领导', '', '参与任务（2 项）：', '', '- 一、（一）1.建设物流园区', '- 一、（一）2.培育物流企业'].join('\n')), h.contents.value);
    });

    it('on a heading and on a date, in English', async () => {
      const { c } = await start({ initLocale: 'en' });
      await c.open(A, NOTICE);
      const heading = await c.request<{ contents: { value: string }; range: LspRange }>('textDocument/hover', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '培育')) });
      assert.deepEqual(heading.range, rangeOf(NOTICE, '2.培育物流企业'));
      assert.equal(heading.contents.value, ['**一、（一）2.培育物流企业**', '', 'Location: 一、总体要求 › （一）加快发展现代物流业', '', 'Lead: 市发展改革委', '', 'Participants: 市商务局'].join('\n'));
      const date = await c.request<{ contents: { value: string }; range: LspRange }>('textDocument/hover', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '12月')) });
      assert.deepEqual(date.range, rangeOf(NOTICE, '2010年12月9日'));
      assert.equal(date.contents.value, ['**2010年12月9日**', '', 'Arabic numerals: 2010年12月9日', '', 'Chinese numerals: 二〇一〇年十二月九日', '', 'Weekday: Thursday'].join('\n'));
      const none = await c.request('textDocument/hover', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '贯彻')) });
      assert.equal(none, null);
    });
  });

  describe('completion', () => {
    it("after 牵头单位：, the document's units first, ranked by use, replacing the partial name", async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      const text = NOTICE.replace('二、保障措施', '3.发展冷链物流。\n牵头单位：市商\n二、保障措施');
      await c.open(A, text);
      const cursor = at(text, '牵头单位：市商') + '牵头单位：市商'.length;
      const list = await c.request<{ isIncomplete: boolean; items: { label: string; detail: string; sortText: string; kind: number; textEdit: TextEdit }[] }>(
        'textDocument/completion',
        { textDocument: { uri: A }, position: pos(text, cursor), context: { triggerKind: 1 } },
      );
      assert.deepEqual(
        list.items.slice(0, 4).map((i) => [i.label, i.detail, i.sortText]),
        [
          ['市发改委', '本文件中出现 3 次', '000'],
          ['市商务局', '本文件中出现 3 次', '001'],
          ['市交通运输局', '本文件中出现 1 次', '002'],
          ['市财政局', '本文件中出现 1 次', '003'],
        ],
      );
      assert.equal(list.items[0].kind, 11);
      const replace = { start: pos(text, cursor - 2), end: pos(text, cursor) };
      for (const i of list.items) assert.deepEqual(i.textEdit, { range: replace, newText: i.label });
      assert.equal(list.items[4].detail, '内置单位数据');
      assert.equal(new Set(list.items.map((i) => i.label)).size, list.items.length);
      assert.equal(applyLsp(text, [list.items[1].textEdit]), text.replace('牵头单位：市商\n', '牵头单位：市商务局\n'));
    });

    it('after 、 in a list (triggered by 、), and nothing outside a unit list', async () => {
      const { c } = await start({ initLocale: 'en' });
      const text = NOTICE.replace('参与部门：市商务局\n二、', '参与部门：市商务局、\n二、');
      await c.open(A, text);
      const cursor = at(text, '市商务局、') + 5;
      const list = await c.request<{ items: { label: string; detail: string; textEdit: TextEdit }[] }>('textDocument/completion', {
        textDocument: { uri: A },
        position: pos(text, cursor),
        context: { triggerKind: 2, triggerCharacter: '、' },
      });
      // 市商务局 is already in this list: not offered again
      assert.deepEqual(list.items.slice(0, 3).map((i) => [i.label, i.detail]), [
        ['市发改委', 'named 3 times in this document'],
        ['市交通运输局', 'named 1 time in this document'],
        ['市财政局', 'named 1 time in this document'],
      ]);
      assert.ok(!list.items.some((i) => i.label === '市商务局'));
      assert.deepEqual(list.items[0].textEdit.range, { start: pos(text, cursor), end: pos(text, cursor) });
      const none = await c.request('textDocument/completion', { textDocument: { uri: A }, position: pos(text, at(text, '贯彻')) });
      assert.equal(none, null);
    });
  });

  describe('references, highlights and rename across the open notices', () => {
    it('references of a unit: every place it is named, aliases included, in both documents', async () => {
      const { c } = await start();
      await c.open(A, NOTICE);
      await c.open(B, OTHER);
      const refs = await c.request<{ uri: string; range: LspRange }[]>('textDocument/references', {
        textDocument: { uri: A },
        position: pos(NOTICE, at(NOTICE, '市发展改革委') + 3),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(refs, [
        { uri: A, range: rangeOf(NOTICE, '市发改委') },
        { uri: A, range: rangeOf(NOTICE, '市发展改革委') },
        { uri: A, range: rangeOf(NOTICE, '市发改委', 1) },
        { uri: B, range: rangeOf(OTHER, '市发展和改革委员会') },
      ]);
      const fromB = await c.request<{ uri: string; range: LspRange }[]>('textDocument/references', {
        textDocument: { uri: B },
        position: pos(OTHER, at(OTHER, '市商务局')),
        context: { includeDeclaration: true },
      });
      assert.deepEqual(fromB, [
        { uri: B, range: rangeOf(OTHER, '市商务局') },
        { uri: A, range: rangeOf(NOTICE, '市商务局', 0) },
        { uri: A, range: rangeOf(NOTICE, '市商务局', 1) },
        { uri: A, range: rangeOf(NOTICE, '市商务局', 2) },
      ]);
      const none = await c.request<unknown[]>('textDocument/references', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '贯彻')), context: { includeDeclaration: true } });
      assert.deepEqual(none, []);
    });

    it('document highlights: the unit in this document, leads as write, others as read', async () => {
      const { c } = await start();
      await c.open(A, NOTICE);
      const hl = await c.request<{ range: LspRange; kind: number }[]>('textDocument/documentHighlight', {
        textDocument: { uri: A },
        position: pos(NOTICE, at(NOTICE, '市发改委', 1)),
      });
      assert.deepEqual(hl, [
        { range: rangeOf(NOTICE, '市发改委'), kind: 3 },
        { range: rangeOf(NOTICE, '市发展改革委'), kind: 3 },
        { range: rangeOf(NOTICE, '市发改委', 1), kind: 2 },
      ]);
    });

    it('prepareRename gives the unit range (null elsewhere); rename replaces every name and alias in every open notice', async () => {
      const { c } = await start();
      await c.open(A, NOTICE);
      await c.open(B, OTHER);
      const prep = await c.request('textDocument/prepareRename', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '市发改委') + 1) });
      assert.deepEqual(prep, { range: rangeOf(NOTICE, '市发改委'), placeholder: '市发改委' });
      assert.equal(await c.request('textDocument/prepareRename', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '贯彻')) }), null);
      const edit = await c.request<{ documentChanges: { textDocument: { uri: string; version: number }; edits: TextEdit[] }[] }>('textDocument/rename', {
        textDocument: { uri: A },
        position: pos(NOTICE, at(NOTICE, '市发改委') + 1),
        newName: '市发展和改革局',
      });
      assert.deepEqual(edit, {
        documentChanges: [
          {
            textDocument: { uri: A, version: 1 },
            edits: [
              { range: rangeOf(NOTICE, '市发改委'), newText: '市发展和改革局' },
              { range: rangeOf(NOTICE, '市发展改革委'), newText: '市发展和改革局' },
              { range: rangeOf(NOTICE, '市发改委', 1), newText: '市发展和改革局' },
            ],
          },
          { textDocument: { uri: B, version: 1 }, edits: [{ range: rangeOf(OTHER, '市发展和改革委员会'), newText: '市发展和改革局' }] },
        ],
      });
      const renamed = applyLsp(NOTICE, edit.documentChanges[0].edits);
      assert.equal(renamed, NOTICE.replace(/市发改委|市发展改革委/g, '市发展和改革局'));
      await assert.rejects(
        c.request('textDocument/rename', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '市发改委')), newName: '市发改委、市商务局' }),
        /单位名称中不能有换行/,
      );
    });

    it('rename keeps a name with a bracketed designation (references list it)', async () => {
      const { c } = await start();
      const text = NOTICE.replace('牵头单位：市发展改革委\n', '牵头单位：市发展改革委(信息产业局)\n');
      await c.open(A, text);
      const position = pos(text, at(text, '市发改委'));
      const refs = await c.request<{ range: LspRange }[]>('textDocument/references', { textDocument: { uri: A }, position, context: { includeDeclaration: true } });
      assert.equal(refs.length, 3);
      const edit = await c.request<{ documentChanges: { edits: TextEdit[] }[] }>('textDocument/rename', { textDocument: { uri: A }, position, newName: '市发展和改革局' });
      assert.equal(
        applyLsp(text, edit.documentChanges[0].edits),
        text.replace(/市发改委/g, '市发展和改革局'),
      );
    });

    it('rename without documentChanges support answers with changes', async () => {
      const { c } = await start({ capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: false } } } });
      await c.open(A, NOTICE);
      const edit = await c.request('textDocument/rename', { textDocument: { uri: A }, position: pos(NOTICE, at(NOTICE, '市财政局')), newName: '市财政局（市国资委）' });
      assert.deepEqual(edit, { changes: { [A]: [{ range: rangeOf(NOTICE, '市财政局'), newText: '市财政局（市国资委）' }] } });
    });
  });

  describe('workspace symbols', () => {
    it('every heading and task of the open notices; a query matches a heading or a unit (aliases included)', async () => {
      const { c } = await start();
      await c.open(A, NOTICE);
      await c.open(B, OTHER);
      type Sym = { name: string; kind: number; location: { uri: string; range: LspRange }; containerName?: string };
      const all = await c.request<Sym[]>('workspace/symbol', { query: '' });
      assert.equal(all.length, 11);
      assert.deepEqual(all[0], { name: '一、总体要求', kind: 15, location: { uri: A, range: rangeOf(NOTICE, '一、总体要求') }, containerName: '嘉兴市推进服务业发展工作方案' });
      assert.deepEqual(all.filter((s) => s.location.uri === B).map((s) => [s.name, s.kind]), [
        ['一、加强统筹', 15],
        ['一、加强统筹（牵头：市发展和改革委员会；参与：市商务局）', 24],
      ]);
      const byUnit = await c.request<Sym[]>('workspace/symbol', { query: '市发改委' });
      assert.deepEqual(byUnit.map((s) => [s.location.uri, s.name]), [
        [A, '一、（一）1.建设物流园区（牵头：市发改委；参与：市交通运输局、市商务局）'],
        [A, '一、（一）2.培育物流企业（牵头：市发展改革委；参与：市商务局）'],
        [A, '二、（一）加强组织领导（牵头：市商务局；参与：市财政局、市发改委）'],
        [B, '一、加强统筹（牵头：市发展和改革委员会；参与：市商务局）'],
      ]);
      assert.deepEqual(byUnit[3].location.range, rangeOf(OTHER, '一、加强统筹'));
      const byHeading = await c.request<Sym[]>('workspace/symbol', { query: '统筹' });
      assert.deepEqual(byHeading.map((s) => s.name), ['一、加强统筹', '一、加强统筹（牵头：市发展和改革委员会；参与：市商务局）']);
    });
  });

  it('lists the symbols of notices saved in the workspace folders but not open, and prefers the open text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
    try {
      writeFileSync(join(dir, 'plan.gongwen'), NOTICE);
      writeFileSync(join(dir, 'readme.txt'), '这是说明文件，不是公文。');
      const uri = pathToFileURL(join(dir, 'plan.gongwen')).toString();
      const { c } = await start({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
      type Sym = { name: string; location: { uri: string; range: LspRange } };
      const fromDisk = await c.request<Sym[]>('workspace/symbol', { query: '' });
      assert.equal(fromDisk.length, 9);
      assert.ok(fromDisk.every((s) => s.location.uri === uri));
      assert.deepEqual(fromDisk[0].location.range, rangeOf(NOTICE, '一、总体要求'));
      // once open, the live text is used and the saved file is not listed again
      await c.open(uri, OTHER);
      const live = await c.request<Sym[]>('workspace/symbol', { query: '' });
      assert.deepEqual(live.map((s) => s.name), ['一、加强统筹', '一、加强统筹（牵头：市发展和改革委员会；参与：市商务局）']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers malformed or out-of-document requests with empty results and stays alive', async () => {
    const { c } = await start();
    await c.open(A, NOTICE);
    const far = { line: 9999, character: 9999 };
    for (const [method, params, empty] of [
      ['textDocument/hover', { textDocument: { uri: A }, position: far }, null],
      ['textDocument/hover', { textDocument: { uri: 'file:///nowhere.txt' }, position: far }, null],
      ['textDocument/hover', { textDocument: { uri: A } }, null],
      ['textDocument/completion', { textDocument: { uri: A }, position: far }, null],
      ['textDocument/completion', { textDocument: { uri: A }, position: { line: 'x', character: null } }, null],
      ['textDocument/references', { textDocument: { uri: A }, position: far, context: { includeDeclaration: true } }, []],
      ['textDocument/references', { textDocument: {} }, []],
      ['textDocument/documentHighlight', { textDocument: { uri: A }, position: far }, []],
      ['textDocument/prepareRename', { textDocument: { uri: A }, position: far }, null],
      ['textDocument/rename', { textDocument: { uri: A }, position: far, newName: '市商务局' }, null],
      ['workspace/symbol', { query: 42 }, 'all'],
      ['workspace/symbol', {}, 'all'],
    ] as [string, unknown, unknown][]) {
      const r = await c.request<unknown>(method, params).catch((e: Error) => e);
      if (empty === 'all') assert.equal((r as unknown[]).length, 9, `${method} ${JSON.stringify(params)} ${String(r)}`);
      else assert.deepEqual(r, empty, `${method} ${JSON.stringify(params)}`);
    }
    assert.equal(await c.alive(), true);
  });

  describe("don't report this rule: the exact edit to gongwen.json", () => {
    // 四、 after 二、: numbering-sequence
    const numbered = ['关于开展安全生产检查的通知', '各乡镇人民政府：', '一、总体要求', '全面排查隐患。', '二、工作重点', '突出重点行业。', '四、保障措施', '加强组织领导。', '县人民政府', '2024年3月1日', ''].join('\n');
    const ask = (c: TestClient, uri: string) =>
      c.request<{ title: string; edit: { changes?: Record<string, TextEdit[]>; documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[] } }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } },
        context: { diagnostics: [], only: ['quickfix'] },
      });

    it('adds the rule under an existing "documents" entry and under "rules", titles saying where', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-lf-'));
      tmpDirs.push(dir);
      const file = join(dir, 'gongwen.json');
      const original = '{\n  "documents": {\n    "n.txt": {\n      "rules": {\n        "date-style": "off"\n      }\n    }\n  }\n}\n';
      writeFileSync(file, original);
      const docUri = pathToFileURL(join(dir, 'n.txt')).href;
      const configUri = pathToFileURL(file).href;
      const { c } = await start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: false } } } });
      await c.open(docUri, numbered);
      const actions = await ask(c, docUri);
      const doc = actions.find((a) => a.title === '不再在此文档中报告规则 numbering-sequence（记录在工作区设置 gongwen.json 的 documents › "n.txt" › rules 中）');
      const ws = actions.find((a) => a.title === '不再在此工作区中报告规则 numbering-sequence（记录在工作区设置 gongwen.json 的 rules 中）');
      assert.ok(doc && ws, JSON.stringify(actions.map((a) => a.title)));
      assert.deepEqual(doc.edit, { changes: { [configUri]: [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 16 } }, newText: '\n        "numbering-sequence": "off",' }] } });
      assert.equal(
        applyLsp(original, doc.edit.changes![configUri]),
        '{\n  "documents": {\n    "n.txt": {\n      "rules": {\n        "numbering-sequence": "off",\n        "date-style": "off"\n      }\n    }\n  }\n}\n',
      );
      assert.deepEqual(ws.edit, { changes: { [configUri]: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: '\n  "rules": {\n    "numbering-sequence": "off"\n  },' }] } });
      assert.deepEqual(JSON.parse(applyLsp(original, ws.edit.changes![configUri])), {
        rules: { 'numbering-sequence': 'off' },
        documents: { 'n.txt': { rules: { 'date-style': 'off' } } },
      });
    });
  });
});
