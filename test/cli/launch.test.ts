// dist/cli.js loads the CLI bundle with the code cache the build made (server/src/cli/launch.ts): V8 must
// accept that cache in a plain `node` process, and a missing or broken cache must change nothing but speed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPath } from '../helpers';
import { cliJs, cliMainJs, ensureBuilt, root } from '../lsp/build';

const cache = join(root, 'dist', 'cli-main.cache');

function node(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gongwen launcher (dist/cli.js with dist/cli-main.cache)', function () {
  this.timeout(120000);
  let tmp: string;
  before(() => {
    ensureBuilt();
    tmp = mkdtempSync(join(tmpdir(), 'gongwen-launch-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('the build made a cache that V8 accepts in a plain node process', () => {
    const probe = `const { loadCli, CACHE } = require(${JSON.stringify(cliJs)});
const { script } = loadCli(require('node:fs').readFileSync(CACHE));
process.stdout.write(String(script.cachedDataRejected));`;
    const r = node(['-e', probe]);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'false');
    assert.ok(readFileSync(cache).length > 100000, 'the cache holds the compiled functions, not only the top level');
  });

  it('without the cache, or with a broken one, prints exactly the same', () => {
    const withCache = node([cliJs, 'check', seedPath, '--format', 'json']);
    assert.equal(withCache.code, 1); // the seed has error-level findings
    assert.ok(JSON.parse(withCache.stdout)[0].diagnostics.length > 100);
    copyFileSync(cliJs, join(tmp, 'cli.js'));
    copyFileSync(cliMainJs, join(tmp, 'cli-main.js'));
    const without = node([join(tmp, 'cli.js'), 'check', seedPath, '--format', 'json']);
    assert.deepEqual(without, withCache);
    writeFileSync(join(tmp, 'cli-main.cache'), Buffer.from('not a code cache'.repeat(100)));
    const broken = node([join(tmp, 'cli.js'), 'check', seedPath, '--format', 'json']);
    assert.deepEqual(broken, withCache);
  });

  it('keeps the bundle\'s usage message and exit code', () => {
    const r = node([cliJs, 'check']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^gongwen: /);
  });
});
