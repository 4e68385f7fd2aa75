// Makes dist/cli-main.cache, the V8 code cache that dist/cli.js loads the CLI bundle with (server/src/cli/launch.ts):
// runs each command on the seed, output discarded, then keeps the bytecode of every function compiled so far.
// Run by scripts/build.mjs after bundling. The seed is only read.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { loadCli, CACHE } = require('../dist/cli.js');
const seed = fileURLToPath(new URL('../seeds/000_0d713a18524f5318.txt', import.meta.url));
const { script, cli } = loadCli();
const quiet = { out() {}, err() {} };
for (const argv of [['check', seed], ['check', seed, '--format', 'json'], ['outline', seed], ['tasks', seed], ['fmt', seed]]) cli.main(argv, quiet);
writeFileSync(CACHE, script.createCachedData());
