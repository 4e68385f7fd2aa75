// The built language server over stdio: initialize, diagnostics, symbols, folding, selection,
// code actions, settings, and robustness against bad input.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { computeLineStarts } from '../../server/src/core/text';
import { seedText } from '../helpers';
import { applyLsp, TestClient, type Diagnostic, type LspRange, type TextEdit } from './client';

interface Symbol {
  name: string;
  detail?: string;
  kind: number;
  range: LspRange;
  selectionRange: LspRange;
  children?: Symbol[];
}
interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[] };
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  if (action.edit?.documentChanges) return action.edit.documentChanges.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits);
  return action.edit?.changes?.[uri] ?? [];
}

function assertInside(text: string, r: LspRange, what: string): void {
  const ls = computeLineStarts(text);
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < ls.length, `${what}: line ${p.line} outside 0..${ls.length - 1}`);
    const lineEnd = p.line + 1 < ls.length ? ls[p.line + 1] : text.length;
    assert.ok(p.character >= 0 && ls[p.line] + p.character <= lineEnd, `${what}: character ${p.character} past the end of line ${p.line}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
}

const CJK = /[\u4e00-\u9fff]/;
const seedUri = 'file:///workspace/seed.txt';

// A small notice whose list skips 三、 (numbering-sequence: error, fix 四 → 三).
const numbered = [
  '关于开展安全生产检查的通知',
  '各乡镇人民政府，县政府各部门：',
  '一、总体要求',
  '全面排查隐患。',
  '二、工作重点',
  '突出重点行业。',
  '四、保障措施',
  '加强组织领导。',
  '县人民政府',
  '2024年3月1日',
  '',
].join('\n');

describe('LSP server over stdio', function () {
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

  describe('initialize and diagnostics', () => {
    it('declares its capabilities', async () => {
      const { init } = await start({ initLocale: 'zh-CN' });
      const caps = (init as { capabilities: Record<string, unknown> }).capabilities;
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
      assert.ok(caps.documentSymbolProvider);
      assert.equal(caps.foldingRangeProvider, true);
      assert.equal(caps.selectionRangeProvider, true);
      assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.gongwen']);
    });

    it('publishes diagnostics for the seed on open: source gongwen, a rule code, ranges inside, messages in Chinese', async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      const text = seedText();
      const p = await c.open(seedUri, text);
      assert.equal(p.version, 1);
      assert.ok(p.diagnostics.length > 0, 'the seed has findings');
      for (const d of p.diagnostics) {
        assert.equal(d.source, 'gongwen');
        assert.equal(typeof d.code, 'string');
        assert.match(String(d.code), /^[a-z][a-z0-9-]*$/);
        assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
        assertInside(text, d.range, `${d.code}`);
        assert.match(d.message, CJK, `${d.code}: ${d.message}`);
        if (d.codeDescription) {
          assert.ok(d.codeDescription.href.startsWith('file://'));
          const file = fileURLToPath(d.codeDescription.href);
          assert.ok(existsSync(file), `rule page ${file} exists`);
          assert.ok(file.endsWith(join('docs', 'rules', `${d.code}.md`)));
        }
      }
      // issue 2: the seed has no numbering-sequence finding
      assert.deepEqual(p.diagnostics.filter((d) => d.code === 'numbering-sequence'), []);
    });

    it('links diagnostics to their rule page', async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      const p = await c.open('file:///workspace/numbered.txt', numbered);
      const d = p.diagnostics.find((x) => x.code === 'numbering-sequence');
      assert.ok(d, 'numbering-sequence reported');
      if (existsSync(join(__dirname, '..', '..', 'docs', 'rules', 'numbering-sequence.md')))
        assert.equal(d.codeDescription?.href, pathToFileURL(join(__dirname, '..', '..', 'docs', 'rules', 'numbering-sequence.md')).href);
      assert.deepEqual(d.range, { start: { line: 6, character: 0 }, end: d.range.end });
      assert.equal(d.severity, 1);
    });

    it('speaks English when initializationOptions.locale is en, and the same codes and ranges', async () => {
      const zh = (await start({ initLocale: 'zh-CN' })).c;
      const en = (await start({ initLocale: 'en' })).c;
      const pz = await zh.open(seedUri, seedText());
      const pe = await en.open(seedUri, seedText());
      assert.deepEqual(
        pe.diagnostics.map((d) => [d.code, d.range]),
        pz.diagnostics.map((d) => [d.code, d.range]),
      );
      pe.diagnostics.forEach((d, i) => {
        assert.notEqual(d.message, pz.diagnostics[i].message, `${d.code} has an English message`);
        assert.match(d.message, /[A-Za-z]{3,}/);
      });
    });

    it('takes the locale from InitializeParams.locale (zh* → zh-CN, else en) and gongwen.locale overrides it', async () => {
      const a = (await start({ locale: 'en-US' })).c;
      const pa = await a.open('file:///workspace/numbered.txt', numbered);
      const da = pa.diagnostics.find((d) => d.code === 'numbering-sequence');
      assert.ok(da);
      assert.doesNotMatch(da.message, /序号/);
      const b = (await start({ locale: 'zh-tw' })).c;
      const db = (await b.open('file:///workspace/numbered.txt', numbered)).diagnostics.find((d) => d.code === 'numbering-sequence');
      assert.ok(db);
      assert.match(db.message, CJK);
      const c = (await start({ locale: 'en', settings: { locale: 'zh-CN' } })).c;
      const dc = (await c.open('file:///workspace/numbered.txt', numbered)).diagnostics.find((d) => d.code === 'numbering-sequence');
      assert.ok(dc);
      assert.equal(dc.message, db.message);
    });

    it('publishes again after an incremental change, for the new version', async () => {
      const { c } = await start();
      const uri = 'file:///workspace/numbered.txt';
      const first = await c.open(uri, numbered);
      assert.equal(first.diagnostics.filter((d) => d.code === 'numbering-sequence').length, 1);
      const next = c.diagnostics(uri, (p) => p.version === 3);
      // two quick edits: 四 → 三 (fixes the list), then a no-op-ish insertion; only the newest version matters
      await c.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, text: '三' }],
      });
      await c.notify('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 7, character: 7 }, end: { line: 7, character: 7 } }, text: '' }],
      });
      const p = await next;
      assert.deepEqual(p.diagnostics.filter((d) => d.code === 'numbering-sequence'), []);
      assert.equal(c.published.filter((x) => x.uri === uri && x.version === 2).length, 0, 'the superseded version 2 was never published');
    });

    it('answers gongwen/documentInfo', async () => {
      const { c } = await start();
      const p = await c.open(seedUri, seedText());
      const info = await c.request<{ served: boolean; tasks: number; findings: number }>('gongwen/documentInfo', { uri: seedUri });
      assert.equal(info.served, true);
      assert.equal(info.findings, p.diagnostics.length);
      assert.equal(info.tasks, 24); // issue 2: the seed has 24 tasks
      assert.deepEqual(await c.request('gongwen/documentInfo', { uri: 'file:///workspace/other.txt' }), { served: false, tasks: 0, findings: 0 });
    });
  });

  describe('task table', () => {
    it('answers gongwen/taskTable with the rows and the rendered table', async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      await c.open(seedUri, seedText());
      const t = await c.request<{ rows: { path: string; leads: string[] }[]; text: string }>('gongwen/taskTable', { uri: seedUri, format: 'md' });
      assert.equal(t.rows.length, 24);
      assert.ok(t.rows.every((r) => r.leads.length > 0));
      assert.ok(t.text.startsWith('| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |\n'));
      assert.deepEqual(await c.request('gongwen/taskTable', { uri: 'file:///none.txt' }), { rows: [], text: '| 序号 | 任务 | 牵头单位 | 参与单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n' });
    });
  });

  describe('document symbols, folding and selection', () => {
    it("returns the seed's outline", async () => {
      const { c } = await start();
      await c.open(seedUri, seedText());
      const symbols = await c.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri: seedUri } });
      const text = seedText();
      const walk = (list: Symbol[]) => {
        for (const s of list) {
          assert.ok(s.name.length > 0);
          assertInside(text, s.range, s.name);
          assertInside(text, s.selectionRange, s.name);
          walk(s.children ?? []);
        }
      };
      walk(symbols);
      assert.equal(symbols.length, 1);
      const notice = symbols[0];
      assert.equal(notice.name, '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知');
      const plan = (notice.children ?? []).find((s) => s.name === '嘉兴市推进服务业发展工作方案');
      assert.ok(plan, 'the attached document is a child of the notice');
      const sections = (plan.children ?? []).filter((s) => /^[一二三四五六七八九十]+、/.test(s.name));
      assert.deepEqual(
        sections.map((s) => s.name),
        ['一、总体要求', '二、工作重点', '三、保障措施'],
      );
      const marked = (list: Symbol[] | undefined) => (list ?? []).filter((s) => /^[(（]|^\d+[.．]/.test(s.name));
      const focus = marked(sections[1].children);
      assert.deepEqual(
        focus.map((s) => s.name),
        ['(一)出台服务业发展规划和深化政策意见', '(二)加快推进重点行业发展', '(三)推进服务业集聚发展', '(四)积极推进服务业项目', '(五)加快服务业品牌建设'],
      );
      assert.deepEqual(
        focus.map((s) => marked(s.children).length),
        [6, 7, 2, 3, 0],
      );
      assert.deepEqual(
        marked(focus[0].children).map((s) => s.name.slice(0, 2)),
        ['1.', '2.', '3.', '4.', '5.', '6.'],
      );
      assert.equal(marked(sections[0].children).length, 0);
      assert.equal(marked(sections[2].children).length, 5);
      // detail = lead units
      const logistics = marked(focus[1].children)[0];
      assert.equal(logistics.name, '1.优先发展现代物流和专业市场');
      assert.equal(logistics.detail, '市发展改革委');
    });

    it('folds multi-line sections and selects heading → section → parent', async () => {
      const { c } = await start();
      const uri = 'file:///workspace/numbered.txt';
      await c.open(uri, numbered);
      const folds = await c.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
      for (const [s, e] of [
        [2, 3],
        [4, 5],
        [6, 7],
      ])
        assert.ok(
          folds.some((f) => f.startLine === s && f.endLine === e),
          `fold ${s}-${e} in ${JSON.stringify(folds)}`,
        );
      const [sel] = await c.request<{ range: LspRange; parent?: { range: LspRange; parent?: unknown } }[]>('textDocument/selectionRange', {
        textDocument: { uri },
        positions: [{ line: 4, character: 3 }],
      });
      // innermost: the heading's title or marker+title on line 4; its parent: the section (lines 4-5)
      assert.equal(sel.range.start.line, 4);
      assert.equal(sel.range.end.line, 4);
      let outer = sel.parent;
      while (outer && outer.range.end.line === 4) outer = outer.parent as typeof outer;
      assert.ok(outer, 'a parent beyond the heading');
      assert.equal(outer.range.start.line, 4);
      assert.ok(outer.range.end.line >= 5);
    });
  });

  describe('code actions', () => {
    const uri = 'file:///workspace/numbered.txt';
    const expected = numbered.replace('四、保障措施', '三、保障措施');

    it('offers the quick fix of a finding, with its diagnostic, preferred', async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      const p = await c.open(uri, numbered);
      const d = p.diagnostics.find((x) => x.code === 'numbering-sequence');
      assert.ok(d);
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const fix = actions.find((a) => a.diagnostics?.some((x) => x.code === 'numbering-sequence'));
      assert.ok(fix, JSON.stringify(actions));
      assert.equal(fix.kind, 'quickfix');
      assert.equal(fix.isPreferred, true);
      assert.match(fix.title, CJK);
      assert.deepEqual(fix.diagnostics![0].range, d.range);
      assert.equal(applyLsp(numbered, editsOf(fix, uri)), expected);
      assert.ok(actions.every((a) => a.kind === 'quickfix'), 'only quick fixes when only=[quickfix]');
      assert.equal(fix.edit?.documentChanges?.[0].textDocument.version, 1, 'versioned edit (documentChanges)');
    });

    it('offers source.fixAll.gongwen with the safe fixes', async () => {
      const { c } = await start({ initLocale: 'en', capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: false } } } });
      await c.open(uri, numbered);
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.equal(actions.length, 1, JSON.stringify(actions));
      assert.equal(actions[0].kind, 'source.fixAll.gongwen');
      assert.match(actions[0].title, /Fix all/);
      assert.ok(actions[0].edit?.changes, 'plain changes when the client lacks documentChanges');
      const fixed = applyLsp(numbered, editsOf(actions[0], uri));
      assert.match(fixed, /\n三、保障措施\n/);
      assert.doesNotMatch(fixed, /四、/);
    });
  });

  describe("don't report this rule (stored in gongwen.json)", () => {
    const caps = { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } };
    const ask = (c: TestClient, uri: string) =>
      c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } },
        context: { diagnostics: [], only: ['quickfix'] },
      });

    it('creates gongwen.json when there is none', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
      tmpDirs.push(dir);
      const docUri = pathToFileURL(join(dir, 'sub', 'n.txt')).href;
      const configUri = pathToFileURL(join(dir, 'gongwen.json')).href;
      const { c } = await start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], capabilities: caps, initLocale: 'zh-CN' });
      await c.open(docUri, numbered);
      const actions = await ask(c, docUri);
      const doc = actions.find((a) => a.title === '不再在此文档中报告规则 numbering-sequence（记录在工作区设置 gongwen.json 的 documents › "sub/n.txt" › rules 中）');
      const ws = actions.find((a) => a.title === '不再在此工作区中报告规则 numbering-sequence（记录在工作区设置 gongwen.json 的 rules 中）');
      assert.ok(doc && ws, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(doc.diagnostics?.[0].code, 'numbering-sequence');
      const created = (a: CodeAction) => {
        const changes = a.edit!.documentChanges as unknown as [{ kind: string; uri: string }, { textDocument: { uri: string }; edits: TextEdit[] }];
        assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
        assert.equal(changes[1].textDocument.uri, configUri);
        return JSON.parse(applyLsp('', changes[1].edits));
      };
      assert.deepEqual(created(ws), { rules: { 'numbering-sequence': 'off' } });
      assert.deepEqual(created(doc), { documents: { 'sub/n.txt': { rules: { 'numbering-sequence': 'off' } } } });
      // the fix of the finding still comes first
      assert.equal(actions[0].isPreferred, true);
    });

    it('inserts the entry into an existing gongwen.json, which then takes effect', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
      tmpDirs.push(dir);
      const file = join(dir, 'gongwen.json');
      const original = '{\n  "maxNumberOfProblems": 100,\n  "rules": {\n    "numbering-single-item": "hint"\n  }\n}\n';
      writeFileSync(file, original);
      const docUri = pathToFileURL(join(dir, 'n.txt')).href;
      const { c } = await start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], capabilities: caps, initLocale: 'en' });
      await c.open(docUri, numbered);
      const actions = await ask(c, docUri);
      const doc = actions.find((a) => a.title === 'Don\'t report rule numbering-sequence in this document (saved in the workspace settings gongwen.json, under documents › "n.txt" › rules)');
      const ws = actions.find((a) => a.title === "Don't report rule numbering-sequence in this workspace (saved in the workspace settings gongwen.json, under rules)");
      assert.ok(doc && ws, JSON.stringify(actions.map((a) => a.title)));
      const configUri = pathToFileURL(file).href;
      const wsText = applyLsp(original, editsOf(ws, configUri));
      assert.deepEqual(JSON.parse(wsText), { maxNumberOfProblems: 100, rules: { 'numbering-sequence': 'off', 'numbering-single-item': 'hint' } });
      assert.ok(wsText.includes('"maxNumberOfProblems": 100,\n  "rules": {'), 'the rest of the file is left as written');
      const docText = applyLsp(original, editsOf(doc, configUri));
      assert.deepEqual(JSON.parse(docText), {
        documents: { 'n.txt': { rules: { 'numbering-sequence': 'off' } } },
        maxNumberOfProblems: 100,
        rules: { 'numbering-single-item': 'hint' },
      });
      // the user applies and saves it: the watcher reloads gongwen.json and the finding is gone
      const after = c.diagnostics(docUri, (p) => !p.diagnostics.some((d) => d.code === 'numbering-sequence'));
      writeFileSync(file, docText);
      await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await after;
      const again = await ask(c, docUri);
      assert.ok(!again.some((a) => /numbering-sequence/.test(a.title)));
    });
  });

  describe('settings', () => {
    it('reads gongwen.json at the workspace root, with VS Code settings on top', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
      tmpDirs.push(dir);
      writeFileSync(join(dir, 'gongwen.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off', 'numbering-single-item': 'error' } }, null, 2));
      const folder = { uri: pathToFileURL(dir).href, name: 'ws' };
      const docUri = pathToFileURL(join(dir, 'n.txt')).href;
      const a = (await start({ workspaceFolders: [folder] })).c;
      const pa = await a.open(docUri, numbered);
      assert.equal(pa.diagnostics.filter((d) => d.code === 'numbering-sequence').length, 0, 'off in gongwen.json');
      const b = (await start({ workspaceFolders: [folder], settings: { rules: { 'numbering-sequence': 'warning' } } })).c;
      const pb = await b.open(docUri, numbered);
      assert.deepEqual(
        pb.diagnostics.filter((d) => d.code === 'numbering-sequence').map((d) => d.severity),
        [2],
        'the VS Code setting wins over the file',
      );
      // a setting changed at run time is pulled again and every document re-analysed
      const again = b.diagnostics(docUri, (p) => p.diagnostics.some((d) => d.code === 'numbering-sequence' && d.severity === 4));
      b.settings = { rules: { 'numbering-sequence': 'hint' } };
      await b.notify('workspace/didChangeConfiguration', { settings: null });
      await again;
    });

    it('reports a broken gongwen.json once, naming the file and line, and keeps working with defaults', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gongwen-ws-'));
      tmpDirs.push(dir);
      const file = join(dir, 'gongwen.json');
      writeFileSync(file, '{\n  "rules": {\n    "numbering-sequence": "off",\n  }\n}\n');
      const docUri = pathToFileURL(join(dir, 'n.txt')).href;
      const { c } = await start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }], initLocale: 'zh-CN' });
      const p = await c.open(docUri, numbered);
      assert.equal(p.diagnostics.filter((d) => d.code === 'numbering-sequence').length, 1, 'defaults used');
      const warnings = c.messages.filter((m) => m.message.includes('gongwen.json'));
      assert.equal(warnings.length, 1, JSON.stringify(c.messages));
      assert.equal(warnings[0].type, 2);
      assert.ok(warnings[0].message.includes(file), warnings[0].message);
      assert.match(warnings[0].message, /第 4 行/);
      assert.ok(await c.alive());
    });

    it('reports a wrong-typed setting once (not on every keystroke) and uses the default', async () => {
      const { c } = await start({ settings: { maxNumberOfProblems: 'many', rules: { 'numbering-sequence': 'loud' } }, initLocale: 'en' });
      const uri = 'file:///workspace/numbered.txt';
      const p = await c.open(uri, numbered);
      assert.equal(p.diagnostics.filter((d) => d.code === 'numbering-sequence' && d.severity === 1).length, 1, 'default severity');
      for (let v = 2; v <= 4; v++) {
        const wait = c.diagnostics(uri, (x) => x.version === v);
        await c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: numbered + '。'.repeat(v) }] });
        await wait;
      }
      const m1 = c.messages.filter((m) => m.message.includes('gongwen.maxNumberOfProblems'));
      const m2 = c.messages.filter((m) => m.message.includes('gongwen.rules.numbering-sequence'));
      assert.equal(m1.length, 1, JSON.stringify(c.messages));
      assert.equal(m2.length, 1, JSON.stringify(c.messages));
      assert.equal(c.messages.length, 2);
      assert.ok(await c.alive());
    });

    it('gives a document over gongwen.maxFileSize one message and no analysis', async () => {
      const { c } = await start({ settings: { maxFileSize: 1000 }, initLocale: 'zh-CN' });
      const big = numbered.repeat(20);
      assert.ok(Buffer.byteLength(big) > 1000);
      const p = await c.open('file:///workspace/big.txt', big);
      assert.equal(p.diagnostics.length, 1);
      assert.equal(p.diagnostics[0].code, 'file-too-large');
      assert.deepEqual(p.diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.match(p.diagnostics[0].message, /gongwen\.maxFileSize/);
      const small = await c.open('file:///workspace/small.txt', numbered);
      assert.ok(small.diagnostics.some((d) => d.code === 'numbering-sequence'), 'smaller documents are analysed');
    });

    it('gives a mis-decoded document (GB18030 read as UTF-8) one message instead of hundreds', async () => {
      const { c } = await start({ initLocale: 'zh-CN' });
      const gbk = Buffer.from(numbered.replace(/[^\n]/g, 'A') + 'D2BBA1A2C4E3BAC3', 'latin1');
      // what VS Code shows for GB18030 bytes decoded as UTF-8: U+FFFD for every broken sequence
      const text = new TextDecoder('utf-8').decode(Buffer.concat([Buffer.from('关于', 'utf8'), Buffer.from('d2bba1a2c4e3bac3cbc4a1a2b1a3d5cfb4ebcaa9', 'hex'), gbk]));
      assert.ok((text.match(/\uFFFD/g) ?? []).length >= 8);
      const p = await c.open('file:///workspace/gbk.txt', text);
      assert.equal(p.diagnostics.length, 1);
      assert.equal(p.diagnostics[0].code, 'file-encoding');
      assert.match(p.diagnostics[0].message, /GB18030/);
      assert.deepEqual(p.diagnostics[0].range.start, { line: 0, character: 0 });
    });
  });

  describe('robustness: the server never exits on bad input', () => {
    it('answers requests for unknown documents with empty results', async () => {
      const { c } = await start();
      const td = { textDocument: { uri: 'file:///workspace/not-open.txt' } };
      assert.deepEqual(await c.request('textDocument/documentSymbol', td), []);
      assert.deepEqual(await c.request('textDocument/foldingRange', td), []);
      assert.deepEqual(await c.request('textDocument/selectionRange', { ...td, positions: [{ line: 0, character: 0 }] }), []);
      assert.deepEqual(
        await c.request('textDocument/codeAction', { ...td, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }),
        [],
      );
      assert.ok(await c.alive());
    });

    it('clamps positions past the end', async () => {
      const { c } = await start();
      const uri = 'file:///workspace/numbered.txt';
      await c.open(uri, numbered);
      const far = { line: 9999, character: 9999 };
      const sel = await c.request<{ range: LspRange }[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [far, { line: 3, character: 500 }] });
      assert.equal(sel.length, 2);
      for (const s of sel) assertInside(numbered, s.range, 'selection');
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 6, character: 0 }, end: far },
        context: { diagnostics: [] },
      });
      assert.ok(actions.some((a) => a.kind === 'quickfix'));
      // an edit reaching past the end is applied clamped, and analysis continues
      const wait = c.diagnostics(uri, (p) => p.version === 2);
      await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: '五、附则\n' }] });
      const p = await wait;
      for (const d of p.diagnostics) assertInside(numbered + '五、附则\n', d.range, String(d.code));
      assert.ok(await c.alive());
    });

    it('survives malformed parameters', async () => {
      const { c } = await start();
      const uri = 'file:///workspace/numbered.txt';
      await c.open(uri, numbered);
      for (const [method, params] of [
        ['textDocument/documentSymbol', {}],
        ['textDocument/documentSymbol', { textDocument: { uri: 42 } }],
        ['textDocument/foldingRange', null],
        ['textDocument/selectionRange', { textDocument: { uri }, positions: 'x' }],
        ['textDocument/selectionRange', { textDocument: { uri }, positions: [null, { line: 'a', character: -5 }] }],
        ['textDocument/codeAction', { textDocument: { uri } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: -3, character: -1 } }, context: { only: 'quickfix' } }],
        ['gongwen/documentInfo', null],
        ['gongwen/documentInfo', { uri: { not: 'a string' } }],
      ] as [string, unknown][]) {
        try {
          await c.request(method, params);
        } catch (e) {
          // an error response is acceptable; a dead server is not
          void e;
        }
        assert.ok(await c.alive(), `alive after ${method} ${JSON.stringify(params)}`);
      }
      for (const [method, params] of [
        ['textDocument/didOpen', {}],
        ['textDocument/didOpen', { textDocument: { uri: 'file:///x.txt', languageId: 'gongwen', version: 1, text: null } }],
        ['textDocument/didChange', { textDocument: { uri: 'file:///never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] }],
        ['textDocument/didChange', { textDocument: { uri }, contentChanges: 'nope' }],
        ['textDocument/didClose', { textDocument: {} }],
        ['workspace/didChangeConfiguration', null],
        ['workspace/didChangeWatchedFiles', { changes: 'x' }],
      ] as [string, unknown][]) {
        await c.notify(method, params);
        assert.ok(await c.alive(), `alive after ${method} ${JSON.stringify(params)}`);
      }
    });

    it('refuses a text that is not a string (didOpen, didChange) with one message; no handler meets it', async () => {
      const { c } = await start();
      const uri = 'file:///workspace/numbered.txt';
      await c.open(uri, numbered);
      const bad = 'file:///workspace/bad.txt';
      const logsBefore = c.logs.length;
      await c.notify('textDocument/didOpen', { textDocument: { uri: bad, languageId: 'gongwen', version: 1, text: 42 } });
      await c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 42 }] });
      // every handler that walks the open documents still answers, and only about the good one
      const symbols = await c.request<{ location: { uri: string } }[]>('workspace/symbol', { query: '' });
      assert.ok(symbols.length > 0 && symbols.every((s) => s.location.uri === uri));
      const outline = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: bad } });
      assert.deepEqual(outline, []);
      const said = c.logs.slice(logsBefore).map((l) => l.message);
      assert.ok(said.some((m) => m.includes('didOpen of file:///workspace/bad.txt: the text is not a string')), said.join('\n'));
      assert.ok(said.some((m) => m.includes("didChange of file:///workspace/numbered.txt: a change's text is not a string")), said.join('\n'));
      assert.ok(!said.some((m) => /Gongwen: .* failed/.test(m)), said.join('\n'));
      // the good document kept its text: a later valid change applies to it
      await c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: numbered }] });
      const p = await c.diagnostics(uri, (d) => d.version === 3);
      assert.ok(p.diagnostics.length > 0);
      assert.ok(await c.alive());
    });

    it('answers an unknown method with MethodNotFound and stays alive', async () => {
      const { c } = await start();
      await assert.rejects(c.request('gongwen/noSuchThing', {}), (e: { code?: number }) => e.code === -32601);
      await assert.rejects(c.request('textDocument/notAThing', { textDocument: { uri: seedUri } }), (e: { code?: number }) => e.code === -32601);
      await c.notify('gongwen/unknownNotification', { x: 1 });
      assert.ok(await c.alive());
    });
  });
});
