// Makes sure dist/server.js and dist/cli.js (with dist/cli-main.js) are built from the current sources (the tests run the
// built bundles, as the extension and `npx gongwen` do).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const serverJs = join(root, 'dist', 'server.js');
export const cliJs = join(root, 'dist', 'cli.js');
export const cliMainJs = join(root, 'dist', 'cli-main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let checked = false;

export function ensureBuilt(): void {
  if (checked) return;
  checked = true;
  const sources = Math.max(newestSource(join(root, 'server', 'src')), statSync(join(root, 'scripts', 'build.mjs')).mtimeMs);
  const fresh = [serverJs, cliJs, cliMainJs].every((f) => existsSync(f) && statSync(f).mtimeMs >= sources);
  if (fresh) return;
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
  } catch {
    // The full build also bundles the client; if that part is broken, build what these tests need.
    execFileSync(
      process.execPath,
      [
        '-e',
        `const b = require('esbuild');
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none' };
Promise.all([
  b.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  b.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', external: ['iconv-lite'] }),
  b.build({ ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]).catch((e) => { console.error(e); process.exit(1); });`,
      ],
      { cwd: root, stdio: 'inherit' },
    );
  }
}
