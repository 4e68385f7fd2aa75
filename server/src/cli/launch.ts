// The `gongwen` command (dist/cli.js). It loads the CLI bundle (dist/cli-main.js) with the V8 code cache the
// build made by running the CLI on the seed (dist/cli-main.cache, scripts/cli-code-cache.mjs): the bytecode of
// the functions a check runs, so a run neither compiles the 800 kB bundle nor those functions again. V8 checks
// the cache against the source, its version and its flags, and rejects one that does not match: the bundle is
// then compiled as usual. Nothing is written at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

export const BUNDLE = join(__dirname, 'cli-main.js');
export const CACHE = join(__dirname, 'cli-main.cache');

export interface LoadedCli {
  script: Script;
  cli: typeof import('./main');
}

/** Compiles and runs the bundle as a CommonJS module (with cachedData when given), returning its exports. */
export function loadCli(cachedData?: Buffer): LoadedCli {
  const source = readFileSync(BUNDLE, 'utf8');
  // the CommonJS wrapper on the bundle's first line, so that stack traces keep their line numbers
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const mod = { exports: {} as LoadedCli['cli'] };
  script.runInThisContext()(mod.exports, createRequire(BUNDLE), mod, BUNDLE, __dirname);
  return { script, cli: mod.exports };
}

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined; // not built: compile without it
  }
}

if (require.main === module) loadCli(readCache()).cli.run(process.argv.slice(2));
