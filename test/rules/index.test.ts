// Every rule has its page in docs/rules/, the page states the rule's default severity, every page belongs to a
// rule (or to one of the non-rule diagnostics), and docs/rules/README.md lists every rule.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { allRules } from '../../server/src/core/rules/index';
import { root } from '../helpers';

const dir = join(root, 'docs', 'rules');
const notRules = new Set(['_template.md', 'README.md', 'max-problems.md', 'file-too-large.md', 'file-encoding.md']);

describe('rule index (docs/rules)', () => {
  it('has 39 rules with distinct ids', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 39);
  });

  for (const rule of allRules) {
    it(`${rule.id}: its page starts with "# ${rule.id}" and states default severity ${rule.defaultSeverity}`, () => {
      const page = readFileSync(join(dir, `${rule.id}.md`), 'utf8');
      assert.equal(page.split(/\r?\n/)[0], `# ${rule.id}`);
      const m = /\*\*默认级别 \/ Default severity:\*\*\s*([a-z]+)/.exec(page);
      assert.ok(m, `no "**默认级别 / Default severity:**" line in ${rule.id}.md`);
      assert.equal(m[1], rule.defaultSeverity);
    });
  }

  it('every page in docs/rules belongs to a rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const orphans = readdirSync(dir).filter((f) => f.endsWith('.md') && !notRules.has(f) && !ids.has(f.slice(0, -3)));
    assert.deepEqual(orphans, []);
  });

  it('docs/rules/README.md lists and links every rule with its default severity and its description', () => {
    const index = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const rule of allRules) {
      const row = index.split('\n').find((l) => l.startsWith(`| [${rule.id}](${rule.id}.md) |`));
      assert.ok(row, `${rule.id} missing from docs/rules/README.md`);
      assert.equal(row.split(' | ')[2].split(' ')[0], rule.defaultSeverity, `${rule.id}: severity in README.md`);
      // the summary is the rule's own description (the table is an index of what the rules say they do)
      assert.ok(row.includes(` ${rule.description.zh} | ${rule.description.en} |`), `${rule.id}: description in README.md differs from the rule's`);
    }
  });
});
