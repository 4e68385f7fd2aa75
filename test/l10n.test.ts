// The UI speaks 简体中文 and English: the manifest's nls files have the same keys, every %key% the
// manifest uses exists, and the client's l10n bundle translates every vscode.l10n.t string.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers';

const readJson = (p: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, p), 'utf8'));
const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Record<string, any>;
const en = readJson('package.nls.json') as Record<string, string>;
const zh = readJson('package.nls.zh-cn.json') as Record<string, string>;
const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
const han = /[\u4e00-\u9fff]/;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

/** Every string literal passed to vscode.l10n.t in client/src. */
function clientStrings(): string[] {
  const out = new Set<string>();
  const dir = join(root, 'client', 'src');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
      assert.ok(m[1] !== '`' || !m[2].includes('${'), `${f}: l10n.t with an interpolated template: ${m[2]}`);
      out.add(m[2].replace(/\\(.)/g, '$1'));
    }
    // A call whose first argument is not a literal cannot be checked: forbid it.
    for (const m of src.matchAll(/l10n\.t\(\s*([^'"`\s])/g)) assert.fail(`${f}: l10n.t called without a string literal (${m[0]})`);
  }
  return [...out];
}

describe('l10n: manifest (package.nls*.json)', () => {
  it('package.nls.json and package.nls.zh-cn.json have the same keys', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('every Chinese value is written in Chinese and keeps the English placeholders', () => {
    for (const [k, v] of Object.entries(zh)) {
      assert.ok(typeof v === 'string' && han.test(v), `zh ${k}: ${v}`);
      assert.ok(typeof en[k] === 'string' && en[k].trim() !== '', `en ${k}`);
      assert.deepEqual(placeholders(v), placeholders(en[k]), k);
    }
  });

  it('every %key% used in package.json exists, and every nls key is used', () => {
    const used = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(used.size >= 20, `only ${used.size} keys used`);
    for (const k of used) {
      assert.ok(k in en, `package.nls.json lacks ${k}`);
      assert.ok(k in zh, `package.nls.zh-cn.json lacks ${k}`);
    }
    for (const k of Object.keys(en)) assert.ok(used.has(k), `unused nls key ${k}`);
  });

  it('display name, description, commands and every setting are localized', () => {
    assert.equal(manifest.displayName, '%displayName%');
    assert.equal(manifest.description, '%description%');
    assert.match(zh.displayName, /公文/);
    assert.match(en.displayName, /Gongwen/);
    for (const c of manifest.contributes.commands) assert.match(c.title, /^%.+%$/, c.command);
    const props = manifest.contributes.configuration.properties as Record<string, any>;
    assert.deepEqual(Object.keys(props).sort(), [
      'gongwen.dates.publishToleranceDays',
      'gongwen.format.paragraphs',
      'gongwen.format.punctuation',
      'gongwen.format.renumber',
      'gongwen.locale',
      'gongwen.maxFileSize',
      'gongwen.maxNumberOfProblems',
      'gongwen.plaintext',
      'gongwen.rules',
      'gongwen.trace.server',
      'gongwen.units',
    ]);
    for (const [name, p] of Object.entries(props)) {
      const d = p.description ?? p.markdownDescription;
      assert.match(String(d), /^%.+%$/, name);
      if (p.enum) assert.equal(p.enumDescriptions?.length ?? p.enum.length, p.enum.length, name);
    }
  });

  it('the restart command reads "Gongwen: 重启语言服务器" in Chinese', () => {
    const c = manifest.contributes.commands.find((x: any) => x.command === 'gongwen.restartServer');
    assert.equal(`${c.category}: ${zh[c.title.slice(1, -1)]}`, 'Gongwen: 重启语言服务器');
  });
});

describe('l10n: client bundle (l10n/bundle.l10n.zh-cn.json)', () => {
  const strings = clientStrings();

  it('package.json points at the l10n folder', () => {
    assert.equal(manifest.l10n, './l10n');
  });

  it('finds the client strings', () => {
    assert.ok(strings.length >= 10, `${strings.length} strings`);
    assert.ok(strings.includes('Plain text') && strings.includes('Notice'));
  });

  it('translates every vscode.l10n.t string, keeping its placeholders', () => {
    for (const s of strings) {
      assert.ok(s in bundle, `missing translation: ${JSON.stringify(s)}`);
      assert.ok(han.test(bundle[s]), `not Chinese: ${s} → ${bundle[s]}`);
      assert.deepEqual(placeholders(bundle[s]), placeholders(s), s);
    }
  });

  it('has no stale entries', () => {
    for (const k of Object.keys(bundle)) assert.ok(strings.includes(k), `stale bundle key: ${JSON.stringify(k)}`);
  });

  it('shows the decision as 公文 / 纯文本', () => {
    assert.equal(bundle['Notice'], '公文');
    assert.equal(bundle['Plain text'], '纯文本');
  });
});
