// `npm run package` builds the .vsix: only what runs plus the docs a drafter reads, well under 1 MB,
// and no warning from vsce. The .vsix is a zip: its central directory is read here (no unzip needed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { root } from './helpers';

interface ZipEntry {
  name: string;
  size: number;
  read(): Buffer;
}

/** The entries of a zip file, from its central directory. */
export function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  assert.ok(eocd >= 0, 'not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const read = () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    };
    entries.push({ name, size, read });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

describe('package: npm run package', function () {
  this.timeout(240_000);
  let dir: string;
  let vsix: string;
  let output = '';
  let entries: ZipEntry[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongwen-vsix-'));
    vsix = join(dir, 'gongwen.vsix');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', 'package', '--', '--out', vsix], { cwd: root, encoding: 'utf8', timeout: 200_000 });
    output = `${r.stdout}\n${r.stderr}`;
    assert.equal(r.status, 0, output);
    entries = readZip(readFileSync(vsix));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const names = () => entries.map((e) => e.name);

  it('prints no warning from vsce', () => {
    assert.doesNotMatch(output, /\bWARNING\b/, output);
    assert.match(output, /DONE\s+Packaged/);
  });

  it('is well under 1 MB', () => {
    const size = statSync(vsix).size;
    assert.ok(size < 1024 * 1024, `${size} bytes`);
  });

  it('holds the bundled client and server', () => {
    for (const f of ['extension/dist/client.js', 'extension/dist/server.js']) assert.ok(names().includes(f), f);
    const pkg = JSON.parse(entries.find((e) => e.name === 'extension/package.json')!.read().toString('utf8'));
    assert.equal(pkg.main, './dist/client.js');
    assert.ok(entries.find((e) => e.name === 'extension/dist/client.js')!.size > 1000);
  });

  it('holds the manifest resources, README, CHANGELOG and LICENSE', () => {
    for (const f of [
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.zh-cn.json',
      'extension/l10n/bundle.l10n.zh-cn.json',
      'extension/syntaxes/gongwen.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/snippets/gongwen.code-snippets',
      'extension/readme.md',
      'extension/changelog.md',
      'extension/LICENSE.txt',
    ])
      assert.ok(names().includes(f), `${f} missing from ${names().join(', ')}`);
  });

  it('holds the rule pages (docs/rules/*.md), not the template', () => {
    const rules = names().filter((n) => /^extension\/docs\/rules\/[^/]+\.md$/.test(n));
    assert.ok(rules.length >= 1, 'no rule page');
    assert.ok(!rules.includes('extension/docs/rules/_template.md'));
  });

  it('holds nothing else: no node_modules, no sources, no maps, no tests, no seeds, no CLI', () => {
    const allowed = [
      /^\[Content_Types\]\.xml$/,
      /^extension\.vsixmanifest$/,
      /^extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|readme\.md|changelog\.md|LICENSE\.txt|language-configuration\.json)$/,
      /^extension\/dist\/(client|server)\.js$/,
      /^extension\/l10n\/bundle\.l10n\.[a-z-]+\.json$/,
      /^extension\/syntaxes\/[^/]+\.tmLanguage\.json$/,
      /^extension\/snippets\/[^/]+\.code-snippets$/,
      /^extension\/docs\/rules\/[^/_][^/]*\.md$/,
      /^extension\/docs\/images\/[^/]+\.(png|jpg|gif|webp)$/,
    ];
    for (const n of names()) {
      assert.ok(allowed.some((re) => re.test(n)), `unexpected file in the .vsix: ${n}`);
      assert.doesNotMatch(n, /node_modules|\.ts$|\.map$|\/test\/|\/seeds\//, n);
    }
  });
});

describe('package.json: editor defaults for notices', () => {
  const defaults = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.configurationDefaults['[gongwen]'];

  it('wraps lines, shows no ambiguous-character boxes and offers no word-based suggestions', () => {
    // VS Code takes a whole run of Chinese text for one word: with word-based suggestions on, Enter after a typed
    // line accepts a sentence or date copied from elsewhere in the notice
    assert.deepEqual(defaults, {
      'editor.wordWrap': 'on',
      'editor.unicodeHighlight.ambiguousCharacters': false,
      'editor.wordBasedSuggestions': 'off',
    });
  });
});
