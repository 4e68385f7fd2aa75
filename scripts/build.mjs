// Bundles the client, the language server and the CLI into one file each (dist/).
import * as esbuild from 'esbuild';

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
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['iconv-lite'], banner: { js: '#!/usr/bin/env node' } }),
]);
