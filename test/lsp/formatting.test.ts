// textDocument/formatting over stdio (the real server): minimal edits equal to the core's, settings honoured.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { resolveConfig } from '../../server/src/core/config';
import { format } from '../../server/src/core/features/format';
import { seedText } from '../helpers';
import { TestClient } from './client';

const collapsed = '关于开展安全生产检查的通知 各乡镇人民政府,县政府各部门: 一、总体要求 全面排查隐患。 三、工作重点';

describe('LSP: textDocument/formatting', function () {
  this.timeout(60000);
  const clients: TestClient[] = [];
  const start = async (settings?: Record<string, unknown>) => {
    const c = new TestClient(settings ? { settings } : {});
    clients.push(c);
    const init = await c.start();
    return { c, init: init as { capabilities: Record<string, unknown> } };
  };
  afterEach(async () => {
    while (clients.length) await clients.pop()!.stop();
  });
  const formatting = (c: TestClient, uri: string) =>
    c.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });

  it('declares documentFormattingProvider and returns exact minimal edits', async () => {
    const { c, init } = await start();
    assert.equal(init.capabilities.documentFormattingProvider, true);
    const uri = 'file:///workspace/small.txt';
    await c.open(uri, collapsed);
    const edits = await formatting(c, uri);
    const at = (ch: number) => ({ line: 0, character: ch });
    assert.deepEqual(edits, [
      { range: { start: at(13), end: at(14) }, newText: '\n' },
      { range: { start: at(21), end: at(22) }, newText: '，' },
      { range: { start: at(28), end: at(29) }, newText: '：' },
      { range: { start: at(29), end: at(30) }, newText: '\n' },
      { range: { start: at(36), end: at(37) }, newText: '\n' },
      { range: { start: at(44), end: at(45) }, newText: '\n' },
      { range: { start: at(45), end: at(46) }, newText: '二' },
    ]);
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, collapsed), edits),
      '关于开展安全生产检查的通知\n各乡镇人民政府，县政府各部门：\n一、总体要求\n全面排查隐患。\n二、工作重点',
    );
  });

  it('formats the seed as the core does', async () => {
    const { c } = await start();
    const uri = 'file:///workspace/seed.txt';
    await c.open(uri, seedText());
    const edits = await formatting(c, uri);
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, seedText()), edits), format(seedText()));
    assert.ok(edits.length > 100 && edits.every((e) => e.newText.length <= 2));
  });

  it('follows gongwen.format.* settings', async () => {
    const { c } = await start({ format: { punctuation: false, renumber: false, paragraphs: true } });
    const uri = 'file:///workspace/small.txt';
    await c.open(uri, collapsed);
    const edits = await formatting(c, uri);
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(uri, 'gongwen', 1, collapsed), edits),
      format(collapsed, resolveConfig({ format: { punctuation: false, renumber: false } }).config),
    );
    assert.ok(edits.every((e) => e.newText === '\n'));
  });

  it('returns no edits for a document that is not open', async () => {
    const { c } = await start();
    assert.deepEqual(await formatting(c, 'file:///workspace/none.txt'), []);
  });
});
