// Bundles the client, the language server and the CLI into one file each (dist/), and the CLI's code cache.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // the CLI runs from an installed package (not the .vsix): iconv-lite, needed only to write back a non-UTF-8 file,
  // is a dependency required when used instead of compiled into every run
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', external: ['iconv-lite'] }),
  // the `gongwen` command: loads dist/cli-main.js with the code cache made below
  esbuild.build({ ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);

// In a process of its own: a code cache is tied to the V8 flags of the process that makes it.
execFileSync(process.execPath, ['scripts/cli-code-cache.mjs'], { stdio: 'inherit' });
