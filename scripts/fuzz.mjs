// The long property run: the property tests of test/properties with many more cases than `npm test` runs.
// FUZZ_RUNS (default 10000, about 10–15 minutes on 2 cores) sets the runs per property (slow properties divide it); FUZZ_SEED replays a run.
// Usage: npm run fuzz [-- --grep <title>]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mocha = require.resolve('mocha/bin/mocha.js');
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
console.log(`fuzz: FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? ` FUZZ_SEED=${env.FUZZ_SEED}` : ''}`);
const r = spawnSync(process.execPath, [mocha, 'test/properties/*.test.ts', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
