// Where the installed extension's files are: the rule pages linked from diagnostics.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let docsDir: string | null | undefined;

/** docs/rules next to the bundle (dist/server.js → ../docs/rules), or in the source tree. */
export function ruleDocsDir(): string | undefined {
  if (docsDir === undefined) {
    docsDir = null;
    for (const up of [['..'], ['..', '..', '..']]) {
      const dir = join(__dirname, ...up, 'docs', 'rules');
      if (existsSync(dir)) {
        docsDir = dir;
        break;
      }
    }
  }
  return docsDir ?? undefined;
}

const hrefs = new Map<string, string | null>();

/** file: URI of docs/rules/<id>.md, or undefined when the page does not exist. */
export function ruleDocHref(ruleId: string): string | undefined {
  let href = hrefs.get(ruleId);
  if (href === undefined) {
    href = null;
    const dir = ruleDocsDir();
    if (dir && /^[a-z0-9][a-z0-9-]*$/.test(ruleId)) {
      const file = join(dir, `${ruleId}.md`);
      if (existsSync(file)) href = pathToFileURL(file).href;
    }
    hrefs.set(ruleId, href);
  }
  return href ?? undefined;
}
